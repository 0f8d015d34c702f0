"""Start-up safety sequence: location, lock, read-only check, start backup or damaged handling."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from safety_dbfiles import DAMAGE, make_db, sha

from vipdesk.model.safety import backup as bk
from vipdesk.model.safety.integrity import Status
from vipdesk.model.safety.location import UnsafeLocation
from vipdesk.model.safety.lock import AlreadyRunning, lock_path_for
from vipdesk.model.safety.startup import prepare_database


def test_sound_database_gets_a_start_backup_and_the_lock(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=9)
    state = prepare_database(db)
    try:
        assert state.check.status is Status.OK and not state.damaged and not state.read_only
        assert state.start_backup is not None and state.start_backup.reason == "start"
        assert state.start_backup.path.parent == tmp_path / "backups"
        assert state.start_backup.member_count == 9 and state.backup_error == ""
        with pytest.raises(AlreadyRunning):
            prepare_database(db)
    finally:
        state.lock.release()


def test_damaged_database_is_kept_aside_and_nothing_written(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=9)
    good = bk.backup_now(db, tmp_path / "backups", "auto", now=dt.datetime(2026, 11, 22, 18, 0, 0))
    DAMAGE["overwritten-page"](db)
    before = sha(db)
    state = prepare_database(db)
    try:
        assert state.damaged
        assert state.damaged_copy is not None and sha(state.damaged_copy) == before
        assert state.newest_good is not None and state.newest_good.path == good.path
        assert state.start_backup is None
        assert sha(db) == before
        assert [b.path for b in bk.list_backups(tmp_path / "backups")] == [good.path]
        # The damaged screen's "restore" button:
        result = bk.restore(state.newest_good.path, db, state.backup_dir)
        assert result.damaged_copy == state.damaged_copy  # kept once, not twice
    finally:
        state.lock.release()


def test_missing_database_makes_no_backup(tmp_path: Path) -> None:
    state = prepare_database(tmp_path / "vipdesk.db")
    try:
        assert state.check.status is Status.MISSING and state.start_backup is None
        assert not (tmp_path / "vipdesk.db").exists()
    finally:
        state.lock.release()


def test_cloud_folder_refused_before_anything_is_created(tmp_path: Path) -> None:
    db = tmp_path / "百度网盘" / "vipdesk.db"
    with pytest.raises(UnsafeLocation):
        prepare_database(db)
    assert not lock_path_for(db).exists()


def test_newer_schema_is_read_only(tmp_path: Path) -> None:
    from vipdesk.model.store.migrations import SCHEMA_VERSION

    db = make_db(tmp_path / "vipdesk.db", user_version=SCHEMA_VERSION + 1)
    state = prepare_database(db)
    try:
        assert state.read_only and not state.damaged
    finally:
        state.lock.release()


def _start(db: Path):
    state = prepare_database(db)
    state.lock.release()
    return state


def test_a_start_with_nothing_written_since_the_newest_backup_copies_nothing(tmp_path: Path) -> None:
    """Issue 14 follow-up: every start copied the whole file, so a PC started several times a
    day filled its disk with identical copies.  Unchanged since the newest backup → that
    backup is the start's; any commit → a new copy."""
    db = make_db(tmp_path / "vipdesk.db", members=9)
    first = _start(db).start_backup
    assert first is not None and first.reason == "start"
    again = _start(db)
    assert again.start_backup is not None and again.start_backup.path == first.path and again.backup_error == ""
    assert [b.path for b in bk.list_backups(tmp_path / "backups")] == [first.path]

    conn = sqlite3.connect(db)  # a sale recorded by another process (left in the -wal, not checkpointed)
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("INSERT INTO sale (member_id, paid) VALUES (1, 12300)")
    conn.commit()
    after_write = _start(db).start_backup
    conn.close()
    assert after_write is not None and after_write.path != first.path
    assert len(bk.list_backups(tmp_path / "backups")) == 2


def test_a_checkpointed_write_also_counts(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=9)
    first = _start(db).start_backup
    conn = sqlite3.connect(db)
    conn.execute("UPDATE member SET name = '改名' WHERE id = 1")
    conn.commit()
    conn.close()  # the last connection: written into the file itself, -wal removed
    assert _start(db).start_backup.path != first.path


def test_a_damaged_or_replaced_newest_backup_is_not_trusted(tmp_path: Path) -> None:
    """The record names the backup and its size: a truncated copy, or a newer backup the record
    does not describe (copied in by hand), makes the start copy again."""
    db = make_db(tmp_path / "vipdesk.db", members=9)
    first = _start(db).start_backup
    with open(first.path, "r+b") as f:
        f.truncate(first.path.stat().st_size // 2)
    second = _start(db).start_backup
    assert second.path != first.path
    stray = tmp_path / "backups" / "vipdesk-20991231-235959-manual.db"
    stray.write_bytes(second.path.read_bytes())
    third = _start(db).start_backup
    assert third.path not in (second.path, stray) and third.reason == "start"


def test_a_manual_backup_after_the_last_write_serves_the_next_start(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=9)
    manual = bk.backup_now(db, tmp_path / "backups", "manual")
    state = _start(db)
    assert state.start_backup.path == manual.path
    assert len(bk.list_backups(tmp_path / "backups")) == 1
