"""Per-member lifetime facts kept in ``member_seg_facts`` (issue 14 item 2): each sale and return
adds its own figures inside its transaction, so re-segmenting her at the counter reads one row
plus her sales of the window, whatever the length of her history.

The rows hold what ``load_facts`` would read from her whole history (sale tickets, first and last
purchase, net spend, and the S6 ticket/line figures); the window part (purchases and spend of the
last ``window_days``) moves with the calendar, so it is read per sale from her own index range.
A row is trusted only when the bulk run that last rebuilt the table used the same S6 settings
(``facts_key``), the row is not ``stale`` and none of her tickets lies at or after the moment
asked for; otherwise the caller reads her history as before (``None`` here).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from vipdesk.model.segmentation.config import Config
from vipdesk.model.segmentation.facts import MemberFacts, TicketFacts, load_facts, parse_ts, ts, window_start
from vipdesk.model.store.db import db

COLS = ("member_id", "purchases", "first_at", "last_at", "last_any", "spend_all", "single_tickets",
        "discounted_tickets", "items", "amount", "new_items", "deep_items", "families", "stale")
UPSERT = f"INSERT OR REPLACE INTO member_seg_facts ({', '.join(COLS)}) VALUES ({', '.join('?' for _ in COLS)})"
# Far past any ticket: "her whole history" for a rebuild of one row.
EVER = dt.datetime(9999, 12, 31)


def facts_key(cfg: Config) -> list:
    """The settings the S6 line figures of a row depend on (JSON-comparable)."""
    return json.loads(json.dumps([cfg.tag_new_days, cfg.tag_discount_max, cfg.style_families]))


def row_from_facts(f: MemberFacts, stale: bool = False) -> tuple | None:
    """The stored row for lifetime facts (``load_facts`` with every member's tickets), None if
    she never bought or returned anything."""
    if f.purchases == 0 and f.last_any is None:
        return None if not stale else (f.member_id, 0, None, None, None, 0, 0, 0, 0, 0, 0, 0, "", 1)
    t = f.tickets or TicketFacts()
    fam = fam_text(t.family_items)
    return (f.member_id, f.purchases, _text(f.first_purchase), _text(f.last_purchase), f.last_any, f.spend_all,
            t.single_item_tickets, t.discounted_tickets, t.items, t.amount, t.new_items, t.deep_items, fam,
            1 if stale else 0)


def _text(v: dt.datetime | None) -> str | None:
    """As sqlite3 stores a datetime (peewee passes it through): ``isoformat(" ")``."""
    return None if v is None else str(v)


# families as "name\x1eqty\x1f…" sorted by name: cheap to build and compare for 100,000 rows
# (json.dumps was a second of the bulk run); owners' family names hold no control characters.
def fam_text(d: dict[str, int] | None) -> str:
    return "\x1f".join(f"{k}\x1e{d[k]}" for k in sorted(d)) if d else ""


def fam_parse(s: str | None) -> dict[str, int]:
    return {k: int(v) for k, _, v in (p.partition("\x1e") for p in s.split("\x1f"))} if s else {}


def stored_rows(member_ids: Iterable[int] | None = None) -> dict[int, tuple]:
    """Rows as stored (whole table, or a few members)."""
    sql = f"SELECT {', '.join(COLS)} FROM member_seg_facts"
    if member_ids is None:
        return {r[0]: tuple(r) for r in db.execute_sql(sql)}
    ids = [int(i) for i in member_ids]
    if not ids:
        return {}
    return {r[0]: tuple(r) for r in db.execute_sql(f"{sql} WHERE member_id IN ({','.join('?' * len(ids))})", ids)}


def lifetime_facts(cfg: Config, member_ids: list[int] | None = None, as_of: dt.datetime = EVER
                   ) -> dict[int, MemberFacts]:
    """Facts with ticket figures for every buyer (not only from the Nth purchase): what the rows hold."""
    return load_facts(as_of, cfg.window_days, member_ids=member_ids, tag_new_days=cfg.tag_new_days,
                      min_tag_purchases=0, families=cfg.style_families, deep_discount=cfg.tag_discount_max)


def rebuild_members(member_ids: list[int], cfg: Config) -> None:
    """Rewrite the rows of a few members from their whole history (inside the caller's transaction)."""
    facts = lifetime_facts(cfg, member_ids)
    for mid in member_ids:
        f = facts.get(mid)
        row = row_from_facts(f) if f is not None else None
        if row is None:
            db.execute_sql("DELETE FROM member_seg_facts WHERE member_id = ?", (mid,))
        else:
            db.execute_sql(UPSERT, row)


def add_ticket(sale_id: int, member_id: int | None, kind: str, sold_at: str, paid: int, items: int,
               moved: list[str], cfg: Config) -> None:
    """Add one ticket's figures to its member's row; styles whose first sale in the shop moved
    earlier (a back-dated ticket) make every buyer of them stale (their 新货 pieces change)."""
    from vipdesk.model.segmentation.classify import style_family

    if moved:
        marks = ",".join("?" * len(moved))
        db.execute_sql(
            "INSERT INTO member_seg_facts (member_id, stale) SELECT DISTINCT s.member_id, 1 FROM sale_line l"
            f" JOIN sale s ON s.id = l.sale_id WHERE l.style_code IN ({marks}) AND s.kind = 'sale'"
            " AND s.member_id IS NOT NULL AND s.id != ? ON CONFLICT(member_id) DO UPDATE SET stale = 1",
            [*moved, sale_id])
    if member_id is None or kind not in ("sale", "return"):
        return
    old = db.execute_sql(f"SELECT {', '.join(COLS)} FROM member_seg_facts WHERE member_id = ?",
                         (member_id,)).fetchone()
    r = list(old) if old is not None else [member_id, 0, None, None, None, 0, 0, 0, 0, 0, 0, 0, "", 0]
    r[4] = sold_at if r[4] is None else max(r[4], sold_at)
    r[5] += paid
    if kind == "sale":
        lines = db.execute_sql(
            "SELECT l.style_code, l.category, SUM(l.quantity), SUM(l.amount), MIN(l.discount),"
            " SUM(CASE WHEN f.first_at IS NULL OR f.first_at >= s.sold_at"
            " OR julianday(s.sold_at) - julianday(f.first_at) <= ? THEN l.quantity ELSE 0 END),"
            " SUM(CASE WHEN l.discount <= ? THEN l.quantity ELSE 0 END)"
            " FROM sale s JOIN sale_line l ON l.sale_id = s.id LEFT JOIN style_first_sale f"
            " ON f.style_code = l.style_code WHERE s.id = ? GROUP BY l.style_code, l.category",
            (cfg.tag_new_days, cfg.tag_discount_max, sale_id)).fetchall()
        r[1] += 1
        r[2] = sold_at if r[2] is None else min(r[2], sold_at)
        r[3] = sold_at if r[3] is None else max(r[3], sold_at)
        r[6] += 1 if items == 1 else 0
        r[7] += 1 if any(ln[4] is not None and ln[4] < 1000 for ln in lines) else 0
        fam = fam_parse(r[12])
        for code, cat, qty, amount, _disc, new, deep in lines:
            r[8] += int(qty or 0)
            r[9] += int(amount or 0)
            r[10] += int(new or 0)
            r[11] += int(deep or 0)
            name = style_family(code or "", cat or "", cfg.style_families)
            if name:
                fam[name] = fam.get(name, 0) + int(qty or 0)
        r[12] = fam_text(fam)
    db.execute_sql(UPSERT, r)


def window_facts(member_id: int, as_of: dt.datetime, cfg: Config) -> tuple[bool, MemberFacts | None]:
    """(trusted, her facts as of *as_of*) from her row and her sales of the window; facts None for
    someone not a member yet; trusted False when the row cannot be used for this moment (stale, or
    a ticket at/after it): the caller reads her history instead."""
    end = ts(as_of)
    row = db.execute_sql(
        f"SELECT m.enrolled_on, {', '.join('a.' + c for c in COLS[1:])} FROM member m"
        " LEFT JOIN member_seg_facts a ON a.member_id = m.id WHERE m.id = ?", (member_id,)).fetchone()
    if row is None:
        return True, None
    enrolled, purchases, first, last, last_any, spend_all, single, disc, items, amount, new, deep, fam, stale = row
    if stale or (last_any is not None and last_any >= end):
        return False, None
    cut = (as_of - dt.timedelta(seconds=1)).date().isoformat()
    on = dt.date.fromisoformat(str(enrolled)[:10]) if enrolled is not None and str(enrolled) <= cut else None
    if last_any is None:  # no ticket at all (every ticket sets it)
        return True, (MemberFacts(member_id, on) if on is not None else None)
    nwin, swin = db.execute_sql(
        "SELECT SUM(CASE WHEN kind = 'sale' THEN 1 ELSE 0 END), SUM(paid) FROM sale"
        " WHERE member_id = ? AND kind IN ('sale', 'return') AND sold_at >= ? AND sold_at < ?",
        (member_id, ts(window_start(as_of, cfg.window_days)), end)).fetchone()
    f = MemberFacts(member_id, on, purchases=int(purchases or 0), first_purchase=parse_ts(first),
                    last_purchase=parse_ts(last), purchases_win=int(nwin or 0), spend_win=int(swin or 0),
                    spend_all=int(spend_all or 0), last_any=last_any)
    if f.purchases >= cfg.tags_min_purchases and f.purchases > 0 and (items or amount):
        f.tickets = TicketFacts(tickets=f.purchases, discounted_tickets=disc, single_item_tickets=single,
                                items=items, new_items=new, amount=amount, deep_items=deep,
                                family_items=fam_parse(fam) or None)
    return True, f
