"""`vipdesk restore` leaves a line in the restored database's audit log."""

from __future__ import annotations

from vipdesk.cli import main
from vipdesk.model.members import profile as members
from vipdesk.model.privacy import audit
from vipdesk.model.safety.backup import backup_now
from vipdesk.model.store.db import close_database, open_database


def test_cli_restore_is_audit_logged(tmp_path, capsys):
    db = tmp_path / "vipdesk.db"
    open_database(db)
    members.enrol("黄明华", "13812345678")
    close_database()
    info = backup_now(db, tmp_path / "bk", "manual")
    assert main(["--db", str(db), "restore", str(info.path)]) == 0
    capsys.readouterr()
    open_database(db)
    try:
        entry = audit.entries(action=audit.RESTORE)[0]
        assert (entry.clerk, entry.file, entry.count) == ("cli", str(info.path), 1)
    finally:
        close_database()
