"""Segmentation settings (S1–S11) and the written rules the app's help shows.

Every threshold is a ``settings.declare`` setting with the seeds' number as
default; ``load_config()`` reads them all once so a bulk recompute does not
query the setting table per member.  ``None`` for a money/count split means
"use the shop's own median/percentile" (S2, S3).
"""

from __future__ import annotations

from dataclasses import dataclass

from vipdesk.model.store import settings
from vipdesk.text import tr

G = "会员分群"

WINDOW_DAYS = settings.declare("segments.window_days", 365, "分群统计周期(天)", G,
                               "频次、金额、行为矩阵、金字塔等按最近这么多天的消费计算")
BEHAVIOUR_TICKET = settings.declare("segments.behaviour_ticket_fen", None, "行为矩阵:高客单价分界(分)", G,
                                    "留空 = 用本店近12个月客单价中位数")
BEHAVIOUR_COUNT = settings.declare("segments.behaviour_count", None, "行为矩阵:高购买次数分界(次)", G,
                                   "留空 = 用本店近12个月购买次数中位数")
VALUE_HIGH = settings.declare("segments.value_high_fen", None, "高价值客户:近12个月消费至少(分)", G,
                              "留空 = 消费额排在前 20% 的分界")
VALUE_MID = settings.declare("segments.value_mid_fen", None, "中价值客户:近12个月消费至少(分)", G,
                             "留空 = 消费额排在前 50% 的分界")
PYRAMID_CUTS = settings.declare("segments.pyramid_cuts_pct", [5, 20, 50], "客户金字塔累计人数分界(%)", G,
                                "A白金 前5%,A+B 前20%,A+B+C 前50%,其余 D重铅(按近12个月消费排序)")
ABC_BOUNDS = settings.declare("segments.abc_bounds", [2, 5], "ABC分类:中型/重度的最少购买次数", G,
                              "近12个月购买 0–1 次 散客,2–4 次 中型,5 次以上 重度")
DORMANT_DAYS = settings.declare("segments.dormant_days", [180, 365], "沉睡会员天数(6个月/12个月)", G)
CHURN_FACTOR = settings.declare("segments.churn_factor_pct", 200, "流失预警:距上次消费超过平时间隔的百分比", G,
                                "默认 200% = 超过她平均购买间隔的两倍")
CHURN_MIN_PURCHASES = settings.declare("segments.churn_min_purchases", 3, "流失预警:至少购买过几次才算常客", G)
GRID_FREQ_SPLIT = settings.declare("segments.grid_freq_split", 4, "2012 分级:高频次分界(次/年)", G)
GRID_TICKET_SPLIT = settings.declare("segments.grid_ticket_split_fen", 25000, "2012 分级:高单价分界(分)", G)
GRID_FREQ_BOUNDS = settings.declare("segments.grid_freq_bounds", [1, 2, 4, 9], "2012 网格:频次档下限(次/年)", G,
                                    "1次 / 2–3次 / 4–8次 / 9次及以上(约10次)")
GRID_TICKET_BOUNDS = settings.declare("segments.grid_ticket_bounds_fen", [15000, 25000, 50000, 100000],
                                      "2012 网格:平均单价档(分)", G, "150 / 250 / 500 / 1000 元")
CONVERSION_TARGETS = settings.declare("segments.conversion_targets_pct", [50, 30, 50, 30], "转换率目标(%)", G,
                                      "0–1次→2次以上 50%,2–4次→5次以上 30%,250元以下→250元以上 50%,"
                                      "250–500元→500元以上 30%")
TAGS_MIN_PURCHASES = settings.declare("segments.tags_min_purchases", 3, "购买类型:第几次购买后开始判断", G)
TAG_NEW_DAYS = settings.declare("segments.tag_new_days", 30, "新货型:款式首次售出后多少天内算新货", G)
TAG_NEW_SHARE = settings.declare("segments.tag_new_share_pct", 50, "新货型:新货件数占比至少(%)", G)
TAG_PROMO_SHARE = settings.declare("segments.tag_promo_share_pct", 60, "促销型:打折小票占比至少(%)", G)
TAG_BULK_ITEMS = settings.declare("segments.tag_bulk_items", 3, "批量型:平均每单件数至少", G)
TAG_FREQUENT = settings.declare("segments.tag_frequent_count", 6, "多次型:近12个月购买次数至少", G)
TAG_SINGLE_SHARE = settings.declare("segments.tag_single_share_pct", 80, "单品型:只买一件的小票占比至少(%)", G)
TAG_HIGH_PRICE = settings.declare("segments.tag_high_price_pct", 150, "高价型:平均件单价至少为全店平均的(%)", G)
STYLE_FAMILIES = settings.declare(
    "segments.style_families", [], "风格型:款式系列", G,
    "每个系列:名称、款号前缀、品类,例如 {\"name\": \"通勤\", \"prefixes\": [\"W\"], \"categories\": [\"西装\"]};"
    "未归入任何系列的商品按品类算,没有品类按款号开头的字母算")
TAG_STYLE_SHARE = settings.declare("segments.tag_style_share_pct", 60, "风格型:同一系列件数占比至少(%)", G)
TAG_DISCOUNT_MAX = settings.declare("segments.tag_discount_max", 850, "折扣型:折扣至少多深(‰,850 = 8.5折)", G)
TAG_DISCOUNT_SHARE = settings.declare("segments.tag_discount_share_pct", 70, "折扣型:打折件数占比至少(%)", G)
TAG_FREQ_FACTOR = settings.declare("segments.tag_freq_factor_pct", 200, "频率型:购买次数至少为同价值层中位数的(%)", G)
TAG_SPEND_FACTOR = settings.declare("segments.tag_spend_factor_pct", 200, "金额型:消费额至少为同ABC类中位数的(%)", G)


@dataclass(frozen=True)
class Config:
    window_days: int = 365
    behaviour_ticket_fen: int | None = None
    behaviour_count: int | None = None
    value_high_fen: int | None = None
    value_mid_fen: int | None = None
    pyramid_cuts_pct: tuple[int, int, int] = (5, 20, 50)
    abc_bounds: tuple[int, int] = (2, 5)
    dormant_days: tuple[int, int] = (180, 365)
    churn_factor_pct: int = 200
    churn_min_purchases: int = 3
    grid_freq_split: int = 4
    grid_ticket_split_fen: int = 25000
    grid_freq_bounds: tuple[int, ...] = (1, 2, 4, 9)
    grid_ticket_bounds_fen: tuple[int, ...] = (15000, 25000, 50000, 100000)
    conversion_targets_pct: tuple[int, int, int, int] = (50, 30, 50, 30)
    tags_min_purchases: int = 3
    tag_new_days: int = 30
    tag_new_share_pct: int = 50
    tag_promo_share_pct: int = 60
    tag_bulk_items: int = 3
    tag_frequent_count: int = 6
    tag_single_share_pct: int = 80
    tag_high_price_pct: int = 150
    style_families: tuple = ()  # ((name, (prefixes…), (categories…)), …)
    tag_style_share_pct: int = 60
    tag_discount_max: int = 850
    tag_discount_share_pct: int = 70
    tag_freq_factor_pct: int = 200
    tag_spend_factor_pct: int = 200


def _stored_rows() -> tuple[tuple[str, str], ...]:
    """Every stored segmentation setting in one plain statement (an index range on the key)."""
    from vipdesk.model.store.db import db

    return tuple(db.execute_sql("SELECT key, value FROM setting WHERE key >= 'segments.' AND key < 'segments/'"
                                " ORDER BY key").fetchall())


def _read_all(rows: tuple[tuple[str, str], ...]) -> dict[str, object]:
    import json

    values = {k: d.default for k, d in settings.REGISTRY.items() if k.startswith("segments.")}
    for key, value in rows:
        if key in values:
            values[key] = json.loads(value)
    return values


_last: tuple[tuple[tuple[str, str], ...], Config] | None = None


def load_config() -> Config:
    """The owner's segmentation settings.  Read at every sale (re-segmenting), so the frozen
    Config is rebuilt only when the stored rows differ from the last call's (issue 14)."""
    global _last
    rows = _stored_rows()
    if _last is not None and _last[0] == rows:
        return _last[1]
    cfg = _build(_read_all(rows))
    _last = (rows, cfg)
    return cfg


def _build(values: dict[str, object]) -> Config:
    g = values.__getitem__

    def opt(key: str) -> int | None:
        v = g(key)
        return None if v in (None, "") else int(v)  # type: ignore[arg-type]

    return Config(
        window_days=int(g(WINDOW_DAYS.key)),
        behaviour_ticket_fen=opt(BEHAVIOUR_TICKET.key),
        behaviour_count=opt(BEHAVIOUR_COUNT.key),
        value_high_fen=opt(VALUE_HIGH.key),
        value_mid_fen=opt(VALUE_MID.key),
        pyramid_cuts_pct=tuple(int(x) for x in g(PYRAMID_CUTS.key)),  # type: ignore[arg-type]
        abc_bounds=tuple(int(x) for x in g(ABC_BOUNDS.key)),  # type: ignore[arg-type]
        dormant_days=tuple(int(x) for x in g(DORMANT_DAYS.key)),  # type: ignore[arg-type]
        churn_factor_pct=int(g(CHURN_FACTOR.key)),
        churn_min_purchases=int(g(CHURN_MIN_PURCHASES.key)),
        grid_freq_split=int(g(GRID_FREQ_SPLIT.key)),
        grid_ticket_split_fen=int(g(GRID_TICKET_SPLIT.key)),
        grid_freq_bounds=tuple(int(x) for x in g(GRID_FREQ_BOUNDS.key)),
        grid_ticket_bounds_fen=tuple(int(x) for x in g(GRID_TICKET_BOUNDS.key)),
        conversion_targets_pct=tuple(int(x) for x in g(CONVERSION_TARGETS.key)),  # type: ignore[arg-type]
        tags_min_purchases=int(g(TAGS_MIN_PURCHASES.key)),
        tag_new_days=int(g(TAG_NEW_DAYS.key)),
        tag_new_share_pct=int(g(TAG_NEW_SHARE.key)),
        tag_promo_share_pct=int(g(TAG_PROMO_SHARE.key)),
        tag_bulk_items=int(g(TAG_BULK_ITEMS.key)),
        tag_frequent_count=int(g(TAG_FREQUENT.key)),
        tag_single_share_pct=int(g(TAG_SINGLE_SHARE.key)),
        tag_high_price_pct=int(g(TAG_HIGH_PRICE.key)),
        style_families=_families(g(STYLE_FAMILIES.key)),
        tag_style_share_pct=int(g(TAG_STYLE_SHARE.key)),
        tag_discount_max=int(g(TAG_DISCOUNT_MAX.key)),
        tag_discount_share_pct=int(g(TAG_DISCOUNT_SHARE.key)),
        tag_freq_factor_pct=int(g(TAG_FREQ_FACTOR.key)),
        tag_spend_factor_pct=int(g(TAG_SPEND_FACTOR.key)),
    )


def _families(raw: object) -> tuple:
    """The owner's style families as (name, prefixes, categories) tuples; malformed entries skipped."""
    out = []
    for fam in raw or []:  # type: ignore[union-attr]
        if not isinstance(fam, dict) or not str(fam.get("name", "")).strip():
            continue
        out.append((str(fam["name"]).strip(), tuple(str(p).strip() for p in fam.get("prefixes", []) if str(p).strip()),
                    tuple(str(c).strip() for c in fam.get("categories", []) if str(c).strip())))
    return tuple(out)


def rules_text(cfg: Config | None = None) -> str:
    """The segmentation rules in plain Chinese, with the thresholds in force (shown in the app's help)."""
    c = cfg or load_config()
    w = c.window_days
    yuan = lambda fen: tr("{n} 元").format(n=f"{fen / 100:g}")  # noqa: E731
    a, ab, abc = c.pyramid_cuts_pct
    lines = [
        tr("会员分群规则(统计周期:最近 {w} 天;退货冲减金额)").format(w=w),
        "",
        tr("RFM(S1):R = 距上次消费天数,F = 周期内购买次数,M = 周期内消费金额;"
           "按本店有过消费的会员的五分位数(20%/40%/60%/80%,最近秩法)打 1–5 分,5 分最好。"),
        tr("行为矩阵(S2):周期内有消费的会员按客单价(金额÷次数)和购买次数分高低;"
           "高 = 高于本店中位数(店主设定数值时为 ≥ 该数值)。"
           "低低 普通会员,次数高单价低 常客会员,单价高次数低 潜力会员,双高 高价值会员。"),
        tr("价值分层(S3):周期内消费 ≥ 高价值分界为 高价值,≥ 中价值分界为 中价值,其余 低价值;"
           "未设定时分界为消费额排名前 20% / 前 50% 的会员的消费额。"),
        tr("客户金字塔(S4):按周期内消费从高到低排序,前 {a}% 为 A白金,至 {ab}% 为 B黄金,"
           "至 {abc}% 为 C钢铁,其余(含周期内未消费)为 D重铅;报表显示各层实际人数与消费占比。").format(
            a=a, ab=ab, abc=abc),
        tr("ABC 分类(S5):周期内购买 {lo} 次以下 散客,{lo}–{hi1} 次 中型,{hi} 次及以上 重度。").format(
            lo=c.abc_bounds[0], hi1=c.abc_bounds[1] - 1, hi=c.abc_bounds[1]),
        tr("有效性(S7):累计购买 2 次及以上 有效会员;只买过 1 次 一次性会员(首次消费后未再来);从未消费 未消费。"),
        tr("沉睡(S8):距上次消费(从未消费则距入会)超过 {d1} 天 沉睡6个月,超过 {d2} 天 沉睡12个月。").format(
            d1=c.dormant_days[0], d2=c.dormant_days[1]),
        tr("流失预警(S9):累计购买至少 {n} 次的常客,距上次消费的天数超过她平均购买间隔"
           "(首末次消费相隔天数÷(次数−1),至少按 7 天计)的 {p}%。").format(
            n=c.churn_min_purchases, p=c.churn_factor_pct),
        tr("2012 分级(S10):周期内有消费的会员,次数 ≥ {f} 次为高频,客单价 ≥ {t} 为高单价;"
           "低低 普通VIP,高频低单价 常客VIP,低频高单价 潜力VIP,双高 VVIP。").format(
            f=c.grid_freq_split, t=yuan(c.grid_ticket_split_fen)),
        tr("转换率(S11):上一周期(前 {w} 天)处在某档的会员,本周期达到目标档的比例;"
           "目标 0–1次→2次以上 {t0}%,2–4次→5次以上 {t1}%,客单价 250元以下→250元以上 {t2}%,"
           "250–500元→500元以上 {t3}%。").format(w=w, t0=c.conversion_targets_pct[0],
                                            t1=c.conversion_targets_pct[1], t2=c.conversion_targets_pct[2],
                                            t3=c.conversion_targets_pct[3]),
        "",
        tr("购买类型(S6,累计购买满 {n} 次后判断,按销售小票计,可同时有多个):").format(n=c.tags_min_purchases),
        tr("· 新货型:买的件数中,在该款号本店首次售出后 {d} 天内买的占 ≥ {p}%。").format(
            d=c.tag_new_days, p=c.tag_new_share_pct),
        tr("· 促销型:有行折扣(不含会员等级折扣)的小票占 ≥ {p}%。").format(p=c.tag_promo_share_pct),
        tr("· 批量型:平均每张小票 ≥ {n} 件。").format(n=c.tag_bulk_items),
        tr("· 多次型:周期内购买 ≥ {n} 次。").format(n=c.tag_frequent_count),
        tr("· 单品型:只买 1 件的小票占 ≥ {p}%。").format(p=c.tag_single_share_pct),
        tr("· 高价型:平均件单价(实付÷件数)≥ 全店周期内平均件单价的 {p}%。").format(p=c.tag_high_price_pct),
        tr("· 风格型:买的件数中,同一款式系列(店主设定的款号前缀/品类,未设定按品类)占 ≥ {p}%。").format(
            p=c.tag_style_share_pct),
        tr("· 折扣型:买的件数中,{d} 折或更低折扣买的占 ≥ {p}%。").format(
            d=f"{c.tag_discount_max / 100:g}", p=c.tag_discount_share_pct),
        tr("· 频率型:周期内购买次数 ≥ 同价值层(高/中/低价值)会员中位数的 {p}%。").format(p=c.tag_freq_factor_pct),
        tr("· 金额型:周期内消费额 ≥ 同ABC类(散客/中型/重度)会员中位数的 {p}%。").format(p=c.tag_spend_factor_pct),
    ]
    return "\n".join(lines)
