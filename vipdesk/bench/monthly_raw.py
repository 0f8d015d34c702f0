"""The monthly workbook's raw baseline (issue 14): the same tables as ``vipdesk.reports.monthly``
computed with plain ``sqlite3`` set-based SQL, written with openpyxl write-only.

The same reads as vipdesk's (the three whole-shop passes over sales and the points ledger read
the table in file order, ``NOT INDEXED``, as vipdesk's do), so the ratio measures vipdesk's own
overhead.  Independent of vipdesk's report code: only configuration (read untimed in ``setup``), label
formatting helpers and the pure classification rules (segment bounds/classes, the shop's round
ticket bands, phone masking) come from vipdesk.  Both sides return ``digest(tables)``: a hash of
every cell of every data sheet, so the bench proves the same rows and totals.  Not reimplemented
(left out of both digests, measured at ~0.01 s on vipdesk's side at 100k/1M): the survey and
lapse-reason sheets and the constant definitions sheet.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

from vipdesk.bench.monthly_check import (  # noqa: F401 - the bench task and tests use them from here
    DIGESTED,
    Conf,
    digest_report,
    digest_tables,
    read_conf,
    report_rows,
)

NONE_TIER = "未定级"


# --- helpers ---------------------------------------------------------------------------------------

def _ts(d: dt.date | dt.datetime) -> str:
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    return f"{d:%Y-%m-%d %H:%M:%S}"


def _ratio(a: Any, b: Any) -> float | None:
    return None if a is None or not b else a / b


def _change(cur: Any, old: Any) -> float | None:
    return None if cur is None or old is None or old == 0 else (cur - old) / abs(old)


def _months_back(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 - n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    last = (dt.date(y + (m + 1 == 12), (m + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m + 1, min(d.day, last))


def _yuan(fen: int) -> str:
    return f"{fen / 100:,.0f}元"


def _bands(con: sqlite3.Connection, conf: Conf, end: dt.datetime, pcts: tuple[int, ...], days: int = 365) -> list[int]:
    """The shop's round ticket bands: nearest-rank percentiles of the window's sale tickets."""
    from vipdesk.reports.analyses.common import _next_nice, nice_fen

    if conf.fixed_spend_bands:
        vals = sorted(conf.fixed_spend_bands)
        return (vals + [vals[-1] * 2] * len(pcts))[:len(pcts)] if len(vals) < len(pcts) else vals[:len(pcts)]
    tickets = [p for (p,) in con.execute(
        "SELECT paid FROM sale WHERE kind = 'sale' AND paid > 0 AND sold_at >= ? AND sold_at < ? ORDER BY paid",
        (_ts(end - dt.timedelta(days=days)), _ts(end)))] or [25000, 50000]
    out: list[int] = []
    for pct in pcts:
        v = tickets[max(1, math.ceil(pct / 100 * len(tickets))) - 1]
        b = nice_fen(v)
        if out and b <= out[-1]:
            b = _next_nice(out[-1])
        out.append(b)
    return out


# --- the sheets ------------------------------------------------------------------------------------

Rows = list[list[Any]]


def _overview_and_trend(con: sqlite3.Connection, conf: Conf, start: dt.date) -> tuple[Rows, Rows]:
    from vipdesk.formatting import format_year_month

    months = [_months_back(start, k) for k in range(11, -1, -1)]  # the trend's 12 months, oldest first
    ly = _add_months(start, -12)
    firsts = months + ([ly] if ly not in months else [])
    per: dict[str, dict[str, Any]] = {f"{m:%Y-%m}": defaultdict(int) for m in firsts}
    lo_ts, hi_ts = _ts(min(firsts)), _ts(_add_months(start, 1))
    for ym, buying, tx, items, msales, total in con.execute(
            "SELECT substr(sold_at, 1, 7), COUNT(DISTINCT CASE WHEN kind = 'sale' THEN member_id END),"
            " COALESCE(SUM(kind = 'sale' AND member_id IS NOT NULL), 0),"
            " COALESCE(SUM(CASE WHEN kind = 'sale' AND member_id IS NOT NULL THEN items END), 0),"
            " COALESCE(SUM(CASE WHEN member_id IS NOT NULL THEN paid END), 0), COALESCE(SUM(paid), 0)"
            " FROM sale WHERE kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ? GROUP BY 1", (lo_ts, hi_ts)):
        if ym in per:
            per[ym].update(buying=buying, tx=tx, items=items, msales=msales, total=total)
    three = [start, _add_months(start, -1), ly]
    cols = []
    for f in three:
        last = _add_months(f, 1) - dt.timedelta(days=1)
        cols += [f"SUM(enrolled_on < '{f}')", f"SUM(enrolled_on <= '{last}')",
                 f"SUM(enrolled_on >= '{f}' AND enrolled_on <= '{last}' AND IFNULL(enrolled_unknown, 0) = 0)",
                 f"SUM(imported_on >= '{f}' AND imported_on <= '{last}' AND IFNULL(enrolled_unknown, 0) = 1)"]
    counts = con.execute(f"SELECT {', '.join(cols)} FROM member").fetchone()
    new_by_month = dict(con.execute(
        "SELECT substr(enrolled_on, 1, 7), COUNT(*) FROM member WHERE enrolled_on >= ? AND enrolled_on < ?"
        " AND IFNULL(enrolled_unknown, 0) = 0 GROUP BY 1", (min(firsts).isoformat(), _add_months(start, 1).isoformat())))
    # lifetime KPIs of the three periods in one pass: effective members (2+ purchases before the
    # period's end) and dead cards (seasoned members without a purchase in the 12 months before it)
    ends = [_add_months(f, 1) for f in three]
    yas = [_add_months(e, -12) for e in ends]
    flags = ", ".join(f"COUNT(CASE WHEN sold_at < '{_ts(e)}' THEN 1 END) AS n{i},"
                      f" MAX(sold_at >= '{_ts(y)}' AND sold_at < '{_ts(e)}') AS h{i}"
                      for i, (e, y) in enumerate(zip(ends, yas, strict=True)))
    outer = ", ".join(f"COALESCE(SUM(a.n{i} >= 2), 0), SUM(m.enrolled_on < '{y}'),"
                      f" SUM(m.enrolled_on < '{y}' AND IFNULL(a.h{i}, 0) = 0)" for i, y in enumerate(yas))
    life = con.execute(
        f"SELECT {outer} FROM member m LEFT JOIN (SELECT member_id, {flags} FROM sale NOT INDEXED WHERE kind = 'sale'"
        f" AND member_id IS NOT NULL AND sold_at < ? GROUP BY member_id) a ON a.member_id = m.id",
        (_ts(max(ends)),)).fetchone()
    kpis = []
    for i, f in enumerate(three):
        bs, be, new, imported = (counts[4 * i + k] or 0 for k in range(4))
        d = per[f"{f:%Y-%m}"]
        buying, tx, items, ms, total = d["buying"], d["tx"], d["items"], d["msales"], d["total"]
        eff, seasoned, dead = (life[3 * i + k] or 0 for k in range(3))
        k = {"base_start": bs, "base_end": be, "new_members": new, "growth": _ratio(new, bs), "buying_members": buying,
             "buying_share": _ratio(buying, be), "member_sales": ms, "total_sales": total,
             "member_share": _ratio(ms, total), "transactions": tx, "avg_ticket": _ratio(ms, buying),
             "avg_per_transaction": _ratio(ms, tx), "frequency": _ratio(tx, buying),
             "items_per_ticket": _ratio(items, tx), "effective_members": eff, "effective_share": _ratio(eff, be),
             "dead_cards": dead, "dead_card_rate": _ratio(dead, seasoned), "imported": imported}
        kpis.append(k)
    cur, prev, last = kpis
    overview: Rows = []
    for attr, label, kind, _ in conf.kpi_rows:
        a, b, c = cur[attr], prev[attr], last[attr]
        rel = kind != "pct"
        overview.append([label, a, b, _change(a, b) if rel else None, c, _change(a, c) if rel else None])
    a, b, c = cur["imported"], prev["imported"], last["imported"]
    overview.append(["导入会员(入会日期不详)", a, b, _change(a, b), c, _change(a, c)])
    trend: Rows = []
    for m in months:
        d = per[f"{m:%Y-%m}"]
        trend.append([format_year_month(m.year, m.month), new_by_month.get(f"{m:%Y-%m}", 0), d["buying"], d["msales"],
                      d["total"], _ratio(d["msales"], d["total"]), _ratio(d["msales"], d["buying"])])
    return overview, trend


def _new_old(con: sqlite3.Connection, start: dt.date, s: str, e: str) -> Rows:
    by = {}
    for is_new, buyers, tx, sales, items in con.execute(
            "SELECT m.enrolled_on >= ? AND IFNULL(m.enrolled_unknown, 0) = 0, COUNT(DISTINCT CASE WHEN s.kind = 'sale'"
            " THEN s.member_id END), COALESCE(SUM(s.kind = 'sale'), 0), COALESCE(SUM(s.paid), 0),"
            " COALESCE(SUM(CASE WHEN s.kind = 'sale' THEN s.items END), 0)"
            " FROM sale s JOIN member m ON m.id = s.member_id WHERE s.kind IN ('sale', 'return')"
            " AND s.sold_at >= ? AND s.sold_at < ? GROUP BY 1", (start.isoformat(), s, e)):
        by[is_new] = (buyers, tx, sales, items)
    total = sum(v[2] for v in by.values())
    rows: Rows = []
    for key, label in ((1, "新会员(本期入会)"), (0, "老会员")):
        b, tx, sales, items = by.get(key, (0, 0, 0, 0))
        rows.append([label, b, tx, sales, _ratio(sales, total), _ratio(sales, b), _ratio(items, tx)])
    b, tx = rows[0][1] + rows[1][1], rows[0][2] + rows[1][2]
    items = sum(v[3] for v in by.values())
    rows.append(["合计", b, tx, total, 1.0 if total else None, _ratio(total, b), _ratio(items, tx)])
    return rows


def _categories(con: sqlite3.Connection, start: dt.date) -> tuple[Rows, Rows, list[str]]:
    from vipdesk.formatting import format_year_month

    months = [_months_back(start, k) for k in range(11, -1, -1)]
    ly = _add_months(start, -12)
    per: dict[str, dict[str, tuple[int, int]]] = {f"{m:%Y-%m}": {} for m in [ly, *months]}
    for lo, hi in ((months[0], _add_months(start, 1)), (ly, _add_months(ly, 1))):
        for ym, cat, amount, qty in con.execute(
                "SELECT substr(s.sold_at, 1, 7), COALESCE(NULLIF(l.category, ''), '未分类'), SUM(l.amount),"
                " SUM(l.quantity) FROM sale s JOIN sale_line l ON l.sale_id = s.id WHERE s.member_id IS NOT NULL"
                " AND s.kind IN ('sale', 'return') AND s.sold_at >= ? AND s.sold_at < ? GROUP BY 1, 2",
                (_ts(lo), _ts(hi))):
            per[ym][cat] = (int(amount or 0), int(qty or 0))
    cur, prev, last = per[f"{start:%Y-%m}"], per[f"{_add_months(start, -1):%Y-%m}"], per[f"{ly:%Y-%m}"]
    total = sum(v[0] for v in cur.values())
    mix: Rows = []
    for cat in sorted(cur, key=lambda c: -cur[c][0]):
        amount, qty = cur[cat]
        pa, pq = prev.get(cat, (0, 0))
        la, lq = last.get(cat, (0, 0))
        mix.append([cat, qty, amount, _ratio(amount, total), _ratio(amount, qty), _ratio(pa, pq), _ratio(la, lq)])
    ds = [per[f"{m:%Y-%m}"] for m in months]
    cats = sorted({c for d in ds for c in d}, key=lambda c: -sum(d.get(c, (0, 0))[0] for d in ds))
    trend = [[format_year_month(m.year, m.month)] + [d.get(c, (0, 0))[0] for c in cats]
             for m, d in zip(months, ds, strict=True)]
    return mix, trend, cats


def _age(by: int | None, bm: int | None, bd: int | None, on: dt.date) -> int | None:
    if not by:
        return None
    return on.year - by - (1 if bm and bd and (on.month, on.day) < (bm, bd) else 0)


def _ages(con: sqlite3.Connection, conf: Conf, last_day: dt.date, s: str, e: str) -> tuple[Rows, Rows | None]:
    bands = conf.age_bands
    labels = [f"{bands[0]}岁以下"] + [f"{a}–{b - 1}岁" for a, b in zip(bands, bands[1:], strict=False)] \
        + [f"{bands[-1]}岁及以上", "年龄未知"]
    stats = {lb: [0, 0, 0, 0, 0] for lb in labels}  # members, buyers, tx, sales, items
    group: dict[int, str] = {}
    for mid, by, bm, bd, lunar in con.execute(
            "SELECT id, birth_year, birth_month, birth_day, birthday_lunar FROM member WHERE enrolled_on <= ?",
            (last_day.isoformat(),)):
        age = _age(by, None if lunar else bm, None if lunar else bd, last_day)
        g = labels[-1] if age is None else labels[sum(1 for b in bands if age >= b)]
        group[mid] = g
        stats[g][0] += 1
    spend: dict[int, int] = {}
    buyers: set[int] = set()
    for mid, tx, paid, items in con.execute(
            "SELECT member_id, SUM(kind = 'sale'), SUM(paid), SUM(CASE WHEN kind = 'sale' THEN items ELSE 0 END)"
            " FROM sale WHERE member_id IS NOT NULL AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?"
            " GROUP BY member_id", (s, e)):
        st = stats[group.get(mid, labels[-1])]
        st[2] += tx
        st[3] += paid
        st[4] += items
        spend[mid] = paid
        if tx:
            st[1] += 1
            buyers.add(mid)
    total = sum(v[3] for v in stats.values())
    rows = [[g, m, b, sales, _ratio(sales, total), _ratio(sales, b), _ratio(tx, b), _ratio(items, tx)]
            for g, (m, b, tx, sales, items) in stats.items()]
    kids = con.execute("SELECT member_id, birth_year, birth_month, birth_day, birthday_lunar FROM child").fetchall()
    if not kids:
        return rows, None
    from vipdesk.reports.analyses.customers import CHILD_GROUPS

    parents: dict[str, set[int]] = defaultdict(set)
    children: dict[str, int] = defaultdict(int)
    for mid, by, bm, bd, lunar in kids:
        age = _age(by, None if lunar else bm, None if lunar else bd, last_day)
        label = next((lb for lo, hi, lb in CHILD_GROUPS if age is not None and lo <= age <= hi),
                     "年龄未知" if age is None else "1岁以下")
        parents[label].add(mid)
        children[label] += 1
    child_rows: Rows = []
    for label in ["1岁以下"] + [g[2] for g in CHILD_GROUPS] + ["年龄未知"]:
        if label in children:
            ms = parents[label]
            b = len(ms & buyers)
            total_k = sum(spend.get(m, 0) for m in ms)
            child_rows.append([label, children[label], len(ms), b, total_k, _ratio(total_k, b)])
    return rows, child_rows


def _points(con: sqlite3.Connection, conf: Conf, last_day: dt.date, e: str) -> Rows:
    lo, hi = conf.points_bands
    counts = dict(con.execute(
        "SELECT CASE WHEN bal <= 0 THEN 0 WHEN bal <= ? THEN 1 WHEN bal <= ? THEN 2 ELSE 3 END, COUNT(*)"
        " FROM (SELECT COALESCE(p.bal, 0) AS bal FROM member m LEFT JOIN (SELECT member_id, SUM(delta) AS bal"
        " FROM points_entry NOT INDEXED WHERE at < ? GROUP BY member_id) p ON p.member_id = m.id WHERE m.enrolled_on <= ?)"
        " GROUP BY 1", (lo, hi, e, last_day.isoformat())))
    n = [counts.get(k, 0) for k in range(4)]
    total = sum(n)
    labels = ["0分", f"1–{lo}分", f"{lo + 1}–{hi}分", f"{hi}分以上"]
    return [[lb, c, _ratio(c, total)] for lb, c in zip(labels, n, strict=True)] + [["合计", total, 1.0 if total else None]]


TIER_AT = ("CREATE TEMP TABLE tier_at (member_id INTEGER PRIMARY KEY, tier TEXT);"
           " INSERT INTO tier_at SELECT member_id, new_tier FROM (SELECT member_id, new_tier, ROW_NUMBER() OVER"
           " (PARTITION BY member_id ORDER BY at DESC, id DESC) AS rn FROM tier_change WHERE at < '{e}') WHERE rn = 1;")
TIER = f"COALESCE(NULLIF(t.tier, ''), '{NONE_TIER}')"


def _tiers(con: sqlite3.Connection, conf: Conf, last_day: dt.date, s: str, e: str) -> Rows:
    count, amount = {}, {}
    for tier, n, paid in con.execute(
            f"SELECT {TIER}, COUNT(*), COALESCE(SUM(x.paid), 0) FROM member m LEFT JOIN tier_at t ON t.member_id = m.id"
            " LEFT JOIN (SELECT member_id, SUM(paid) AS paid FROM sale WHERE member_id IS NOT NULL AND kind IN"
            " ('sale', 'return') AND sold_at >= ? AND sold_at < ? GROUP BY member_id) x ON x.member_id = m.id"
            " WHERE m.enrolled_on <= ? GROUP BY 1", (s, e, last_day.isoformat())):
        count[tier], amount[tier] = n, paid
    total, total_sales = sum(count.values()), sum(amount.values())
    order = conf.tier_names + sorted(k for k in count if k not in conf.tier_names)
    return [[t, count.get(t, 0), _ratio(count.get(t, 0), total), amount.get(t, 0), _ratio(amount.get(t, 0), total_sales)]
            for t in order]


def _segments_and_conversions(con: sqlite3.Connection, conf: Conf, end: dt.datetime) -> tuple[Rows, list, Rows]:
    from vipdesk.model.segmentation.classify import BEHAVIOURS, GRID, PYRAMID, classify, derive_bounds
    from vipdesk.model.segmentation.facts import MemberFacts

    cfg = conf.seg
    w = cfg.window_days
    mid_point = end - dt.timedelta(days=w)
    old_start = mid_point - dt.timedelta(days=w)
    cut_cur = (end - dt.timedelta(seconds=1)).date().isoformat()
    cut_old = (mid_point - dt.timedelta(seconds=1)).date().isoformat()
    cur: list[tuple[int, int, int, int]] = []  # (member, purchases ever, in the window, spend there)
    old: list[tuple[int, int, int]] = []  # (member, purchases in the old window, spend there) of old members
    cur_by: dict[int, tuple[int, int]] = {}
    for mid, enrolled, n_all, n_cur, s_cur, any_old, n_old, s_old in con.execute(
            "SELECT m.id, m.enrolled_on, a.n_all, a.n_cur, a.s_cur, a.any_old, a.n_old, a.s_old FROM member m"
            " LEFT JOIN (SELECT member_id, SUM(kind = 'sale') AS n_all, SUM(kind = 'sale' AND sold_at >= :mid) AS n_cur,"
            " SUM(CASE WHEN sold_at >= :mid THEN paid ELSE 0 END) AS s_cur, MAX(sold_at < :mid) AS any_old,"
            " SUM(kind = 'sale' AND sold_at >= :old AND sold_at < :mid) AS n_old,"
            " SUM(CASE WHEN sold_at >= :old AND sold_at < :mid THEN paid ELSE 0 END) AS s_old"
            " FROM sale NOT INDEXED WHERE member_id IS NOT NULL AND kind IN ('sale', 'return') AND sold_at < :end"
            " GROUP BY member_id) a ON a.member_id = m.id",
            {"mid": _ts(mid_point), "old": _ts(old_start), "end": _ts(end)}):
        if n_all is None and str(enrolled)[:10] > cut_cur:
            continue
        if n_all:
            cur.append((mid, n_all, n_cur, s_cur))
        if n_cur or s_cur:
            cur_by[mid] = (n_cur or 0, s_cur or 0)
        if any_old or str(enrolled)[:10] <= cut_old:
            old.append((mid, n_old or 0, s_old or 0))
    # the classes the sheet shows (S2, S4, S10) depend on the window's buyers' bounds only
    b = derive_bounds({m: MemberFacts(m, None, purchases=n, purchases_win=pw, spend_win=sp)
                       for m, n, pw, sp in cur if pw > 0}, end, cfg)
    segs = [classify(MemberFacts(m, None, purchases=n, purchases_win=pw, spend_win=sp), b, cfg, end)
            for m, n, pw, sp in cur]
    total_spend = sum(max(s.spend_win, 0) for s in segs)

    def counts(attr: str, names: tuple[str, ...]) -> Rows:
        tally: dict[str, list[int]] = {}
        for s in segs:
            name = getattr(s, attr)
            if name:
                c = tally.setdefault(name, [0, 0])
                c[0] += 1
                c[1] += max(s.spend_win, 0)
        pop = sum(c[0] for c in tally.values())
        return [[name, n, _ratio(n, pop), spend, _ratio(spend, total_spend)]
                for name, (n, spend) in ((x, tally.get(x, (0, 0))) for x in names)]

    main, pyr, grid = counts("behaviour", BEHAVIOURS), counts("pyramid", PYRAMID), counts("grid", GRID)
    ab, ab_spend = pyr[0][1] + pyr[1][1], pyr[0][3] + pyr[1][3]
    pyr.append(["A+B 合计", ab, _ratio(ab, sum(r[1] for r in pyr)), ab_spend, _ratio(ab_spend, total_spend)])
    fb = list(cfg.grid_freq_bounds)
    tb = _bands(con, conf, end, (25, 50, 75, 90))
    flabels = [f"{a}次" if b2 - a == 1 else f"{a}–{b2 - 1}次" for a, b2 in zip(fb, fb[1:], strict=False)] + [f"{fb[-1]}次及以上"]
    tlabels = [f"{_yuan(tb[0])}以下"] + [f"{a // 100:,}–{_yuan(b2)}" for a, b2 in zip(tb, tb[1:], strict=False)] \
        + [f"{_yuan(tb[-1])}及以上"]
    matrix = [[0] * len(tlabels) for _ in flabels]
    for s in segs:
        if s.purchases_win > 0:
            matrix[sum(1 for x in fb if s.purchases_win >= x) - 1][sum(1 for x in tb if s.avg_ticket_win >= x)] += 1
    grid_rows = [[lb] + r for lb, r in zip(flabels, matrix, strict=True)]
    # conversions (S11): old window's band → this window's target band
    lo, hi = _bands(con, conf, mid_point, (50, 80), w)

    def avg(n: int, spend: int) -> float:
        return max(spend, 0) / n if n else 0.0

    t0, t1, t2, t3 = cfg.conversion_targets_pct
    rules = [("购买频次 0–1次 → 2次以上", lambda n, sp: n <= 1, lambda n, sp: n >= 2, t0),
             ("购买频次 2–4次 → 5次以上", lambda n, sp: 2 <= n <= 4, lambda n, sp: n >= 5, t1),
             (f"客单价 {_yuan(lo)}以下 → {_yuan(lo)}以上", lambda n, sp: n and avg(n, sp) < lo,
              lambda n, sp: n > 0 and avg(n, sp) >= lo, t2),
             (f"客单价 {lo // 100:,}–{_yuan(hi)} → {_yuan(hi)}以上", lambda n, sp: n and lo <= avg(n, sp) < hi,
              lambda n, sp: n > 0 and avg(n, sp) >= hi, t3)]
    conv: Rows = []
    for label, in_base, reached, target in rules:
        base = [mid for mid, n, sp in old if in_base(n, sp)]
        hit = sum(1 for mid in base if reached(*cur_by.get(mid, (0, 0))))
        r = _ratio(hit, len(base))
        conv.append([label, len(base), hit, r, target / 100, None if r is None else r - target / 100])
    return main, [("pyramid", pyr), ("grid", grid), ("grid_matrix", grid_rows)], conv


def _staff(con: sqlite3.Connection, ds: str, de: str, s: str, e: str) -> Rows:
    staff = con.execute("SELECT id, name FROM staff ORDER BY id").fetchall()
    known = " AND IFNULL(enrolled_unknown, 0) = 0"
    new, referred = {}, {}
    for clerk, n, ref in con.execute(
            "SELECT clerk_id, COUNT(*), SUM(referred_by_id IS NOT NULL) FROM member WHERE enrolled_on >= ?"
            " AND enrolled_on <= ?" + known + " GROUP BY clerk_id", (ds, de)):
        new[clerk] = n
        if ref:
            referred[clerk] = ref
    cards = {r[0]: r[1:] for r in con.execute(
        "SELECT clerk_id, SUM(price > 0), SUM(price = 0) FROM card WHERE issued_on >= ? AND issued_on <= ?"
        " GROUP BY clerk_id", (ds, de))}
    contacts = dict(con.execute("SELECT clerk_id, COUNT(*) FROM contact WHERE at >= ? AND at < ? GROUP BY clerk_id", (s, e)))
    tickets, net = {}, {}
    for clerk, tx, items, paid, netp in con.execute(
            "SELECT clerk_id, SUM(kind = 'sale'), SUM(CASE WHEN kind = 'sale' THEN items END),"
            " SUM(CASE WHEN kind = 'sale' THEN paid END), SUM(paid) FROM sale WHERE kind IN ('sale', 'return')"
            " AND sold_at >= ? AND sold_at < ? GROUP BY clerk_id", (s, e)):
        if tx:
            tickets[clerk] = (tx, items, paid)
        net[clerk] = netp
    ret = {clerk: (served, back) for clerk, served, back in con.execute(
        "SELECT clerk_id, COUNT(*), SUM(back) FROM (SELECT DISTINCT s.clerk_id, s.member_id, EXISTS (SELECT 1 FROM sale o"
        " WHERE o.member_id = s.member_id AND o.kind = 'sale' AND o.sold_at < ?) AS back FROM sale s"
        " WHERE s.kind = 'sale' AND s.member_id IS NOT NULL AND s.sold_at >= ? AND s.sold_at < ?) GROUP BY clerk_id",
        (s, s, e))}
    ids: list[Any] = [sid for sid, _ in staff]
    names: dict[Any, str] = dict(staff)
    if any(k is None for k in list(new) + list(tickets) + list(cards)):
        ids.append(None)
        names[None] = "(未指定导购)"
    rows: Rows = []
    for sid in ids:
        tx, items, paid = tickets.get(sid, (0, 0, 0))
        sold, free = cards.get(sid, (0, 0))
        served, back = ret.get(sid, (0, 0))
        row = [names[sid], new.get(sid, 0), sold or 0, free or 0, contacts.get(sid, 0), tx, net.get(sid, 0),
               _ratio(back, served), _ratio(referred.get(sid, 0), new.get(sid, 0)), _ratio(items, tx), _ratio(paid, tx)]
        if sid is not None or any(row[1:7]):
            rows.append(row)
    return rows


def _care(con: sqlite3.Connection, conf: Conf, ds: str, de: str, s: str, e: str) -> Rows:
    agg: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for tier, n in con.execute(f"SELECT {TIER}, COUNT(*) FROM member m LEFT JOIN tier_at t ON t.member_id = m.id"
                               " WHERE m.enrolled_on <= ? GROUP BY 1", (de,)):
        agg[tier]["members"] += n
    for tier, n, paid_calls in con.execute(
            f"SELECT {TIER}, COUNT(*), SUM(c.channel IN ('call', 'visit')) FROM contact c"
            " LEFT JOIN tier_at t ON t.member_id = c.member_id WHERE c.at >= ? AND c.at < ? GROUP BY 1", (s, e)):
        agg[tier]["contacts"] += n
        agg[tier]["cost"] += paid_calls * conf.per_call + (n - paid_calls) * conf.per_msg
    for tier, v in con.execute(
            f"SELECT {TIER}, SUM(COALESCE(NULLIF(x.amount, 0), x.face, 0)) FROM (SELECT v.member_id, SUM(ev.amount)"
            " AS amount, SUM(v.value) AS face FROM voucher_event ev JOIN voucher v ON v.id = ev.voucher_id"
            " WHERE ev.kind = 'redeem' AND ev.at >= ? AND ev.at < ? GROUP BY v.member_id) x"
            " LEFT JOIN tier_at t ON t.member_id = x.member_id GROUP BY 1", (s, e)):
        agg[tier]["vouchers"] += int(v or 0)
    for tier, n in con.execute(f"SELECT {TIER}, COUNT(*) FROM gift_redemption g LEFT JOIN tier_at t"
                               " ON t.member_id = g.member_id WHERE g.at >= ? AND g.at < ? GROUP BY 1", (s, e)):
        agg[tier]["gifts"] += n
    buyers: dict[str, int] = {}
    for tier, paid, b in con.execute(
            f"SELECT {TIER}, SUM(x.paid), SUM(x.n > 0) FROM (SELECT member_id, SUM(paid) AS paid, SUM(kind = 'sale') AS n"
            " FROM sale WHERE member_id IS NOT NULL AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?"
            " GROUP BY member_id) x LEFT JOIN tier_at t ON t.member_id = x.member_id GROUP BY 1", (s, e)):
        agg[tier]["sales"] += paid
        buyers[tier] = b
    for tier, n in con.execute(
            f"SELECT {TIER}, COUNT(*) FROM member r LEFT JOIN tier_at t ON t.member_id = r.referred_by_id"
            " WHERE r.referred_by_id IS NOT NULL AND r.enrolled_on >= ? AND r.enrolled_on <= ? GROUP BY 1", (ds, de)):
        agg[tier]["referrals"] += n
    rows: Rows = []
    for tier in conf.tier_names + sorted(k for k in agg if k not in conf.tier_names):
        a = agg.get(tier)
        if a is None:
            continue
        cost = a["cost"] + a["vouchers"]
        rows.append([tier, a["members"], a["contacts"], a["cost"], a["vouchers"], a["gifts"], cost, a["referrals"],
                     _ratio(buyers.get(tier, 0), a["members"]), a["sales"], _ratio(a["sales"], cost)])
    return rows


def _liability(con: sqlite3.Connection, s: str, e: str) -> Rows:
    opening, = con.execute("SELECT COALESCE(SUM(delta), 0) FROM points_entry WHERE at < ?", (s,)).fetchone()
    issued = imported = redeemed = expired = reversed_ = other = 0
    for kind, pos, neg in con.execute(
            "SELECT kind, SUM(MAX(delta, 0)), SUM(MAX(-delta, 0)) FROM points_entry WHERE at >= ? AND at < ? GROUP BY kind",
            (s, e)):
        if kind == "import":
            imported += pos
        else:
            issued += pos
        if kind in ("redeem", "convert"):
            redeemed += neg
        elif kind == "expire":
            expired += neg
        elif kind == "reverse":
            reversed_ += neg
        else:
            other += neg
    closing = opening + imported + issued - redeemed - expired - reversed_ - other
    rows: Rows = [["期初积分余额", opening, None], ["本期导入的期初积分(导入会员原有积分)", imported, None],
                  ["本期发放积分", issued, None], ["本期兑换积分(礼品/代金券)", redeemed, None], ["本期过期积分", expired, None],
                  ["本期退货扣回积分", reversed_, None], ["本期其他扣减", other, None], ["期末积分余额(未兑付)", closing, None]]
    (ni, vi), = con.execute("SELECT COUNT(*), COALESCE(SUM(value), 0) FROM voucher WHERE created_at >= ? AND created_at < ?",
                            (s, e)).fetchall()
    used = {k: (n, v) for k, n, v in con.execute(
        "SELECT ev.kind, COUNT(*), COALESCE(SUM(v.value), 0) FROM voucher_event ev JOIN voucher v ON v.id = ev.voucher_id"
        " WHERE ev.kind IN ('redeem', 'expire') AND ev.at >= ? AND ev.at < ? GROUP BY ev.kind", (s, e))}
    (no, vo), = con.execute(
        "SELECT COUNT(*), COALESCE(SUM(v.value), 0) FROM voucher v LEFT JOIN (SELECT DISTINCT voucher_id FROM voucher_event"
        " WHERE kind != 'issue' AND at < ?) x ON x.voucher_id = v.id WHERE v.created_at < ? AND x.voucher_id IS NULL",
        (e, e)).fetchall()
    rows += [["本期发放代金券", ni, vi], ["本期使用代金券", *used.get("redeem", (0, 0))],
             ["本期过期代金券", *used.get("expire", (0, 0))], ["期末未使用代金券", no, vo]]
    bal, holders = con.execute("SELECT COALESCE(SUM(delta), 0), COUNT(DISTINCT member_id) FROM stored_value_entry"
                               " WHERE at < ?", (e,)).fetchone()
    top = con.execute("SELECT COUNT(*), COALESCE(SUM(delta), 0) FROM stored_value_entry WHERE kind IN ('topup', 'bonus')"
                      " AND at >= ? AND at < ?", (s, e)).fetchone()
    pay = con.execute("SELECT COUNT(*), COALESCE(-SUM(delta), 0) FROM stored_value_entry WHERE kind = 'pay'"
                      " AND at >= ? AND at < ?", (s, e)).fetchone()
    if holders or top[0] or pay[0]:
        rows += [["本期储值充值(含赠送)", *top], ["本期储值消费", *pay], ["期末储值余额", holders, bal]]
    return rows


def _top(con: sqlite3.Connection, conf: Conf, start: dt.date, last_day: dt.date, e: str) -> Rows:
    from vipdesk.model.members.phone import mask_phone

    first = dt.date(last_day.year - (last_day.month < 3), 12, 1) if last_day.month in (1, 2, 12) \
        else dt.date(last_day.year, (last_day.month // 3) * 3, 1)
    rows: Rows = []
    for i, (nm, phone, card, clerk, spend, tx, last, tier) in enumerate(con.execute(
            "SELECT m.name, m.phone, m.card_no, st.name, x.spend, x.tx, x.last, t.tier FROM (SELECT member_id,"
            " SUM(paid) AS spend, SUM(kind = 'sale') AS tx, MAX(sold_at) AS last FROM sale WHERE kind IN ('sale', 'return')"
            " AND member_id IS NOT NULL AND sold_at >= ? AND sold_at < ? GROUP BY member_id HAVING spend > 0"
            " ORDER BY spend DESC, member_id LIMIT ?) x JOIN member m ON m.id = x.member_id"
            " LEFT JOIN staff st ON st.id = m.clerk_id LEFT JOIN tier_at t ON t.member_id = x.member_id"
            " ORDER BY x.spend DESC, x.member_id", (_ts(min(first, start)), e, conf.top_n)), 1):
        rows.append([i, nm, mask_phone(phone), card or "", tier or "", clerk or "", spend, tx,
                     dt.date.fromisoformat(str(last)[:10]) if last else None])
    return rows


# --- the run ---------------------------------------------------------------------------------------

HEADERS = {"overview": ["指标", "本月", "上月", "环比", "去年同月", "同比"],
           "trend": ["月份", "新增会员", "消费会员", "会员销售额", "总销售额", "会员销售占比", "客单价"]}


def run(con: sqlite3.Connection, conf: Conf, start: dt.date, out: Path) -> list[list[str]]:
    """Compute every digested sheet of the month starting ``start`` and write them write-only."""
    from openpyxl import Workbook

    end_d = _add_months(start, 1)
    last_day = end_d - dt.timedelta(days=1)
    s, e = _ts(start), _ts(end_d)
    ds, de = start.isoformat(), last_day.isoformat()
    end = dt.datetime(end_d.year, end_d.month, end_d.day)
    con.execute("DROP TABLE IF EXISTS temp.tier_at")
    con.executescript(TIER_AT.format(e=e))
    overview, trend = _overview_and_trend(con, conf, start)
    mix, ctrend, _cats = _categories(con, start)
    ages, kids = _ages(con, conf, last_day, s, e)
    seg, seg_secs, conv = _segments_and_conversions(con, conf, end)
    tables: list[tuple[str, Rows, list[tuple[str, Rows]]]] = [
        ("overview", overview, []), ("trend", trend, []), ("new_old", _new_old(con, start, s, e), []),
        ("category", mix, []), ("category_trend", ctrend, []),
        ("age", ages, [("child_age", kids)] if kids is not None else []),
        ("points", _points(con, conf, last_day, e), []), ("tiers", _tiers(con, conf, last_day, s, e), []),
        ("segments", seg, seg_secs), ("conversion", conv, []), ("staff", _staff(con, ds, de, s, e), []),
        ("care", _care(con, conf, ds, de, s, e), []), ("liability", _liability(con, s, e), []),
        ("top", _top(con, conf, start, last_day, e), []),
    ]
    con.execute("DROP TABLE temp.tier_at")
    wb = Workbook(write_only=True)
    for key, rows, secs in tables:
        ws = wb.create_sheet(key)
        ws.append([f"{key} {start:%Y-%m}"])
        ws.append(HEADERS.get(key, [key]))
        for part in [rows] + [r for _k, r in secs]:
            for r in part:
                ws.append(r)
            ws.append([])
    wb.save(out)
    return digest_tables(tables)
