"""Issue 13 (build item 3, brief item 6): restoring an older backup over a *healthy*
database silently dropped every member, sale, ledger entry and contact made after
that backup (only the damaged-file path carried later work over).

Now the restore first lists what was committed after the backup, carries it over
by default, and — only when the owner says so — drops it into a salvage CSV and
summary instead, never silently."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from vipdesk.model.loyalty import ledger
from vipdesk.model.members import profile
from vipdesk.model.safety import backup as bk
from vipdesk.model.safety import salvage
from vipdesk.model.sales.recording import LineInput, record_sale
from vipdesk.model.store.db import close_database, open_database


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def later(tmp_path: Path) -> dict:
    """A healthy shop: one member in the backup; a member, a sale, points and a contact after it."""
    db = tmp_path / "vipdesk.db"
    open_database(db)
    try:
        first = profile.enrol("王芳", "13800001111")
        close_database()
        backup = bk.backup_now(db, bk.backup_dir_for(db), "manual")
        open_database(db)
        second = profile.enrol("李娜", "13900002222")
        record_sale(second.id, [LineInput("A100", 29900)], clerk_id=None)
        ledger.adjust(first.id, 50, "补登")
        profile.log_contact(first.id, clerk_id=None, note="回访")
    finally:
        close_database()
    return {"db": db, "backup": backup.path, "tmp": tmp_path}


def test_later_work_is_listed_before_the_restore(later) -> None:
    found = salvage.find_later(later["db"], later["backup"])
    assert found["member"] == 1 and found["sale"] == 1 and found["contact"] == 1
    assert found["points_entry"] >= 2  # the sale's points and the adjustment
    text = salvage.later_summary(found)
    assert "会员 1 条" in text and "销售 1 条" in text and "联系记录 1 条" in text


def test_restore_over_a_healthy_file_carries_later_work_over(later) -> None:
    before = {t: _count(later["db"], t) for t in ("member", "sale", "points_entry", "contact")}
    result = bk.restore(later["backup"], later["db"])
    assert result.salvage is not None and not result.salvage.lost_anything
    assert {t: _count(later["db"], t) for t in before} == before
    assert "会员 1 条" in result.salvage.summary()


def test_dropping_later_work_only_when_asked_and_then_into_the_salvage_report(later) -> None:
    result = bk.restore(later["backup"], later["db"], later_work="drop")
    assert _count(later["db"], "member") == 1 and _count(later["db"], "sale") == 0
    report = result.salvage.report
    assert report is not None and report.is_file()
    with open(report, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    tables = [r[0] for r in rows[1:]]
    assert "member" in tables and "sale" in tables and "contact" in tables and "points_entry" in tables
    assert any("李娜" in r[3] for r in rows[1:])
    assert str(report) in result.salvage.summary()


def test_restoring_a_backup_with_nothing_later_carries_nothing(later) -> None:
    newest = bk.backup_now(later["db"], bk.backup_dir_for(later["db"]), "manual")
    assert not any(salvage.find_later(later["db"], newest.path).values())
    result = bk.restore(newest.path, later["db"])
    assert result.salvage is None or not any(result.salvage.carried.values())


def test_carried_ledger_entries_move_the_cached_balances(later) -> None:
    """Issue 14 keeps each member's balance, spend and visits as caches moved by every
    entry; rows carried over by a restore arrive behind the caches' back, so the restore
    rebuilds them (else 王芳's +50 adjustment is in the ledger but not in her balance,
    and the next redemption is refused)."""
    bk.restore(later["backup"], later["db"])
    conn = sqlite3.connect(str(later["db"]))
    try:
        rows = conn.execute(
            "SELECT m.name, m.points, (SELECT COALESCE(SUM(delta), 0) FROM points_entry p WHERE p.member_id = m.id),"
            " m.total_spend, (SELECT COALESCE(SUM(paid), 0) FROM sale s WHERE s.member_id = m.id),"
            " m.purchase_count, (SELECT COUNT(*) FROM sale s WHERE s.member_id = m.id AND s.kind = 'sale')"
            " FROM member m ORDER BY m.id").fetchall()
    finally:
        conn.close()
    assert [r[0] for r in rows] == ["王芳", "李娜"]
    for name, cached, ledger_sum, spend, spend_sum, visits, visits_sum in rows:
        assert (cached, spend, visits) == (ledger_sum, spend_sum, visits_sum), name
    assert rows[0][1] == 50
