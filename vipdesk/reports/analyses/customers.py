"""Who the members are: age groups, children, points and tiers (R3, R4, S2)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from vipdesk.model.segmentation.facts import ts
from vipdesk.model.store import settings
from vipdesk.reports.analyses.common import AGE_BANDS, POINTS_BANDS, _iter, _rows
from vipdesk.reports.period import Period
from vipdesk.reports.table import Chart, Column, Table, Text, ratio
from vipdesk.text import tr_noop


def _age(birth_year: int | None, bm: int | None, bd: int | None, on: dt.date) -> int | None:
    if not birth_year:
        return None
    age = on.year - birth_year
    if bm and bd and (on.month, on.day) < (bm, bd):
        age -= 1
    return age


def age_groups(p: Period) -> Table:
    bands = [int(x) for x in settings.get(AGE_BANDS.key)]
    labels = [Text("{n}岁以下", n=bands[0])] \
        + [Text("{a}–{b}岁", a=a, b=b - 1) for a, b in zip(bands, bands[1:], strict=False)] \
        + [Text("{n}岁及以上", n=bands[-1]), "年龄未知"]
    stats: dict[str, list[int]] = {lb: [0, 0, 0, 0, 0] for lb in labels}  # members, buyers, tx, sales, items
    on = p.last_day
    # one streamed pass: each member with her period's sales grouped (no per-member map kept);
    # sales of members enrolled after the period go to 年龄未知, as they always did
    for enrolled, by, bm, bd, lunar, tx, paid, items in _iter(
            "SELECT m.enrolled_on <= ?, m.birth_year, m.birth_month, m.birth_day, m.birthday_lunar, a.tx, a.paid, a.items"
            " FROM member m LEFT JOIN (SELECT member_id, SUM(CASE WHEN kind = 'sale' THEN 1 ELSE 0 END) AS tx,"
            " SUM(paid) AS paid, SUM(CASE WHEN kind = 'sale' THEN items ELSE 0 END) AS items FROM sale"
            " WHERE member_id IS NOT NULL AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?"
            " GROUP BY member_id) a ON a.member_id = m.id WHERE m.enrolled_on <= ? OR a.member_id IS NOT NULL",
            [on.isoformat(), ts(p.start), ts(p.end), on.isoformat()]):
        age = _age(by, None if lunar else bm, None if lunar else bd, on) if enrolled else None
        st = stats[labels[-1] if age is None else labels[sum(1 for b in bands if age >= b)]]
        if enrolled:
            st[0] += 1
        if tx is not None:
            st[2] += tx
            st[3] += paid
            st[4] += items
            if tx:
                st[1] += 1
    total = sum(v[3] for v in stats.values())
    t = Table("age", "年龄段消费", [
        Column("年龄段"), Column("会员数", "int"), Column("消费会员数", "int"), Column("销售额", "money"),
        Column("销售占比", "pct"), Column("客单价", "money"), Column("平均消费频次", "num"), Column("连带率", "num"),
    ])
    for g in labels:
        m, b, tx, sales, items = stats[g]
        t.rows.append([g, m, b, sales, ratio(sales, total), ratio(sales, b), ratio(tx, b), ratio(items, tx)])
    t.notes.append(Text("年龄按期末({on})计算;农历生日只按出生年份计。", on=f"{on:%Y-%m-%d}"))
    kids = _child_age_groups(p)
    if kids is not None:
        t.sections.append(kids)
    return t


CHILD_GROUPS = tr_noop(((1, 3, "1–3岁"), (4, 6, "4–6岁"), (7, 11, "7–11岁"), (12, 200, "12岁及以上")), "reports")


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
    # balances grouped in one pass over the ledger in file order (not one index walk per member),
    # banded in SQL: four rows come back, whatever the number of members (issue 14)
    for band, n in _rows(
            "SELECT CASE WHEN bal <= 0 THEN 0 WHEN bal <= ? THEN 1 WHEN bal <= ? THEN 2 ELSE 3 END, COUNT(*)"
            " FROM (SELECT COALESCE(b.bal, 0) AS bal FROM member m LEFT JOIN (SELECT member_id, SUM(delta) AS bal"
            " FROM points_entry NOT INDEXED WHERE at < ? GROUP BY member_id) b ON b.member_id = m.id"
            " WHERE m.enrolled_on <= ?) GROUP BY 1", [lo, hi, ts(p.end), p.last_day.isoformat()]):
        counts[band] = n
    total = sum(counts)
    labels = ["0分", Text("{a}–{b}分", a=1, b=lo), Text("{a}–{b}分", a=lo + 1, b=hi), Text("{n}分以上", n=hi)]
    t = Table("points", "积分分布", [Column("积分段"), Column("会员数", "int"), Column("占比", "pct")])
    for lb, n in zip(labels, counts, strict=True):
        t.rows.append([lb, n, ratio(n, total)])
    t.rows.append(["合计", total, 1.0 if total else None])
    t.notes.append("按期末可用积分余额(积分流水合计)统计。")
    t.charts.append(Chart("bar", "积分分布(人)", [1], first_row=0, last_row=4))
    return t


def tiers_at(end: dt.datetime) -> dict[int, str]:
    """Each member's tier as it was at ``end`` (from the tier history); read once per export
    (the tier, care and season-top sheets all ask)."""
    from vipdesk.reports import memo

    return memo.cached(("tiers_at", end), lambda: _tiers_at(end))


def _tiers_at(end: dt.datetime) -> dict[int, str]:
    out: dict[int, str] = {}
    names: dict[str, str] = {}  # one string per tier name, not one per member (a million members)
    for mid, tier in _iter("SELECT member_id, new_tier FROM tier_change WHERE at < ? ORDER BY member_id, at, id",
                           [ts(end)]):
        out[mid] = names.setdefault(tier, tier)
    return out


def tier_distribution(p: Period) -> Table:
    from vipdesk.model.loyalty.tiers import tiers as tier_list

    at_end = tiers_at(p.end_dt)
    sales: dict[int, int] = defaultdict(int)
    for mid, paid in _rows("SELECT member_id, SUM(paid) FROM sale WHERE member_id IS NOT NULL"
                           " AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?"
                           " GROUP BY member_id", [ts(p.start), ts(p.end)]):
        sales[mid] = paid
    names = [t.name for t in tier_list()]
    count: dict[str, int] = defaultdict(int)
    amount: dict[str, int] = defaultdict(int)
    total = 0
    for (mid,) in _iter("SELECT id FROM member WHERE enrolled_on <= ?", [p.last_day.isoformat()]):
        tier = at_end.get(mid) or "未定级"
        count[tier] += 1
        amount[tier] += sales.get(mid, 0)
        total += 1
    order = names + sorted(k for k in count if k not in names)
    total_sales = sum(amount.values())
    t = Table("tiers", "等级分布", [Column("等级", user=True), Column("会员数", "int"), Column("占比", "pct"),
                                   Column("本期消费", "money"), Column("消费占比", "pct")])
    for name in order:
        t.rows.append([name, count.get(name, 0), ratio(count.get(name, 0), total), amount.get(name, 0),
                       ratio(amount.get(name, 0), total_sales)])
    t.charts.append(Chart("pie", "会员等级分布", [1], first_row=0))
    return t


# --- segments (S2, S4, S10) and conversions (S11)

