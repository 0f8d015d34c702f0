"""Threshold helper (L2) [004]: from the shop's own sales,

1. average unit price = sales amount ÷ pieces; attach rate = pieces ÷ tickets;
   base line = average unit price × attach rate (= the average ticket);
2. suggested entry threshold = base line + 15 % … + 30 % growth;
3. per tier: average yearly value of its members (amount ÷ members) + the same
   growth → suggested threshold for that tier.

Everything is returned with the figures used so the owner sees where a
suggestion comes from.  Money stays in fen; ratios are for display only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vipdesk.model.loyalty import config, earning, tiers
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import now
from vipdesk.text import tr

GROWTH_LOW, GROWTH_HIGH = 15, 30  # percent, the seed's "理想增值在15~30%左右"


@dataclass
class TierFigure:
    name: str
    threshold: int
    members: int
    amount: int  # fen, members' sales in the period
    avg_per_member: int  # fen
    suggest_low: int  # in the basis unit (points or yuan)
    suggest_high: int


@dataclass
class ThresholdAdvice:
    since: dt.date
    until: dt.date
    tickets: int
    pieces: int
    amount: int  # fen
    avg_unit_price: int  # fen
    attach_rate: float  # pieces per ticket (display)
    base_line: int  # fen
    entry_low: int  # fen (+15 %)
    entry_high: int  # fen (+30 %)
    basis: str
    per_tier: list[TierFigure] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The figures as the settings dialog shows them."""
        from vipdesk.formatting import fen_to_yuan_text as y

        out = [
            tr("统计期间:{a} 至 {b}(会员与非会员小票)").format(a=self.since.isoformat(), b=self.until.isoformat()),
            tr("小票数 {t},件数 {p},销售额 {s}").format(t=self.tickets, p=self.pieces, s=y(self.amount)),
            tr("平均单价 = 销售额 ÷ 件数 = {v}").format(v=y(self.avg_unit_price)),
            tr("连带率 = 件数 ÷ 小票数 = {v}").format(v=f"{self.attach_rate:.2f}"),
            tr("基本线 = 平均单价 × 连带率 = {v}").format(v=y(self.base_line)),
            tr("建议入会/升级门槛(基本线 + {lo}%~{hi}%):{a} ~ {b}").format(
                lo=GROWTH_LOW, hi=GROWTH_HIGH, a=y(self.entry_low), b=y(self.entry_high)),
        ]
        unit = tr("积分") if self.basis == "points" else tr("元")
        for t in self.per_tier:
            out.append(tr("{name}:{n} 人,人均 {avg},建议门槛 {lo} ~ {hi} {unit}(现为 {cur})").format(
                name=t.name, n=t.members, avg=y(t.avg_per_member), lo=f"{t.suggest_low:,}",
                hi=f"{t.suggest_high:,}", unit=unit, cur=f"{t.threshold:,}"))
        return out


def _pct(value: int, pct: int) -> int:
    return (value * (100 + pct) + 50) // 100


def advise(since: dt.date | None = None, until: dt.date | None = None) -> ThresholdAdvice:
    until = until or now().date()
    since = since or until - dt.timedelta(days=365)
    lo, hi = since.isoformat(), (until + dt.timedelta(days=1)).isoformat()
    tickets, pieces, amount = db.execute_sql(
        "SELECT COUNT(*), COALESCE(SUM(items), 0), COALESCE(SUM(paid), 0) FROM sale"
        " WHERE kind = 'sale' AND sold_at >= ? AND sold_at < ?", (lo, hi)).fetchone()
    ret_pieces, ret_amount = db.execute_sql(
        "SELECT COALESCE(SUM(items), 0), COALESCE(SUM(paid), 0) FROM sale"
        " WHERE kind = 'return' AND sold_at >= ? AND sold_at < ?", (lo, hi)).fetchone()
    pieces, amount = int(pieces) + int(ret_pieces), int(amount) + int(ret_amount)
    tickets = int(tickets)
    avg_unit = amount // pieces if pieces > 0 else 0
    attach = pieces / tickets if tickets else 0.0
    base = amount // tickets if tickets else 0  # = avg unit price × attach rate, without rounding twice
    b = tiers.basis()
    per_yuan = int(config.get(earning.POINTS_PER_YUAN.key))
    advice = ThresholdAdvice(since, until, tickets, pieces, amount, avg_unit, attach, base,
                             _pct(base, GROWTH_LOW), _pct(base, GROWTH_HIGH), b)
    per_member = dict(db.execute_sql(
        "SELECT member_id, SUM(paid) FROM sale WHERE member_id IS NOT NULL AND kind IN ('sale', 'return')"
        " AND sold_at >= ? AND sold_at < ? GROUP BY member_id", (lo, hi)).fetchall())
    by_tier: dict[str, list[int]] = {}
    for mid, tier in db.execute_sql("SELECT id, tier FROM member WHERE status != 'anonymised'").fetchall():
        if mid in per_member:
            by_tier.setdefault(tier, []).append(int(per_member[mid] or 0))
    for t in tiers.tiers():
        vals = by_tier.get(t.name, [])
        total = sum(vals)
        avg = total // len(vals) if vals else 0
        unit_value = avg // 100 * (per_yuan if b == "points" else 1)
        advice.per_tier.append(TierFigure(t.name, t.threshold, len(vals), total, avg,
                                          _pct(unit_value, GROWTH_LOW), _pct(unit_value, GROWTH_HIGH)))
    return advice
