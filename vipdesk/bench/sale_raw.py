"""The raw side of the ``sale`` bench task: the rows and checks vipdesk's ``record_sale`` makes,
in plain ``sqlite3`` — the ticket, its line, settlement and points, the member caches, the clerk
and tier checks, L5's automatic conversion and the per-sale re-segmenting — so the ratio
measures vipdesk's own overhead (issue 14).  Split from tasks_db.py to keep that file short.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

LINE = {"style_code": "BENCH-001", "category": "上衣", "size": "M", "unit_price": 39900, "quantity": 2,
        "discount": 1000}


def raw_resegment(con: sqlite3.Connection, rules: dict[str, Any], member_id: int, sid: int, now: dt.datetime) -> None:
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


def segment_of(cur: Any, member_id: int) -> list:
    """Her stored segments after the sale: both sides must have written the same classes."""
    row = cur.execute("SELECT r, f, m, behaviour, pyramid, abc, grid, tags, dormant, churn FROM member_segment"
                      " WHERE member_id = ?", (member_id,)).fetchone()
    return list(row) if row is not None else []


def raw_sale(state: Any) -> Any:
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
    raw_resegment(con, rules, m["id"], sid, now)
    con.execute("COMMIT")
    return [amount, points, segment_of(con, m["id"])]
