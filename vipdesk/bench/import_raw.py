"""The raw baseline of the member-import bench task, and the digest both sides return (issue 14).

The baseline does the work the import does, as straightforward code: python-calamine reads
the sheet, plain Python normalises every column with vipdesk's pure normaliser functions
(they are the rules: phones, dates incl. lunar, gender, amounts, pinyin keys), and one
``executemany`` per table writes the same rows vipdesk writes (member with every column,
card, opening points entry, opening sale, first tier, new clerks, the audit row) in one
transaction.  It handles the columns vipdesk's own member export writes, with the import's
default duplicate rules for a file without duplicates; anything it does differently shows up
in ``digest``, which the runner compares.

What it does not do, and vipdesk does: the column mapping, the report of changed values,
the private-copy check, the staging and short transactions that keep the counter
selling, recovery after a kill and the backup before a shop's data is touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from pathlib import Path
from typing import Any

_CARD = re.compile(r"[0-9A-Z\-]{3,20}")

_MEMBER_COLUMNS = (
    "id", "name", "phone", "phone_rev", "py_initials", "py_full", "gender", "ethnicity", "birth_year",
    "birth_year_estimated", "birth_month", "birth_day", "birthday_lunar", "birthday_leap", "email", "address",
    "sizes", "occupation", "family", "personality", "buying_habits", "style_prefs", "hobbies", "lifestyle",
    "service_pref", "contact_pref", "promo_attitude", "values", "soft_notes", "observations", "card_no",
    "clerk_id", "referred_by_id", "channel", "enrolled_on", "status", "notes", "created_at", "updated_at",
    "points", "total_spend", "purchase_count", "last_purchase", "tier", "imported_on", "enrolled_unknown")


def rules(db_path: str | Path) -> dict[str, Any]:
    """The shop's tier rules and tier basis, and whether points expire (outside the timing)."""
    from vipdesk.model.loyalty import tiers
    from vipdesk.model.loyalty.ledger import expiry_date_for
    from vipdesk.model.store.db import close_database, open_database
    from vipdesk.model.store.tables import now

    open_database(Path(db_path))
    try:
        return {"tiers": [(t.name, t.threshold) for t in tiers.tiers()], "basis": tiers.basis(),
                "expiring": expiry_date_for(now()) is not None}
    finally:
        close_database()


def import_raw(xlsx: Path, con: sqlite3.Connection, rule: dict[str, Any]) -> None:
    """Read, normalise and insert every member of *xlsx* into the empty database *con*."""
    from python_calamine import CalamineWorkbook

    from vipdesk.model.errors import ValidationError
    from vipdesk.model.importing import parse
    from vipdesk.model.members.age import parse_birth_year
    from vipdesk.model.members.phone import normalize_phone
    from vipdesk.model.members.pinyin import pinyin_keys
    from vipdesk.model.members.profile import Birthday, validate_birthday
    from vipdesk.text import tr

    if rule["expiring"]:
        raise NotImplementedError("the raw baseline writes no expiry lots")
    rows = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    head = [str(h).strip() for h in rows[0]]
    col = {h: i for i, h in enumerate(head)}
    tiers = rule["tiers"]
    today = dt.date.today()
    stamp = dt.datetime.now().replace(microsecond=0)
    py: dict[str, tuple[str, str]] = {}
    by_phone: dict[str, int] = {}
    cards: set[str] = set()
    staff: dict[str, int] = {}
    members: list[tuple[Any, ...]] = []
    card_rows, points_rows, sale_rows, tier_rows = [], [], [], []
    points_reason, sale_note, tier_reason = tr("导入期初积分"), tr("导入期初累计消费"), tr("导入")
    next_id = 1 + (con.execute("SELECT COALESCE(MAX(id), 0) FROM member").fetchone()[0])

    def cell(r: list[Any], name: str) -> Any:
        i = col.get(name)
        v = r[i] if i is not None and i < len(r) else None
        return None if v is None or parse.text_of(v) == "" else v

    for r in rows[1:]:
        try:
            notes: list[str] = []
            name = parse.parse_text(cell(r, "姓名"), "姓名", max_len=40)
            phone = normalize_phone(cell(r, "手机"), "手机")
            if not name or not phone or phone in by_phone:
                continue
            gender = ""
            if (g := cell(r, "性别")) is not None and parse.text_of(g) not in ("保密", "未知", "不详", "-", "/"):
                try:
                    gender = "M" if parse.parse_gender(g, "性别") == parse.MALE else "F"
                except ValidationError:
                    notes.append(f"性别:{parse.text_of(g)}")
            year = month = day = None
            lunar = leap = estimated = False
            if (b := cell(r, "生日")) is not None:
                approx = None
                if not isinstance(b, (dt.date, int, float)):
                    try:
                        approx = parse_birth_year(b, "生日", bare_number_is_age=False)
                    except ValidationError:
                        approx = None
                if approx is not None:
                    year, estimated = approx.year, approx.estimated
                else:
                    d = parse.parse_date(b, "生日")
                    bd = Birthday(d.month, d.day, d.year, d.is_lunar, d.is_leap_month)
                    validate_birthday(bd, "生日")
                    year, month, day, lunar, leap = bd.year, bd.month, bd.day, bd.is_lunar, bd.is_leap
            joined = None
            if (j := cell(r, "入会日期")) is not None:
                joined = parse.parse_date(j, "入会日期").to_date()
                if joined is None or joined > today:
                    continue
            points = parse.parse_points(p, "积分") if (p := cell(r, "积分")) is not None else 0
            spend = parse.parse_amount_fen(s, "累计消费") if (s := cell(r, "累计消费")) is not None else 0
            card = None
            if (c := cell(r, "卡号")) is not None:
                card = re.sub(r"\s+", "", parse.text_of(c)).upper()
                if not _CARD.fullmatch(card):
                    notes.append(f"卡号:{parse.text_of(c)}")
                    card = None
            tier = None
            if (t := cell(r, "等级")) is not None:
                text = parse.text_of(t)
                tier = next((n for n, _ in tiers if n == text or n.rstrip("卡") == text.rstrip("卡会员")), None)
                if tier is None:
                    notes.append(f"等级:{text}")
            email = ""
            if (e := cell(r, "邮箱")) is not None:
                try:
                    email = parse.parse_email(e, "邮箱")
                except ValidationError:
                    notes.append(f"邮箱:{parse.text_of(e)}")
            text = {k: parse.parse_text(v, k, max_len=200) if (v := cell(r, k)) is not None else ""
                    for k in ("民族", "地址", "尺码", "职业", "入会渠道")}
            clerk = parse.parse_text(k, "导购", max_len=40) if (k := cell(r, "导购")) is not None else ""
            referrer = None
            if (ref := cell(r, "介绍人")) is not None:
                try:
                    referrer = normalize_phone(ref, "介绍人")
                except ValidationError:
                    notes.append(f"介绍人:{parse.text_of(ref)}")
            if (n := cell(r, "备注")) is not None:
                notes.append(parse.parse_text(n, "备注", max_len=2000))
        except ValidationError:
            continue  # skip-bad: the row is left out
        if referrer and referrer not in by_phone:
            notes.append(f"介绍人:{referrer}")
        if card in cards:
            notes.append(f"原卡号:{card}")
            card = None
        if tier is None:
            value = spend // 100 if rule["basis"] == "spend" else points
            tier = tiers[0][0]
            for n, threshold in tiers:
                if value >= threshold:
                    tier = n
        if clerk and clerk not in staff:
            staff[clerk] = len(staff) + 1 + con.execute("SELECT COALESCE(MAX(id), 0) FROM staff").fetchone()[0]
            con.execute("INSERT INTO staff (id, name, phone, active, created_at) VALUES (?, ?, '', 1, ?)",
                        (staff[clerk], clerk, stamp))
        if name not in py:
            py[name] = pinyin_keys(name)
        mid = next_id
        next_id += 1
        by_phone[phone] = mid
        members.append((
            mid, name, phone, re.sub(r"\D", "", phone)[::-1], *py[name], gender, text["民族"], year, estimated,
            month, day, lunar, leap, email, text["地址"], text["尺码"], text["职业"], "", "", "", "", "", "", "",
            "", "", "", "", "", card, staff.get(clerk), by_phone.get(referrer) if referrer else None,
            text["入会渠道"], joined or today, "active", ";".join(notes).strip(), stamp, stamp, points, spend, 0,
            None, tier, stamp.date(), joined is None))
        if card:
            cards.add(card)
            card_rows.append((mid, card, joined or stamp.date()))
        if points:
            points_rows.append((mid, stamp, points, points_reason))
        if spend:
            sold = dt.datetime.combine(joined, dt.time()) if joined is not None and joined < today else stamp
            sale_rows.append((f"IMPORT-{mid}", mid, sold, spend, spend, sale_note, stamp))
        tier_rows.append((mid, stamp, tier, tier_reason))

    cols = ", ".join(f'"{c}"' for c in _MEMBER_COLUMNS)
    con.executemany(f"INSERT INTO member ({cols}) VALUES ({', '.join('?' * len(_MEMBER_COLUMNS))})", members)
    con.executemany("INSERT INTO card (member_id, card_no, issued_on, status, price, free_reason, clerk_id)"
                    " VALUES (?, ?, ?, 'active', 0, '', NULL)", card_rows)
    con.executemany("INSERT INTO points_entry (member_id, at, delta, kind, reason, sale_id, clerk_id)"
                    " VALUES (?, ?, ?, 'import', ?, NULL, NULL)", points_rows)
    con.executemany("INSERT INTO sale (ticket_no, member_id, clerk_id, sold_at, kind, original_id, list_total, paid,"
                    " items, tier_discount, points, note, source, created_at)"
                    " VALUES (?, ?, NULL, ?, 'opening', NULL, ?, ?, 0, 1000, 0, ?, 'import', ?)", sale_rows)
    con.executemany("INSERT INTO tier_change (member_id, at, old_tier, new_tier, reason) VALUES (?, ?, '', ?, ?)",
                    tier_rows)
    con.execute("INSERT INTO audit_log (at, clerk, action, count, detail, file) VALUES (?, '', 'import_members', ?,"
                " '', ?)", (stamp, len(members), str(xlsx)))


def digest(db_path: str | Path) -> dict[str, Any]:
    """What an import left in *db_path*: counts, totals and a hash of every stored value that
    does not depend on the clock (members by phone; clerk by name, referrer by phone)."""
    con = sqlite3.connect(str(db_path))
    try:
        h = hashlib.sha256()
        soft = ", ".join(f'm."{c}"' for c in _MEMBER_COLUMNS[6:34] if c not in ("clerk_id", "referred_by_id"))
        for sql in (
            f"SELECT m.name, m.phone, m.phone_rev, m.py_initials, m.py_full, {soft}, s.name, r.phone, m.enrolled_on,"
            " m.status, m.notes, m.points, m.total_spend, m.purchase_count, m.last_purchase, m.tier,"
            " m.imported_on IS NOT NULL, m.enrolled_unknown FROM member m LEFT JOIN staff s ON s.id = m.clerk_id"
            " LEFT JOIN member r ON r.id = m.referred_by_id ORDER BY m.phone",
            "SELECT m.phone, c.card_no, c.issued_on, c.status, c.price, c.free_reason, c.clerk_id"
            " FROM card c JOIN member m ON m.id = c.member_id ORDER BY c.card_no",
            "SELECT m.phone, p.delta, p.kind, p.reason FROM points_entry p JOIN member m ON m.id = p.member_id"
            " ORDER BY m.phone, p.id",
            "SELECT s.ticket_no, m.phone, date(s.sold_at), s.kind, s.list_total, s.paid, s.items, s.tier_discount,"
            " s.points, s.note, s.source FROM sale s JOIN member m ON m.id = s.member_id ORDER BY m.phone, s.id",
            "SELECT m.phone, t.old_tier, t.new_tier, t.reason FROM tier_change t JOIN member m ON m.id = t.member_id"
            " ORDER BY m.phone, t.id",
            "SELECT name, phone, active FROM staff ORDER BY name",
            "SELECT action, count FROM audit_log WHERE action = 'import_members'",
        ):
            for row in con.execute(sql):
                h.update(repr(row).encode("utf-8"))
        (members, points, spend), = con.execute("SELECT COUNT(*), SUM(points), SUM(total_spend) FROM member")
        (ledger,), = con.execute("SELECT COALESCE(SUM(delta), 0) FROM points_entry")
        return {"members": members, "points": points, "spend_fen": spend, "ledger": ledger, "sha256": h.hexdigest()}
    finally:
        con.close()
