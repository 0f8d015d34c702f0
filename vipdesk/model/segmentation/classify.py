"""Pure segmentation rules: shop-wide boundaries from all members' facts, then
one member's segments from her facts and those boundaries.

Splitting the two lets a sale re-segment one member cheaply with the
boundaries of the last bulk run, while a bulk run (or a report for a past
month) derives fresh boundaries from the whole shop.  No database here.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics
from dataclasses import asdict, dataclass, field

from vipdesk.model.segmentation.config import Config
from vipdesk.model.segmentation.facts import MemberFacts
from vipdesk.text import tr_noop

BEHAVIOURS = tr_noop(("普通会员", "常客会员", "潜力会员", "高价值会员"))  # S2
VALUE_BANDS = tr_noop(("高价值", "中价值", "低价值"))  # S3
PYRAMID = tr_noop(("A白金", "B黄金", "C钢铁", "D重铅"))  # S4
ABC = tr_noop(("散客", "中型", "重度"))  # S5
TAGS = tr_noop(("新货型", "促销型", "批量型", "多次型", "单品型", "高价型", "风格型", "折扣型", "频率型", "金额型"))  # S6
VALIDITY = tr_noop(("有效会员", "一次性会员", "未消费"))  # S7
DORMANT = tr_noop(("沉睡6个月", "沉睡12个月"))  # S8
GRID = tr_noop(("普通VIP", "常客VIP", "潜力VIP", "VVIP"))  # S10


def nearest_rank(sorted_values: list[float], pct: float) -> float:
    """The pct-th percentile by the nearest-rank method (always one of the values)."""
    n = len(sorted_values)
    k = max(1, math.ceil(pct / 100 * n))
    return sorted_values[k - 1]


@dataclass
class Bounds:
    """Shop-wide boundaries of one run (stored as JSON so single members can be re-scored)."""

    as_of: str = ""
    r_bounds: list[float] = field(default_factory=list)  # recency days at 20/40/60/80%
    f_bounds: list[float] = field(default_factory=list)
    m_bounds: list[float] = field(default_factory=list)
    ticket_split: float | None = None  # S2: high average ticket if above (median) / at least (owner)
    count_split: float | None = None
    split_inclusive: list[bool] = field(default_factory=lambda: [False, False])  # owner figures are ≥
    value_high: float | None = None
    value_mid: float | None = None
    pyramid_min: list[float] = field(default_factory=list)  # least 12-month spend of A, B, C
    shop_unit_price: float = 0.0
    buyers: int = 0  # members with a purchase in the window
    # S6 频率型 / 金额型: her frequency against the median of her value band (S3, members of
    # similar spend), her spend against the median of her ABC class (S5, similar frequency).
    freq_median_by_value: dict[str, float] = field(default_factory=dict)
    spend_median_by_abc: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Bounds:
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass
class Segments:
    member_id: int
    recency_days: int | None
    purchases: int
    purchases_win: int
    spend_win: int
    avg_ticket_win: int  # fen, 0 without purchases in the window
    r: int = 0  # 1–5, 0 = never bought
    f: int = 0
    m: int = 0
    behaviour: str = ""
    value_band: str = ""
    pyramid: str = ""
    abc: str = ""
    grid: str = ""
    tags: tuple[str, ...] = ()
    validity: str = ""
    dormant: str = ""
    churn: bool = False

    @property
    def rfm(self) -> str:
        return f"R{self.r}F{self.f}M{self.m}" if self.r else ""


def _recency(f: MemberFacts, as_of: dt.datetime) -> int | None:
    return (as_of - f.last_purchase).days if f.last_purchase else None


def derive_bounds(facts: dict[int, MemberFacts], as_of: dt.datetime, cfg: Config,
                  shop_unit_price: float = 0.0) -> Bounds:
    b = Bounds(as_of=as_of.isoformat(sep=" "), shop_unit_price=shop_unit_price)
    ever = [f for f in facts.values() if f.purchases > 0]
    if ever:
        rec = sorted(float(_recency(f, as_of) or 0) for f in ever)
        fre = sorted(float(f.purchases_win) for f in ever)
        mon = sorted(float(max(f.spend_win, 0)) for f in ever)
        b.r_bounds = [nearest_rank(rec, p) for p in (20, 40, 60, 80)]
        b.f_bounds = [nearest_rank(fre, p) for p in (20, 40, 60, 80)]
        b.m_bounds = [nearest_rank(mon, p) for p in (20, 40, 60, 80)]
        spends = sorted(mon)
        b.value_high = float(cfg.value_high_fen) if cfg.value_high_fen is not None else nearest_rank(spends, 80)
        b.value_mid = float(cfg.value_mid_fen) if cfg.value_mid_fen is not None else nearest_rank(spends, 50)
    buyers = [f for f in facts.values() if f.purchases_win > 0]
    b.buyers = len(buyers)
    if buyers:
        tickets = [max(f.spend_win, 0) / f.purchases_win for f in buyers]
        counts = [float(f.purchases_win) for f in buyers]
        b.ticket_split = float(cfg.behaviour_ticket_fen) if cfg.behaviour_ticket_fen is not None \
            else float(statistics.median(tickets))
        b.count_split = float(cfg.behaviour_count) if cfg.behaviour_count is not None \
            else float(statistics.median(counts))
        b.split_inclusive = [cfg.behaviour_ticket_fen is not None, cfg.behaviour_count is not None]
        desc = sorted((max(f.spend_win, 0) for f in buyers), reverse=True)
        n = len(desc)
        mins = []
        for pct in cfg.pyramid_cuts_pct:
            k = max(1, math.ceil(pct / 100 * n))
            mins.append(float(desc[min(k, n) - 1]))
        b.pyramid_min = mins
        by_value: dict[str, list[float]] = {}
        by_abc: dict[str, list[float]] = {}
        for f in buyers:
            by_value.setdefault(_value_band(float(max(f.spend_win, 0)), b), []).append(float(f.purchases_win))
            by_abc.setdefault(_abc(f.purchases_win, cfg), []).append(float(max(f.spend_win, 0)))
        b.freq_median_by_value = {k: float(statistics.median(v)) for k, v in by_value.items()
                                  if len(v) >= PEER_MIN}
        b.spend_median_by_abc = {k: float(statistics.median(v)) for k, v in by_abc.items() if len(v) >= PEER_MIN}
    return b


# A peer group's median means something only with a few members in it (S6 频率型 / 金额型).
PEER_MIN = 5


def _value_band(spend: float, b: Bounds) -> str:
    if b.value_high is not None and spend >= b.value_high and spend > 0:
        return VALUE_BANDS[0]
    if b.value_mid is not None and spend >= b.value_mid and spend > 0:
        return VALUE_BANDS[1]
    return VALUE_BANDS[2]


def _abc(purchases_win: int, cfg: Config) -> str:
    lo, hi = cfg.abc_bounds
    return ABC[2] if purchases_win >= hi else ABC[1] if purchases_win >= lo else ABC[0]


def style_family(code: str, category: str, families: tuple = ()) -> str:
    """The style family (S6 风格型) of a line: the owner's first matching rule (款号 prefix or
    category), else the category, else the letters that start the 款号 (W26D001 → W)."""
    code_u = (code or "").strip().upper()
    cat = (category or "").strip()
    for name, prefixes, categories in families:
        if cat and cat in categories:
            return str(name)
        if code_u and any(p and code_u.startswith(str(p).upper()) for p in prefixes):
            return str(name)
    if cat:
        return cat
    m = re.match(r"[A-Z]+", code_u)
    return m.group(0) if m else ""


def _score_high(v: float, bounds: list[float]) -> int:
    return 1 + sum(1 for x in bounds if v > x)


def _score_low(v: float, bounds: list[float]) -> int:
    return 5 - sum(1 for x in bounds if v > x)


def _high(v: float, split: float | None, inclusive: bool) -> bool:
    if split is None:
        return False
    return v >= split if inclusive else v > split


def classify(f: MemberFacts, b: Bounds, cfg: Config, as_of: dt.datetime) -> Segments:
    rec = _recency(f, as_of)
    avg = round(max(f.spend_win, 0) / f.purchases_win) if f.purchases_win else 0
    s = Segments(f.member_id, rec, f.purchases, f.purchases_win, f.spend_win, avg)
    # S7
    s.validity = VALIDITY[0] if f.purchases >= 2 else VALIDITY[1] if f.purchases == 1 else VALIDITY[2]
    # S8: from the last purchase, or from enrolment for a member who never bought
    since = f.last_purchase.date() if f.last_purchase else f.enrolled_on
    if since is not None:
        idle = (as_of.date() - since).days
        if idle > cfg.dormant_days[1]:
            s.dormant = DORMANT[1]
        elif idle > cfg.dormant_days[0]:
            s.dormant = DORMANT[0]
    if f.purchases == 0:
        return s
    spend = float(max(f.spend_win, 0))
    # S1
    if b.r_bounds:
        s.r = _score_low(float(rec or 0), b.r_bounds)
        s.f = _score_high(float(f.purchases_win), b.f_bounds)
        s.m = _score_high(spend, b.m_bounds)
    # S3
    s.value_band = _value_band(spend, b)
    # S4: spend at least the least spend of a layer's ranked members (ties share the upper layer)
    s.pyramid = PYRAMID[3]
    if f.purchases_win > 0:
        for name, least in zip(PYRAMID, b.pyramid_min, strict=False):
            if spend >= least:
                s.pyramid = name
                break
    # S5
    s.abc = _abc(f.purchases_win, cfg)
    # S2, S10: members who bought in the window
    if f.purchases_win > 0:
        hi_t = _high(avg, b.ticket_split, b.split_inclusive[0])
        hi_c = _high(f.purchases_win, b.count_split, b.split_inclusive[1])
        s.behaviour = BEHAVIOURS[(1 if hi_c else 0) + (2 if hi_t else 0)]
        g_t = avg >= cfg.grid_ticket_split_fen
        g_c = f.purchases_win >= cfg.grid_freq_split
        s.grid = GRID[(1 if g_c else 0) + (2 if g_t else 0)]
    # S9: a regular whose gap is well past her usual interval
    if f.purchases >= cfg.churn_min_purchases and f.first_purchase and f.last_purchase and rec is not None:
        usual = max((f.last_purchase - f.first_purchase).days / (f.purchases - 1), 7.0)
        s.churn = rec * 100 > usual * cfg.churn_factor_pct
    # S6
    s.tags = buying_tags(f, b, cfg, s.value_band, s.abc)
    return s


def buying_tags(f: MemberFacts, b: Bounds, cfg: Config, value_band: str = "", abc: str = ""
                ) -> tuple[str, ...]:
    """Buying-type tags (S6), only from the Nth purchase on; a member may carry several.

    新货型: ≥ tag_new_share_pct % of her pieces were bought within tag_new_days of the
            style's first sale in the shop.
    促销型: ≥ tag_promo_share_pct % of her tickets had a line discount (promotion, not the tier discount).
    批量型: on average ≥ tag_bulk_items pieces per ticket.
    多次型: ≥ tag_frequent_count purchases in the window.
    单品型: ≥ tag_single_share_pct % of her tickets were a single piece.
    高价型: her average paid per piece ≥ tag_high_price_pct % of the shop's average in the window.
    风格型: ≥ tag_style_share_pct % of her pieces are of one style family (style_family()).
    折扣型: ≥ tag_discount_share_pct % of her pieces were bought at tag_discount_max‰ or deeper.
    频率型: purchases in the window ≥ tag_freq_factor_pct % of the median of her value band (S3).
    金额型: spend in the window ≥ tag_spend_factor_pct % of the median of her ABC class (S5).
    """
    t = f.tickets
    if f.purchases < cfg.tags_min_purchases or t is None or t.tickets == 0:
        return ()
    out = []
    if t.items > 0 and t.new_items * 100 >= cfg.tag_new_share_pct * t.items:
        out.append(TAGS[0])
    if t.discounted_tickets * 100 >= cfg.tag_promo_share_pct * t.tickets:
        out.append(TAGS[1])
    if t.items >= cfg.tag_bulk_items * t.tickets:
        out.append(TAGS[2])
    if f.purchases_win >= cfg.tag_frequent_count:
        out.append(TAGS[3])
    if t.single_item_tickets * 100 >= cfg.tag_single_share_pct * t.tickets:
        out.append(TAGS[4])
    if t.items > 0 and b.shop_unit_price > 0 and t.amount * 100 >= cfg.tag_high_price_pct * b.shop_unit_price * t.items:
        out.append(TAGS[5])
    fam = t.family_items or {}
    fam_items = sum(fam.values())
    if fam_items > 0 and max(fam.values()) * 100 >= cfg.tag_style_share_pct * fam_items:
        out.append(TAGS[6])
    if t.items > 0 and t.deep_items * 100 >= cfg.tag_discount_share_pct * t.items:
        out.append(TAGS[7])
    med_f = b.freq_median_by_value.get(value_band)
    if f.purchases_win > 0 and med_f and f.purchases_win * 100 >= cfg.tag_freq_factor_pct * med_f:
        out.append(TAGS[8])
    med_s = b.spend_median_by_abc.get(abc)
    if f.spend_win > 0 and med_s and f.spend_win * 100 >= cfg.tag_spend_factor_pct * med_s:
        out.append(TAGS[9])
    return tuple(out)


def classify_all(facts: dict[int, MemberFacts], cfg: Config, as_of: dt.datetime,
                 shop_unit_price: float = 0.0) -> tuple[dict[int, Segments], Bounds]:
    b = derive_bounds(facts, as_of, cfg, shop_unit_price)
    return {mid: classify(f, b, cfg, as_of) for mid, f in facts.items()}, b
