"""Overview, trend, new vs. existing members, categories (R1, R2, R5)."""

from __future__ import annotations

import datetime as dt

from vipdesk.model.segmentation.facts import ts
from vipdesk.reports.analyses.common import _rows
from vipdesk.reports.kpi import KPI_ROWS, change, overview, prefetch_lifetime
from vipdesk.reports.period import Period, trailing_months
from vipdesk.reports.table import Chart, Column, Table, Text, ratio

UNCATEGORISED = "未分类"  # the category row the SQL below names for lines without one (shown translated)


def overview_table(p: Period) -> Table:
    prefetch_lifetime([p, p.previous(), p.last_year()])  # one pass for the three periods' lifetime KPIs
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
    # Imported old customers (no 入会日期 in the file): shown apart, never as new members.
    a, b, c = imported_members(p), imported_members(p.previous()), imported_members(p.last_year())
    t.rows.append(["导入会员(入会日期不详)", a, b, change(a, b), c, change(a, c)])
    kinds.append("int")
    t.row_kinds = kinds
    t.notes.append(Text("统计期:{p};{prev}:{p_prev};{ly}:{p_ly}", p=p.label, prev=cmp_prev, p_prev=p.previous().label,
                        ly=cmp_ly, p_ly=p.last_year().label))
    t.notes.append("比率类指标的环比/同比不计算,直接比较左右数值。")
    return t


def imported_members(p: Period) -> int:
    """Members a member import created in the period without an 入会日期 (old customers)."""
    return int(_rows("SELECT COUNT(*) FROM member WHERE imported_on >= ? AND imported_on <= ?"
                     " AND IFNULL(enrolled_unknown, 0) = 1", [p.start.isoformat(), p.last_day.isoformat()])[0][0])


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
        "SELECT CASE WHEN m.enrolled_on >= ? AND IFNULL(m.enrolled_unknown, 0) = 0 THEN 1 ELSE 0 END AS is_new,"
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


_CATEGORY_SQL = ("SELECT {month}COALESCE(NULLIF(l.category, ''), '未分类'), SUM(l.amount), SUM(l.quantity)"
                 " FROM sale_line l JOIN sale s ON s.id = l.sale_id"
                 " WHERE s.member_id IS NOT NULL AND s.kind IN ('sale', 'return')"
                 " AND s.sold_at >= ? AND s.sold_at < ? GROUP BY {groups}")


def _category_sales(start: dt.date, end: dt.date) -> dict[str, tuple[int, int]]:
    """Member sales by category: (fen, pieces), net of returns."""
    from vipdesk.reports import memo

    return memo.cached(("category", start, end), lambda: _read_category_sales(start, end))


def _read_category_sales(start: dt.date, end: dt.date) -> dict[str, tuple[int, int]]:
    out = {}
    for cat, amount, qty in _rows(_CATEGORY_SQL.format(month="", groups="1"), [ts(start), ts(end)]):
        out[cat] = (int(amount or 0), int(qty or 0))
    return out


def _prefetch_category_months(months: list[Period]) -> None:
    """Inside an export: the trailing calendar months' category sales in one query grouped by
    month (not one query per month); ``_category_sales`` then answers from the memo."""
    from vipdesk.reports import memo

    if not memo.active() or not months or not all(m.is_month for m in months):
        return
    per: dict[str, dict[str, tuple[int, int]]] = {f"{m.start:%Y-%m}": {} for m in months}
    for ym, cat, amount, qty in _rows(_CATEGORY_SQL.format(month="substr(s.sold_at, 1, 7), ", groups="1, 2"),
                                      [ts(months[0].start), ts(months[-1].end)]):
        if ym in per:
            per[ym][cat] = (int(amount or 0), int(qty or 0))
    for m in months:
        memo.put(("category", m.start, m.end), per[f"{m.start:%Y-%m}"])


def category_mix(p: Period) -> Table:
    if p.is_month:
        _prefetch_category_months(trailing_months(p, 12))  # this month, last month and the trend's
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
    if not (p.is_month and months == 12):  # else category_mix read them already
        _prefetch_category_months(ms)
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


