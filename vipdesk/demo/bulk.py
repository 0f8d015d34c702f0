"""Bulk writing for the demo: fast pragmas on a brand-new file, indexes built afterwards, buffered executemany."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from vipdesk.demo.data import CHUNK
from vipdesk.model.store.db import db

# Every table the demo fills: their indexes are dropped while rows pour in (issue 14).
BULK_TABLES = ("staff", "card", "child", "member_date", "consent_event", "audit_log", "sale", "sale_line",
               "points_entry", "points_lot", "tier_change", "visit", "contact", "voucher", "voucher_event",
               "settlement", "gift_redemption", "refund")
# The member table's indexes go last: the caches and tiers are set on it after the rows are in.
MEMBER_TABLES = ("member",)
# The page cache (cache_size, negative = KiB) while the dropped indexes are built: the sorter's pieces.
SORT_CACHE_KIB = -2048


@contextmanager
def _bulk_pragmas() -> Iterator[None]:
    """Fast writes, allowed only because the file is brand new and nobody else has it open:
    a crash just loses the demo (``build_demo`` then deletes the file).  Foreign keys are
    not checked per row (the builder writes parents before children; the tests run
    ``foreign_key_check`` on the result) and the cyclic garbage collector rests while
    millions of row tuples come and go (none of them is in a cycle).  Afterwards the file is
    back to WAL + synchronous=FULL + foreign keys like every other connection (db.PRAGMAS)."""
    db.execute_sql("PRAGMA foreign_keys = OFF")
    db.execute_sql("PRAGMA journal_mode = MEMORY")
    db.execute_sql("PRAGMA synchronous = OFF")
    db.execute_sql("PRAGMA cache_size = -65536")
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc_was_on:
            gc.enable()
        if db.in_transaction():
            db.rollback()
        db.execute_sql("PRAGMA synchronous = 2")
        db.execute_sql("PRAGMA cache_size = -32000")
        db.execute_sql("PRAGMA journal_mode = WAL")
        db.execute_sql("PRAGMA foreign_keys = ON")


@contextmanager
def _indexes_built_afterwards(tables: Sequence[str]) -> Iterator[None]:
    """Drop the tables' indexes while rows pour in and build each once at the end
    (a sorted build is much cheaper than a million B-tree inserts).  The same CREATE
    statements come back, so the schema is exactly the migrated one (tests compare it);
    UNIQUE indexes check their rows when they are rebuilt."""
    marks = ",".join("?" * len(tables))
    indexes = [(name, sql) for name, sql in db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})"
        " ORDER BY rowid", tuple(tables)).fetchall()]
    with db.atomic():
        for name, _sql in indexes:
            db.execute_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        if db.in_transaction():
            db.rollback()
        with _sorting_cache(), db.atomic():
            for _name, sql in indexes:
                db.execute_sql(sql)


@contextmanager
def _sorting_cache() -> Iterator[None]:
    """A small page cache while whole tables are sorted (index builds, GROUP BY / UNION rebuilds):
    SQLite's sorter sorts pieces the size of the cache and merges them; ~2 MB pieces sort in the
    CPU's caches, where one 40 MB list is a walk over main memory.  Measured at 100k/1M: the
    CREATE INDEXes ~10-20 % less CPU, ``style_first_sale``'s rebuild half (docs/performance.md,
    session 6).  The load's own cache (inserts gain nothing from a small one) comes back after."""
    cache = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql(f"PRAGMA cache_size = {SORT_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(cache)}")


@contextmanager
def _name_grams_built_afterwards() -> Iterator[None]:
    """The member insert trigger cuts each name into grams row by row (a third of the member
    inserts' time); instead it rests while members pour in and ``name_index.rebuild`` writes
    every member's grams in one sorted statement.  The trigger comes back with its own SQL."""
    from vipdesk.model.members import name_index

    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'member_name_gram_ins'"
                         ).fetchone()
    if row is None:
        yield
        return
    db.execute_sql('DROP TRIGGER "member_name_gram_ins"')
    try:
        yield
        with _sorting_cache():
            name_index.rebuild(db)
    finally:
        db.execute_sql(row[0])


def _insert_sql(model: type, fields: Sequence[str], zero_is_null: Sequence[str] = (),
                empty_is_null: Sequence[str] = ()) -> str:
    """The INSERT for *fields*; the rows give 0 (or '') for NULL in the *_is_null columns.
    Why: the sqlite3 module binds None through its adapter lookup, ~1 µs a value (2.5 million
    of them at benchmark size); an int or a str is bound directly and NULLIF is cheap."""
    meta = model._meta  # type: ignore[attr-defined]
    cols = ", ".join(f'"{meta.fields[f].column_name}"' for f in fields)
    marks = ", ".join("NULLIF(?, 0)" if f in zero_is_null else "NULLIF(?, '')" if f in empty_is_null else "?"
                      for f in fields)
    return f'INSERT INTO "{meta.table_name}" ({cols}) VALUES ({marks})'


class _Writer:
    """Buffers rows per table and writes them with executemany on the open transaction,
    ``per_statement`` rows to an INSERT (one VALUES list each): a quarter less than one
    statement step per row (issue 14; the same rows in the same order, so the same rowids).

    A table's buffer is one flat list of values, a row after the other (``rows.extend((...))``):
    each INSERT's parameters are then a plain slice of it, where a list of row tuples had to be
    chained into a new tuple per statement (~0.5 µs a row, ~4 million rows at benchmark size)."""

    chunk = CHUNK  # the builder flushes when a table's buffer reaches this many rows
    per_statement = 100  # x at most 46 columns: far below SQLite's 32,766 parameters

    def __init__(self) -> None:
        self.sql: dict[str, str] = {}
        self.multi_sql: dict[str, str] = {}
        self.rows: dict[str, list] = {}
        self.width: dict[str, int] = {}
        self.counts: dict[str, int] = {}

    def table(self, key: str, model: type, fields: Sequence[str], zero_is_null: Sequence[str] = (),
              empty_is_null: Sequence[str] = ()) -> list:
        """The flat value buffer of *key* (extend it by one row's values at a time); rows carry
        0 / '' for NULL in the columns named (``_insert_sql``)."""
        if not {*zero_is_null, *empty_is_null} <= set(fields):
            raise ValueError(f"{key}: NULL columns must be among the fields")
        self.sql[key] = sql = _insert_sql(model, fields, zero_is_null, empty_is_null)
        head, _, values = sql.partition(" VALUES ")
        self.multi_sql[key] = f"{head} VALUES {', '.join([values] * self.per_statement)}"
        self.rows[key] = []
        self.width[key] = len(fields)
        self.counts[key] = 0
        return self.rows[key]

    def pending(self, key: str) -> int:
        """Rows of *key* not written yet."""
        return len(self.rows[key]) // self.width[key]

    def flush(self, *keys: str) -> None:
        conn = db.connection()
        for key in keys or tuple(self.rows):
            values = self.rows[key]
            if values:
                width = self.width[key]
                if len(values) % width:
                    raise ValueError(f"{key}: a row of the wrong width")
                step = width * self.per_statement
                whole = len(values) - len(values) % step
                if whole:
                    conn.executemany(self.multi_sql[key], (values[i:i + step] for i in range(0, whole, step)))
                if whole < len(values):
                    conn.executemany(self.sql[key], (values[i:i + width] for i in range(whole, len(values), width)))
                self.counts[key] += len(values) // width
                values.clear()


def _fmt_dt(base: dt.datetime, t: int) -> str:
    return (base + dt.timedelta(seconds=t)).strftime("%Y-%m-%d %H:%M:%S")
