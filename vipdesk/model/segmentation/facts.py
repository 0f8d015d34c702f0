"""What segmentation needs to know about each member, read from the sales as
they stood at a moment (``as_of``), so a report for a past month segments the
shop as it was then.  Set-based SQL; one pass per query.

Spend is net of returns (a return ticket's negative ``paid`` counts in the
window it happened); purchase counts count sale tickets only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from vipdesk.model.store.db import db


def ts(t: dt.datetime | dt.date) -> str:
    """The text form peewee stores datetimes in, for comparisons in raw SQL."""
    if not isinstance(t, dt.datetime):
        t = dt.datetime(t.year, t.month, t.day)
    return f"{t:%Y-%m-%d %H:%M:%S}"


def parse_ts(v: object) -> dt.datetime | None:
    if v is None or isinstance(v, dt.datetime):
        return v  # type: ignore[return-value]
    s = str(v)
    try:
        return dt.datetime.fromisoformat(s)
    except ValueError:
        return dt.datetime.strptime(s[:19], "%Y-%m-%d %H:%M:%S")


@dataclass
class TicketFacts:
    """Line-level summary of the member's sale tickets, for the buying-type tags (S6)."""

    tickets: int = 0
    discounted_tickets: int = 0  # a line with a discount below 1000‰ (promotion; tier discount not counted)
    single_item_tickets: int = 0
    items: int = 0
    new_items: int = 0  # bought within N days of the style's first sale in the shop
    amount: int = 0  # fen paid on those lines
    deep_items: int = 0  # S6 折扣型: pieces bought at the deep-discount line discount or below
    family_items: dict[str, int] | None = None  # S6 风格型: pieces per style family


@dataclass
class MemberFacts:
    member_id: int
    enrolled_on: dt.date | None
    purchases: int = 0  # sale tickets ever (before as_of)
    first_purchase: dt.datetime | None = None
    last_purchase: dt.datetime | None = None
    purchases_win: int = 0  # sale tickets in the window
    spend_win: int = 0  # fen, net of returns in the window
    spend_all: int = 0  # fen, sales net of returns (imported opening spend is not counted)
    tickets: TicketFacts | None = None
    last_any: str | None = field(default=None, compare=False)  # latest sale or return (stored text)


def window_start(as_of: dt.datetime, window_days: int) -> dt.datetime:
    return as_of - dt.timedelta(days=window_days)


_memo: list[dict[tuple, dict[int, MemberFacts]]] = []


@contextmanager
def memoised() -> Iterator[None]:
    """Within the block, the whole-shop facts of one (moment, window) are read once: a monthly
    export asks for them from several sheets (issue 14).  Callers must treat them as read-only."""
    _memo.append({})
    try:
        yield
    finally:
        _memo.pop()


def load_facts(as_of: dt.datetime, window_days: int, member_ids: list[int] | None = None,
               with_tickets: bool = True, tag_new_days: int = 30, min_tag_purchases: int = 3,
               families: tuple = (), deep_discount: int = 850) -> dict[int, MemberFacts]:
    """Facts for every member enrolled before ``as_of`` (or just ``member_ids``)."""
    if _memo and member_ids is None:
        key = (as_of, window_days, with_tickets,
               (tag_new_days, min_tag_purchases, families, deep_discount) if with_tickets else None)
        if key not in _memo[-1]:
            _memo[-1][key] = _load_facts(as_of, window_days, None, with_tickets, tag_new_days, min_tag_purchases,
                                         families, deep_discount)
        return _memo[-1][key]
    return _load_facts(as_of, window_days, member_ids, with_tickets, tag_new_days, min_tag_purchases,
                       families, deep_discount)


def _load_facts(as_of: dt.datetime, window_days: int, member_ids: list[int] | None,
                with_tickets: bool, tag_new_days: int, min_tag_purchases: int,
                families: tuple, deep_discount: int) -> dict[int, MemberFacts]:
    end = ts(as_of)
    start = ts(window_start(as_of, window_days))
    ids = ""
    # Enrolled before the moment: a month-end cut at midnight excludes that day's enrolments.
    cut = (as_of - dt.timedelta(seconds=1)).date()
    params_m: list[object] = [cut.isoformat()]
    if member_ids is not None:
        if not member_ids:
            return {}
        ids = ",".join(str(int(i)) for i in member_ids)
    only = f" AND id IN ({ids})" if ids else ""
    out: dict[int, MemberFacts] = {}
    for mid, enrolled in db.execute_sql(
            f"SELECT id, enrolled_on FROM member WHERE enrolled_on <= ?{only}", params_m):
        out[mid] = MemberFacts(mid, dt.date.fromisoformat(str(enrolled)[:10]) if enrolled else None)
    only_s = only.replace(" id IN", " member_id IN")
    rows = db.execute_sql(
        "SELECT member_id,"
        " SUM(CASE WHEN kind='sale' THEN 1 ELSE 0 END),"
        " MIN(CASE WHEN kind='sale' THEN sold_at END), MAX(CASE WHEN kind='sale' THEN sold_at END),"
        " SUM(CASE WHEN kind='sale' AND sold_at >= ? THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN sold_at >= ? THEN paid ELSE 0 END), SUM(paid), MAX(sold_at),"
        " SUM(CASE WHEN kind='sale' AND items = 1 THEN 1 ELSE 0 END)"
        # imported opening spend (kind "opening") is a balance, not a purchase: out of every window
        f" FROM sale WHERE member_id IS NOT NULL AND kind IN ('sale', 'return') AND sold_at < ?{only_s}"
        " GROUP BY member_id",
        [start, start, end])
    singles: dict[int, int] = {}
    for mid, n, first, last, nwin, swin, sall, last_any, single in rows:
        f = out.get(mid)
        if f is None:  # bought before the recorded enrolment date (imported data): still a member
            f = out[mid] = MemberFacts(mid, None)
        f.purchases = int(n or 0)
        f.first_purchase = parse_ts(first)
        f.last_purchase = parse_ts(last)
        f.purchases_win = int(nwin or 0)
        f.spend_win = int(swin or 0)
        f.spend_all = int(sall or 0)
        f.last_any = last_any
        singles[mid] = int(single or 0)
    if with_tickets:
        _load_lines(out, singles, end, tag_new_days, min_tag_purchases, ids, families, deep_discount)
    return out


def _lines_from(ids: str) -> str:
    """The sale × line join.  For the whole shop, ``NOT INDEXED`` makes SQLite read sale_line in
    file order and look each sale up by rowid, instead of walking sales by member (random reads
    of both tables): half the time at 1M lines (issue 14 item 4).  One member keeps her index."""
    return ("sale s" if ids else "sale s NOT INDEXED") + " JOIN sale_line l ON l.sale_id = s.id"


def _first_cte(ids: str) -> str:
    """Each style's first sale in the shop before the cut (one ``?``: the cut)."""
    if ids:
        # One member (the counter, after a sale): each style's first sale comes from the
        # style_first_sale aggregate instead of scanning every sale of her styles.
        return ("WITH first AS (SELECT style_code AS code, first_at AS at FROM style_first_sale"
                " WHERE first_at < ? AND style_code IN (SELECT l2.style_code FROM sale_line l2 JOIN sale s2"
                f" ON s2.id = l2.sale_id WHERE s2.member_id IN ({ids})))")
    if db.table_exists("style_first_sale"):
        # The whole shop: the same aggregate (a style's first sale before the cut is its first
        # sale at all, if it sold before the cut) instead of grouping every line (issue 14).
        return "WITH first AS (SELECT style_code AS code, first_at AS at FROM style_first_sale WHERE first_at < ?)"
    return ("WITH first AS (SELECT l.style_code AS code, MIN(s.sold_at) AS at FROM sale_line l"
            " JOIN sale s ON s.id = l.sale_id WHERE s.kind = 'sale' AND s.sold_at < ? GROUP BY l.style_code)")


def _load_lines(out: dict[int, MemberFacts], singles: dict[int, int], end: str, new_days: int,
                min_purchases: int, ids: str, families: tuple, deep_discount: int) -> None:
    """The S6 ticket and line figures of members from their Nth purchase on, in one grouped pass
    over the lines by (member, 款号, category) — items, amount, 新货 and deep-discount pieces and
    the style family of each pair, worked out once in Python (the owner's rules are not SQL) —
    plus one pass over the discounted lines for the promotion tickets (issue 14: was three passes)."""
    from vipdesk.model.segmentation.classify import style_family

    wanted = {mid for mid, f in out.items() if f.purchases >= max(min_purchases, 1)}
    if not wanted:
        return
    only = f" AND s.member_id IN ({ids})" if ids else ""
    where = f" WHERE s.kind = 'sale' AND s.member_id IS NOT NULL AND s.sold_at < ?{only}"
    fam_cache: dict[tuple[str, str], str] = {}
    # 700k+ groups at 100k/1M: the loop keeps to local names and plain int sums (SUM of lines is never NULL)
    t: TicketFacts | None = None
    last = None
    for mid, code, cat, qty, amount, new, deep in db.execute_sql(
            _first_cte(ids) +
            # "New arrival": bought within N days of the style's first sale in the shop (any customer).
            " SELECT s.member_id, l.style_code, l.category, SUM(l.quantity), SUM(l.amount),"
            " SUM(CASE WHEN julianday(s.sold_at) - julianday(f.at) <= ? THEN l.quantity ELSE 0 END),"
            " SUM(CASE WHEN l.discount <= ? THEN l.quantity ELSE 0 END)"
            f" FROM {_lines_from(ids)} LEFT JOIN first f ON f.code = l.style_code{where}"
            " GROUP BY s.member_id, l.style_code, l.category", [end, new_days, deep_discount, end]):
        if mid != last:  # groups come member by member
            last = mid
            if mid in wanted:
                f = out[mid]
                t = f.tickets
                if t is None:
                    t = f.tickets = TicketFacts(tickets=f.purchases, single_item_tickets=singles.get(mid, 0))
            else:
                t = None
        if t is None:
            continue
        t.items += qty
        t.amount += amount
        t.new_items += new
        t.deep_items += deep
        fam = fam_cache.get((code, cat))
        if fam is None:
            fam = fam_cache[(code, cat)] = style_family(code or "", cat or "", families)
        if fam:
            fi = t.family_items
            if fi is None:
                fi = t.family_items = {}
            fi[fam] = fi.get(fam, 0) + qty
    for mid, n in db.execute_sql(
            f"SELECT s.member_id, COUNT(DISTINCT s.id) FROM {_lines_from(ids)}{where} AND l.discount < 1000"
            " GROUP BY s.member_id", [end]):
        t = out[mid].tickets if mid in wanted else None
        if t is not None:
            t.discounted_tickets = int(n)


def shop_unit_price(as_of: dt.datetime, window_days: int) -> float:
    """Average paid per piece over all sale tickets (members and walk-ins) in the window, in fen."""
    amount, qty = db.execute_sql(
        "SELECT COALESCE(SUM(l.amount), 0), COALESCE(SUM(l.quantity), 0) FROM sale_line l"
        " JOIN sale s ON s.id = l.sale_id WHERE s.kind = 'sale' AND s.sold_at >= ? AND s.sold_at < ?",
        [ts(window_start(as_of, window_days)), ts(as_of)]).fetchone()
    return amount / qty if qty else 0.0


def note_sale_styles(sale_id: int) -> None:
    """Keep style_first_sale up to date for one recorded sale: O(lines of the sale)."""
    db.execute_sql(
        "INSERT INTO style_first_sale (style_code, first_at)"
        " SELECT l.style_code, MIN(s.sold_at) FROM sale_line l JOIN sale s ON s.id = l.sale_id"
        " WHERE s.id = ? AND s.kind = 'sale' GROUP BY l.style_code"
        " ON CONFLICT(style_code) DO UPDATE SET first_at = MIN(first_at, excluded.first_at)", (sale_id,))


def rebuild_style_first() -> None:
    """The full recompute of the aggregate (bulk loads, the bulk segment run)."""
    from vipdesk.model.segmentation.tables import REBUILD_STYLE_FIRST

    db.execute_sql("DELETE FROM style_first_sale")
    db.execute_sql(REBUILD_STYLE_FIRST)
