"""Shared by the monthly analyses: settings the owner tunes, raw queries."""

from __future__ import annotations

import datetime as dt
import math
from array import array
from collections.abc import Iterator

from vipdesk.model.store import settings
from vipdesk.model.store.db import db
from vipdesk.reports.table import Text

G = "报表"
CARE_COST_PER_CALL = settings.declare("reports.cost_per_call_fen", 0, "每次电话联系成本(分)", G,
                                      "用于“关怀成本与回报”;0 = 不计")
CARE_COST_PER_MESSAGE = settings.declare("reports.cost_per_message_fen", 0, "每条短信/微信成本(分)", G,
                                         "用于“关怀成本与回报”;0 = 不计")
POINTS_BANDS = settings.declare("reports.points_bands", [3000, 6000], "积分分布分界", G,
                                "0 / 1–3000 / 3001–6000 / 6000以上")
AGE_BANDS = settings.declare("reports.age_bands", [25, 35, 45, 55], "年龄段分界(岁)", G)
TOP_N = settings.declare("reports.season_top_n", 30, "季度消费排行人数", G)
SPEND_BANDS = settings.declare("reports.spend_bands_fen", None, "客单价分档(分)", G,
                               "留空 = 按本店近12个月小票金额的分位数自动取整数(服装店约 300/600 元,"
                               "珠宝店约 3000/6000 元);也可填固定分界,如 [25000, 50000]")

# Round numbers a shop talks in: 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k yuan.
_NICE = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_fen(fen: float) -> int:
    """*fen* rounded to the nearest round yuan figure (¥3,120 → ¥3,000; ¥236 → ¥250); at least ¥1."""
    yuan = max(fen / 100, 1.0)
    k = 10 ** math.floor(math.log10(yuan))
    best = min(_NICE, key=lambda m: abs(math.log(yuan / (m * k))))
    return int(round(best * k * 100))


def _next_nice(fen: int) -> int:
    """The next round figure above *fen* (so two bands never share a bound)."""
    step = nice_fen(fen * 1.25)
    return step if step > fen else nice_fen(fen * 1.6)


def spend_bands(end: dt.datetime, pcts: tuple[int, ...], window_days: int = 365) -> list[int]:
    """Ticket-amount bounds (fen) from the shop's own sale tickets in the window before *end*:
    the given percentiles, rounded to round figures, strictly increasing.  The owner's fixed
    bounds (SPEND_BANDS) win when set.  A shop with no tickets gets the seeds' ¥250/¥500 steps."""
    fixed = settings.get(SPEND_BANDS.key)
    if fixed:
        vals = sorted(int(x) for x in fixed)
        return (vals + [vals[-1] * 2] * len(pcts))[:len(pcts)] if len(vals) < len(pcts) else vals[:len(pcts)]
    start = end - dt.timedelta(days=window_days)
    # sorted by SQLite into 8 bytes a ticket (a head office's year is millions of tickets)
    tickets = array("q", (p for (p,) in _iter(
        "SELECT paid FROM sale WHERE kind = 'sale' AND paid > 0 AND sold_at >= ? AND sold_at < ? ORDER BY paid",
        [f"{start:%Y-%m-%d %H:%M:%S}", f"{end:%Y-%m-%d %H:%M:%S}"])))
    if not tickets:
        tickets = array("q", [25000, 50000])
    out: list[int] = []
    for pct in pcts:
        k = max(1, math.ceil(pct / 100 * len(tickets)))
        b = nice_fen(tickets[k - 1])
        if out and b <= out[-1]:
            b = _next_nice(out[-1])
        out.append(b)
    return out


def yuan_text(fen: int) -> str:
    """"250元" in the workbook; the app shows it through its template ("¥250")."""
    return Text("{n}元", n=f"{fen / 100:,.0f}")


def _rows(sql: str, params: list[object]) -> list[tuple]:
    return list(db.execute_sql(sql, params).fetchall())


def _iter(sql: str, params: list[object]) -> Iterator[tuple]:
    """Rows one at a time: for per-member reads, so memory does not grow with the shop."""
    yield from db.execute_sql(sql, params)


def _has(table: str) -> bool:
    return db.table_exists(table)


# --- overview (R2, R3, R5)

