"""A member's qualifying sums over the sliding tier window, kept incrementally (issue 14, L9).

The tier check and the L5 window run at every sale and need, over (since, until]: her sales'
points and paid, and her qualifying ledger entries (import, referral).  Summing the window
costs one row per purchase in the last year; ``qualify_window`` keeps the last sums with the
window they cover and the highest sale / ledger ids they include, so the next sale adds the
rows that arrived since (ids above the marks, whatever their dates) and the rows that left
the window (dates between the old and new start) — each row enters and leaves once, O(1)
amortised per sale, whatever her history.

Kept right by construction: points entries are append-only (triggers), and any change to a
sale's member, date, points or paid (a merge moving her sales, a return's own totals being
written) drops the affected members' rows by trigger, so the next read recomputes in full.
Only used inside a write transaction, where the rows cannot change under it; the full
recompute (``full``) stays the reference, and the aggregates property test compares them.
The same migration indexes vouchers by (member, kind, date) for the L5 window's read.
"""

from __future__ import annotations

from peewee import SqliteDatabase

from vipdesk.model.store.db import db, txn_memo

# Ledger kinds that count towards a tier besides what sales earned (tiers.QUALIFYING_KINDS).
QUALIFYING_KINDS = ("import", "referral")
_KINDS_SQL = "(" + ", ".join(f"'{k}'" for k in QUALIFYING_KINDS) + ")"


def migrate(database: SqliteDatabase) -> None:
    """The aggregate table and the triggers that drop a member's row when her sales change."""
    database.execute_sql(
        "CREATE TABLE IF NOT EXISTS qualify_window (member_id INTEGER PRIMARY KEY REFERENCES member (id)"
        " ON DELETE CASCADE, days INTEGER NOT NULL, since TEXT NOT NULL, until TEXT NOT NULL,"
        " sale_max INTEGER NOT NULL, entry_max INTEGER NOT NULL, points INTEGER NOT NULL, paid INTEGER NOT NULL,"
        " extra INTEGER NOT NULL)")
    database.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS qualify_window_sale_update AFTER UPDATE OF member_id, sold_at, points, paid"
        " ON sale BEGIN DELETE FROM qualify_window WHERE member_id IN (OLD.member_id, NEW.member_id); END")
    database.execute_sql(
        "CREATE TRIGGER IF NOT EXISTS qualify_window_sale_delete AFTER DELETE ON sale"
        " BEGIN DELETE FROM qualify_window WHERE member_id = OLD.member_id; END")
    # The L5 window (vouchers.l5_window_points) reads her points vouchers of the last year at
    # every sale: a seek to those, not a walk over every voucher she ever had.
    database.execute_sql("CREATE INDEX IF NOT EXISTS voucher_member_kind_created ON voucher (member_id, kind, created_at)")


def full(member_id: int, since: str, until: str) -> tuple[int, int, int]:
    """(sale points, sale paid, qualifying ledger delta) over (since, until], summed from the rows."""
    row = db.execute_sql(
        "SELECT (SELECT COALESCE(SUM(points), 0) FROM sale WHERE member_id = ? AND sold_at > ? AND sold_at <= ?),"
        " (SELECT COALESCE(SUM(paid), 0) FROM sale WHERE member_id = ? AND sold_at > ? AND sold_at <= ?),"
        f" (SELECT COALESCE(SUM(delta), 0) FROM points_entry WHERE member_id = ? AND kind IN {_KINDS_SQL}"
        " AND at > ? AND at <= ?)",
        (member_id, since, until, member_id, since, until, member_id, since, until)).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


# Rows that changed the sums since the marks: old rows that left the window (dates in
# (old since, since]), old rows that entered it (dates in (old until, until]), and every row
# above the marks (counted when inside the window).  Index seeks on (member_id, date) and
# (member_id, rowid).
_DELTA_SQL = (
    "SELECT COALESCE(SUM(p), 0), COALESCE(SUM(a), 0), COALESCE(SUM(x), 0), MAX(sm), MAX(em) FROM ("
    " SELECT -SUM(points) p, -SUM(paid) a, 0 x, NULL sm, NULL em FROM sale"
    "  WHERE member_id = :m AND sold_at > :s0 AND sold_at <= :s AND id <= :sm"
    " UNION ALL SELECT SUM(points), SUM(paid), 0, NULL, NULL FROM sale"
    "  WHERE member_id = :m AND sold_at > :u0 AND sold_at <= :u AND id <= :sm"
    " UNION ALL SELECT SUM(CASE WHEN sold_at > :s AND sold_at <= :u THEN points ELSE 0 END),"
    "  SUM(CASE WHEN sold_at > :s AND sold_at <= :u THEN paid ELSE 0 END), 0, MAX(id), NULL FROM sale"
    "  WHERE member_id = :m AND id > :sm"
    f" UNION ALL SELECT 0, 0, -SUM(delta), NULL, NULL FROM points_entry WHERE member_id = :m AND kind IN {_KINDS_SQL}"
    "  AND at > :s0 AND at <= :s AND id <= :em"
    f" UNION ALL SELECT 0, 0, SUM(delta), NULL, NULL FROM points_entry WHERE member_id = :m AND kind IN {_KINDS_SQL}"
    "  AND at > :u0 AND at <= :u AND id <= :em"
    f" UNION ALL SELECT 0, 0, SUM(CASE WHEN kind IN {_KINDS_SQL} AND at > :s AND at <= :u THEN delta ELSE 0 END),"
    "  NULL, MAX(id) FROM points_entry WHERE member_id = :m AND id > :em)")


_present: set[str] = set()


def _has_table() -> bool:
    """Tables are only ever added, so once seen per database file is enough."""
    key = str(db.database)
    if key not in _present and db.execute_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'qualify_window'").fetchone():
        _present.add(key)
    return key in _present


def sums(member_id: int, since: str, until: str, days: int) -> tuple[int, int, int]:
    """``full(member_id, since, until)``, from the kept sums when inside a write transaction."""
    if txn_memo() is None or not _has_table():
        return full(member_id, since, until)
    row = db.execute_sql("SELECT days, since, until, sale_max, entry_max, points, paid, extra FROM qualify_window"
                         " WHERE member_id = ?", (member_id,)).fetchone()
    if row is not None and row[0] == days and row[1] <= since <= row[2] <= until:
        _days, s0, u0, sale_max, entry_max, points, paid, extra = row
        d = db.execute_sql(_DELTA_SQL, {"m": member_id, "s0": s0, "s": since, "u0": u0, "u": until,
                                        "sm": sale_max, "em": entry_max}).fetchone()
        points, paid, extra = points + int(d[0]), paid + int(d[1]), extra + int(d[2])
        sale_max = max(sale_max, d[3] or 0)
        entry_max = max(entry_max, d[4] or 0)
    else:
        points, paid, extra = full(member_id, since, until)
        sale_max, entry_max = db.execute_sql(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM sale WHERE member_id = ?),"
            " (SELECT COALESCE(MAX(id), 0) FROM points_entry WHERE member_id = ?)", (member_id, member_id)).fetchone()
    db.execute_sql("INSERT INTO qualify_window (member_id, days, since, until, sale_max, entry_max, points, paid, extra)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (member_id) DO UPDATE SET days = excluded.days,"
                   " since = excluded.since, until = excluded.until, sale_max = excluded.sale_max,"
                   " entry_max = excluded.entry_max, points = excluded.points, paid = excluded.paid,"
                   " extra = excluded.extra", (member_id, days, since, until, sale_max, entry_max, points, paid, extra))
    return points, paid, extra
