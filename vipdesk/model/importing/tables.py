"""Columns the member import owns on ``member`` (issue 15): ``imported_on`` and
``enrolled_unknown`` (declared on Member in store/tables.py so every query sees them).

Idempotent: new files already have the columns from the base tables; an older file gets
them added, and members an earlier import created are marked from their first tier
change (reason 导入定级): imported that day, enrolment unknown when enrolled_on is that
same day (the import's default).
"""

from __future__ import annotations

from peewee import SqliteDatabase

from vipdesk.model.store.migrations import add_column_if_missing


def migrate(db: SqliteDatabase) -> None:
    add_column_if_missing(db, "member", "imported_on", "DATE")
    add_column_if_missing(db, "member", "enrolled_unknown", "INTEGER NOT NULL DEFAULT 0")
    from vipdesk.model.importing.members_records import TIER_REASON
    from vipdesk.text import tr

    reasons = sorted({TIER_REASON, tr(TIER_REASON)})
    marks = ",".join("?" for _ in reasons)
    db.execute_sql(
        "UPDATE member SET imported_on = (SELECT DATE(MIN(tc.at)) FROM tier_change tc WHERE tc.member_id = member.id"
        f" AND tc.old_tier = '' AND tc.reason IN ({marks})) WHERE imported_on IS NULL", reasons)
    db.execute_sql("UPDATE member SET enrolled_unknown = 1 WHERE imported_on IS NOT NULL"
                   " AND DATE(enrolled_on) = imported_on AND enrolled_unknown = 0")


def migrate_jobs(db: SqliteDatabase) -> None:
    """Issue 13: an import stages its records here, then applies them in short transactions
    (importing/jobs.py); a job left by a killed process is finished or discarded at open."""
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS import_job (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
        " source TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, total INTEGER NOT NULL DEFAULT 0,"
        " applied INTEGER NOT NULL DEFAULT 0, writer BLOB NOT NULL, created_at TEXT NOT NULL)")
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS import_stage (job_id INTEGER NOT NULL REFERENCES import_job (id),"
        " seq INTEGER NOT NULL, unit BLOB NOT NULL, PRIMARY KEY (job_id, seq))")


def recover_jobs() -> None:
    """Run by ``open_database``: finish or discard an import a killed process left (jobs.py).
    Cheap when there is none, and imports the importing machinery only when there is one
    (``vipdesk find`` must not pay for openpyxl, issue 14)."""
    from vipdesk.model.store.db import db

    if not db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'import_job'").fetchone():
        return
    if db.execute_sql("SELECT 1 FROM import_job LIMIT 1").fetchone() is None:
        return
    from vipdesk.model.importing.jobs import recover

    recover()
