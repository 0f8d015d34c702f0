"""The headline member KPIs of a period (R2, R3, R5) and their one-line definitions.

Every figure is read from the sales and members as they stood in the period,
so the same month gives the same numbers whenever the report is run.
Member counts follow the enrolment date; sales are net of returns made in the
period; "transactions" count sale tickets (returns are not purchases).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from vipdesk.model.segmentation.facts import ts
from vipdesk.model.store.db import db
from vipdesk.reports.period import Period, add_months
from vipdesk.reports.table import ratio
from vipdesk.text import tr_noop


@dataclass
class Overview:
    base_start: int
    base_end: int
    new_members: int
    growth: float | None
    buying_members: int
    buying_share: float | None
    member_sales: int  # fen
    total_sales: int
    member_share: float | None
    transactions: int
    avg_ticket: float | None  # fen per buying member (R2)
    avg_per_transaction: float | None
    frequency: float | None
    items_per_ticket: float | None
    effective_members: int
    effective_share: float | None
    dead_cards: int
    dead_card_rate: float | None


# (attribute, label, kind, definition) — the overview sheet's rows and the definitions sheet
KPI_ROWS: list[tuple[str, str, str, str]] = tr_noop([
    ("base_start", "期初会员数", "int", "入会日期早于本期第一天的会员人数"),
    ("base_end", "期末会员数", "int", "入会日期不晚于本期最后一天的会员人数"),
    ("new_members", "新增会员数", "int", "入会日期在本期内的会员人数(导入时没有入会日期的老顾客不算新增,单列为导入会员)"),
    ("growth", "会员人数增幅", "pct", "新增会员数 ÷ 期初会员数"),
    ("buying_members", "消费会员数", "int", "本期至少有一张销售小票的会员人数"),
    ("buying_share", "消费会员占比", "pct", "消费会员数 ÷ 期末会员数"),
    ("member_sales", "会员销售额", "money", "本期会员小票实付合计(退货冲减)"),
    ("total_sales", "总销售额", "money", "本期全部小票实付合计(会员+散客,退货冲减)"),
    ("member_share", "会员销售占比", "pct", "会员销售额 ÷ 总销售额"),
    ("transactions", "会员交易次数", "int", "本期会员销售小票张数(不含退货小票)"),
    ("avg_ticket", "客单价", "money", "会员销售额 ÷ 消费会员数"),
    ("avg_per_transaction", "平均每单金额", "money", "会员销售额 ÷ 会员交易次数"),
    ("frequency", "平均消费频次", "num", "会员交易次数 ÷ 消费会员数"),
    ("items_per_ticket", "连带率(件/单)", "num", "会员销售小票件数合计 ÷ 会员交易次数"),
    ("effective_members", "有效会员数", "int", "截至期末累计购买 2 次及以上的会员人数"),
    ("effective_share", "有效会员占比", "pct", "有效会员数 ÷ 期末会员数"),
    ("dead_cards", "死卡数", "int", "期末前已入会满 12 个月、且期末前 12 个月内没有消费的会员人数"),
    ("dead_card_rate", "死卡率", "pct", "死卡数 ÷ 期末前已入会满 12 个月的会员人数"),
], "reports")


def _one(sql: str, params: list[object]) -> tuple:
    return db.execute_sql(sql, params).fetchone()


_memo: list[dict[tuple, Any]] = []  # Overview by (start, end, full); lifetime KPIs by ('lifetime', start, end)


@contextmanager
def memoised() -> Iterator[None]:
    """Within the block each period's overview is computed once (the overview sheet and the
    12-month trend ask for the same months; a full overview also answers a partial one)."""
    _memo.append({})
    try:
        yield
    finally:
        _memo.pop()


def overview(p: Period, *, full: bool = True) -> Overview:
    """All KPIs of the period; ``full=False`` skips the lifetime ones (effective members, dead
    cards), which scan every sale ever and are not needed for a 12-month trend."""
    if _memo:
        memo = _memo[-1]
        key = (p.start, p.end)
        hit = memo.get((*key, True)) or (None if full else memo.get((*key, False)))
        if hit is None:
            hit = memo[(*key, full)] = _overview(p, full=full)
        return hit
    return _overview(p, full=full)


def prefetch_lifetime(periods: list[Period]) -> None:
    """Inside ``memoised()``: the lifetime KPIs of several periods (the overview's month, the
    month before and the same month last year) in one pass over the sales, not one scan each."""
    if _memo:
        for p, v in zip(periods, lifetime(periods), strict=True):
            _memo[-1][("lifetime", p.start, p.end)] = v


def lifetime(periods: list[Period]) -> list[tuple[int, int, int]]:
    """(effective members, seasoned members, dead cards) of each period, from one pass: per member,
    her sale tickets before each period's end and whether she bought in the 12 months before it.
    Effective = 2+ tickets before the end; seasoned = enrolled over 12 months before the end;
    dead = seasoned without a ticket in those 12 months (R1, R2)."""
    ends = [ts(p.end) for p in periods]
    agos = [add_months(p.end, -12) for p in periods]
    inner = ", ".join(f"COUNT(CASE WHEN sold_at < ? THEN 1 END) AS n{i}, MAX(sold_at >= ? AND sold_at < ?) AS h{i}"
                      for i in range(len(periods)))
    outer = ", ".join(f"COALESCE(SUM(a.n{i} >= 2), 0), COALESCE(SUM(m.enrolled_on < ?), 0),"
                      f" COALESCE(SUM(m.enrolled_on < ? AND IFNULL(a.h{i}, 0) = 0), 0)" for i in range(len(periods)))
    params: list[object] = []
    for ago in agos:
        params += [ago.isoformat(), ago.isoformat()]
    for e, ago in zip(ends, agos, strict=True):
        params += [e, ts(ago), e]
    # NOT INDEXED: the whole shop's sales are read in file order and grouped in a sort, ~2× faster
    # than walking the member index with a random table read per sale (issue 14)
    row = _one(f"SELECT {outer} FROM member m LEFT JOIN (SELECT member_id, {inner} FROM sale NOT INDEXED"
               " WHERE kind = 'sale' AND member_id IS NOT NULL AND sold_at < ? GROUP BY member_id) a"
               " ON a.member_id = m.id", params + [max(ends)])
    return [(int(row[3 * i]), int(row[3 * i + 1]), int(row[3 * i + 2])) for i in range(len(periods))]


def _overview(p: Period, *, full: bool = True) -> Overview:
    s, e = ts(p.start), ts(p.end)
    last_day = p.last_day.isoformat()
    base_start = _one("SELECT COUNT(*) FROM member WHERE enrolled_on < ?", [p.start.isoformat()])[0]
    base_end = _one("SELECT COUNT(*) FROM member WHERE enrolled_on <= ?", [last_day])[0]
    new = _one("SELECT COUNT(*) FROM member WHERE enrolled_on >= ? AND enrolled_on <= ?"
               " AND IFNULL(enrolled_unknown, 0) = 0",  # imported without 入会日期: not new
               [p.start.isoformat(), last_day])[0]
    buying, tx, items = _one(
        "SELECT COUNT(DISTINCT member_id), COUNT(*), COALESCE(SUM(items), 0) FROM sale"
        " WHERE kind = 'sale' AND member_id IS NOT NULL AND sold_at >= ? AND sold_at < ?", [s, e])
    member_sales, total_sales = _one(
        "SELECT COALESCE(SUM(CASE WHEN member_id IS NOT NULL THEN paid END), 0), COALESCE(SUM(paid), 0)"
        " FROM sale WHERE kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?", [s, e])
    if not full:
        return Overview(base_start, base_end, new, ratio(new, base_start), buying, ratio(buying, base_end),
                        member_sales, total_sales, ratio(member_sales, total_sales), tx, ratio(member_sales, buying),
                        ratio(member_sales, tx), ratio(tx, buying), ratio(items, tx), 0, None, 0, None)
    effective, seasoned, dead = (_memo[-1].get(("lifetime", p.start, p.end)) if _memo else None) or lifetime([p])[0]
    return Overview(
        base_start=base_start, base_end=base_end, new_members=new, growth=ratio(new, base_start),
        buying_members=buying, buying_share=ratio(buying, base_end), member_sales=member_sales,
        total_sales=total_sales, member_share=ratio(member_sales, total_sales), transactions=tx,
        avg_ticket=ratio(member_sales, buying), avg_per_transaction=ratio(member_sales, tx),
        frequency=ratio(tx, buying), items_per_ticket=ratio(items, tx), effective_members=effective,
        effective_share=ratio(effective, base_end), dead_cards=dead, dead_card_rate=ratio(dead, seasoned),
    )


def change(cur: float | int | None, old: float | int | None) -> float | None:
    """Relative change (环比/同比) as a fraction; None when the old value is 0 or missing."""
    if cur is None or old is None or old == 0:
        return None
    return (cur - old) / abs(old)
