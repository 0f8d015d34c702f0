"""Issue 13, defect 4: restoring the newest backup after damage silently dropped every
commit made after that backup, though most of it still sat in the damaged copy and its -wal.

Now the restore carries what it can read over into the restored file and lists
what it cannot in a salvage report the owner sees."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from vipdesk.cli import main
from vipdesk.model.safety import backup as bk
from vipdesk.model.safety.integrity import Status, check_database


def _import(db: Path, tmp: Path, start: int, n: int) -> None:
    f = tmp / f"m{start}.csv"
    f.write_text("姓名,手机\n" + "".join(f"会员{i},139{i:08d}\n" for i in range(start, start + n)),
                 encoding="utf-8")
    assert main(["--db", str(db), "import", "members", str(f), "--no-report"]) == 0


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()


def _damage_index_page(db: Path) -> None:
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type='index' AND tbl_name='member' "
                            "AND sql IS NOT NULL ORDER BY rootpage LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xff" * 64)


def test_d4_restore_after_damage_carries_later_work_from_the_damaged_file_and_its_wal(tmp_path: Path,
                                                                                        capsys) -> None:
    db = tmp_path / "vipdesk.db"
    _import(db, tmp_path, 0, 50)
    backup = bk.backup_now(db, bk.backup_dir_for(db), "manual")
    _import(db, tmp_path, 1000, 30)  # committed after the backup, checkpointed into the main file
    # More work that only lives in the -wal: a writer that dies before any checkpoint.
    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "c.execute(\"INSERT INTO contact (member_id, at, channel, kind, outcome, note) \"\n"
        "          \"SELECT id, '2026-12-01 10:00:00', 'call', 'manual', '', '回访' FROM member WHERE id <= 5\")\n"
        "c.commit(); os._exit(0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert db.with_name(db.name + "-wal").stat().st_size > 0
    _damage_index_page(db)
    assert check_database(db, full=True).status is Status.DAMAGED

    assert main(["--db", str(db), "restore", str(backup.path)]) == 0
    out = capsys.readouterr().out
    assert "已补回" in out
    assert _count(db, "member") == 80  # the 30 members after the backup were not dropped
    assert _count(db, "contact") == 5  # nor the contact log that lived only in the -wal
    assert check_database(db, full=True).status is Status.OK
    kept = [p for p in db.parent.iterdir() if ".damaged-" in p.name and not p.name.endswith("-wal")]
    assert kept  # the damaged copy is kept


def test_d4_what_cannot_be_carried_goes_to_the_salvage_report(tmp_path: Path) -> None:
    from vipdesk.model.safety.salvage import carry_over

    db = tmp_path / "vipdesk.db"
    _import(db, tmp_path, 0, 5)
    backup = bk.backup_now(db, bk.backup_dir_for(db), "manual")
    restored = tmp_path / "restored.db"
    bk.backup_to_file(backup.path, restored)
    conn = sqlite3.connect(db)
    with conn:  # a sale for a member the restored file will not have (foreign keys refuse it)
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO sale (ticket_no, member_id, sold_at, kind, list_total, paid, items, "
                     "tier_discount, points, note, source, created_at) VALUES ('T999', 999, "
                     "'2026-12-01 10:00:00', 'sale', 100, 100, 1, 1000, 0, '', 'counter', '2026-12-01 10:00:00')")
    conn.close()
    result = carry_over(db, restored)
    assert result.failed and result.failed[0][0] == "sale"
    assert result.report is not None and result.report.exists()
    text = result.report.read_text(encoding="utf-8-sig")
    assert "sale" in text and "无法补回" in text
    assert "抢救报告" in result.summary()
