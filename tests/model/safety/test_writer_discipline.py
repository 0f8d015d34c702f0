"""Issue 13, defects 1 and 2: one writer discipline for every process.

Each test first reproduces the reported defect (the scenario), then checks the
fixed behaviour: a restore started during an import waits for it (nothing
lost), and no process writes into a file the check found damaged.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vipdesk.cli import main
from vipdesk.model.safety import backup as bk
from vipdesk.model.store import writers
from vipdesk.model.store.db import close_database, open_database


def _members_csv(path: Path, n: int, start: int = 0) -> Path:
    lines = ["姓名,手机"] + [f"会员{i},139{i:08d}" for i in range(start, start + n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(db: Path, table: str = "member") -> int:
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
    finally:
        conn.close()


def _shop(tmp_path: Path, members: int = 3) -> Path:
    db = tmp_path / "shop" / "vipdesk.db"
    assert main(["--db", str(db), "import", "members", str(_members_csv(tmp_path / "m.csv", members)),
                 "--no-report"]) == 0
    return db


def _cli(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vipdesk", *argv], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})})


def test_defect1_restore_during_cli_import_waits_and_loses_nothing(tmp_path: Path) -> None:
    """Defect 1: a restore started while `vipdesk import` runs lost the import.

    Now the import (another process) is a writer, so the restore waits for it
    to finish before its pre-restore backup: that backup holds every imported
    member, and the CLI import made its own "import" backup first."""
    db = _shop(tmp_path, 3)
    backups = bk.backup_dir_for(db)
    old = bk.backup_now(db, backups, "manual")
    big = _members_csv(tmp_path / "big.csv", 3000, start=1000)
    proc = subprocess.Popen([sys.executable, "-m", "vipdesk", "--db", str(db), "import", "members", str(big),
                             "--no-report"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # Wait until the import process has the database open as a writer.
        probe = writers.WriterLock(db)
        for _ in range(600):
            try:
                probe.acquire("exclusive", 0)
                probe.release()
                time.sleep(0.02)
            except writers.WritersBusy:
                break
        else:
            pytest.fail("the import never opened the database")
        assert proc.poll() is None
        # The owner chose to go back without the later work (it goes to the salvage report).
        result = bk.restore(old.path, db, backups, wait=120, later_work="drop")
    finally:
        out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode("utf-8", "replace")
    assert result.pre_restore is not None
    assert _count(result.pre_restore) == 3 + 3000  # the import's members are in the pre-restore backup
    assert _count(db) == 3  # and the restore itself did what was asked
    assert result.salvage.dropped["member"] == 3000 and result.salvage.report.is_file()
    assert [b for b in bk.list_backups(backups) if b.reason == "import"], "CLI import made no backup first"


def test_defect1_cli_restore_refuses_clearly_while_another_process_writes(tmp_path: Path,
                                                                          monkeypatch, capsys) -> None:
    """Another writer that does not finish in time: restore refuses (exit 3), replaces nothing."""
    db = _shop(tmp_path, 3)
    old = bk.backup_now(db, bk.backup_dir_for(db), "manual")
    other = writers.WriterLock(db).acquire("shared")  # "another process" with the file open
    monkeypatch.setattr(bk, "RESTORE_WAIT", 0.2)
    try:
        code = main(["--db", str(db), "restore", str(old.path)])
    finally:
        other.release()
    err = capsys.readouterr().err
    assert code == 3
    assert "正在使用数据库" in err and "Traceback" not in err


def test_migration_takes_the_database_exclusively(tmp_path: Path, monkeypatch) -> None:
    """A migration waits for other writers, then refuses with a clear message."""
    from vipdesk.model.store import migrations

    db = tmp_path / "old.db"
    open_database(db, migrate=False)
    close_database()
    other = writers.WriterLock(db).acquire("shared")
    monkeypatch.setattr(migrations, "MIGRATION_WAIT", 0.2)
    try:
        with pytest.raises(writers.WritersBusy, match="升级"):
            open_database(db)
    finally:
        other.release()
        close_database()
    open_database(db)  # nobody else now: migrates
    try:
        assert _count(db, "member") == 0
    finally:
        close_database()


def _damage_an_index(db: Path) -> None:
    """Break one index page so the file still opens but the check fails (what the issue saw)."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type='index' AND tbl_name='member' "
                            "ORDER BY rootpage DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xff" * 64)


def test_defect2_cli_write_refused_on_a_file_the_check_found_damaged(tmp_path: Path, capsys) -> None:
    """Defect 2: CLI commands wrote into a database that `vipdesk check` reported damaged."""
    db = _shop(tmp_path, 50)
    _damage_an_index(db)
    assert main(["--db", str(db), "check"]) == 1
    capsys.readouterr()
    assert writers.is_marked_damaged(db)
    before = db.read_bytes()
    more = _members_csv(tmp_path / "more.csv", 5, start=500)
    code = main(["--db", str(db), "import", "members", str(more), "--no-report"])
    err = capsys.readouterr().err
    assert code != 0 and "已损坏" in err and "Traceback" not in err
    assert db.read_bytes() == before
    # Every process: a fresh interpreter refuses too.
    proc = _cli("--db", str(db), "loyalty", "gifts")
    assert proc.returncode != 0 and "已损坏" in proc.stderr
    assert db.read_bytes() == before


def test_restore_lifts_the_damaged_marker(tmp_path: Path) -> None:
    db = _shop(tmp_path, 5)
    good = bk.backup_now(db, bk.backup_dir_for(db), "manual")
    _damage_an_index(db)
    writers.mark_damaged(db, "test")
    with pytest.raises(writers.DatabaseDamaged):
        open_database(db)
    bk.restore(good.path, db, bk.backup_dir_for(db))
    assert not writers.is_marked_damaged(db)
    open_database(db)
    close_database()
