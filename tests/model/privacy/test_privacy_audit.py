"""The audit log: entries are written and can never be changed or removed (triggers)."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from vipdesk.model.privacy import audit
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import AuditLog


def test_log_writes_an_entry_the_viewer_lists(db_path):
    first = audit.log(audit.EXPORT, count=12, detail="会员名单", file="/tmp/x.xlsx", clerk="王丽")
    audit.log(audit.RESTORE, detail="从备份恢复")
    rows = audit.entries()
    assert [r.action for r in rows] == [audit.RESTORE, audit.EXPORT]
    exp = rows[1]
    assert (exp.id, exp.count, exp.file, exp.clerk, exp.label) == (first, 12, "/tmp/x.xlsx", "王丽", "导出")
    assert isinstance(exp.at, dt.datetime)
    assert [r.action for r in audit.entries(action=audit.EXPORT)] == [audit.EXPORT]
    assert [r.action for r in audit.entries(text="恢复")] == [audit.RESTORE]
    assert set(audit.actions_in_use()) == {audit.EXPORT, audit.RESTORE}


@pytest.mark.parametrize("sql", [
    "UPDATE audit_log SET detail = 'changed'",
    "UPDATE audit_log SET count = 0 WHERE id = 1",
    "DELETE FROM audit_log",
    "DELETE FROM audit_log WHERE id = 1",
])
def test_triggers_refuse_update_and_delete(db_path, sql):
    audit.log(audit.EXPORT, count=3, detail="原文")
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        db.execute_sql(sql)
    row = AuditLog.get()
    assert (row.detail, row.count) == ("原文", 3)


def test_peewee_writes_are_refused_too(db_path):
    audit.log(audit.EXPORT, detail="原文")
    row = AuditLog.get()
    row.detail = "改了"
    with pytest.raises(peewee.IntegrityError):
        row.save()
    with pytest.raises(peewee.IntegrityError):
        row.delete_instance()
    assert AuditLog.select().count() == 1


def test_an_entry_rolls_back_with_the_action_it_records(db_path):
    from vipdesk.model.store.db import transaction

    with pytest.raises(RuntimeError):
        with transaction():
            audit.log(audit.BULK, count=5)
            raise RuntimeError("the bulk action failed")
    assert AuditLog.select().count() == 0
