"""In-process bench tasks: each has a vipdesk side and a raw side returning comparable results.

A side is ``setup(ctx) -> state`` (untimed) and ``run(state) -> result`` (timed, repeated).
Raw sides use only the standard sqlite3 module (and openpyxl write-only / python-calamine
for Excel), doing the same reads and writes vipdesk does, so the ratio measures vipdesk's
own overhead.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Ctx = dict[str, Any]


@dataclass
class Side:
    setup: Callable[[Ctx], Any]
    run: Callable[[Any], Any]


def _open(path: str) -> None:
    from vipdesk.model.store.db import open_database

    open_database(Path(path))


def _raw(path: str) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    return con


def _probe_member(path: str) -> dict[str, Any]:
    """A regular member with a long history and no birthday this month (no birthday pricing)."""
    con = sqlite3.connect(path)
    month = dt.date.today().month
    row = con.execute(
        "SELECT m.id, m.phone, m.card_no, m.name, m.py_initials, m.py_full, m.clerk_id, m.tier FROM member m"
        " WHERE m.status = 'active' AND m.card_no IS NOT NULL AND m.birthday_lunar = 0"
        " AND (m.birth_month IS NULL OR m.birth_month != ?) AND m.purchase_count > 0 AND m.clerk_id IS NOT NULL"
        " ORDER BY m.purchase_count DESC LIMIT 1", (month,)).fetchone()
    con.close()
    keys = ("id", "phone", "card_no", "name", "py_initials", "py_full", "clerk_id", "tier")
    return dict(zip(keys, row, strict=True))


# --- one counter sale (points, tier, vouchers checked) ------------------------------------

LINE = {"style_code": "BENCH-001", "category": "上衣", "size": "M", "unit_price": 39900, "quantity": 2,
        "discount": 1000}


def _sale_vip_setup(ctx: Ctx) -> Any:
    from vipdesk.model.sales.recording import LineInput

    m = _probe_member(ctx["work"])
    _open(ctx["work"])
    return m, LineInput(**LINE)


def _sale_vip(state: Any) -> Any:
    from vipdesk.model.sales.recording import record_sale

    m, line = state
    from vipdesk.model.store.db import db

    s = record_sale(m["id"], [line], clerk_id=m["clerk_id"])
    return [s.paid, s.points, _segment_of(db.connection(), m["id"])]


def _sale_raw_setup(ctx: Ctx) -> Any:
    from vipdesk.model.loyalty import config, tiers
    from vipdesk.model.loyalty.earning import POINTS_PER_YUAN
    from vipdesk.model.store import settings

    m = _probe_member(ctx["work"])
    _open(ctx["work"])  # rules are read once, as a POS caches its price list
    rules = {"discount": {t.name: t.discount for t in tiers.tiers()},
             "threshold": {t.name: t.threshold for t in tiers.tiers()},
             "per_yuan": int(settings.get(POINTS_PER_YUAN.key)),
             "qualify_days": int(settings.get(tiers.QUALIFY_DAYS.key)),
             "l5": bool(settings.get(config.L5_ENABLED.key) and settings.get(config.L5_AUTO.key)),
             "l5_step": int(settings.get(config.L5_POINTS.key)), "l5_value": int(settings.get(config.L5_VALUE.key)),
             "l5_days": int(settings.get(config.L5_VALID_DAYS.key))}
    from vipdesk.model.segmentation.classify import Bounds
    from vipdesk.model.segmentation.config import load_config
    from vipdesk.model.segmentation.store import last_run
    from vipdesk.model.store.db import close_database

    run = last_run()  # the shop as after start-up has one (dataset.as_after_startup)
    rules["seg"] = (load_config(), Bounds.from_dict(json.loads(run.bounds or "{}"))) if run is not None else None
    close_database()
    return m, rules, _raw(ctx["work"])


def _raw_resegment(con: sqlite3.Connection, rules: dict[str, Any], member_id: int, sid: int, now: dt.datetime) -> None:
    """What the sale_recorded segment step does, in plain SQL: the style's first sale, her kept
    lifetime facts moved by this ticket, her window read, the pure S1–S6 rules, her row written."""
    from vipdesk.model.segmentation.classify import classify, style_family
    from vipdesk.model.segmentation.facts import MemberFacts, TicketFacts

    if rules["seg"] is None:
        return
    cfg, bounds = rules["seg"]
    sold = now.strftime("%Y-%m-%d %H:%M:%S")
    con.execute("INSERT INTO style_first_sale (style_code, first_at) SELECT l.style_code, MIN(s.sold_at)"
                " FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE s.id = ? GROUP BY l.style_code"
                " ON CONFLICT(style_code) DO UPDATE SET first_at = MIN(first_at, excluded.first_at)", (sid,))
    row = con.execute("SELECT purchases, first_at, last_at, last_any, spend_all, single_tickets, discounted_tickets,"
                      " items, amount, new_items, deep_items, families FROM member_seg_facts WHERE member_id = ?"
                      " AND stale = 0", (member_id,)).fetchone()
    if row is None:
        raise ValueError("bench member has no kept facts")
    n, first, last, last_any, spend, single, disc, items, amount, new, deep, fam_s = row
    fam = {k: int(v) for k, _, v in (p.partition("\x1e") for p in fam_s.split("\x1f"))} if fam_s else {}
    paid, count = con.execute("SELECT paid, items FROM sale WHERE id = ?", (sid,)).fetchone()
    n, spend, last_any = n + 1, spend + paid, max(last_any or sold, sold)
    first, last = min(first or sold, sold), max(last or sold, sold)
    single += 1 if count == 1 else 0
    discounted = False
    for code, cat, qty, amt, low, new_q, deep_q in con.execute(
            "SELECT l.style_code, l.category, SUM(l.quantity), SUM(l.amount), MIN(l.discount),"
            " SUM(CASE WHEN f.first_at IS NULL OR f.first_at >= s.sold_at"
            " OR julianday(s.sold_at) - julianday(f.first_at) <= ? THEN l.quantity ELSE 0 END),"
            " SUM(CASE WHEN l.discount <= ? THEN l.quantity ELSE 0 END) FROM sale s JOIN sale_line l"
            " ON l.sale_id = s.id LEFT JOIN style_first_sale f ON f.style_code = l.style_code WHERE s.id = ?"
            " GROUP BY l.style_code, l.category", (cfg.tag_new_days, cfg.tag_discount_max, sid)):
        discounted = discounted or low < 1000
        items, amount, new, deep = items + qty, amount + amt, new + new_q, deep + deep_q
        name = style_family(code, cat, cfg.style_families)
        if name:
            fam[name] = fam.get(name, 0) + qty
    disc += 1 if discounted else 0
    fam_s = "\x1f".join(f"{k}\x1e{fam[k]}" for k in sorted(fam))
    con.execute("UPDATE member_seg_facts SET purchases = ?, first_at = ?, last_at = ?, last_any = ?, spend_all = ?,"
                " single_tickets = ?, discounted_tickets = ?, items = ?, amount = ?, new_items = ?, deep_items = ?,"
                " families = ? WHERE member_id = ?",
                (n, first, last, last_any, spend, single, disc, items, amount, new, deep, fam_s, member_id))
    at = now + dt.timedelta(seconds=1)  # segmenting "now" counts the sale of this second
    end = at.strftime("%Y-%m-%d %H:%M:%S")
    enrolled, = con.execute("SELECT enrolled_on FROM member WHERE id = ?", (member_id,)).fetchone()
    nwin, swin = con.execute(
        "SELECT SUM(CASE WHEN kind = 'sale' THEN 1 ELSE 0 END), SUM(paid) FROM sale WHERE member_id = ?"
        " AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?",
        (member_id, (at - dt.timedelta(days=cfg.window_days)).strftime("%Y-%m-%d %H:%M:%S"), end)).fetchone()
    f = MemberFacts(member_id, dt.date.fromisoformat(str(enrolled)[:10]) if enrolled else None, purchases=n,
                    first_purchase=dt.datetime.fromisoformat(first), last_purchase=dt.datetime.fromisoformat(last),
                    purchases_win=int(nwin or 0), spend_win=int(swin or 0), spend_all=spend, last_any=last_any)
    if n >= cfg.tags_min_purchases and (items or amount):
        f.tickets = TicketFacts(tickets=n, discounted_tickets=disc, single_item_tickets=single, items=items,
                                new_items=new, amount=amount, deep_items=deep, family_items=fam or None)
    g = classify(f, bounds, cfg, at)
    con.execute(
        "INSERT OR REPLACE INTO member_segment (member_id, as_of, recency_days, purchases, purchases_win, spend_win,"
        " avg_ticket_win, r, f, m, behaviour, value_band, pyramid, abc, grid, tags, validity, dormant, churn)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (member_id, end, g.recency_days, g.purchases, g.purchases_win, g.spend_win, g.avg_ticket_win, g.r, g.f, g.m,
         g.behaviour, g.value_band, g.pyramid, g.abc, g.grid, ("|" + "|".join(g.tags) + "|") if g.tags else "",
         g.validity, g.dormant, 1 if g.churn else 0))


def _segment_of(cur: Any, member_id: int) -> list:
    """Her stored segments after the sale: both sides must have written the same classes."""
    row = cur.execute("SELECT r, f, m, behaviour, pyramid, abc, grid, tags, dormant, churn FROM member_segment"
                      " WHERE member_id = ?", (member_id,)).fetchone()
    return list(row) if row is not None else []


def _sale_raw(state: Any) -> Any:
    """The same rows vipdesk writes for a plain sale: ticket, line, settlement, points, member caches;
    and the same loyalty checks: the clerk exists, her tier against the next threshold over the
    qualifying window, and L5's automatic conversion (session 4: the baseline skipped these)."""
    m, rules, con = state
    now = dt.datetime.now().replace(microsecond=0)
    con.execute("BEGIN IMMEDIATE")
    if con.execute("SELECT 1 FROM staff WHERE id = ?", (m["clerk_id"],)).fetchone() is None:
        raise ValueError("no such clerk")
    tier, balance = con.execute("SELECT tier, points FROM member WHERE id = ?", (m["id"],)).fetchone()
    disc = rules["discount"].get(tier, 1000)
    qty, price = LINE["quantity"], LINE["unit_price"]
    amount = (price * qty * LINE["discount"] * disc + 500_000) // 1_000_000
    points = amount // 100 * rules["per_yuan"]
    prefix = f"R{now:%Y%m%d}-"
    last, = con.execute("SELECT MAX(ticket_no) FROM sale WHERE ticket_no >= ? AND ticket_no < ?",
                        (prefix, prefix + "\uffff")).fetchone()
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    cur = con.execute(
        "INSERT INTO sale (ticket_no, member_id, clerk_id, sold_at, kind, list_total, paid, items, tier_discount,"
        " points, note, source, created_at) VALUES (?,?,?,?,'sale',?,?,?,?,?,'','bench',?)",
        (f"{prefix}{n:04d}", m["id"], m["clerk_id"], now, price * qty, amount, qty, disc, points, now))
    sid = cur.lastrowid
    con.execute("INSERT INTO sale_line (sale_id, style_code, category, size, unit_price, quantity, discount,"
                " amount, points) VALUES (?,?,?,?,?,?,?,?,?)",
                (sid, LINE["style_code"], LINE["category"], LINE["size"], price, qty, LINE["discount"], amount,
                 points))
    con.execute("INSERT INTO settlement (sale_id, voucher, stored_value, cash, points_offset, points_withheld,"
                " note) VALUES (?,0,0,?,0,0,'')", (sid, amount))
    con.execute("INSERT INTO points_entry (member_id, at, delta, kind, reason, sale_id, clerk_id)"
                " VALUES (?,?,?,'earn','',?,?)", (m["id"], now, points, sid, m["clerk_id"]))
    con.execute("UPDATE member SET points = points + ?, total_spend = total_spend + ?,"
                " purchase_count = purchase_count + 1, last_purchase = ? WHERE id = ?",
                (points, amount, now, m["id"]))
    balance += points
    since = (now - dt.timedelta(days=rules["qualify_days"])).strftime("%Y-%m-%d %H:%M:%S")
    until = now.strftime("%Y-%m-%d %H:%M:%S")
    qualifying: list[int] = []

    def window_points() -> int:
        if not qualifying:
            qualifying.append(con.execute(
                "SELECT (SELECT COALESCE(SUM(points), 0) FROM sale WHERE member_id = ? AND sold_at > ? AND sold_at <= ?)"
                " + (SELECT COALESCE(SUM(delta), 0) FROM points_entry WHERE member_id = ? AND kind IN ('import',"
                " 'referral') AND at > ? AND at <= ?)", (m["id"], since, until, m["id"], since, until)).fetchone()[0])
        return qualifying[0]

    mine = rules["threshold"].get(tier)
    above = [(t, name) for name, t in rules["threshold"].items() if mine is None or t > mine]
    if above:  # an upgrade is possible: her qualifying points against the thresholds above hers
        reach = [name for t, name in sorted(above) if window_points() >= t]
        if reach:
            con.execute("INSERT INTO tier_change (member_id, at, old_tier, new_tier, reason) VALUES (?,?,?,?,?)",
                        (m["id"], now, tier, reach[-1], "消费后达到升级标准"))
            con.execute("UPDATE member SET tier = ? WHERE id = ?", (reach[-1], m["id"]))
    step = rules["l5_step"]
    year = (now - dt.timedelta(days=365)).strftime("%Y-%m-%d %H:%M:%S")
    while rules["l5"] and step > 0 and balance >= step:  # L5: each full step collected this year → a voucher
        net, = con.execute(
            "SELECT COALESCE(SUM(v.points_cost), 0) - COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM voucher_event e"
            " WHERE e.voucher_id = v.id AND e.kind = 'cancel') THEN v.points_cost END), 0) FROM voucher v"
            " WHERE v.member_id = ? AND v.kind = 'points' AND v.created_at > ?", (m["id"], year)).fetchone()
        if window_points() - net < step:
            break
        entry = con.execute("INSERT INTO points_entry (member_id, at, delta, kind, reason, sale_id, clerk_id)"
                            " VALUES (?,?,?,'convert','',NULL,?)", (m["id"], now, -step, m["clerk_id"])).lastrowid
        con.execute("UPDATE member SET points = points - ? WHERE id = ?", (step, m["id"]))
        balance -= step
        code_prefix = f"RQ{now:%y%m%d}"
        top, = con.execute("SELECT MAX(code) FROM voucher WHERE code >= ? AND code < ?",
                           (code_prefix, code_prefix + "\uffff")).fetchone()
        code = f"{code_prefix}{int(top[len(code_prefix):]) + 1 if top else 1:04d}"
        vid = con.execute(
            "INSERT INTO voucher (code, member_id, kind, value, valid_from, expires_on, points_cost, points_entry_id,"
            " source_sale_id, clerk_id, note, created_at) VALUES (?,?,'points',?,?,?,?,?,?,?,'',?)",
            (code, m["id"], rules["l5_value"], now.date(), now.date() + dt.timedelta(days=rules["l5_days"]), step,
             entry, sid, m["clerk_id"], now)).lastrowid
        con.execute("INSERT INTO voucher_event (voucher_id, at, kind, amount, clerk_id, reason)"
                    " VALUES (?,?,'issue',0,?,'')", (vid, now, m["clerk_id"]))
    _raw_resegment(con, rules, m["id"], sid, now)
    con.execute("COMMIT")
    return [amount, points, _segment_of(con, m["id"])]


# --- counter search, per query kind ---------------------------------------------------------

def search_queries(m: dict[str, Any]) -> dict[str, str]:
    return {"phone_tail": m["phone"][-4:], "phone": m["phone"], "card": m["card_no"], "name": m["name"],
            "initials": m["py_initials"], "pinyin": m["py_full"]}


def _search_vip_setup(kind: str) -> Callable[[Ctx], Any]:
    def setup(ctx: Ctx) -> Any:
        m = _probe_member(ctx["db"])
        _open(ctx["db"])
        return search_queries(m)[kind]
    return setup


def _search_vip(q: str) -> Any:
    from vipdesk.model.members.search import search_member_ids

    return sorted(search_member_ids(q, limit=50))  # the raw side keeps 50 too


RAW_SEARCH = {
    "phone_tail": ["phone_rev >= :r AND phone_rev < :r || char(65535)", "card_no >= :q AND card_no < :q || char(65535)"],
    "phone": ["phone = :q", "card_no = :q", "phone_rev >= :r AND phone_rev < :r || char(65535)",
              "card_no >= :q AND card_no < :q || char(65535)"],
    "card": ["card_no = :q", "phone_rev >= :r AND phone_rev < :r || char(65535)",
             "card_no >= :q AND card_no < :q || char(65535)"],
    "name": ["name = :q", "name >= :q AND name < :q || char(65535)", "instr(name, :q) > 0", "card_no = :q"],
    "initials": ["py_initials >= :l AND py_initials < :l || char(65535)",
                 "py_full >= :l AND py_full < :l || char(65535)", "card_no >= :u AND card_no < :u || char(65535)"],
}
RAW_SEARCH["pinyin"] = RAW_SEARCH["initials"]


def _search_raw_setup(kind: str) -> Callable[[Ctx], Any]:
    def setup(ctx: Ctx) -> Any:
        q = search_queries(_probe_member(ctx["db"]))[kind]
        sql = [f"SELECT id FROM member WHERE {w} AND status NOT IN ('anonymised', 'merged')"
               " ORDER BY last_purchase IS NULL, last_purchase DESC LIMIT 50" for w in RAW_SEARCH[kind]]
        return _raw(ctx["db"]), sql, {"q": q, "r": q[::-1], "l": q.lower(), "u": q.upper()}
    return setup


def _search_raw(state: Any) -> Any:
    con, sql, params = state
    seen: dict[int, None] = {}
    for s in sql:
        for (i,) in con.execute(s, params):
            seen.setdefault(i, None)
    return sorted(list(seen)[:50])


# --- full segment recompute -----------------------------------------------------------------
#
# Both sides end with the same member_segment rows; each returns a checksum of what it wrote
# (read back from the table, the same query on both sides), so the runner proves equal output.
# The raw side reads the facts with its own plain SQL (not vipdesk's loader), classifies with
# vipdesk's pure rules (classify.py: the rules are the work compared) and writes in one transaction.

SEG_CHECK_COLS = ("member_id", "recency_days", "purchases", "purchases_win", "spend_win", "avg_ticket_win", "r", "f",
                  "m", "behaviour", "value_band", "pyramid", "abc", "grid", "tags", "validity", "dormant", "churn")


def seg_checksum(con: sqlite3.Connection) -> list[Any]:
    """[rows, sha1 of every written row in member order] of member_segment (as_of left out)."""
    import hashlib

    rows = con.execute(f"SELECT {', '.join(SEG_CHECK_COLS)} FROM member_segment ORDER BY member_id").fetchall()
    return [len(rows), hashlib.sha1(repr(rows).encode()).hexdigest()]


def seg_as_of() -> dt.datetime:
    """One moment for both sides (each runs in its own process, seconds apart): the end of today."""
    return dt.datetime.combine(dt.date.today(), dt.time(23, 59, 59))


def _seg_vip_setup(ctx: Ctx) -> Any:
    _open(ctx["work"])
    return None


def _seg_vip(_: Any) -> Any:
    from vipdesk.model.segmentation.store import recompute_all
    from vipdesk.model.store.db import db

    recompute_all(seg_as_of())
    return seg_checksum(db.connection())


def _seg_floor_vip(_: Any) -> Any:
    from vipdesk.model.segmentation.store import recompute_all

    return recompute_all(seg_as_of())


def _seg_raw_setup(ctx: Ctx) -> Any:
    from vipdesk.model.segmentation.config import load_config
    from vipdesk.model.store.db import close_database

    _open(ctx["work"])  # the owner's thresholds, read once (not part of the work compared)
    cfg = load_config()
    close_database()
    return _raw(ctx["work"]), cfg


def _seg_raw(state: Any) -> Any:
    """Facts in five set-based queries, the pure S1–S10 rules, one executemany in one transaction."""
    import json

    from vipdesk.model.segmentation.classify import classify_all, style_family
    from vipdesk.model.segmentation.facts import MemberFacts, TicketFacts

    con, cfg = state
    as_of = seg_as_of()
    end = f"{as_of:%Y-%m-%d %H:%M:%S}"
    start = f"{as_of - dt.timedelta(days=cfg.window_days):%Y-%m-%d %H:%M:%S}"
    cut = (as_of - dt.timedelta(seconds=1)).date().isoformat()
    day = dt.datetime.fromisoformat
    con.execute("BEGIN")  # one read snapshot
    facts = {mid: MemberFacts(mid, dt.date.fromisoformat(e[:10]))
             for mid, e in con.execute("SELECT id, enrolled_on FROM member WHERE enrolled_on <= ?", (cut,))}
    for mid, n, first, last, nwin, swin, sall in con.execute(
            "SELECT member_id, SUM(kind = 'sale'), MIN(CASE WHEN kind = 'sale' THEN sold_at END),"
            " MAX(CASE WHEN kind = 'sale' THEN sold_at END), SUM(kind = 'sale' AND sold_at >= :s),"
            " TOTAL(CASE WHEN sold_at >= :s THEN paid END), TOTAL(paid) FROM sale"
            " WHERE member_id IS NOT NULL AND kind IN ('sale', 'return') AND sold_at < :e GROUP BY member_id",
            {"s": start, "e": end}):
        f = facts.get(mid) or facts.setdefault(mid, MemberFacts(mid, None))
        f.purchases, f.purchases_win, f.spend_win, f.spend_all = n, nwin, int(swin), int(sall)
        f.first_purchase = day(first) if first else None
        f.last_purchase = day(last) if last else None
    # S6 inputs, from the Nth purchase on: tickets, then the lines of those members
    tickets = {mid: (n, single) for mid, n, single in con.execute(
        "SELECT member_id, COUNT(*), SUM(items = 1) FROM sale WHERE kind = 'sale' AND member_id IS NOT NULL"
        " AND sold_at < ? GROUP BY member_id HAVING COUNT(*) >= ?", (end, cfg.tags_min_purchases)) if mid in facts}
    lines = ("FROM sale s NOT INDEXED JOIN sale_line l ON l.sale_id = s.id"
             " WHERE s.kind = 'sale' AND s.member_id IS NOT NULL AND s.sold_at < :e")
    for mid, disc, items, amount, new, deep in con.execute(
            "SELECT s.member_id, COUNT(DISTINCT CASE WHEN l.discount < 1000 THEN s.id END), SUM(l.quantity),"
            " SUM(l.amount), SUM(CASE WHEN julianday(s.sold_at) - julianday(f.first_at) <= :n THEN l.quantity END),"
            " SUM(CASE WHEN l.discount <= :d THEN l.quantity END)"
            f" {lines.replace('JOIN sale_line l ON l.sale_id = s.id', 'JOIN sale_line l ON l.sale_id = s.id LEFT JOIN style_first_sale f ON f.style_code = l.style_code AND f.first_at < :e')}"
            " GROUP BY s.member_id", {"e": end, "n": cfg.tag_new_days, "d": cfg.tag_discount_max}):
        if mid in tickets:
            n, single = tickets[mid]
            facts[mid].tickets = TicketFacts(tickets=n, discounted_tickets=disc, single_item_tickets=single,
                                             items=items or 0, new_items=new or 0, amount=amount or 0,
                                             deep_items=deep or 0)
    family: dict[tuple[str, str], str] = {}
    for mid, code, cat, qty in con.execute(
            f"SELECT s.member_id, l.style_code, l.category, SUM(l.quantity) {lines}"
            " GROUP BY s.member_id, l.style_code, l.category", {"e": end}):
        t = facts[mid].tickets if mid in facts else None
        if t is None:
            continue
        name = family.get((code, cat))
        if name is None:
            name = family[(code, cat)] = style_family(code or "", cat or "", cfg.style_families)
        if name:
            t.family_items = t.family_items or {}
            t.family_items[name] = t.family_items.get(name, 0) + qty
    amount, qty = con.execute("SELECT TOTAL(l.amount), TOTAL(l.quantity) FROM sale_line l JOIN sale s"
                              " ON s.id = l.sale_id WHERE s.kind = 'sale' AND s.sold_at >= ? AND s.sold_at < ?",
                              (start, end)).fetchone()
    con.execute("COMMIT")
    segs, bounds = classify_all(facts, cfg, as_of, amount / qty if qty else 0.0)
    rows = [(s.member_id, end, s.recency_days, s.purchases, s.purchases_win, s.spend_win, s.avg_ticket_win, s.r,
             s.f, s.m, s.behaviour, s.value_band, s.pyramid, s.abc, s.grid,
             "|" + "|".join(s.tags) + "|" if s.tags else "", s.validity, s.dormant, int(s.churn))
            for s in segs.values()]
    con.execute("BEGIN IMMEDIATE")
    con.execute("CREATE TEMP TABLE IF NOT EXISTS bench_keep (member_id INTEGER PRIMARY KEY)")
    con.execute("DELETE FROM bench_keep")
    con.executemany("INSERT INTO bench_keep VALUES (?)", ((m,) for m in segs))
    con.execute("DELETE FROM member_segment WHERE member_id NOT IN (SELECT member_id FROM bench_keep)")
    con.executemany(f"INSERT OR REPLACE INTO member_segment (member_id, as_of, {', '.join(SEG_CHECK_COLS[1:])})"
                    f" VALUES ({', '.join('?' * (len(SEG_CHECK_COLS) + 1))})", rows)
    con.execute("INSERT INTO segment_run (as_of, computed_at, members, bounds) VALUES (?, ?, ?, ?)",
                (end, end, len(rows), json.dumps(bounds.to_dict(), ensure_ascii=False)))
    con.execute("COMMIT")
    return seg_checksum(con)


def _seg_floor(con: sqlite3.Connection) -> Any:
    """The old RFM-only floor (informational): RFM inputs per member in one pass, into a temp table."""
    con.execute("BEGIN IMMEDIATE")
    con.execute("CREATE TEMP TABLE IF NOT EXISTS bench_rfm (member_id INTEGER PRIMARY KEY, last TEXT,"
                " n INTEGER, spend INTEGER)")
    con.execute("DELETE FROM bench_rfm")
    con.execute("INSERT INTO bench_rfm SELECT m.id, MAX(s.sold_at), COUNT(s.id), COALESCE(SUM(s.paid), 0)"
                " FROM member m LEFT JOIN sale s ON s.member_id = m.id"
                " WHERE m.status NOT IN ('anonymised', 'merged') GROUP BY m.id")
    n, = con.execute("SELECT COUNT(*) FROM bench_rfm").fetchone()
    con.execute("COMMIT")
    return n


def _seg_floor_raw_setup(ctx: Ctx) -> Any:
    return _raw(ctx["work"])


# --- daily reminder scan (birthdays checked) --------------------------------------------------

def _rem_vip_setup(ctx: Ctx) -> Any:
    _open(ctx["work"])
    return dt.date.today()


def _rem_vip(day: dt.date) -> Any:
    from vipdesk.model.care.engine import due_tasks

    tasks = due_tasks(day, 1)
    return sorted({t.member_id for t in tasks if t.kind == "birthday"})


def _rem_raw_setup(ctx: Ctx) -> Any:
    from vipdesk.model.members.calendar import to_lunar

    day = dt.date.today()
    _ly, lm, ld, _leap = to_lunar(day)  # one conversion, as any scanner would do
    return _raw(ctx["work"]), day, (lm, ld)


def _rem_raw(state: Any) -> Any:
    con, day, (lm, ld) = state
    ids = {r[0] for r in con.execute(
        "SELECT id FROM member WHERE status = 'active' AND ((birthday_lunar = 0 AND birth_month = ? AND birth_day = ?)"
        " OR (birthday_lunar = 1 AND birth_month = ? AND birth_day = ?))", (day.month, day.day, lm, ld))}
    # the other kinds' reads: follow-ups (7 days) and revisits (30 days) after a sale
    for days in (7, 30):
        d = day - dt.timedelta(days=days)
        con.execute("SELECT s.member_id, GROUP_CONCAT(l.style_code) FROM sale s JOIN sale_line l ON l.sale_id = s.id"
                    " WHERE s.sold_at >= ? AND s.sold_at < ? AND s.member_id IS NOT NULL GROUP BY s.member_id",
                    (d.isoformat(), (d + dt.timedelta(days=1)).isoformat())).fetchall()
    return sorted(ids)


# --- monthly workbook ------------------------------------------------------------------------

def _month() -> Any:
    from vipdesk.reports.period import month_period

    first = dt.date.today().replace(day=1)
    return month_period(first - dt.timedelta(days=1))


def _monthly_vip_setup(ctx: Ctx) -> Any:
    _open(ctx["db"])
    return _month(), Path(ctx["tmp"]) / "monthly_vip.xlsx"


def _monthly_vip(state: Any) -> Any:
    from vipdesk.bench.monthly_raw import digest_report
    from vipdesk.reports.monthly import build_report
    from vipdesk.reports.workbook import write_workbook

    period, out = state
    rep = build_report(period)
    write_workbook(rep, out)
    return digest_report(rep)  # every cell of every data sheet (vipdesk/bench/monthly_raw.py)


def _monthly_raw_setup(ctx: Ctx) -> Any:
    from vipdesk.bench.monthly_raw import read_conf

    conf = read_conf(ctx["db"])  # settings only (tiers, bands, segment rules): untimed
    return _raw(ctx["db"]), conf, _month().start, Path(ctx["tmp"]) / "monthly_raw.xlsx"


def _monthly_raw(state: Any) -> Any:
    """The same sheets in plain set-based SQL, written write-only (vipdesk/bench/monthly_raw.py)."""
    from vipdesk.bench.monthly_raw import run

    con, conf, start, out = state
    return run(con, conf, start, out)


# --- member import (.xlsx exported by vipdesk itself) -------------------------------------------

def _import_file(ctx: Ctx) -> Path:
    """The demo's members exported by vipdesk (cached beside the demo), the file a shop would bring."""
    src = Path(ctx["db"])
    xlsx = src.with_suffix(".members.xlsx")
    if not xlsx.exists():
        from vipdesk.model.importing.members_export import export_members
        from vipdesk.model.store.db import close_database

        _open(str(src))
        export_members(xlsx.with_suffix(".part.xlsx"), full_phones=True)
        close_database()
        xlsx.with_suffix(".part.xlsx").replace(xlsx)
    return xlsx


def _empty_db(ctx: Ctx, name: str) -> Path:
    from vipdesk.model.store.db import close_database

    path = Path(ctx["tmp"]) / name
    for f in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        f.unlink(missing_ok=True)
    _open(str(path))
    close_database()
    return path


def _import_vip_setup(ctx: Ctx) -> Any:
    return _import_file(ctx), ctx


def _import_vip(state: Any) -> Any:
    from vipdesk.model.importing.members_import import import_members
    from vipdesk.model.importing.runner import SKIP_BAD
    from vipdesk.model.store.db import close_database

    xlsx, ctx = state
    db = _empty_db(ctx, "import_vip.db")
    _open(str(db))
    res = import_members(xlsx, report=False, policy=SKIP_BAD)
    close_database()
    return res.imported


def _import_raw_setup(ctx: Ctx) -> Any:
    return _import_file(ctx), ctx


def _import_raw(state: Any) -> Any:
    """python-calamine read, one executemany insert of the same columns (name, phone, card)."""
    from python_calamine import CalamineWorkbook

    xlsx, ctx = state
    db = _empty_db(ctx, "import_raw.db")
    wb = CalamineWorkbook.from_path(str(xlsx))
    rows = wb.get_sheet_by_index(0).to_python()
    head = [str(h) for h in rows[0]]
    i_name, i_phone = head.index("姓名"), head.index("手机")
    i_card = head.index("卡号") if "卡号" in head else None
    now = dt.datetime.now().isoformat(sep=" ")
    data = []
    for r in rows[1:]:
        phone = str(r[i_phone]).strip()
        if not r[i_name] or not phone:
            continue
        card = str(r[i_card]).strip() if i_card is not None and r[i_card] not in ("", None) else None
        data.append((str(r[i_name]), phone, phone[::-1], card, now, now, dt.date.today().isoformat()))
    con = _raw(str(db))
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO member (name, phone, phone_rev, card_no, created_at, updated_at, enrolled_on, py_initials,"
        " py_full, gender, ethnicity, birth_year_estimated, birthday_lunar, birthday_leap, email, address, sizes,"
        " occupation, family, personality, buying_habits, style_prefs, hobbies, lifestyle, service_pref,"
        " contact_pref, promo_attitude, \"values\", soft_notes, observations, channel, status, notes, points,"
        " total_spend, purchase_count, tier) VALUES (?,?,?,?,?,?,?,'','','','',0,0,0,'','','','','','','','','',"
        "'','','','','','','','','active','',0,0,0,'')", data)
    con.execute("COMMIT")
    n, = con.execute("SELECT COUNT(*) FROM member").fetchone()
    con.close()
    return n


TASKS: dict[str, tuple[str, Side, Side | None]] = {
    "sale": ("记录一笔柜台销售(积分、等级、礼券)", Side(_sale_vip_setup, _sale_vip), Side(_sale_raw_setup, _sale_raw)),
    **{f"search_{k}": (f"柜台查找:{label}", Side(_search_vip_setup(k), _search_vip),
                       Side(_search_raw_setup(k), _search_raw))
       for k, label in (("phone_tail", "手机尾号"), ("phone", "完整手机号"), ("card", "卡号"), ("name", "姓名"),
                        ("initials", "拼音首字母"), ("pinyin", "全拼"))},
    "monthly": ("月度会员汇总工作簿", Side(_monthly_vip_setup, _monthly_vip), Side(_monthly_raw_setup, _monthly_raw)),
    "import": ("导入会员 .xlsx", Side(_import_vip_setup, _import_vip), Side(_import_raw_setup, _import_raw)),
    "segments": ("全部会员分群重算", Side(_seg_vip_setup, _seg_vip), Side(_seg_raw_setup, _seg_raw)),
    "segments_floor": ("仅 RFM 输入的原始下限(参考)", Side(_seg_vip_setup, _seg_floor_vip), Side(_seg_floor_raw_setup, _seg_floor)),
    "reminders": ("每日关怀提醒扫描", Side(_rem_vip_setup, _rem_vip), Side(_rem_raw_setup, _rem_raw)),
}
