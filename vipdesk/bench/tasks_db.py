"""In-process bench tasks: each has a vipdesk side and a raw side returning comparable results.

A side is ``setup(ctx) -> state`` (untimed) and ``run(state) -> result`` (timed, repeated).
Raw sides use only the standard sqlite3 module (and openpyxl write-only / python-calamine
for Excel), doing the same reads and writes vipdesk does, so the ratio measures vipdesk's
own overhead.
"""

from __future__ import annotations

import datetime as dt
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
    s = record_sale(m["id"], [line], clerk_id=m["clerk_id"])
    return [s.paid, s.points]


def _sale_raw_setup(ctx: Ctx) -> Any:
    from vipdesk.model.loyalty import tiers
    from vipdesk.model.loyalty.earning import POINTS_PER_YUAN
    from vipdesk.model.store import settings

    m = _probe_member(ctx["work"])
    _open(ctx["work"])  # rules are read once, as a POS caches its price list
    rules = {"discount": {t.name: t.discount for t in tiers.tiers()},
             "per_yuan": int(settings.get(POINTS_PER_YUAN.key))}
    from vipdesk.model.store.db import close_database

    close_database()
    return m, rules, _raw(ctx["work"])


def _sale_raw(state: Any) -> Any:
    """The same rows vipdesk writes for a plain sale: ticket, line, settlement, points, member caches."""
    m, rules, con = state
    now = dt.datetime.now().replace(microsecond=0)
    con.execute("BEGIN IMMEDIATE")
    tier, = con.execute("SELECT tier FROM member WHERE id = ?", (m["id"],)).fetchone()
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
    con.execute("COMMIT")
    return [amount, points]


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

def _seg_vip_setup(ctx: Ctx) -> Any:
    _open(ctx["work"])
    return None


def _seg_vip(_: Any) -> Any:
    from vipdesk.model.segmentation.store import recompute_all

    return recompute_all()


def _seg_raw_setup(ctx: Ctx) -> Any:
    return _raw(ctx["work"])


def _seg_raw(con: sqlite3.Connection) -> Any:
    """RFM inputs per member in one set-based pass, written to a table (the raw floor for S1–S5)."""
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
    "reminders": ("每日关怀提醒扫描", Side(_rem_vip_setup, _rem_vip), Side(_rem_raw_setup, _rem_raw)),
}
