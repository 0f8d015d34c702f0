"""Backups through the online backup API, restore, thinning on disk, copy to a new PC."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from safety_dbfiles import DAMAGE, make_db, member_count, sha

from vipdesk.model.safety import backup as bk
from vipdesk.model.safety.integrity import Status, check_database


@pytest.fixture
def live(tmp_path: Path):
    """A live WAL database whose newest commits are only in the -wal, plus an open write transaction."""
    db = make_db(tmp_path / "vipdesk.db", members=100)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep the new pages out of the main file
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO member (name) VALUES (?)", [("只在WAL里",)] * 25)
    conn.execute("COMMIT")
    assert db.with_name("vipdesk.db-wal").stat().st_size > 0
    yield db, conn
    conn.close()


def _names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM member ORDER BY id")]


def test_backup_of_live_wal_db_has_committed_pages_only(live, tmp_path: Path) -> None:
    db, conn = live
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO member (name) VALUES ('未提交')")  # open transaction during the backup
    try:
        info = bk.backup_now(db, tmp_path / "backups", "manual", now=dt.datetime(2026, 11, 23, 9, 15, 0))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert info.path.name == "vipdesk-20261123-091500-manual.db"
    assert info.member_count == 125
    assert info.size == info.path.stat().st_size
    b = sqlite3.connect(info.path)
    try:
        assert b.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert b.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
        assert "未提交" not in _names(b)
        assert _names(b).count("只在WAL里") == 25
    finally:
        b.close()
    # the live database kept its -wal; no temp files remain
    assert db.with_name("vipdesk.db-wal").exists()
    # (plus the record of the files' state the backup holds: model/safety/fingerprint.py)
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == sorted([info.path.name, "last-backup.json"])


def test_backups_in_the_same_second_get_distinct_names(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db")
    when = dt.datetime(2026, 11, 23, 9, 0, 0)
    a = bk.backup_now(db, tmp_path / "b", "auto", now=when)
    b = bk.backup_now(db, tmp_path / "b", "auto", now=when)
    assert a.path != b.path
    assert {x.path for x in bk.list_backups(tmp_path / "b")} == {a.path, b.path}


def test_backup_to_file_refuses_to_overwrite(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db")
    target = tmp_path / "out.db"
    target.write_bytes(b"precious")
    with pytest.raises(bk.BackupError, match="已存在"):
        bk.backup_to_file(db, target)
    assert target.read_bytes() == b"precious"
    with pytest.raises(bk.BackupError, match="找不到"):
        bk.backup_to_file(tmp_path / "missing.db", tmp_path / "x.db")


def test_list_backups_shows_date_size_members_newest_first(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=7)
    d = tmp_path / "backups"
    older = bk.backup_now(db, d, "start", now=dt.datetime(2026, 11, 20, 8, 0, 0))
    newer = bk.backup_now(db, d, "pre_restore", now=dt.datetime(2026, 11, 22, 8, 0, 0))
    (d / "notes.txt").write_text("not a backup")
    listed = bk.list_backups(d)
    assert [b.path for b in listed] == [newer.path, older.path]
    assert listed[0].created == dt.datetime(2026, 11, 22, 8, 0, 0)
    assert listed[0].member_count == 7 and listed[0].size > 0
    assert listed[0].reason == "pre_restore" and listed[0].reason_text == "恢复前"
    assert bk.list_backups(tmp_path / "nothing-here") == []


def test_newest_good_backup_skips_a_damaged_one(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db")
    d = tmp_path / "backups"
    good = bk.backup_now(db, d, "auto", now=dt.datetime(2026, 11, 22, 8, 0, 0))
    bad = bk.backup_now(db, d, "auto", now=dt.datetime(2026, 11, 23, 8, 0, 0))
    DAMAGE["overwritten-page"](bad.path)
    found = bk.newest_good_backup(d)
    assert found is not None and found.path == good.path


def test_thin_backups_never_deletes_the_newest_good_backup(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=3)
    d = tmp_path / "backups"
    good = bk.backup_now(db, d, "auto", now=dt.datetime(2023, 1, 5, 12, 0, 0))
    # 40 newer monthly backups, all gone bad: the policy alone would keep the newest 31 of them only.
    months = [divmod(2026 * 12 + 10 - m, 12) for m in range(40)]
    bad = [bk.backup_now(db, d, "auto", now=dt.datetime(y, mo + 1, 15, 12, 0, 0)) for y, mo in months]
    for info in bad:
        DAMAGE["overwritten-page"](info.path)
    deleted = bk.thin_backups(d, today=dt.date(2026, 11, 23))
    assert len(deleted) == 9 and good.path not in deleted
    assert good.path.exists()


def test_thin_backups_deletes_only_what_the_policy_drops(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=3)
    d = tmp_path / "backups"
    first = bk.backup_now(db, d, "auto", now=dt.datetime(2026, 1, 10, 12, 0, 0))
    for day in range(1, 21):  # one a day 2026-11-01 … 2026-11-20
        bk.backup_now(db, d, "auto", now=dt.datetime(2026, 11, day, 12, 0, 0))
    (d / "keep-me.db").write_bytes(b"user file")
    deleted = bk.thin_backups(d, today=dt.date(2026, 11, 23))
    kept = {b.created.date() for b in bk.list_backups(d, with_counts=False)}
    # 12 dailies (11-09 … 11-20), then weekly: 11-08 (week of 11-02) and 11-01 (week of 10-26); then monthly 01-10.
    expected = {dt.date(2026, 11, n) for n in range(9, 21)} | {dt.date(2026, 11, 8), dt.date(2026, 11, 1),
                                                               dt.date(2026, 1, 10)}
    assert kept == expected
    assert first.path.exists()
    assert len(deleted) == 21 - len(expected)
    assert (d / "keep-me.db").read_bytes() == b"user file"


@pytest.mark.parametrize(
    ("last", "now", "changed", "due"),
    [
        (None, "10:00", True, True),
        (None, "10:00", False, False),
        ("10:00", "10:29", True, False),
        ("10:00", "10:30", True, True),
        ("10:00", "12:00", False, False),
    ],
)
def test_auto_backup_due(last: str | None, now: str, changed: bool, due: bool) -> None:
    def at(s: str) -> dt.datetime:
        return dt.datetime.combine(dt.date(2026, 11, 23), dt.time.fromisoformat(s))

    assert bk.auto_backup_due(at(last) if last else None, at(now), changed) is due


# ---------------------------------------------------------------- restore


def test_restore_round_trip_into_live_wal_db(live, tmp_path: Path) -> None:
    db, conn = live
    d = tmp_path / "backups"
    saved = bk.backup_now(db, d, "manual", now=dt.datetime(2026, 11, 23, 9, 0, 0))
    conn.execute("DELETE FROM member WHERE name = '只在WAL里'")
    conn.execute("INSERT INTO member (name) VALUES ('恢复后应消失')")
    assert conn.execute("SELECT COUNT(*) FROM member").fetchone()[0] == 101
    wal = db.with_name("vipdesk.db-wal")

    result = bk.restore(saved.path, db, d, now=dt.datetime(2026, 11, 23, 10, 0, 0))

    assert result.member_count == 125 and result.damaged_copy is None
    assert result.pre_restore is not None and result.pre_restore.name == "vipdesk-20261123-100000-pre_restore.db"
    assert member_count(result.pre_restore) == 101  # the state before the restore is kept
    assert wal.exists()  # never deleted
    # The still-open connection of the app sees the restored content.
    names = _names(conn)
    assert len(names) == 125 and "恢复后应消失" not in names
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sha(saved.path) == sha(bk.list_backups(d)[-1].path)  # the backup itself is unchanged


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_restore_over_a_damaged_file_keeps_it_aside(tmp_path: Path, kind: str) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=30)
    d = tmp_path / "backups"
    saved = bk.backup_now(db, d, "auto")
    DAMAGE[kind](db)
    damaged_bytes = db.read_bytes()

    result = bk.restore(saved.path, db, d)

    assert result.pre_restore is None
    assert result.damaged_copy is not None and result.damaged_copy.read_bytes() == damaged_bytes
    assert check_database(db, full=True).status is Status.OK
    assert member_count(db) == 30


def test_restore_over_a_truncated_file_with_a_wal_goes_through_sqlite(tmp_path: Path) -> None:
    """A damaged file with a -wal beside it cannot simply be replaced (SQLite would replay that
    -wal onto the new file): the restore is written through a connection and the -wal stays."""
    db = make_db(tmp_path / "vipdesk.db", members=30)
    d = tmp_path / "backups"
    saved = bk.backup_now(db, d, "auto")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO member (name) VALUES ('崩溃前')")
    conn.commit()
    # Simulate a crash: copy main file and -wal as they are now, then damage the main file.
    crashed = tmp_path / "crashed.db"
    crashed.write_bytes(db.read_bytes())
    crashed.with_name("crashed.db-wal").write_bytes(db.with_name("vipdesk.db-wal").read_bytes())
    conn.close()
    DAMAGE["truncated"](crashed)
    assert check_database(crashed).status is Status.DAMAGED

    result = bk.restore(saved.path, crashed, d)

    assert result.damaged_copy is not None
    assert result.damaged_copy.with_name(result.damaged_copy.name + "-wal").exists()
    assert check_database(crashed, full=True).status is Status.OK
    # Issue 13: the member committed after the backup (in the -wal) is carried over, not dropped.
    assert member_count(crashed) == 31
    assert result.salvage is not None and result.salvage.carried.get("member") == 1



def test_restore_refuses_a_damaged_backup_and_leaves_db_alone(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=10)
    d = tmp_path / "backups"
    saved = bk.backup_now(db, d, "auto")
    DAMAGE["overwritten-page"](saved.path)
    before = sha(db)
    with pytest.raises(bk.BackupError):
        bk.restore(saved.path, db, d)
    assert sha(db) == before
    assert len(bk.list_backups(d)) == 1  # no pre-restore written for a restore that never started


def test_restore_to_a_new_location(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=12)
    saved = bk.backup_now(db, tmp_path / "backups", "auto")
    target = tmp_path / "newpc" / "vipdesk.db"
    target.parent.mkdir()
    result = bk.restore(saved.path, target)
    assert result.pre_restore is None and result.damaged_copy is None
    assert member_count(target) == 12


# ---------------------------------------------------------------- move to a new PC


def test_copy_to_folder_and_open_copy_on_new_pc(live, tmp_path: Path) -> None:
    db, _conn = live
    usb = tmp_path / "usb"
    usb.mkdir()
    when = dt.datetime(2026, 11, 23, 18, 0, 0)
    info = bk.copy_to_folder(usb, db, now=when)
    assert info.folder == usb / "vipdesk-copy-20261123-180000"
    assert info.member_count == 125 and info.created == when and info.schema_version == 1
    manifest = json.loads((info.folder / bk.MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["member_count"] == 125 and manifest["created"] == "2026-11-23 18:00:00"
    assert [c.folder for c in bk.find_copies(usb)] == [info.folder]

    new_db = tmp_path / "newpc" / "vipdesk.db"
    new_db.parent.mkdir()
    copy, result = bk.open_copy(usb, new_db)  # the parent folder: newest copy is picked
    assert copy.folder == info.folder
    assert member_count(new_db) == 125 and result.pre_restore is None

    # Opening a copy over an existing database saves that database first.
    make_db(tmp_path / "other.db", members=3)
    copy, result = bk.open_copy(info.folder, tmp_path / "other.db", tmp_path / "other-backups")
    assert member_count(tmp_path / "other.db") == 125
    assert result.pre_restore is not None and member_count(result.pre_restore) == 3


def test_a_corrupted_copy_is_refused(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=5)
    usb = tmp_path / "usb"
    usb.mkdir()
    info = bk.copy_to_folder(usb, db)
    data = bytearray(info.db_file.read_bytes())
    data[-10] ^= 0xFF
    info.db_file.write_bytes(bytes(data))
    with pytest.raises(bk.BackupError, match="校验"):
        bk.read_copy(info.folder)
    target = tmp_path / "target.db"
    with pytest.raises(bk.BackupError):
        bk.open_copy(usb, target)
    assert not target.exists()


def test_copy_to_missing_folder_fails_clearly(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db")
    with pytest.raises(bk.BackupError, match="文件夹"):
        bk.copy_to_folder(tmp_path / "no-such-usb", db)


def test_restore_refuses_to_separate_a_wal_from_a_non_database(tmp_path: Path) -> None:
    """Overwritten header and a -wal beside it: SQLite cannot take the restore and the -wal
    must not be deleted or moved, so the restore stops with a clear message; the damaged
    file is kept aside first."""
    db = make_db(tmp_path / "vipdesk.db", members=30)
    d = tmp_path / "backups"
    saved = bk.backup_now(db, d, "auto")
    DAMAGE["not-a-database"](db)
    wal = db.with_name("vipdesk.db-wal")
    wal.write_bytes(b"x" * 1000)
    damaged = db.read_bytes()
    with pytest.raises(bk.BackupError, match="技术支持"):
        bk.restore(saved.path, db, d)
    assert wal.read_bytes() == b"x" * 1000
    assert db.read_bytes() == damaged
    copies = [p for p in tmp_path.iterdir() if p.name.startswith("vipdesk.db.damaged-") and not p.name.endswith("-wal")]
    assert len(copies) == 1 and copies[0].read_bytes() == damaged


def test_backup_while_another_thread_keeps_writing_is_consistent(tmp_path: Path) -> None:
    import threading

    db = make_db(tmp_path / "vipdesk.db", members=50)
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        conn = sqlite3.connect(db, isolation_level=None, timeout=30)
        try:
            while not stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO member (name) VALUES ('并发')")
                conn.execute("INSERT INTO sale (member_id, paid) VALUES (last_insert_rowid(), 1)")
                conn.execute("COMMIT")
                written.append(1)
        finally:
            conn.close()

    t = threading.Thread(target=writer)
    t.start()
    try:
        infos = [bk.backup_now(db, tmp_path / "b", "auto") for _ in range(5)]
    finally:
        stop.set()
        t.join()
    for info in infos:
        conn = sqlite3.connect(info.path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            # a snapshot between transactions: every new member came with its sale
            members = conn.execute("SELECT COUNT(*) FROM member").fetchone()[0]
            sales = conn.execute("SELECT COUNT(*) FROM sale").fetchone()[0]
            assert sales - 2000 == members - 50 >= 0
        finally:
            conn.close()
    assert member_count(db) == 50 + len(written)


def test_restore_refuses_next_to_an_orphaned_wal(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=4)
    saved = bk.backup_now(db, tmp_path / "backups", "auto")
    target = tmp_path / "gone" / "vipdesk.db"
    target.parent.mkdir()
    orphan = target.with_name("vipdesk.db-wal")
    orphan.write_bytes(b"w" * 100)
    with pytest.raises(bk.BackupError, match="日志文件"):
        bk.restore(saved.path, target)
    assert not target.exists() and orphan.read_bytes() == b"w" * 100
