"""The demo's bulk writer (issue 14, demo row): several rows per INSERT and no None bound, with
the same file as one plain INSERT per row would give.  Counts and contents, not timings."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from vipdesk.demo.builder import build_demo
from vipdesk.demo.bulk import _Writer
from vipdesk.model.store.db import close_database

TODAY = dt.date(2026, 11, 20)
TABLES = ("member", "member_name_gram", "card", "child", "member_date", "consent_event", "audit_log", "sale",
          "sale_line", "points_entry", "tier_change", "visit", "contact", "voucher", "voucher_event", "settlement",
          "refund", "gift_redemption", "style_first_sale")


def _contents(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        # By rowid: the same rows must also get the same rowids (the grams' table has none: by key).
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY {"1, 2" if t == "member_name_gram" else "rowid"}')
                .fetchall() for t in TABLES}
    finally:
        con.close()


def _build(path: Path) -> dict[str, list[tuple]]:
    try:
        build_demo(path, members=250, sales=2500, seed=5, today=TODAY)
    finally:
        close_database()
    return _contents(path)


def test_multi_row_inserts_write_the_same_rows_as_one_insert_per_row(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: 100 rows to a statement (and a remainder of single-row ones) leave every table,
    NULLs and rowids included, exactly as one statement per row does."""
    monkeypatch.setattr(_Writer, "chunk", 777)  # flushes of odd sizes: whole statements and remainders
    batched = _build(tmp_path / "batched.db")
    monkeypatch.setattr(_Writer, "per_statement", 1)
    single = _build(tmp_path / "single.db")
    assert all(batched[t] for t in ("member", "sale", "sale_line", "points_entry", "voucher", "voucher_event"))
    for table in TABLES:
        assert batched[table] == single[table], table
    # The columns written as 0 / '' and turned into NULL by the statement really hold NULLs.
    con = sqlite3.connect(tmp_path / "batched.db")
    try:
        nulls = con.execute("SELECT (SELECT COUNT(*) FROM sale WHERE member_id IS NULL),"
                            " (SELECT COUNT(*) FROM sale WHERE original_id IS NULL),"
                            " (SELECT COUNT(*) FROM sale_line WHERE original_line_id IS NULL),"
                            " (SELECT COUNT(*) FROM points_entry WHERE sale_id IS NULL),"
                            " (SELECT COUNT(*) FROM voucher_event WHERE sale_id IS NULL),"
                            " (SELECT COUNT(*) FROM member WHERE card_no IS NULL),"
                            " (SELECT COUNT(*) FROM member WHERE last_purchase IS NULL)").fetchone()
        zeros = con.execute("SELECT (SELECT COUNT(*) FROM sale WHERE member_id = 0 OR original_id = 0),"
                            " (SELECT COUNT(*) FROM sale_line WHERE original_line_id = 0),"
                            " (SELECT COUNT(*) FROM member WHERE card_no = '' OR birth_year = 0 OR birth_month = 0"
                            " OR referred_by_id = 0 OR last_purchase = '')").fetchone()
    finally:
        con.close()
    assert all(nulls), nulls
    assert zeros == (0, 0, 0)


def test_no_none_is_bound_in_the_bulk_inserts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: the sqlite3 module binds each None through its adapter lookup (~1 µs; millions
    of them at benchmark size), so the builder's rows carry 0 / '' and NULLIF makes the NULL."""
    real_flush = _Writer.flush
    seen: dict[str, int] = {}

    def flush(self: _Writer, *keys: str) -> None:
        for key in keys or tuple(self.rows):
            rows = self.rows[key]
            seen[key] = seen.get(key, 0) + len(rows) // self.width[key]
            assert None not in rows, key  # a flat list of values
        real_flush(self, *keys)

    monkeypatch.setattr(_Writer, "flush", flush)
    try:
        build_demo(tmp_path / "nones.db", members=200, sales=2000, seed=5, today=TODAY)
    finally:
        close_database()
    assert {"member", "sale", "line", "points", "voucher", "vevent", "contact"} <= {k for k, n in seen.items() if n}


def test_a_row_of_the_wrong_width_is_refused_not_shifted(tmp_path: Path) -> None:
    """Issue 14: the buffers are flat lists of values, so a row with a value missing would shift
    every later row by one column; the writer refuses the whole flush instead."""
    from vipdesk.model.store.db import db, open_database
    from vipdesk.model.store.tables import Visit

    open_database(tmp_path / "width.db")
    try:
        w = _Writer()
        rows = w.table("visit", Visit, ["member", "clerk", "visited_at", "note"])
        rows.extend((1, 1, "2026-11-20 10:00:00"))  # three values for four columns
        with pytest.raises(ValueError, match="visit"):
            w.flush("visit")
        assert db.execute_sql('SELECT COUNT(*) FROM "visit"').fetchone() == (0,)
    finally:
        close_database()
