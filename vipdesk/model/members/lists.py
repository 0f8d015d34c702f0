"""Queries behind the customer list: ids for a filter + sort, then one page of rows.

The list holds only ids (Anki's browser table): sorting and filtering run one
cheap id query in SQL; display rows are fetched by id one page at a time.
"""

from __future__ import annotations

from peewee import JOIN, Case, fn

from vipdesk.model.members.rows import MemberRow, fetch_rows
from vipdesk.model.members.search import search_member_ids
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import Member, Staff

__all__ = ["MemberRow", "SORT_KEYS", "member_count", "member_ids", "rows_for_ids"]

SORT_KEYS = ("name", "phone", "tier", "points", "last_purchase", "clerk", "id", "total_spend")


def _tier_rank():
    """Tiers sort by threshold, not by name (普卡 < 银卡 < 金卡)."""
    from vipdesk.model.loyalty.tiers import tiers

    names = [t.name for t in tiers()]
    if not names:
        return Member.tier
    return Case(Member.tier, [(name, n) for n, name in enumerate(names)], -1)


HIDDEN_STATUSES = ("anonymised", "merged")
# Sort keys whose ORDER BY an index covers: the whole list is an index scan.
_INDEXED = {"name": "py_full", "phone": "phone", "points": "points", "last_purchase": "last_purchase",
            "total_spend": "total_spend", "id": "id"}


def _order(sort: str, descending: bool):
    """ORDER BY for a sort key; ties broken by id so the order is stable.

    No NULLS LAST: SQLite already puts never-bought members last when sorting
    by last purchase descending, and an explicit clause would stop the index scan.
    """
    if sort not in SORT_KEYS:
        raise ValueError(sort)
    if sort == "tier":
        keys = [_tier_rank(), Member.points]
    elif sort == "clerk":
        keys = [fn.COALESCE(Staff.name, "")]
    else:
        keys = [getattr(Member, _INDEXED[sort])] if sort != "id" else []
    out = [k.desc() if descending else k.asc() for k in keys]
    out.append(Member.id.desc() if descending else Member.id.asc())
    return out


def member_ids(query: str = "", sort: str = "last_purchase", descending: bool = True,
               segment_filter: object = None, limit: int | None = None) -> list[int]:
    """Ids of the members the list shows, in display order.

    With a query, the counter search decides who matches (best first when the
    sort is the default); the sort then orders those ids in SQL.
    ``segment_filter`` is a peewee expression on Member (later issues' segments).
    ``limit``: only the first ids (issue 14: the list's first screen before the window paints).
    """
    if limit is None and not (query and query.strip()) and segment_filter is None and sort in _INDEXED:
        # The whole list: scan the sort column's index (covering, no table lookups) and drop
        # the few hidden members in Python — 100,000 ids in well under 0.1 s.
        hidden = {mid for (mid,) in db.execute(
            Member.select(Member.id).where(Member.status.in_(HIDDEN_STATUSES))).fetchall()}
        cursor = db.execute(Member.select(Member.id).order_by(*_order(sort, descending)))
        return [row[0] for row in cursor.fetchall() if row[0] not in hidden]
    q = Member.select(Member.id).where(Member.status.not_in(HIDDEN_STATUSES))
    if sort == "clerk":
        q = q.join(Staff, on=(Member.clerk == Staff.id), join_type=JOIN.LEFT_OUTER)
    if segment_filter is not None:
        q = q.where(segment_filter)
    if query and query.strip():
        found = search_member_ids(query)
        if not found:
            return []
        q = q.where(Member.id.in_(found))
    q = q.order_by(*_order(sort, descending))
    if limit is not None:  # an indexed sort walks its index and stops after *limit* rows
        q = q.limit(limit)
    # A plain cursor: 100,000 ids without building a peewee row object for each.
    return [row[0] for row in db.execute(q).fetchall()]


def rows_for_ids(ids: list[int]) -> dict[int, MemberRow]:
    """Display rows for one page of ids, clerk name included, in one query (``rows.fetch_rows``)."""
    return fetch_rows(db.execute_sql, ids)


def member_count(segment_filter: object = None) -> int:
    """How many members the list holds without a query (all, or one segment's)."""
    if segment_filter is None:
        # All rows (a covering index count) minus the few hidden ones (an index seek): ~1 ms at
        # 100,000 members, where NOT IN would visit every row.
        total = db.execute_sql("SELECT COUNT(*) FROM member").fetchone()[0]
        return total - Member.select().where(Member.status.in_(HIDDEN_STATUSES)).count()
    return Member.select().where(Member.status.not_in(HIDDEN_STATUSES)).where(segment_filter).count()
