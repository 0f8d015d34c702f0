"""The analyses of the monthly VIP summary (R1–R8, S2/S4/S10/S11), each as a ``Table``.

Each function takes the report period and returns figures only; the workbook
writer and the in-app view decide how they look.  Phones are masked unless
``full_phones`` is asked for.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from vipdesk.model.members.phone import mask_phone
from vipdesk.model.segmentation import compute, load_config
from vipdesk.model.segmentation.classify import BEHAVIOURS, GRID, PYRAMID
from vipdesk.model.segmentation.facts import load_facts, ts
from vipdesk.model.store import settings
from vipdesk.model.store.db import db
from vipdesk.reports.kpi import KPI_ROWS, change, overview
from vipdesk.reports.period import Period, season_of, trailing_months
from vipdesk.reports.table import Chart, Column, Table, ratio

G = "报表"
CARE_COST_PER_CALL = settings.declare("reports.cost_per_call_fen", 0, "每次电话联系成本(分)", G,
                                      "用于“关怀成本与回报”;0 = 不计")
CARE_COST_PER_MESSAGE = settings.declare("reports.cost_per_message_fen", 0, "每条短信/微信成本(分)", G,
                                         "用于“关怀成本与回报”;0 = 不计")
POINTS_BANDS = settings.declare("reports.points_bands", [3000, 6000], "积分分布分界", G,
                                "0 / 1–3000 / 3001–6000 / 6000以上")
AGE_BANDS = settings.declare("reports.age_bands", [25, 35, 45, 55], "年龄段分界(岁)", G)
TOP_N = settings.declare("reports.season_top_n", 30, "季度消费排行人数", G)


def _rows(sql: str, params: list[object]) -> list[tuple]:
    return list(db.execute_sql(sql, params).fetchall())


def _has(table: str) -> bool:
    return db.table_exists(table)


# --- overview (R2, R3, R5)

def overview_table(p: Period) -> Table:
    cur, prev, ly = overview(p), overview(p.previous()), overview(p.last_year())
    cmp_prev = "上月" if p.is_month else "上期"
    cmp_ly = "去年同月" if p.is_month else "去年同期"
    t = Table("overview", "总览", [
        Column("指标"), Column("本月" if p.is_month else "本期", "kpi"), Column(cmp_prev, "kpi"),
        Column("环比", "pct"), Column(cmp_ly, "kpi"), Column("同比", "pct"),
    ])
    kinds = []
    for attr, label, kind, _ in KPI_ROWS:
        a, b, c = getattr(cur, attr), getattr(prev, attr), getattr(ly, attr)
        rel = kind != "pct"
        t.rows.append([label, a, b, change(a, b) if rel else None, c, change(a, c) if rel else None])
        kinds.append(kind)
    t.row_kinds = kinds
    t.notes.append(f"统计期:{p.label};{cmp_prev}:{p.previous().label};{cmp_ly}:{p.last_year().label}")
    t.notes.append("比率类指标的环比/同比不计算,直接比较左右数值。")
    return t


def monthly_trend(p: Period, months: int = 12) -> Table:
    t = Table("trend", "月度趋势", [
        Column("月份"), Column("新增会员", "int"), Column("消费会员", "int"), Column("会员销售额", "money"),
        Column("总销售额", "money"), Column("会员销售占比", "pct"), Column("客单价", "money"),
    ])
    for m in trailing_months(p, months):
        o = overview(m, full=False)
        t.rows.append([m.label, o.new_members, o.buying_members, o.member_sales, o.total_sales,
                       o.member_share, o.avg_ticket])
    t.charts.append(Chart("line", "会员销售额与总销售额(元)", [3, 4], y_title="元"))
    return t


# --- R1

def new_vs_existing(p: Period) -> Table:
    s, e = ts(p.start), ts(p.end)
    rows = _rows(
        "SELECT CASE WHEN m.enrolled_on >= ? THEN 1 ELSE 0 END AS is_new,"
        " COUNT(DISTINCT CASE WHEN s.kind = 'sale' THEN s.member_id END),"
        " SUM(CASE WHEN s.kind = 'sale' THEN 1 ELSE 0 END), COALESCE(SUM(s.paid), 0),"
        " COALESCE(SUM(CASE WHEN s.kind = 'sale' THEN s.items ELSE 0 END), 0)"
        " FROM sale s JOIN member m ON m.id = s.member_id"
        " WHERE s.kind IN ('sale', 'return') AND s.sold_at >= ? AND s.sold_at < ? GROUP BY is_new",
        [p.start.isoformat(), s, e])
    by = {r[0]: r[1:] for r in rows}
    total_sales = sum(r[3] for r in rows)
    t = Table("new_old", "新老会员消费", [
        Column("会员类别"), Column("消费会员数", "int"), Column("交易次数", "int"), Column("销售额", "money"),
        Column("销售占比", "pct"), Column("客单价", "money"), Column("连带率", "num"),
    ])
    for key, label in ((1, "新会员(本期入会)"), (0, "老会员")):
        buyers, tx, sales, items = by.get(key, (0, 0, 0, 0))
        t.rows.append([label, buyers, tx, sales, ratio(sales, total_sales), ratio(sales, buyers), ratio(items, tx)])
    buyers = sum(r[1] for r in t.rows)
    tx = sum(r[2] for r in t.rows)
    items = sum(by.get(k, (0, 0, 0, 0))[3] for k in (0, 1))
    t.rows.append(["合计", buyers, tx, total_sales, ratio(total_sales, total_sales) if total_sales else None,
                   ratio(total_sales, buyers), ratio(items, tx)])
    t.charts.append(Chart("pie", "新老会员销售额占比", [3], first_row=0, last_row=2))
    return t


def _category_sales(start: dt.date, end: dt.date) -> dict[str, tuple[int, int]]:
    """Member sales by category: (fen, pieces), net of returns."""
    out = {}
    for cat, amount, qty in _rows(
            "SELECT COALESCE(NULLIF(l.category, ''), '未分类'), SUM(l.amount), SUM(l.quantity)"
            " FROM sale_line l JOIN sale s ON s.id = l.sale_id"
            " WHERE s.member_id IS NOT NULL AND s.kind IN ('sale', 'return')"
            " AND s.sold_at >= ? AND s.sold_at < ? GROUP BY 1",
            [ts(start), ts(end)]):
        out[cat] = (int(amount or 0), int(qty or 0))
    return out


def category_mix(p: Period) -> Table:
    cur = _category_sales(p.start, p.end)
    prev = _category_sales(p.previous().start, p.previous().end)
    ly = _category_sales(p.last_year().start, p.last_year().end)
    total = sum(v[0] for v in cur.values())
    t = Table("category", "品类与单价", [
        Column("品类", user=True), Column("件数", "int"), Column("销售额", "money"), Column("销售占比", "pct"),
        Column("件单价", "money"), Column("上期件单价", "money"), Column("去年同期件单价", "money"),
    ])
    for cat in sorted(cur, key=lambda c: -cur[c][0]):
        amount, qty = cur[cat]
        pa, pq = prev.get(cat, (0, 0))
        la, lq = ly.get(cat, (0, 0))
        t.rows.append([cat, qty, amount, ratio(amount, total), ratio(amount, qty), ratio(pa, pq), ratio(la, lq)])
    t.notes.append("会员小票按商品行统计,退货冲减;件单价 = 销售额 ÷ 件数。")
    if t.rows:
        t.charts.append(Chart("pie", "品类销售额占比", [2], first_row=0))
    return t


def category_trend(p: Period, months: int = 12) -> Table:
    ms = trailing_months(p, months)
    per = [_category_sales(m.start, m.end) for m in ms]
    cats = sorted({c for d in per for c in d}, key=lambda c: -sum(d.get(c, (0, 0))[0] for d in per))
    t = Table("category_trend", "品类走势", [Column("月份")] + [Column(c, "money") for c in cats])
    for m, d in zip(ms, per, strict=True):
        t.rows.append([m.label] + [d.get(c, (0, 0))[0] for c in cats])
    t.notes.append("各品类会员销售额(元),最近 12 个月。")
    if cats:
        t.charts.append(Chart("bar_stacked", "品类销售额走势(元)", list(range(1, len(cats) + 1)), first_row=0,
                              y_title="元"))
    return t


def _age(birth_year: int | None, bm: int | None, bd: int | None, on: dt.date) -> int | None:
    if not birth_year:
        return None
    age = on.year - birth_year
    if bm and bd and (on.month, on.day) < (bm, bd):
        age -= 1
    return age


def age_groups(p: Period) -> Table:
    bands = [int(x) for x in settings.get(AGE_BANDS.key)]
    labels = [f"{bands[0]}岁以下"] + [f"{a}–{b - 1}岁" for a, b in zip(bands, bands[1:], strict=False)] \
        + [f"{bands[-1]}岁及以上", "年龄未知"]
    stats: dict[str, list[int]] = {lb: [0, 0, 0, 0, 0] for lb in labels}  # members, buyers, tx, sales, items
    group_of: dict[int, str] = {}
    on = p.last_day
    for mid, by, bm, bd, lunar in _rows(
            "SELECT id, birth_year, birth_month, birth_day, birthday_lunar FROM member WHERE enrolled_on <= ?",
            [on.isoformat()]):
        age = _age(by, None if lunar else bm, None if lunar else bd, on)
        if age is None:
            g = labels[-1]
        else:
            k = sum(1 for b in bands if age >= b)
            g = labels[k]
        group_of[mid] = g
        stats[g][0] += 1
    buyers: dict[str, set[int]] = defaultdict(set)
    for mid, kind, paid, items in _rows(
            "SELECT member_id, kind, paid, items FROM sale WHERE member_id IS NOT NULL"
            " AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?", [ts(p.start), ts(p.end)]):
        g = group_of.get(mid, labels[-1])
        stats[g][3] += paid
        if kind == "sale":
            buyers[g].add(mid)
            stats[g][2] += 1
            stats[g][4] += items
    total = sum(v[3] for v in stats.values())
    t = Table("age", "年龄段消费", [
        Column("年龄段"), Column("会员数", "int"), Column("消费会员数", "int"), Column("销售额", "money"),
        Column("销售占比", "pct"), Column("客单价", "money"), Column("平均消费频次", "num"), Column("连带率", "num"),
    ])
    for g in labels:
        m, _, tx, sales, items = stats[g]
        b = len(buyers[g])
        t.rows.append([g, m, b, sales, ratio(sales, total), ratio(sales, b), ratio(tx, b), ratio(items, tx)])
    t.notes.append(f"年龄按期末({on:%Y-%m-%d})计算;农历生日只按出生年份计。")
    kids = _child_age_groups(p)
    if kids is not None:
        t.sections.append(kids)
    return t


CHILD_GROUPS = ((1, 3, "1–3岁"), (4, 6, "4–6岁"), (7, 11, "7–11岁"), (12, 200, "12岁及以上"))


def _child_age_groups(p: Period) -> Table | None:
    """Children's-wear shops (P4): parents' spend by their children's age group; a parent with
    children in two groups counts in both."""
    on = p.last_day
    rows = _rows("SELECT member_id, birth_year, birth_month, birth_day, birthday_lunar FROM child", [])
    if not rows:
        return None
    parents: dict[str, set[int]] = defaultdict(set)
    children: dict[str, int] = defaultdict(int)
    for mid, by, bm, bd, lunar in rows:
        age = _age(by, None if lunar else bm, None if lunar else bd, on)
        label = next((lb for lo, hi, lb in CHILD_GROUPS if age is not None and lo <= age <= hi),
                     "年龄未知" if age is None else "1岁以下")
        parents[label].add(mid)
        children[label] += 1
    spend: dict[int, int] = defaultdict(int)
    buyers: set[int] = set()
    for mid, kind, paid in _rows("SELECT member_id, kind, paid FROM sale WHERE member_id IS NOT NULL"
                                 " AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?",
                                 [ts(p.start), ts(p.end)]):
        spend[mid] += paid
        if kind == "sale":
            buyers.add(mid)
    t = Table("child_age", "按孩子年龄段(童装)", [
        Column("孩子年龄段"), Column("孩子数", "int"), Column("家长会员数", "int"), Column("消费家长数", "int"),
        Column("家长消费额", "money"), Column("客单价", "money")])
    for label in ["1岁以下"] + [g[2] for g in CHILD_GROUPS] + ["年龄未知"]:
        if label not in children:
            continue
        ms = parents[label]
        b = len(ms & buyers)
        total = sum(spend.get(m, 0) for m in ms)
        t.rows.append([label, children[label], len(ms), b, total, ratio(total, b)])
    t.notes.append("童装沟通按孩子年龄段(1–3、4–6、7–11、12岁以上)安排内容和频次。")
    return t


# --- R4, tiers

def points_distribution(p: Period) -> Table:
    lo, hi = (int(x) for x in settings.get(POINTS_BANDS.key))
    counts = [0, 0, 0, 0]
    for (bal,) in _rows(
            "SELECT COALESCE((SELECT SUM(delta) FROM points_entry e WHERE e.member_id = m.id AND e.at < ?), 0)"
            " FROM member m WHERE m.enrolled_on <= ?", [ts(p.end), p.last_day.isoformat()]):
        counts[0 if bal <= 0 else 1 if bal <= lo else 2 if bal <= hi else 3] += 1
    total = sum(counts)
    labels = ["0分", f"1–{lo}分", f"{lo + 1}–{hi}分", f"{hi}分以上"]
    t = Table("points", "积分分布", [Column("积分段"), Column("会员数", "int"), Column("占比", "pct")])
    for lb, n in zip(labels, counts, strict=True):
        t.rows.append([lb, n, ratio(n, total)])
    t.rows.append(["合计", total, 1.0 if total else None])
    t.notes.append("按期末可用积分余额(积分流水合计)统计。")
    t.charts.append(Chart("bar", "积分分布(人)", [1], first_row=0, last_row=4))
    return t


def tiers_at(end: dt.datetime) -> dict[int, str]:
    """Each member's tier as it was at ``end`` (from the tier history)."""
    out: dict[int, str] = {}
    for mid, tier in _rows("SELECT member_id, new_tier FROM tier_change WHERE at < ? ORDER BY member_id, at, id",
                           [ts(end)]):
        out[mid] = tier
    return out


def tier_distribution(p: Period) -> Table:
    from vipdesk.model.loyalty.tiers import tiers as tier_list

    at_end = tiers_at(p.end_dt)
    members = [mid for (mid,) in _rows("SELECT id FROM member WHERE enrolled_on <= ?", [p.last_day.isoformat()])]
    sales: dict[int, int] = defaultdict(int)
    for mid, paid in _rows("SELECT member_id, SUM(paid) FROM sale WHERE member_id IS NOT NULL"
                           " AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?"
                           " GROUP BY member_id", [ts(p.start), ts(p.end)]):
        sales[mid] = paid
    names = [t.name for t in tier_list()]
    count: dict[str, int] = defaultdict(int)
    amount: dict[str, int] = defaultdict(int)
    for mid in members:
        tier = at_end.get(mid) or "未定级"
        count[tier] += 1
        amount[tier] += sales.get(mid, 0)
    order = names + sorted(k for k in count if k not in names)
    total = len(members)
    total_sales = sum(amount.values())
    t = Table("tiers", "等级分布", [Column("等级", user=True), Column("会员数", "int"), Column("占比", "pct"),
                                   Column("本期消费", "money"), Column("消费占比", "pct")])
    for name in order:
        t.rows.append([name, count.get(name, 0), ratio(count.get(name, 0), total), amount.get(name, 0),
                       ratio(amount.get(name, 0), total_sales)])
    t.charts.append(Chart("pie", "会员等级分布", [1], first_row=0))
    return t


# --- segments (S2, S4, S10) and conversions (S11)

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
    main.notes.append(f"截至 {p.last_day:%Y-%m-%d} 的最近 {cfg.window_days} 天;行为矩阵分界:客单价"
                      f" {(bounds.ticket_split or 0) / 100:,.2f} 元,购买次数 {bounds.count_split or 0:g} 次。"
                      f"近12个月消费会员 {buyers} 人。")
    pyr = counts("pyramid", PYRAMID, "客户金字塔(S4)", "pyramid")
    cuts = cfg.pyramid_cuts_pct
    pyr.notes.append(f"设定分界:A 前 {cuts[0]}%、A+B 前 {cuts[1]}%、A+B+C 前 {cuts[2]}% 的会员;"
                     "表中为实际人数占比与消费占比(二八法则的真实情况)。")
    ab = pyr.rows[0][1] + pyr.rows[1][1] if len(pyr.rows) > 1 else 0
    ab_spend = (pyr.rows[0][3] + pyr.rows[1][3]) if len(pyr.rows) > 1 else 0
    pyr.rows.append(["A+B 合计", ab, ratio(ab, sum(r[1] for r in pyr.rows)), ab_spend, ratio(ab_spend, total_spend)])
    grid = counts("grid", GRID, "2012分级(S10)", "grid")
    main.sections = [pyr, grid, _grid_matrix(segs, cfg)]
    main.charts.append(Chart("bar", "行为矩阵人数", [1], first_row=0))
    return main


def _grid_matrix(segs: dict, cfg) -> Table:  # noqa: ANN001
    fb = list(cfg.grid_freq_bounds)
    tb = list(cfg.grid_ticket_bounds_fen)
    flabels = [f"{a}次" if b - a == 1 else f"{a}–{b - 1}次" for a, b in zip(fb, fb[1:], strict=False)] \
        + [f"{fb[-1]}次及以上"]
    tlabels = [f"{tb[0] // 100}元以下"] + [f"{a // 100}–{b // 100}元" for a, b in zip(tb, tb[1:], strict=False)] \
        + [f"{tb[-1] // 100}元及以上"]
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
    rules = [
        ("购买频次 0–1次 → 2次以上", [f.member_id for f in olds if f.purchases_win <= 1],
         lambda f: f.purchases_win >= 2, t0),
        ("购买频次 2–4次 → 5次以上", [f.member_id for f in olds if 2 <= f.purchases_win <= 4],
         lambda f: f.purchases_win >= 5, t1),
        ("客单价 250元以下 → 250元以上", [f.member_id for f in olds if f.purchases_win and avg(f) < 25000],
         lambda f: f.purchases_win > 0 and avg(f) >= 25000, t2),
        ("客单价 250–500元 → 500元以上", [f.member_id for f in olds if f.purchases_win and 25000 <= avg(f) < 50000],
         lambda f: f.purchases_win > 0 and avg(f) >= 50000, t3),
    ]
    t = Table("conversion", "转换率", [Column("转换"), Column("基期人数", "int"), Column("达成人数", "int"),
                                      Column("实际转换率", "pct"), Column("目标", "pct"), Column("差距", "pct")])
    for label, base, reached, target in rules:
        n, hit, r = rate(base, reached)
        tgt = target / 100
        t.rows.append([label, n, hit, r, tgt, None if r is None else r - tgt])
    t.notes.append(f"基期:{mid_point - dt.timedelta(days=w):%Y-%m-%d} 至 {mid_point - dt.timedelta(days=1):%Y-%m-%d};"
                   f"本期:{mid_point:%Y-%m-%d} 至 {p.last_day:%Y-%m-%d}(各 {w} 天)。")
    t.notes.append("基期人数 = 基期结束时已入会、处在该档的会员;客单价档只算基期有消费的会员。")
    return t


# --- R6 staff contest

def staff_contest(p: Period) -> Table:
    s, e = ts(p.start), ts(p.end)
    ds, de = p.start.isoformat(), p.last_day.isoformat()
    staff = _rows("SELECT id, name FROM staff ORDER BY id", [])
    new = dict(_rows("SELECT clerk_id, COUNT(*) FROM member WHERE enrolled_on >= ? AND enrolled_on <= ?"
                     " GROUP BY clerk_id", [ds, de]))
    referred = dict(_rows("SELECT clerk_id, COUNT(*) FROM member WHERE enrolled_on >= ? AND enrolled_on <= ?"
                          " AND referred_by_id IS NOT NULL GROUP BY clerk_id", [ds, de]))
    cards = {r[0]: r[1:] for r in _rows(
        "SELECT clerk_id, SUM(CASE WHEN price > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN price = 0 THEN 1 ELSE 0 END)"
        " FROM card WHERE issued_on >= ? AND issued_on <= ? GROUP BY clerk_id", [ds, de])}
    contacts = dict(_rows("SELECT clerk_id, COUNT(*) FROM contact WHERE at >= ? AND at < ? GROUP BY clerk_id",
                          [s, e]))
    tickets = {r[0]: r[1:] for r in _rows(
        "SELECT clerk_id, COUNT(*), SUM(items), SUM(paid) FROM sale WHERE kind = 'sale' AND sold_at >= ?"
        " AND sold_at < ? GROUP BY clerk_id", [s, e])}
    net = dict(_rows("SELECT clerk_id, SUM(paid) FROM sale WHERE kind IN ('sale', 'return')"
                     " AND sold_at >= ? AND sold_at < ? GROUP BY clerk_id", [s, e]))
    served: dict[int, set[int]] = defaultdict(set)
    returning: dict[int, set[int]] = defaultdict(set)
    for clerk, mid, before in _rows(
            "SELECT s.clerk_id, s.member_id, EXISTS (SELECT 1 FROM sale o WHERE o.member_id = s.member_id"
            " AND o.kind = 'sale' AND o.sold_at < ?) FROM sale s WHERE s.kind = 'sale'"
            " AND s.member_id IS NOT NULL AND s.sold_at >= ? AND s.sold_at < ?", [s, s, e]):
        served[clerk].add(mid)
        if before:
            returning[clerk].add(mid)
    t = Table("staff", "导购竞赛", [
        Column("导购", user=True), Column("新会员", "int"), Column("售卡(收费)", "int"), Column("免费卡", "int"),
        Column("回访/联系", "int"), Column("小票数", "int"), Column("销售额", "money"),
        Column("回头客率", "pct"), Column("转介绍率", "pct"), Column("连单件数", "num"), Column("连单金额", "money"),
    ])
    ids = [sid for sid, _ in staff]
    names = dict(staff)
    if any(k is None for k in list(new) + list(tickets) + list(cards)):
        ids.append(None)  # type: ignore[arg-type]
        names[None] = "(未指定导购)"  # type: ignore[index]
    for sid in ids:
        tx, items, paid = tickets.get(sid, (0, 0, 0))
        sold, free = cards.get(sid, (0, 0))
        row = [names[sid], new.get(sid, 0), sold or 0, free or 0, contacts.get(sid, 0), tx, net.get(sid, 0),
               ratio(len(returning[sid]), len(served[sid])), ratio(referred.get(sid, 0), new.get(sid, 0)),
               ratio(items, tx), ratio(paid, tx)]
        if sid is not None or any(row[1:7]):
            t.rows.append(row)
    t.notes.append("回头客率 = 本期在该导购处消费、且本期前已有消费的会员 ÷ 本期在该导购处消费的会员;"
                   "转介绍率 = 该导购本期新会员中有介绍人的比例;连单件数 = 件数 ÷ 销售小票数;"
                   "连单金额 = 销售小票实付 ÷ 销售小票数。")
    return t


# --- R7 care cost vs return per tier

def care_return(p: Period) -> Table:
    s, e = ts(p.start), ts(p.end)
    tier_of = tiers_at(p.end_dt)
    members = [mid for (mid,) in _rows("SELECT id FROM member WHERE enrolled_on <= ?", [p.last_day.isoformat()])]
    per_call = int(settings.get(CARE_COST_PER_CALL.key))
    per_msg = int(settings.get(CARE_COST_PER_MESSAGE.key))
    agg: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    buyers: dict[str, set[int]] = defaultdict(set)
    for mid in members:
        agg[tier_of.get(mid) or "未定级"]["members"] += 1
    for mid, channel, n in _rows("SELECT member_id, channel, COUNT(*) FROM contact WHERE at >= ? AND at < ?"
                                 " GROUP BY member_id, channel", [s, e]):
        a = agg[tier_of.get(mid) or "未定级"]
        a["contacts"] += n
        a["cost"] += n * (per_call if channel in ("call", "visit") else per_msg)
    vouchers_recorded = _has("voucher_event")
    if vouchers_recorded:
        for mid, amount, face in _rows(
                "SELECT v.member_id, SUM(ev.amount), SUM(v.value) FROM voucher_event ev JOIN voucher v"
                " ON v.id = ev.voucher_id WHERE ev.kind = 'redeem' AND ev.at >= ? AND ev.at < ?"
                " GROUP BY v.member_id", [s, e]):
            agg[tier_of.get(mid) or "未定级"]["vouchers"] += int(amount or face or 0)
    if _has("gift_redemption"):
        for mid, n in _rows("SELECT member_id, COUNT(*) FROM gift_redemption WHERE at >= ? AND at < ?"
                            " GROUP BY member_id", [s, e]):
            agg[tier_of.get(mid) or "未定级"]["gifts"] += n
    for mid, kind, paid in _rows("SELECT member_id, kind, paid FROM sale WHERE member_id IS NOT NULL"
                                 " AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?", [s, e]):
        tier = tier_of.get(mid) or "未定级"
        agg[tier]["sales"] += paid
        if kind == "sale":
            buyers[tier].add(mid)
    for ref, n in _rows("SELECT referred_by_id, COUNT(*) FROM member WHERE referred_by_id IS NOT NULL"
                        " AND enrolled_on >= ? AND enrolled_on <= ? GROUP BY referred_by_id",
                        [p.start.isoformat(), p.last_day.isoformat()]):
        agg[tier_of.get(ref) or "未定级"]["referrals"] += n
    from vipdesk.model.loyalty.tiers import tiers as tier_list

    order = [t.name for t in tier_list()] + sorted(k for k in agg if k not in {t.name for t in tier_list()})
    t = Table("care", "关怀成本与回报", [
        Column("等级", user=True), Column("会员数", "int"), Column("联系次数", "int"), Column("联系成本", "money"),
        Column("代金券使用", "money"), Column("礼品兑换(件)", "int"), Column("维护成本合计", "money"),
        Column("转介绍新会员", "int"), Column("回头率", "pct"), Column("本期消费", "money"), Column("投入产出比", "num"),
    ])
    for tier in order:
        a = agg.get(tier)
        if a is None:
            continue
        cost = a["cost"] + a["vouchers"]
        t.rows.append([tier, a["members"], a["contacts"], a["cost"], a["vouchers"], a["gifts"], cost,
                       a["referrals"], ratio(len(buyers[tier]), a["members"]), a["sales"], ratio(a["sales"], cost)])
    if not per_call and not per_msg:
        t.notes.append("未设置每次联系成本(设置 → 报表),联系成本记为 0;维护成本 = 联系成本 + 已使用代金券面值。")
    if not vouchers_recorded:
        t.notes.append("本店尚无代金券记录。")
    t.notes.append("回头率 = 本期有消费的该等级会员 ÷ 该等级会员数;投入产出比 = 本期消费 ÷ 维护成本合计。")
    return t


# --- points / vouchers / stored value liability

def liability(p: Period) -> Table:
    s, e = ts(p.start), ts(p.end)
    opening = _rows("SELECT COALESCE(SUM(delta), 0) FROM points_entry WHERE at < ?", [s])[0][0]
    issued = redeemed = expired = reversed_ = other = 0
    for kind, pos, neg in _rows(
            "SELECT kind, SUM(CASE WHEN delta > 0 THEN delta ELSE 0 END), SUM(CASE WHEN delta < 0 THEN -delta"
            " ELSE 0 END) FROM points_entry WHERE at >= ? AND at < ? GROUP BY kind", [s, e]):
        issued += pos
        if kind in ("redeem", "convert"):
            redeemed += neg
        elif kind == "expire":
            expired += neg
        elif kind == "reverse":
            reversed_ += neg
        else:
            other += neg
    closing = opening + issued - redeemed - expired - reversed_ - other
    t = Table("liability", "积分与储值负债", [Column("项目"), Column("数量", "int"), Column("金额", "money")])
    t.rows += [
        ["期初积分余额", opening, None], ["本期发放积分", issued, None], ["本期兑换积分(礼品/代金券)", redeemed, None],
        ["本期过期积分", expired, None], ["本期退货扣回积分", reversed_, None], ["本期其他扣减", other, None],
        ["期末积分余额(未兑付)", closing, None],
    ]
    if _has("voucher"):
        def vq(sql: str, params: list[object]) -> tuple[int, int]:
            n, v = _rows(sql, params)[0]
            return int(n or 0), int(v or 0)

        iss = vq("SELECT COUNT(*), SUM(value) FROM voucher WHERE created_at >= ? AND created_at < ?", [s, e])
        used = vq("SELECT COUNT(*), SUM(v.value) FROM voucher_event ev JOIN voucher v ON v.id = ev.voucher_id"
                  " WHERE ev.kind = 'redeem' AND ev.at >= ? AND ev.at < ?", [s, e])
        exp = vq("SELECT COUNT(*), SUM(v.value) FROM voucher_event ev JOIN voucher v ON v.id = ev.voucher_id"
                 " WHERE ev.kind = 'expire' AND ev.at >= ? AND ev.at < ?", [s, e])
        out = vq("SELECT COUNT(*), SUM(value) FROM voucher v WHERE v.created_at < ? AND NOT EXISTS (SELECT 1"
                 " FROM voucher_event ev WHERE ev.voucher_id = v.id AND ev.kind != 'issue' AND ev.at < ?)", [e, e])
        t.rows += [["本期发放代金券", *iss], ["本期使用代金券", *used], ["本期过期代金券", *exp],
                   ["期末未使用代金券", *out]]
    else:
        t.notes.append("本店尚无代金券记录。")
    if _has("stored_value_entry"):
        bal = _rows("SELECT COALESCE(SUM(delta), 0), COUNT(DISTINCT member_id) FROM stored_value_entry"
                    " WHERE at < ?", [e])[0]
        top = _rows("SELECT COUNT(*), COALESCE(SUM(delta), 0) FROM stored_value_entry WHERE kind IN ('topup', 'bonus')"
                    " AND at >= ? AND at < ?", [s, e])[0]
        pay = _rows("SELECT COUNT(*), COALESCE(-SUM(delta), 0) FROM stored_value_entry WHERE kind = 'pay'"
                    " AND at >= ? AND at < ?", [s, e])[0]
        if bal[1] or top[0] or pay[0]:
            t.rows += [["本期储值充值(含赠送)", top[0], top[1]], ["本期储值消费", pay[0], pay[1]],
                       ["期末储值余额", bal[1], bal[0]]]
        else:
            t.notes.append("本店未使用储值。")
    t.notes.append("期末积分余额 = 期初 + 发放 − 兑换 − 过期 − 退货扣回 − 其他扣减。代金券“数量”为张数。")
    return t


# --- R8 season top 30

def season_top(p: Period, full_phones: bool = False) -> Table:
    name, first = season_of(p.last_day)
    start = min(first, p.start)
    n = int(settings.get(TOP_N.key))
    rows = _rows(
        "SELECT m.id, m.name, m.phone, m.card_no, st.name, SUM(s.paid) AS spend,"
        " SUM(CASE WHEN s.kind = 'sale' THEN 1 ELSE 0 END), MAX(s.sold_at)"
        " FROM sale s JOIN member m ON m.id = s.member_id LEFT JOIN staff st ON st.id = m.clerk_id"
        " WHERE s.kind IN ('sale', 'return') AND s.sold_at >= ? AND s.sold_at < ?"
        " GROUP BY m.id HAVING spend > 0"
        " ORDER BY spend DESC, m.id LIMIT ?", [ts(start), ts(p.end), n])
    tier_of = tiers_at(p.end_dt)
    t = Table("top", f"{name}消费前{n}", [
        Column("名次", "int"), Column("姓名", user=True), Column("手机", user=True), Column("卡号", user=True),
        Column("等级", user=True), Column("导购", user=True), Column("本季消费", "money"), Column("小票数", "int"),
        Column("最近消费", "date"),
    ])
    for i, (mid, nm, phone, card, clerk, spend, tx, last) in enumerate(rows, 1):
        last_d = dt.date.fromisoformat(str(last)[:10]) if last else None
        t.rows.append([i, nm, phone if full_phones else mask_phone(phone), card or "", tier_of.get(mid, ""),
                       clerk or "", spend, tx, last_d])
    t.notes.append(f"{name}:{start:%Y-%m-%d} 至 {p.last_day:%Y-%m-%d},按会员实付(退货冲减)排序;"
                   f"可据此发放下季首次消费代金券(L7)。")
    return t


def definitions() -> Table:
    t = Table("definitions", "指标定义", [Column("指标"), Column("计算方法")])
    for _, label, _, text in KPI_ROWS:
        t.rows.append([label, text])
    t.rows += [
        ["环比 / 同比", "(本期 − 上期)÷ 上期;(本期 − 去年同期)÷ 去年同期;比率类指标不计算"],
        ["新会员 / 老会员", "本期入会的会员为新会员,其余为老会员"],
        ["品类销售额 / 件单价", "会员小票商品行实付合计(退货冲减);件单价 = 销售额 ÷ 件数"],
        ["年龄段", "按期末日期计算的周岁;只有出生年份时按年份差"],
        ["积分分布", "期末积分余额(积分流水合计)分为 0、1–3000、3001–6000、6000 以上"],
        ["等级分布", "期末时各会员所处等级(等级变动记录)"],
        ["RFM", "R 距上次消费天数、F 近12个月购买次数、M 近12个月消费额,按本店五分位数各打 1–5 分"],
        ["行为矩阵", "近 12 个月有消费的会员按客单价与购买次数,以中位数(或店主设定值)分高低"],
        ["价值分层", "近12个月消费 ≥ 高价值分界(默认前20%)为高价值,≥ 中价值分界(默认前50%)为中价值"],
        ["ABC 分类", "近12个月购买 0–1 次 散客,2–4 次 中型,5 次以上 重度"],
        ["有效性", "累计购买 ≥2 次 有效会员;1 次 一次性会员;0 次 未消费"],
        ["沉睡 / 流失预警", "超过 180 / 365 天未消费;常客距上次消费超过平均购买间隔的 2 倍"],
        ["购买类型", "满 3 次购买后:新货型、促销型、批量型、多次型、单品型、高价型(规则见软件 帮助 → 会员分群规则)"],
        ["客户金字塔", "按近 12 个月消费排序:前 5% A白金、至 20% B黄金、至 50% C钢铁、其余 D重铅"],
        ["2012 分级", "年购买 ≥4 次为高频、客单价 ≥250 元为高单价:普通VIP / 常客VIP / 潜力VIP / VVIP"],
        ["转换率", "上一个 12 个月处在某档的会员,在最近 12 个月达到目标档的比例"],
        ["回头客率(导购)", "在该导购处消费、且此前已有消费的会员 ÷ 在该导购处消费的会员"],
        ["转介绍率(导购)", "该导购新会员中有介绍人的比例"],
        ["连单件数 / 连单金额", "销售小票件数 ÷ 小票数;销售小票实付 ÷ 小票数"],
        ["维护成本", "联系次数 × 每次成本(设置)+ 本期已使用代金券金额"],
        ["投入产出比", "该等级本期消费 ÷ 维护成本"],
        ["期末积分余额", "期初 + 发放 − 兑换 − 过期 − 退货扣回 − 其他扣减"],
        ["季度排行", "本季度(春3–5月、夏6–8月、秋9–11月、冬12–2月)至期末,会员实付从高到低"],
        ["手机号", "默认打码(138****1234);店主明确选择时才导出完整号码"],
    ]
    return t
