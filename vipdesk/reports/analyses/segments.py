"""Segment tables, the behaviour matrix and conversions (S4, S10, S11)."""

from __future__ import annotations

import datetime as dt

from vipdesk.model.segmentation import compute, load_config
from vipdesk.model.segmentation.classify import BEHAVIOURS, GRID, PYRAMID
from vipdesk.model.segmentation.facts import load_facts
from vipdesk.reports.analyses.common import spend_bands, yuan_text
from vipdesk.reports.period import Period
from vipdesk.reports.table import Chart, Column, Table, Text, ratio


def segment_tables(p: Period) -> Table:
    cfg = load_config()
    segs, bounds = compute(p.end_dt, cfg, with_tags=False)
    total_spend = sum(max(s.spend_win, 0) for s in segs.values() if s.purchases)
    buyers = sum(1 for s in segs.values() if s.purchases_win > 0)

    def counts(attr: str, names: tuple[str, ...], title: str, key: str) -> Table:
        t = Table(key, title, [Column("分群"), Column("人数", "int"), Column("人数占比", "pct"),
                               Column("近12个月消费", "money"), Column("消费占比", "pct")])
        pop = [s for s in segs.values() if getattr(s, attr)]
        n = len(pop)
        for name in names:
            members = [s for s in pop if getattr(s, attr) == name]
            spend = sum(max(s.spend_win, 0) for s in members)
            t.rows.append([name, len(members), ratio(len(members), n), spend, ratio(spend, total_spend)])
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
    main.sections = [pyr, grid, _grid_matrix(segs, cfg, p)]
    main.charts.append(Chart("bar", "行为矩阵人数", [1], first_row=0))
    return main


def _grid_matrix(segs: dict, cfg, p: Period) -> Table:  # noqa: ANN001
    """Purchase frequency × average ticket; ticket bands from the shop's own tickets (quartiles and
    the 90th percentile, rounded), so a jewelry shop's ¥3,000 tickets are not all in "¥1000 and up"."""
    fb = list(cfg.grid_freq_bounds)
    tb = spend_bands(p.end_dt, (25, 50, 75, 90))
    flabels = [Text("{n}次", n=a) if b - a == 1 else Text("{a}–{b}次", a=a, b=b - 1)
               for a, b in zip(fb, fb[1:], strict=False)] + [Text("{n}次及以上", n=fb[-1])]
    tlabels = [Text("{v}以下", v=yuan_text(tb[0]))] \
        + [Text("{a}–{b}", a=f"{a // 100:,}", b=yuan_text(b)) for a, b in zip(tb, tb[1:], strict=False)] \
        + [Text("{v}及以上", v=yuan_text(tb[-1]))]
    grid = [[0] * len(tlabels) for _ in flabels]
    for s in segs.values():
        if s.purchases_win <= 0:
            continue
        fi = sum(1 for b in fb if s.purchases_win >= b) - 1
        ti = sum(1 for b in tb if s.avg_ticket_win >= b)
        grid[fi][ti] += 1
    t = Table("grid_matrix", "频次 × 客单价(人)", [Column("年购买频次")] + [Column(x, "int") for x in tlabels])
    for label, row in zip(flabels, grid, strict=True):
        t.rows.append([label] + row)
    return t


def conversions(p: Period) -> Table:
    """S11: members in a band in the previous window who reached the target band in this window."""
    cfg = load_config()
    w = cfg.window_days
    end = p.end_dt
    mid_point = end - dt.timedelta(days=w)
    cur = load_facts(end, w, with_tickets=False)
    old = load_facts(mid_point, w, with_tickets=False)
    t0, t1, t2, t3 = cfg.conversion_targets_pct

    def avg(f) -> float:  # noqa: ANN001
        return max(f.spend_win, 0) / f.purchases_win if f.purchases_win else 0.0

    def rate(base_ids: list[int], reached) -> tuple[int, int, float | None]:  # noqa: ANN001
        n = len(base_ids)
        hit = sum(1 for i in base_ids if i in cur and reached(cur[i]))
        return n, hit, ratio(hit, n)

    olds = list(old.values())
    lo, hi = spend_bands(mid_point, (50, 80), w)  # the shop's own median and 80th-percentile ticket
    lo_t, hi_t = yuan_text(lo), yuan_text(hi)
    rules = [
        ("购买频次 0–1次 → 2次以上", [f.member_id for f in olds if f.purchases_win <= 1],
         lambda f: f.purchases_win >= 2, t0),
        ("购买频次 2–4次 → 5次以上", [f.member_id for f in olds if 2 <= f.purchases_win <= 4],
         lambda f: f.purchases_win >= 5, t1),
        (Text("客单价 {lo}以下 → {lo}以上", lo=lo_t), [f.member_id for f in olds if f.purchases_win and avg(f) < lo],
         lambda f: f.purchases_win > 0 and avg(f) >= lo, t2),
        (Text("客单价 {a}–{hi} → {hi}以上", a=f"{lo // 100:,}", hi=hi_t),
         [f.member_id for f in olds if f.purchases_win and lo <= avg(f) < hi],
         lambda f: f.purchases_win > 0 and avg(f) >= hi, t3),
    ]
    t = Table("conversion", "转换率", [Column("转换"), Column("基期人数", "int"), Column("达成人数", "int"),
                                      Column("实际转换率", "pct"), Column("目标", "pct"), Column("差距", "pct")])
    for label, base, reached, target in rules:
        n, hit, r = rate(base, reached)
        tgt = target / 100
        t.rows.append([label, n, hit, r, tgt, None if r is None else r - tgt])
    t.notes.append(Text("基期:{b0} 至 {b1};本期:{c0} 至 {c1}(各 {w} 天)。",
                        b0=f"{mid_point - dt.timedelta(days=w):%Y-%m-%d}", b1=f"{mid_point - dt.timedelta(days=1):%Y-%m-%d}",
                        c0=f"{mid_point:%Y-%m-%d}", c1=f"{p.last_day:%Y-%m-%d}", w=w))
    t.notes.append("基期人数 = 基期结束时已入会、处在该档的会员;客单价档只算基期有消费的会员。")
    t.notes.append(Text("客单价分档 {lo} / {hi} 取自本店基期小票金额的中位数与 80% 分位数(取整);"
                        "可在 设置 → 报表 → 客单价分档 中改为固定分界。", lo=lo_t, hi=hi_t))
    return t


# --- R6 staff contest

