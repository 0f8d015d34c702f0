"""Start-up check: ok / missing / damaged (three kinds) / newer schema, read-only; keep-aside copies."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from safety_dbfiles import DAMAGE, make_db, sha, side_files

from vipdesk.model.safety.integrity import (
    Status,
    app_schema_version,
    check_database,
    damaged_copies,
    keep_aside,
)


def test_sound_file_is_ok_with_member_count(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=42, user_version=app_schema_version() or 1)
    before = sha(db)
    for full in (False, True):
        result = check_database(db, full=full)
        assert result.status is Status.OK and result.ok
        assert result.member_count == 42
        assert not result.needs_migration
    assert sha(db) == before
    assert side_files(db) == set()  # the check created no -wal/-shm


def test_missing_file(tmp_path: Path) -> None:
    assert check_database(tmp_path / "nope.db").status is Status.MISSING


@pytest.mark.parametrize("kind", sorted(DAMAGE))
@pytest.mark.parametrize("full", [False, True], ids=["quick", "full"])
def test_damaged_files_are_detected_and_left_untouched(tmp_path: Path, kind: str, full: bool) -> None:
    db = make_db(tmp_path / "vipdesk.db")
    DAMAGE[kind](db)
    before = sha(db)
    result = check_database(db, full=full)
    assert result.status is Status.DAMAGED
    assert not result.ok
    assert "损坏" in result.message or "不是" in result.message
    assert result.detail  # SQLite's own words for support
    assert sha(db) == before
    assert side_files(db) == set()


def test_empty_file_counts_as_damage(tmp_path: Path) -> None:
    db = tmp_path / "vipdesk.db"
    db.write_bytes(b"")
    result = check_database(db)
    assert result.status is Status.DAMAGED
    assert db.read_bytes() == b""


def test_directory_instead_of_file_is_damage(tmp_path: Path) -> None:
    (tmp_path / "vipdesk.db").mkdir()
    assert check_database(tmp_path / "vipdesk.db").status is Status.DAMAGED


def test_newer_schema_is_flagged_not_damaged(tmp_path: Path) -> None:
    app = app_schema_version()
    assert app is not None  # vipdesk.model.store.migrations is there
    db = make_db(tmp_path / "vipdesk.db", members=5, user_version=app + 1)
    result = check_database(db)
    assert result.status is Status.NEWER_SCHEMA
    assert result.user_version == app + 1 and result.app_version == app
    assert "只读" in result.message
    assert result.member_count == 5


def test_older_schema_needs_migration(tmp_path: Path) -> None:
    app = app_schema_version()
    assert app is not None and app >= 1
    db = make_db(tmp_path / "vipdesk.db", user_version=app - 1)
    result = check_database(db)
    assert result.status is Status.OK
    assert result.needs_migration


def test_check_sees_commits_still_in_the_wal_and_leaves_the_wal(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db", members=10)
    live = sqlite3.connect(db)
    live.execute("PRAGMA wal_autocheckpoint = 0")
    live.executemany("INSERT INTO member (name) VALUES (?)", [("新会员",)] * 7)
    live.commit()
    wal = db.with_name(db.name + "-wal")
    wal_before = wal.read_bytes()
    assert len(wal_before) > 0
    try:
        result = check_database(db, full=True)
        assert result.status is Status.OK
        assert result.member_count == 17
        assert wal.read_bytes() == wal_before
    finally:
        live.close()


def test_keep_aside_copies_file_and_wal_never_moves(tmp_path: Path) -> None:
    db = make_db(tmp_path / "vipdesk.db")
    wal = db.with_name("vipdesk.db-wal")
    wal.write_bytes(b"wal bytes that may hold the last sales")
    shm = db.with_name("vipdesk.db-shm")
    shm.write_bytes(b"shm")
    DAMAGE["truncated"](db)
    original = sha(db)
    when = dt.datetime(2026, 11, 23, 19, 30, 5)

    first = keep_aside(db, now=when)
    assert first.name == "vipdesk.db.damaged-20261123-193005"
    assert sha(first) == original
    assert first.with_name(first.name + "-wal").read_bytes() == wal.read_bytes()
    assert keep_aside(db, now=when) == first  # the same damage is kept once
    # nothing moved or deleted
    assert sha(db) == original
    assert wal.exists() and shm.exists()

    with open(db, "r+b") as f:  # damaged further: a second copy, a new name in the same second
        f.truncate(1000)
    second = keep_aside(db, now=when)
    assert second.name == "vipdesk.db.damaged-20261123-193005-2"
    assert second.stat().st_size == 1000 and sha(first) == original
    assert damaged_copies(db) == [second, first]
