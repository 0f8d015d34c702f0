"""``vipdesk backup / restore / check`` on real database files made by the model layer."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from vipdesk.cli import main
from vipdesk.model.members.profile import enrol
from vipdesk.model.safety.lock import InstanceLock
from vipdesk.model.store.db import close_database, open_database


@pytest.fixture
def shop_db(tmp_path: Path) -> Path:
    db = tmp_path / "shop" / "vipdesk.db"
    open_database(db)
    try:
        enrol("王芳", "13800001111")
        enrol("李娜", "13900002222")
    finally:
        close_database()
    return db


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM member").fetchone()[0]
    finally:
        conn.close()


def _bytes(db: Path) -> bytes:
    return db.read_bytes()


def test_check_ok(shop_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _bytes(shop_db)
    assert main(["check", "--db", str(shop_db)]) == 0
    out = capsys.readouterr().out
    assert "数据库完好" in out and "会员 2 人" in out
    assert _bytes(shop_db) == before
    # no -wal/-shm created (the .writers lock file is left by the fixture's own open)
    assert {p.name for p in shop_db.parent.iterdir()} - {"vipdesk.db.writers"} == {"vipdesk.db"}


def test_check_json(shop_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(shop_db), "--json", "--quick"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "ok" and data["member_count"] == 2


@pytest.mark.parametrize("kind", ["overwritten-page", "truncated", "not-a-database"])
def test_check_damaged_exits_non_zero_with_chinese_message_and_names_a_backup(
    shop_db: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    assert main(["backup", "--db", str(shop_db)]) == 0
    capsys.readouterr()
    if kind == "overwritten-page":
        conn = sqlite3.connect(shop_db)
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()[0]
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        with open(shop_db, "r+b") as f:
            f.seek((root - 1) * page)
            f.write(b"\xa5" * page)
    elif kind == "truncated":
        with open(shop_db, "r+b") as f:
            f.truncate(shop_db.stat().st_size // 2)
    else:
        shop_db.write_text("PK\x03\x04 这是一个被误存成数据库名字的文件" * 100, encoding="utf-8")
    before = _bytes(shop_db)
    assert main(["check", "--db", str(shop_db)]) == 1
    err = capsys.readouterr().err
    assert "数据库已损坏" in err and "最近的完好备份" in err and "vipdesk restore" in err
    assert _bytes(shop_db) == before


def test_check_missing_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path / "none.db")]) == 2
    assert "找不到数据库文件" in capsys.readouterr().err


def test_backup_default_and_output_file(shop_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(shop_db), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert Path(info["path"]).parent == shop_db.parent / "backups"
    assert info["member_count"] == 2

    out = tmp_path / "u盘" / "备份.db"
    assert main(["backup", "--db", str(shop_db), "-o", str(out)]) == 0
    assert "已备份到" in capsys.readouterr().out
    assert _count(out) == 2
    assert main(["backup", "--db", str(shop_db), "-o", str(out)]) == 2  # never overwrites
    assert "已存在" in capsys.readouterr().err

    assert main(["backup", "--db", str(shop_db), "--list"]) == 0
    listing = capsys.readouterr().out
    assert "会员" in listing and "手动备份" in listing


def test_backup_missing_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(tmp_path / "none.db")]) == 2
    assert "找不到数据库文件" in capsys.readouterr().err


def test_restore_round_trip_keeps_pre_restore(shop_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved.db"
    assert main(["backup", "--db", str(shop_db), "-o", str(saved)]) == 0
    open_database(shop_db)
    try:
        enrol("张伟", "13700003333")
    finally:
        close_database()
    assert _count(shop_db) == 3
    capsys.readouterr()

    assert main(["restore", str(saved), "--db", str(shop_db), "--json", "--drop-later"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert _count(shop_db) == 2
    assert data["member_count"] == 2
    assert _count(Path(data["pre_restore"])) == 3
    assert data["salvage"]["dropped"]["member"] == 1  # issue 13: listed in the salvage report, not lost
    assert "张伟" in Path(data["salvage"]["report"]).read_text(encoding="utf-8-sig")


def test_restore_over_a_healthy_file_lists_and_carries_later_work(shop_db: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 13: restoring an older backup over a healthy file silently dropped later work."""
    saved = tmp_path / "saved.db"
    assert main(["backup", "--db", str(shop_db), "-o", str(saved)]) == 0
    open_database(shop_db)
    try:
        enrol("张伟", "13700003333")
    finally:
        close_database()
    capsys.readouterr()
    assert main(["restore", str(saved), "--db", str(shop_db)]) == 0
    out, err = capsys.readouterr()
    assert "多出:会员 1 条" in err and "--drop-later" in err
    assert "已补回:会员 1 条" in out
    assert _count(shop_db) == 3


def test_restore_refused_while_vipdesk_runs(shop_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved.db"
    assert main(["backup", "--db", str(shop_db), "-o", str(saved)]) == 0
    before = _bytes(shop_db)
    capsys.readouterr()
    with InstanceLock(shop_db):
        assert main(["restore", str(saved), "--db", str(shop_db)]) == 3
    assert "已经在运行" in capsys.readouterr().err
    assert _bytes(shop_db) == before


def test_restore_missing_file(shop_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", str(tmp_path / "nope.db"), "--db", str(shop_db)]) == 2
    assert "找不到备份文件" in capsys.readouterr().err


def test_restore_into_cloud_folder_refused(shop_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved.db"
    assert main(["backup", "--db", str(shop_db), "-o", str(saved)]) == 0
    target = tmp_path / "OneDrive" / "vipdesk.db"
    assert main(["restore", str(saved), "--db", str(target)]) == 2
    assert "云同步" in capsys.readouterr().err
    assert not target.exists()


def test_db_option_before_the_subcommand_is_honoured(
    shop_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``vipdesk --db X restore F`` must restore into X, never into the default database."""
    home = tmp_path / "home"
    monkeypatch.setenv("VIPDESK_HOME", str(home))
    saved = tmp_path / "saved.db"
    assert main(["--db", str(shop_db), "backup", "-o", str(saved)]) == 0
    capsys.readouterr()
    assert main(["--db", str(shop_db), "--json", "check"]) == 0
    assert json.loads(capsys.readouterr().out)["db"] == str(shop_db)
    assert main(["--db", str(shop_db), "restore", str(saved)]) == 0
    assert not home.exists()  # the default database was never touched
