"""Segment tables, the behaviour matrix and conversions (S4, S10, S11).

Both sheets read the shop in one pass over the sales (``_shop_windows``), streamed: per member only
the window figures the sheets need are kept (a few numbers per buyer), so memory stays small at a
head office's million members (issue 14).  The classes come from the segmentation rules
(``classify.derive_bounds`` / ``classify.classify``), exactly as the segment run assigns them.
"""

from __future__ import annotations

import datetime as dt
from array import array
from dataclasses import dataclass, field

from vipdesk.model.segmentation import load_config
from vipdesk.model.segmentation.classify import BEHAVIOURS, GRID, PYRAMID, classify, derive_bounds
from vipdesk.model.segmentation.facts import MemberFacts, ts
from vipdesk.model.store.db import db
from vipdesk.reports import memo
from vipdesk.reports.analyses.common import spend_bands, yuan_text
from vipdesk.reports.period import Period
from vipdesk.reports.table import Chart, Column, Table, Text, ratio


@dataclass
class ShopWindows:
    """The shop at ``end``: every member who ever bought (ids, purchases ever, purchases and net
    spend in the window), as compact arrays; and the conversion counts between the window before
    and this one (S11), counted while streaming."""

    ids: array = field(default_factory=lambda: array("q"))
    purchases: array = field(default_factory=lambda: array("q"))
    win_purchases: array = field(default_factory=lambda: array("q"))
    win_spend: array = field(default_factory=lambda: array("q"))
    conv: list[tuple[int, int]] = field(default_factory=list)  # (base, reached) per conversion rule
    bands: tuple[int, int] = (0, 0)


def _avg(n: int, spend: int) -> float:
    return max(spend, 0) / n if n else 0.0


def _rules(lo: int, hi: int) -> list:  # noqa: ANN001 - (in base?, reached?) on (purchases, spend)
    return [
        (lambda n, sp: n <= 1, lambda n, sp: n >= 2),
        (lambda n, sp: 2 <= n <= 4, lambda n, sp: n >= 5),
        (lambda n, sp: n > 0 and _avg(n, sp) < lo, lambda n, sp: n > 0 and _avg(n, sp) >= lo),
        (lambda n, sp: n > 0 and lo <= _avg(n, sp) < hi, lambda n, sp: n > 0 and _avg(n, sp) >= hi),
    ]


def shop_windows(end: dt.datetime, window_days: int) -> ShopWindows:
    return memo.cached(("shop_windows", end, window_days), lambda: _shop_windows(end, window_days))


def _shop_windows(end: dt.datetime, w: int) -> ShopWindows:
    """Membership as ``load_facts`` has it: enrolled by the moment's eve, or bought before it."""
    mid_point = end - dt.timedelta(days=w)
    cut_old = (mid_point - dt.timedelta(seconds=1)).date().isoformat()
    lo, hi = spend_bands(mid_point, (50, 80), w)  # the shop's median and 80th-percentile ticket then
    rules = _rules(lo, hi)
    base = [0] * len(rules)
    hit = [0] * len(rules)
    out = ShopWindows(bands=(lo, hi))
    cur = db.execute_sql(
        "SELECT m.id, m.enrolled_on, a.n_all, a.n_cur, a.s_cur, a.any_old, a.n_old, a.s_old FROM member m"
        " LEFT JOIN (SELECT member_id, SUM(kind = 'sale') AS n_all, SUM(kind = 'sale' AND sold_at >= ?) AS n_cur,"
        " SUM(CASE WHEN sold_at >= ? THEN paid ELSE 0 END) AS s_cur, MAX(sold_at < ?) AS any_old,"
        " SUM(kind = 'sale' AND sold_at >= ? AND sold_at < ?) AS n_old,"
        " SUM(CASE WHEN sold_at >= ? AND sold_at < ? THEN paid ELSE 0 END) AS s_old"
        # imported opening spend (kind "opening") is a balance, not a purchase; NOT INDEXED: the
        # whole shop's sales read in file order and grouped in a sort (no random read per sale)
        " FROM sale NOT INDEXED WHERE member_id IS NOT NULL AND kind IN ('sale', 'return') AND sold_at < ?"
        " GROUP BY member_id) a ON a.member_id = m.id",
        [ts(mid_point), ts(mid_point), ts(mid_point), ts(mid_point - dt.timedelta(days=w)), ts(mid_point),
         ts(mid_point - dt.timedelta(days=w)), ts(mid_point), ts(end)])
    for mid, enrolled, n_all, n_cur, s_cur, any_old, n_old, s_old in cur:
        if n_all:
            out.ids.append(mid)
            out.purchases.append(n_all)
            out.win_purchases.append(n_cur)
            out.win_spend.append(s_cur)
        if any_old or (enrolled is not None and str(enrolled)[:10] <= cut_old):
            n_o, s_o, n_c, s_c = n_old or 0, s_old or 0, n_cur or 0, s_cur or 0
            for i, (in_base, reached) in enumerate(rules):
                if in_base(n_o, s_o):
                    base[i] += 1
                    if reached(n_c, s_c):
                        hit[i] += 1
    out.conv = list(zip(base, hit, strict=True))
    return out


def segment_tables(p: Period) -> Table:
    cfg = load_config()
    end = p.end_dt
    sw = shop_windows(end, cfg.window_days)
    # Behaviour (S2), pyramid (S4) and grid (S10) depend only on the window's buyers' bounds:
    # derived from them alone, then each buyer classified as the segment run does.
    bounds = derive_bounds({mid: MemberFacts(mid, None, purchases=n, purchases_win=pw, spend_win=sp)
                            for mid, n, pw, sp in zip(sw.ids, sw.purchases, sw.win_purchases, sw.win_spend,
                                                      strict=True) if pw > 0}, end, cfg)
    tally: dict[str, dict[str, list[int]]] = {"behaviour": {}, "pyramid": {}, "grid": {}}  # name → [n, spend]
    pop = dict.fromkeys(tally, 0)
    total_spend = buyers = 0
    fb = list(cfg.grid_freq_bounds)
    tb = spend_bands(end, (25, 50, 75, 90))
    matrix = [[0] * (len(tb) + 1) for _ in fb]
    for mid, n, pw, sp in zip(sw.ids, sw.purchases, sw.win_purchases, sw.win_spend, strict=True):
        s = classify(MemberFacts(mid, None, purchases=n, purchases_win=pw, spend_win=sp), bounds, cfg, end)
        spend = max(sp, 0)
        total_spend += spend
        for attr, counts in tally.items():
            name = getattr(s, attr)
            if name:
                pop[attr] += 1
                c = counts.setdefault(name, [0, 0])
                c[0] += 1
                c[1] += spend
        if pw > 0:
            buyers += 1
            matrix[sum(1 for b in fb if pw >= b) - 1][sum(1 for b in tb if s.avg_ticket_win >= b)] += 1

    def counts(attr: str, names: tuple[str, ...], title: str, key: str) -> Table:
        t = Table(key, title, [Column("分群"), Column("人数", "int"), Column("人数占比", "pct"),
                               Column("近12个月消费", "money"), Column("消费占比", "pct")])
        for name in names:
            n, spend = tally[attr].get(name, (0, 0))
            t.rows.append([name, n, ratio(n, pop[attr]), spend, ratio(spend, total_spend)])
        return t

    main = counts("behaviour", BEHAVIOURS, "会员分群", "segments")
    main.title = "会员分群"
    main.notes.append(Text("截至 {end} 的最近 {days} 天;行为矩阵分界:客单价 {ticket} 元,购买次数 {count} 次。"
                           "近12个月消费会员 {buyers} 人。", end=f"{p.last_day:%Y-%m-%d}", days=cfg.window_days,
                           ticket=f"{(bounds.ticket_split or 0) / 100:,.2f}", count=f"{bounds.count_split or 0:g}",
                           buyers=buyers))
    pyr = counts("pyramid", PYRAMID, "客户金字塔", "pyramid")
    cuts = cfg.pyramid_cuts_pct
    pyr.notes.append(Text("设定分界:A 前 {a}%、A+B 前 {ab}%、A+B+C 前 {abc}% 的会员;"
                          "表中为实际人数占比与消费占比(二八法则的真实情况)。", a=cuts[0], ab=cuts[1], abc=cuts[2]))
    ab = pyr.rows[0][1] + pyr.rows[1][1] if len(pyr.rows) > 1 else 0
    ab_spend = (pyr.rows[0][3] + pyr.rows[1][3]) if len(pyr.rows) > 1 else 0
    pyr.rows.append(["A+B 合计", ab, ratio(ab, sum(r[1] for r in pyr.rows)), ab_spend, ratio(ab_spend, total_spend)])
    grid = counts("grid", GRID, "2012分级", "grid")
    main.sections = [pyr, grid, _grid_matrix(fb, tb, matrix)]
    main.charts.append(Chart("bar", "行为矩阵人数", [1], first_row=0))
    return main


def _grid_matrix(fb: list[int], tb: list[int], grid: list[list[int]]) -> Table:
    """Purchase frequency × average ticket; ticket bands from the shop's own tickets (quartiles and
    the 90th percentile, rounded), so a jewelry shop's ¥3,000 tickets are not all in "¥1000 and up"."""
    flabels = [Text("{n}次", n=a) if b - a == 1 else Text("{a}–{b}次", a=a, b=b - 1)
               for a, b in zip(fb, fb[1:], strict=False)] + [Text("{n}次及以上", n=fb[-1])]
    tlabels = [Text("{v}以下", v=yuan_text(tb[0]))] \
        + [Text("{a}–{b}", a=f"{a // 100:,}", b=yuan_text(b)) for a, b in zip(tb, tb[1:], strict=False)] \
        + [Text("{v}及以上", v=yuan_text(tb[-1]))]
    t = Table("grid_matrix", "频次 × 客单价(人)", [Column("年购买频次")] + [Column(x, "int") for x in tlabels])
    for label, row in zip(flabels, grid, strict=True):
        t.rows.append([label] + row)
    return t


def conversions(p: Period) -> Table:
    """S11: members in a band in the previous window who reached the target band in this window."""
    cfg = load_config()
    w = cfg.window_days
    mid_point = p.end_dt - dt.timedelta(days=w)
    sw = shop_windows(p.end_dt, w)
    t0, t1, t2, t3 = cfg.conversion_targets_pct
    lo, hi = sw.bands  # the shop's own median and 80th-percentile ticket in the base window
    lo_t, hi_t = yuan_text(lo), yuan_text(hi)
    labels = ["购买频次 0–1次 → 2次以上", "购买频次 2–4次 → 5次以上", Text("客单价 {lo}以下 → {lo}以上", lo=lo_t),
              Text("客单价 {a}–{hi} → {hi}以上", a=f"{lo // 100:,}", hi=hi_t)]
    t = Table("conversion", "转换率", [Column("转换"), Column("基期人数", "int"), Column("达成人数", "int"),
                                      Column("实际转换率", "pct"), Column("目标", "pct"), Column("差距", "pct")])
    for label, (n, hit), target in zip(labels, sw.conv, (t0, t1, t2, t3), strict=True):
        r = ratio(hit, n)
        tgt = target / 100
        t.rows.append([label, n, hit, r, tgt, None if r is None else r - tgt])
    t.notes.append(Text("基期:{b0} 至 {b1};本期:{c0} 至 {c1}(各 {w} 天)。",
                        b0=f"{mid_point - dt.timedelta(days=w):%Y-%m-%d}", b1=f"{mid_point - dt.timedelta(days=1):%Y-%m-%d}",
                        c0=f"{mid_point:%Y-%m-%d}", c1=f"{p.last_day:%Y-%m-%d}", w=w))
    t.notes.append("基期人数 = 基期结束时已入会、处在该档的会员;客单价档只算基期有消费的会员。")
    t.notes.append(Text("客单价分档 {lo} / {hi} 取自本店基期小票金额的中位数与 80% 分位数(取整);"
                        "可在 设置 → 报表 → 客单价分档 中改为固定分界。", lo=lo_t, hi=hi_t))
    return t
