"""open_database(read_only=True): a file from a newer vipdesk is read, never written or migrated."""

from __future__ import annotations

import hashlib

import peewee
import pytest

from vipdesk.model.members import profile as members
from vipdesk.model.store.db import close_database, database_path, db, open_database
from vipdesk.model.store.migrations import SCHEMA_VERSION, NewerSchema, schema_version


def _digest(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_newer_schema_opens_read_only_and_stays_untouched(tmp_path):
    path = tmp_path / "店 铺.db"
    open_database(path)
    members.enrol("黄明华", "13812345678")
    db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    with pytest.raises(NewerSchema):
        open_database(path)
    close_database()
    before = _digest(path)
    try:
        open_database(path, read_only=True)
        assert database_path() == path
        assert schema_version(db) == SCHEMA_VERSION + 1
        assert members.find_by_phone("13812345678").name == "黄明华"
        with pytest.raises(peewee.OperationalError):
            members.enrol("李秀英", "13987651234")
    finally:
        close_database()
    assert _digest(path) == before


def test_the_old_signature_still_works(tmp_path):
    open_database(tmp_path / "a.db")
    try:
        assert database_path() == tmp_path / "a.db"
        assert schema_version(db) == SCHEMA_VERSION
    finally:
        close_database()
    open_database(tmp_path / "a.db", migrate=False)
    close_database()
