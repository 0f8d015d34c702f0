"""The one SQLite database of a shop, opened through peewee.

Deferred: ``db`` is created empty and bound to a file by ``open_database``
so the same model classes serve the app, the CLI and every test's temp file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peewee import Model, SqliteDatabase

# Why these pragmas:
# - journal_mode=wal: readers (the customer list, reports) never block the
#   writer at the counter, and a crash leaves the main file consistent.
# - synchronous=FULL (2): in WAL mode NORMAL may lose the last commits on
#   power loss; FULL fsyncs the WAL on every commit, so a sale that was
#   confirmed on screen survives a power cut.
# - foreign_keys=1: SQLite leaves them off by default; we rely on them.
# - busy_timeout: a background worker (backup, import) holding the lock makes
#   the counter wait a moment instead of failing with "database is locked".
# peewee applies these on every new connection, i.e. in every thread.
PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "synchronous": 2,
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "cache_size": -32000,  # 32 MB page cache
    "temp_store": 2,  # memory
}

db = SqliteDatabase(None, pragmas=PRAGMAS)
_read_only_path: Path | None = None  # the file behind a read-only (URI) open

# This module knows neither the tables nor the migrations (they import it):
# ``wiring`` sets ``migrations.migrate_database`` in here on the first open (imported by
# name, as the OPEN_HOOKS are), so the import graph stays one-way: migrations -> tables -> db.
_migrator: Callable[[SqliteDatabase], object] | None = None
WIRING = "vipdesk.model.store.wiring"


def set_migrator(migrate: Callable[[SqliteDatabase], object]) -> None:
    global _migrator
    _migrator = migrate


# The one writer discipline (writers.py), wired in by the package like the
# migrator: on open, refuse a file marked damaged and become a writer; on
# close, stop being one.
_writer_open: Callable[[Path], None] | None = None
_writer_close: Callable[[Path], None] | None = None


def set_writer_hooks(on_open: Callable[[Path], None], on_close: Callable[[Path], None]) -> None:
    global _writer_open, _writer_close
    _writer_open, _writer_close = on_open, on_close


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


# Steps run after every writable open, as "module:function" (imported only then), so a
# feature can finish work a killed process left behind without store/ importing it:
# e.g. an import killed between its short transactions is completed (issue 13).
OPEN_HOOKS: list[str] = ["vipdesk.model.importing.tables:recover_jobs"]


# For each hook, one cheap read saying whether it has work (a missing table: no work), so the
# GUI, which runs the hooks on its start-check worker, can say what the counter waits for.
OPEN_HOOK_PENDING: dict[str, str] = {
    "vipdesk.model.importing.tables:recover_jobs": "SELECT 1 FROM import_job LIMIT 1",
}


def open_hooks_pending() -> bool:
    """True when an open hook has work left by a killed process (e.g. an interrupted import)."""
    import sqlite3

    for step in OPEN_HOOKS:
        sql = OPEN_HOOK_PENDING.get(step)
        if sql is None:
            return True  # a hook that cannot say: assume it has work
        try:
            if db.execute_sql(sql).fetchone() is not None:
                return True
        except sqlite3.OperationalError:  # its table is not there yet: nothing to finish
            continue
    return False


def run_open_hooks() -> None:
    """Finish what a killed process left (``OPEN_HOOKS``); may take long (a big import)."""
    import importlib

    for step in OPEN_HOOKS:
        module, _, name = step.partition(":")
        getattr(importlib.import_module(module), name)()


def open_database(path: str | Path, *, migrate: bool = True, read_only: bool = False,
                  hooks: bool = True) -> SqliteDatabase:
    """Bind ``db`` to *path* (created if missing) and bring its schema up to date.

    ``read_only``: a file from a newer vipdesk is opened with ``mode=ro`` and
    never migrated, so this version cannot damage what it does not understand.
    ``hooks=False``: the ``OPEN_HOOKS`` are left to the caller (``run_open_hooks``): the GUI
    runs them on its start-check worker after paint, ``vipdesk find`` (a read) not at all."""
    if _migrator is None or _writer_open is None:
        import importlib

        importlib.import_module(WIRING)
    close_database()
    global _read_only_path
    path = Path(path)
    _read_only_path = path if read_only else None
    if read_only:
        ro = {k: v for k, v in PRAGMAS.items() if k not in ("journal_mode", "synchronous")}
        db.init(path.absolute().as_uri() + "?mode=ro", pragmas={**ro, "query_only": 1}, uri=True)
        db.connect(reuse_if_open=True)
        return db
    path.parent.mkdir(parents=True, exist_ok=True)
    # One writer discipline: a file the check found damaged is never written,
    # and this process is a writer until close_database.
    on_disk = str(path) != ":memory:"
    if on_disk and _writer_open is not None:
        _writer_open(path)
    db.init(str(path), pragmas=PRAGMAS)
    try:
        db.connect(reuse_if_open=True)
    except BaseException:
        if on_disk and _writer_close is not None:
            _writer_close(path)
        raise
    if migrate:
        if _migrator is None:
            raise RuntimeError(f"no migrator: {WIRING} did not set one")
        _migrator(db)
        if hooks:
            run_open_hooks()
    return db


def close_database() -> None:
    """Close the connection and stop being a writer of that file (a restore may now run)."""
    path = database_path()
    if not db.is_closed():
        db.close()
    if path is not None and _read_only_path is None and str(path) != ":memory:" and _writer_close:
        _writer_close(path)


def database_path() -> Path | None:
    if not db.database:
        return None
    if _read_only_path is not None and db.database.startswith("file:"):  # opened read-only by URI
        return _read_only_path
    return Path(db.database)


_txn = threading.local()


def txn_memo() -> dict[str, Any] | None:
    """A dict that lives for this thread's outermost ``transaction()`` (None outside one).

    Holding the write lock, nobody else can change what the action reads, so rules that
    read the same settings a dozen times per sale may remember them here (issue 14)."""
    return getattr(_txn, "memo", None)


@contextmanager
def transaction() -> Iterator[None]:
    """One user action that writes: BEGIN IMMEDIATE takes the write lock at the
    start, so two writers never interleave and a failure rolls back all of it.
    Nested calls become savepoints of the outer transaction."""
    if db.in_transaction():
        with db.atomic():
            yield
    else:
        _txn.memo = {}
        try:
            with db.atomic("IMMEDIATE"):
                yield
        finally:
            _txn.memo = None


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "busy": another writer held the lock too long."""
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "sqlite_busy" in text


def retry_when_busy(action: Callable[[], Any], *, attempts: int = 5, first_wait: float = 2.0,
                    on_retry: Callable[[int, BaseException], None] | None = None,
                    sleep: Callable[[float], None] | None = None, busy_ms: int | None = None) -> Any:
    """Run *action* (which writes in its own transactions); when the database is busy, wait
    and try again (2 s, 4 s, 8 s … between attempts) instead of giving up at once.

    For background work such as the day's jobs (issue 13): a long import elsewhere may
    hold the lock for a moment.  The last busy error is raised, so the caller can say
    visibly that the job could not run; other errors are raised at once.  *busy_ms*: how
    long each attempt waits for the lock (default: the connection's 10 s)."""
    import time

    if busy_ms is not None:
        db.execute_sql(f"PRAGMA busy_timeout = {int(busy_ms)}")
    try:
        wait = first_wait
        for attempt in range(1, attempts + 1):
            try:
                return action()
            except Exception as exc:
                if not is_busy(exc) or attempt == attempts:
                    raise
                if on_retry is not None:
                    on_retry(attempt, exc)
                (sleep or time.sleep)(wait)
                wait *= 2
        raise AssertionError("unreachable")
    finally:
        if busy_ms is not None:
            db.execute_sql(f"PRAGMA busy_timeout = {int(PRAGMAS['busy_timeout'])}")  # type: ignore[call-overload]


# SQLite VM steps between two cancel checks: ~20–50 ms of work.  Each check takes the GIL, so
# checking far more often slows the GUI thread while a background scan runs (issue 14).
PROGRESS_STEPS = 1_000_000


@contextmanager
def stop_when(cancelled: Callable[[], bool]) -> Iterator[None]:
    """Issue 14: while *cancelled()* is true, this thread's running statement stops at once
    (SQLite raises "interrupted"; an open transaction rolls back), so closing the app does not
    wait for a long scan in a background task.  Outside any write the data is untouched."""
    if db.is_closed():
        yield
        return
    conn = db.connection()
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, PROGRESS_STEPS)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)
