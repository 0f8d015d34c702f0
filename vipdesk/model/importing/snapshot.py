"""A throw-away copy of the database for one thread: previews that take no write lock (issue 13).

A dry run (and the all-or-nothing check before a real run) must compute exactly what
the import would do, which means running the writer — but on the shop's file that
holds SQLite's write lock for the whole run, so a sale at the counter waits and fails.
``private_copy()`` copies the file with SQLite's online backup API (a read: WAL never
blocks the counter for it) into a temporary folder and points *this thread's*
connection at the copy; everything the writer does there is thrown away.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vipdesk.model.store.db import db


@contextmanager
def private_copy() -> Iterator[Path]:
    """Within the block this thread's queries go to a copy of the open database."""
    if db.in_transaction():
        raise RuntimeError("private_copy() inside a transaction")
    source = db.connection()
    folder = Path(tempfile.mkdtemp(prefix="vipdesk-preview-"))
    path = folder / "preview.sqlite3"
    state = db._state  # peewee's per-thread connection state
    saved = (state.conn, state.closed, state.ctx, state.transactions, state.commit_callbacks)
    conn: sqlite3.Connection | None = None
    try:
        target = sqlite3.connect(str(path))
        try:
            source.backup(target)
        finally:
            target.close()
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        db._add_conn_hooks(conn)  # the same pragmas and SQL functions as a real connection
        # a copy nobody keeps: no fsync, no WAL
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
        state.set_connection(conn)
        yield path
    finally:
        state.conn, state.closed, state.ctx, state.transactions, state.commit_callbacks = saved
        if conn is not None:
            conn.close()
        shutil.rmtree(folder, ignore_errors=True)
