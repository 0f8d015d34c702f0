"""A read-only sqlite3 connection for one quick read without peewee (issue 14: ``vipdesk find``
as a whole process pays for its imports, and peewee alone is about half of them).

``open_reader`` answers only for a file that ``open_database`` would open without doing
anything but connect: it exists, is not marked damaged, is in WAL mode and has exactly this
version's schema.  Anything else — missing, damaged, older (to migrate) or newer schema,
unreadable, locked — gives None, and the caller takes ``open_database``, which migrates,
refuses or explains as always.  Like ``open_database`` it holds this process's shared writer
lock while the file is open (a restore or migration waits for it, and it for them).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from vipdesk.model.store import writers
from vipdesk.model.store.migrations import SCHEMA_VERSION

# The pragmas of db.PRAGMAS a reader uses (tests/model/test_lite_reader.py keeps them equal).
READ_PRAGMAS: dict[str, int] = {"busy_timeout": 10000, "cache_size": -32000, "temp_store": 2}


def open_reader(path: str | Path) -> sqlite3.Connection | None:
    """A read-only connection to *path*, or None when the full open has work to do (see above).
    Close it with ``close_reader``.  Raises ``WritersBusy`` as ``open_database`` does when a
    restore or migration holds the file longer than the writers' wait."""
    path = Path(path)
    if str(path) == ":memory:" or not path.is_file() or writers.is_marked_damaged(path):
        return None
    writers.hold_shared(path)
    try:
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        writers.drop(path)
        return None
    try:
        for name, value in READ_PRAGMAS.items():
            conn.execute(f"PRAGMA {name} = {int(value)}")
        conn.execute("PRAGMA query_only = 1")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    except sqlite3.Error:
        close_reader(conn, path)
        return None
    if version != SCHEMA_VERSION or mode != "wal":
        close_reader(conn, path)
        return None
    return conn


def close_reader(conn: sqlite3.Connection, path: str | Path) -> None:
    """Close the connection and stop holding the writer lock (a restore may now run)."""
    try:
        conn.close()
    finally:
        writers.drop(path)
