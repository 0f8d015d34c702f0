"""Cached per-member figures (points, spend, visits, last purchase) rebuilt from
the ledger and the sales, which are the truth.

Issue 14: a sale must cost O(1) in the member's history, so the sale path updates the
caches incrementally (``add_sale``; ``post_points`` adds its delta) inside the sale's
transaction, and ``refresh_member`` / ``refresh_all`` stay the full recompute (merge,
import, repair).  ``tests/model/test_aggregates_property.py`` proves both agree."""

from __future__ import annotations

from peewee import fn

from vipdesk.model.store.db import db
from vipdesk.model.store.tables import Member, PointsEntry, Sale


def refresh_member(member_id: int) -> None:
    points = PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.delta), 0)).where(
        PointsEntry.member == member_id).scalar()
    spend = Sale.select(fn.COALESCE(fn.SUM(Sale.paid), 0)).where(Sale.member == member_id).scalar()
    count, last = (
        Sale.select(fn.COUNT(Sale.id), fn.MAX(Sale.sold_at))
        .where((Sale.member == member_id) & (Sale.kind == "sale"))
        .tuples()
        .get()
    )
    Member.update(points=points, total_spend=spend, purchase_count=count, last_purchase=last).where(
        Member.id == member_id
    ).execute()


# Set-based rebuild of every member's caches; plain SQL so a restore can run it on its own
# sqlite3 connection (model/safety/salvage.py) as well as through peewee.
REFRESH_ALL_SQL = (
    "UPDATE member SET points = COALESCE((SELECT SUM(delta) FROM points_entry p WHERE p.member_id = member.id), 0)",
    "UPDATE member SET total_spend = COALESCE((SELECT SUM(paid) FROM sale s WHERE s.member_id = member.id), 0)",
    "UPDATE member SET purchase_count = (SELECT COUNT(*) FROM sale s WHERE s.member_id = member.id"
    " AND s.kind = 'sale'), last_purchase = (SELECT MAX(sold_at) FROM sale s WHERE s.member_id = member.id"
    " AND s.kind = 'sale')",
)


def refresh_all() -> None:
    """Rebuild every member's caches in set-based statements (demo, import, repair)."""
    for sql in REFRESH_ALL_SQL:
        db.execute_sql(sql)


def add_sale(member_id: int, paid: int, sold_at: object, kind: str = "sale") -> None:
    """The caches after one more ticket of *member_id*: one UPDATE, whatever her history."""
    if kind == "sale":
        db.execute_sql(
            "UPDATE member SET total_spend = total_spend + ?, purchase_count = purchase_count + 1,"
            " last_purchase = CASE WHEN last_purchase IS NULL OR last_purchase < ? THEN ? ELSE last_purchase END"
            " WHERE id = ?", (paid, sold_at, sold_at, member_id))
    else:
        db.execute_sql("UPDATE member SET total_spend = total_spend + ? WHERE id = ?", (paid, member_id))


def cached_balance(member_id: int) -> int:
    """The points balance kept by ``post_points`` (equal to the ledger sum: ``ledger_consistent``)."""
    row = db.execute_sql("SELECT points FROM member WHERE id = ?", (member_id,)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def ledger_balance(member_id: int) -> int:
    return int(PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.delta), 0))
               .where(PointsEntry.member == member_id).scalar())
