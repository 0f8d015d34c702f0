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

from vipdesk.bench.sale_raw import LINE, raw_sale, segment_of

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
    return [s.paid, s.points, segment_of(db.connection(), m["id"])]


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
    from vipdesk.bench.import_raw import digest
    from vipdesk.model.importing.members_import import import_members
    from vipdesk.model.importing.runner import SKIP_BAD
    from vipdesk.model.store.db import close_database

    xlsx, ctx = state
    db = _empty_db(ctx, "import_vip.db")
    _open(str(db))
    import_members(xlsx, report=False, policy=SKIP_BAD)
    close_database()
    return digest(db)


def _import_raw_setup(ctx: Ctx) -> Any:
    from vipdesk.bench.import_raw import rules

    return _import_file(ctx), ctx, rules(_empty_db(ctx, "import_rules.db"))


def _import_raw(state: Any) -> Any:
    """The same work as straightforward code (bench/import_raw.py): calamine read, every column
    normalised by vipdesk's pure normalisers, one executemany per table, one transaction."""
    from vipdesk.bench.import_raw import digest, import_raw

    xlsx, ctx, rule = state
    db = _empty_db(ctx, "import_raw.db")
    con = _raw(str(db))
    con.execute("BEGIN IMMEDIATE")
    import_raw(xlsx, con, rule)
    con.execute("COMMIT")
    con.close()
    return digest(db)


TASKS: dict[str, tuple[str, Side, Side | None]] = {
    "sale": ("记录一笔柜台销售(积分、等级、礼券)", Side(_sale_vip_setup, _sale_vip), Side(_sale_raw_setup, raw_sale)),
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
