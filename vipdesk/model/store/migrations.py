"""Schema versions, kept in ``PRAGMA user_version``.

Each migration runs in its own transaction and bumps the version, so an old
file upgrades in place step by step.  Before the first migration of an
existing file a copy is taken with SQLite's online backup API.  A file from
a newer vipdesk (higher version) is never migrated: ``NewerSchema`` lets the
caller open it read-only.

To add a table or column: append a function to ``MIGRATIONS``; never edit
one that has shipped.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import sqlite3
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from vipdesk.model.errors import VipdeskError
from vipdesk.model.store import writers
from vipdesk.text import tr

TYPE_CHECKING = False
if TYPE_CHECKING:  # issue 14: the list and SCHEMA_VERSION load without peewee or typing (store/lite.py)
    from peewee import SqliteDatabase

MIGRATION_WAIT = 30.0  # seconds a migration waits for other writers to close the file
APPEND_ONLY_TABLES = ("points_entry", "audit_log")


class NewerSchema(VipdeskError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(tr("此数据库来自更新版本的会员管家(结构版本 {found}),本程序只支持到 {supported}。")
                         .format(found=found, supported=supported))
        self.found = found
        self.supported = supported


def _append_only(db: SqliteDatabase, table: str) -> None:
    for op in ("UPDATE", "DELETE"):
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )


def m001_base(db: SqliteDatabase) -> None:
    """Members, profile, cards, sales, visits, contacts, points ledger, tiers, settings, audit log."""
    from vipdesk.model.store.tables import BASE_TABLES

    db.create_tables(BASE_TABLES, safe=True)
    for table in APPEND_ONLY_TABLES:
        _append_only(db, table)


def add_column_if_missing(db: SqliteDatabase, table: str, column: str, ddl: str) -> None:
    """Idempotent ALTER TABLE ADD COLUMN (tables created later already have it)."""
    cols = {c.name for c in db.get_columns(table)}
    if column not in cols:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {ddl}')


# Each entry is a function or "module:function" (so feature modules own their tables).
MIGRATIONS: list[Callable[[SqliteDatabase], None] | str] = [
    m001_base,
    "vipdesk.model.loyalty.tables:migrate",
    "vipdesk.model.care.tables:migrate",
    "vipdesk.model.segmentation.tables:migrate",
    "vipdesk.model.privacy.consent:migrate",
    "vipdesk.model.hygiene.tables:migrate",  # issue 15: not-a-duplicate pairs
    "vipdesk.model.importing.tables:migrate",  # issue 15: member.imported_on / enrolled_unknown
    "vipdesk.model.care.feedback_tables:migrate",
    "vipdesk.model.messaging.tables:migrate",
    "vipdesk.model.access.tables:migrate",  # issue 13: staff logins, access log
    "vipdesk.model.segmentation.tables:migrate_style_first",  # issue 14: style_first_sale aggregate
    "vipdesk.model.importing.tables:migrate_jobs",  # issue 13: staged imports in short transactions
    "vipdesk.model.sales.refunds:migrate",  # issue 17: a return's refund method
    "vipdesk.model.access.tables:migrate_permissions",  # issue 13: permission table, old owner PIN moved
    "vipdesk.model.loyalty.window:migrate",  # issue 14: qualifying window sums kept incrementally
    "vipdesk.model.segmentation.tables:migrate_member_facts",  # issue 14: per-member lifetime facts
    "vipdesk.model.members.name_index:migrate",  # issue 14: name-part search by character pairs
]

SCHEMA_VERSION = len(MIGRATIONS)


def _resolve(step: Callable[[SqliteDatabase], None] | str) -> Callable[[SqliteDatabase], None]:
    if isinstance(step, str):
        module, _, name = step.partition(":")
        return getattr(importlib.import_module(module), name)
    return step


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _backup_before_migration(db: SqliteDatabase, found: int) -> Path | None:
    """Copy the file aside (online backup API, never a file copy) before touching its schema."""
    path = Path(db.database)
    if not path.exists() or path.stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{found}-before-migration-{stamp}")
    dest = sqlite3.connect(str(target))
    try:
        dest.execute("PRAGMA foreign_keys = ON")
        db.connection().backup(dest)
    finally:
        dest.close()
    # Kept aside: fsynced (file and folder) before the schema is touched.
    with open(target, "rb+") as f:
        os.fsync(f.fileno())
    if os.name == "posix":
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return target


def migrate_database(db: SqliteDatabase, upto: int | None = None) -> int:
    """Run the missing migrations; return the version the file now has."""
    target = SCHEMA_VERSION if upto is None else upto
    found = schema_version(db)
    if found > SCHEMA_VERSION:
        raise NewerSchema(found, SCHEMA_VERSION)
    if found >= target:
        return found
    path = Path(db.database)
    # A migration takes the database exclusively (writers.py): it waits for other
    # processes to close it, or refuses with a clear message.
    guard = writers.exclusive(path, MIGRATION_WAIT) if db.database != ":memory:" else nullcontext()
    with guard:
        found = schema_version(db)  # another process may have migrated while we waited
        if found >= target:
            return found
        if found > 0:
            _backup_before_migration(db, found)
        for version in range(found + 1, target + 1):
            with db.atomic("IMMEDIATE"):
                _resolve(MIGRATIONS[version - 1])(db)
                db.execute_sql(f"PRAGMA user_version = {version}")
    return target
