"""``vipdesk find QUERY`` (the counter search) and ``vipdesk member KEY`` (one member's summary).

For support calls and owners' scripts: the same search and figures the
window shows, without a window.  Lists mask mobiles (138****1234); ``--json``
carries the full number only with credentials that have the full-phones right
(``--pin-file`` / VIPDESK_PIN), else the masked one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import unicodedata

from vipdesk.cli.common import add_subcommand, emit_json, fail, open_db

TYPE_CHECKING = False
if TYPE_CHECKING:  # issue 14: typing is not loaded at run time (`vipdesk find` pays for each import)
    from typing import Any


def _keep_parent_options(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``vipdesk --db X find 1234`` must mean X: argparse would otherwise put the
    sub-command's default over a --db given before the sub-command."""
    for action in p._actions:
        if action.dest in ("db", "json"):
            action.default = argparse.SUPPRESS
    return p


def register(sub: Any) -> None:
    p = add_subcommand(sub, "find", "柜台查找会员:手机尾号(4位以上)、完整手机号、卡号、姓名、拼音首字母或全拼")
    p.add_argument("query", metavar="QUERY", help="如 1234、13812345678、80000001、明华、hmh、huangminghua")
    p.add_argument("--limit", type=int, default=50, help="最多显示几条(默认 50)")
    p.set_defaults(func=cmd_find)
    _keep_parent_options(p)

    p = add_subcommand(sub, "member", "显示一位会员的概要(档案、等级、积分、消费、生日、孩子、最近消费)")
    p.add_argument("key", metavar="ID_OR_PHONE_OR_CARD", help="会员编号、手机号或卡号")
    p.add_argument("--sales", type=int, default=10, help="显示最近几笔消费(默认 10)")
    p.set_defaults(func=cmd_member)
    _keep_parent_options(p)


# --- plain-text tables with Chinese characters (two columns wide in a terminal)

def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


def _yuan(fen: int) -> float:
    """Yuan as a JSON number with (at most) two decimals; the exact fen travel beside it."""
    return round(fen / 100, 2)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# --- find

# Issue 14: try the light read path first (tests switch it off to compare with the full path).
FIND_LIGHT_PATH = True


def _find_light(args: argparse.Namespace) -> tuple[list[Any], bool] | None:
    """Issue 14: ``find`` on plain sqlite3, without loading peewee, for the one case proven the
    same as ``_find_full`` (tests/cli/test_find_light_path.py): a current, healthy file and no
    credentials to check.  Same search SQL, row query and setup-mode rule (model/access_state.py)
    as the full path.  None: the full path answers — a file to create or migrate, anything
    unusual in the file, or a PIN given (signing in counts failures and logs attempts)."""
    from vipdesk.cli.common import _credentials, db_path
    from vipdesk.model import access_state
    from vipdesk.model.members.rows import fetch_rows
    from vipdesk.model.members.search import search_ids
    from vipdesk.model.store import lite

    path = db_path(args)
    store_db = sys.modules.get("vipdesk.model.store.db")
    if store_db is not None:  # as open_database: this process lets go of any file it had open
        store_db.close_database()
    conn = lite.open_reader(path)
    if conn is None:
        return None
    as_json = bool(getattr(args, "json", False))
    try:
        ids = search_ids(conn.execute, args.query, args.limit)
        by_id = fetch_rows(conn.execute, ids)
        setup = as_json and access_state.setup_mode(conn)
    except Exception:  # noqa: BLE001 - anything unusual: the full path answers, or explains, as always
        return None
    finally:
        lite.close_reader(conn, path)
    if as_json and not setup and _credentials(args)[1] is not None:
        return None  # a PIN to check: the full path signs in (full_phones_allowed)
    return [by_id[i] for i in ids if i in by_id], setup


def _find_full(args: argparse.Namespace) -> tuple[list[Any], bool]:
    """The members found and whether ``--json`` may show full phones, through peewee's connection."""
    from vipdesk.model.members.lists import rows_for_ids
    from vipdesk.model.members.search import search_member_ids

    open_db(args, reading=True)  # issue 14: a read; tidying is left to the next command that writes
    ids = search_member_ids(args.query, limit=args.limit)
    by_id = rows_for_ids(ids)  # one query, the clerk's name joined
    members = [by_id[i] for i in ids if i in by_id]
    full = False
    if getattr(args, "json", False):
        # Issue 13: full numbers only for someone signed in with the right to see them.
        from vipdesk.cli.common import full_phones_allowed

        full = full_phones_allowed(args)
    return members, full


def cmd_find(args: argparse.Namespace) -> int:
    from vipdesk.model.members.phone import mask_phone

    if args.limit < 1:
        return fail("--limit 至少为 1")
    found = _find_light(args) if FIND_LIGHT_PATH else None
    members, full = found if found is not None else _find_full(args)
    if getattr(args, "json", False):
        emit_json([{
            "id": m.id, "name": m.name, "phone": m.phone if full else mask_phone(m.phone),
            "phone_masked": mask_phone(m.phone),
            "card_no": m.card_no or None, "tier": m.tier, "points": m.points,
            "total_spend": _yuan(m.total_spend), "total_spend_fen": m.total_spend,
            "last_purchase": _iso(m.last_purchase), "clerk": m.clerk or None,
        } for m in members])
        return 0
    if not members:
        print(f"没有找到与“{args.query}”匹配的会员")
        return 0
    from vipdesk.formatting import format_date

    rows = [[str(m.id), m.name, mask_phone(m.phone), m.card_no or "", m.tier, f"{m.points:,}",
             format_date(m.last_purchase.date() if isinstance(m.last_purchase, dt.datetime) else m.last_purchase),
             m.clerk] for m in members]
    print(_table(["编号", "姓名", "手机", "卡号", "等级", "积分", "最近消费", "专属导购"], rows))
    print(f"共 {len(members)} 位会员" + ("(已达上限,可用 --limit 显示更多)" if len(members) >= args.limit else ""))
    return 0


# --- member

def _birthday(year: int | None, month: int | None, day: int | None, lunar: bool, leap: bool,
              today: dt.date, estimated: bool = False) -> dict[str, Any] | None:
    from vipdesk.model.members.calendar import Anniversary, age_on, both_calendars_text, next_occurrence

    if not month or not day:
        if not year:
            return None
        return {"year": year, "month": None, "day": None, "is_lunar": False, "is_leap": False,
                "year_estimated": estimated, "text": f"约 {year} 年生", "next": None,
                "age": today.year - year}
    a = Anniversary(month, day, bool(lunar), bool(leap), year)
    try:
        nxt: dt.date | None = next_occurrence(a, today)
        text = both_calendars_text(a, today)
    except ValueError:
        nxt, text = None, a.text()
    return {"year": year, "month": month, "day": day, "is_lunar": bool(lunar), "is_leap": bool(leap),
            "year_estimated": estimated, "text": text, "next": _iso(nxt),
            "age": None if lunar else age_on(year, month, day, today)}


def _age_group(age: int | None) -> str:
    """P4: what and how often to communicate depends on the child's age group."""
    if age is None:
        return ""
    if age <= 3:
        return "1-3岁"
    if age <= 6:
        return "4-6岁"
    if age <= 11:
        return "7-11岁"
    return "12岁以上"


def member_summary(member_id: int, recent: int = 10, today: dt.date | None = None) -> dict[str, Any]:
    """Everything ``vipdesk member --json`` prints, as plain data."""
    from vipdesk.model.members.phone import mask_phone
    from vipdesk.model.members.profile import CARD_STATUSES, GENDERS, SOFT_FIELDS, get_member
    from vipdesk.model.sales.recording import member_sales, sale_lines
    from vipdesk.model.store.tables import Card, Child, Member, MemberDate, Staff

    today = today or dt.date.today()
    m = get_member(member_id)
    clerk = Staff.get_or_none(Staff.id == m.clerk_id) if m.clerk_id else None
    ref = Member.get_or_none(Member.id == m.referred_by_id) if m.referred_by_id else None
    card = None
    if m.card_no:
        card = Card.select().where((Card.member == m.id) & (Card.card_no == m.card_no)).order_by(
            Card.id.desc()).first()
    children = []
    for c in Child.select().where(Child.member == m.id).order_by(Child.id):
        b = _birthday(c.birth_year, c.birth_month, c.birth_day, c.birthday_lunar, c.birthday_leap, today)
        age = b["age"] if b else None
        if b and age is None and c.birth_year:
            age = today.year - c.birth_year
        children.append({"name": c.name, "gender": c.gender, "birthday": b, "age": age,
                         "age_group": _age_group(age), "size": c.size, "notes": c.notes})
    dates = []
    for d in MemberDate.select().where(MemberDate.member == m.id).order_by(MemberDate.id):
        b = _birthday(d.year, d.month, d.day, d.is_lunar, d.is_leap, today)
        dates.append({"kind": d.kind, "label": d.label, "date": b})
    staff_names = {s.id: s.name for s in Staff.select()}
    sales = []
    for s in member_sales(m.id, limit=recent):
        sales.append({
            "id": s.id, "ticket_no": s.ticket_no, "sold_at": _iso(s.sold_at), "kind": s.kind,
            "paid": _yuan(s.paid), "paid_fen": s.paid, "items": s.items, "points": s.points,
            "clerk": staff_names.get(s.clerk_id), "original_id": s.original_id,
            "lines": [{"style_code": ln.style_code, "category": ln.category, "size": ln.size,
                       "unit_price_fen": ln.unit_price, "quantity": ln.quantity, "discount": ln.discount,
                       "amount_fen": ln.amount} for ln in sale_lines(s.id)],
        })
    out: dict[str, Any] = {
        "id": m.id, "name": m.name, "phone": m.phone, "phone_masked": mask_phone(m.phone),
        "gender": m.gender, "gender_text": GENDERS.get(m.gender, ""), "ethnicity": m.ethnicity,
        "birthday": _birthday(m.birth_year, m.birth_month, m.birth_day, m.birthday_lunar, m.birthday_leap, today,
                              m.birth_year_estimated),
        "email": m.email, "address": m.address, "sizes": m.sizes,
    }
    for key in SOFT_FIELDS:
        out[key] = getattr(m, key)
    out.update({
        "soft_notes": m.soft_notes, "observations": m.observations, "channel": m.channel,
        "enrolled_on": _iso(m.enrolled_on), "status": m.status, "notes": m.notes,
        "referred_by": {"id": ref.id, "name": ref.name} if ref else None,
        "clerk": {"id": clerk.id, "name": clerk.name} if clerk else None,
        "card_no": m.card_no,
        "card": {"card_no": card.card_no, "status": card.status, "status_text": CARD_STATUSES.get(card.status, ""),
                 "issued_on": _iso(card.issued_on), "price_fen": card.price} if card else None,
        "tier": m.tier, "points": m.points,
        "total_spend": _yuan(m.total_spend), "total_spend_fen": m.total_spend,
        "purchase_count": m.purchase_count, "last_purchase": _iso(m.last_purchase),
        "children": children, "dates": dates, "recent_sales": sales,
    })
    from vipdesk.model.loyalty.summary import member_loyalty

    loyalty = member_loyalty(m.id, today)  # open vouchers (value, expiry), tier history, expiry forecast
    out.update({"vouchers": loyalty["vouchers"], "tier_history": loyalty["tier_history"], "loyalty": loyalty})
    return out


def _print_summary(s: dict[str, Any]) -> None:
    from vipdesk.formatting import fen_to_yuan_text
    from vipdesk.model.members.profile import SOFT_FIELDS

    out = sys.stdout.write
    gender = f"  {s['gender_text']}" if s["gender_text"] else ""
    out(f"{s['name']}{gender}  (会员编号 {s['id']})\n")
    out(f"  手机:{s['phone_masked']}    卡号:{s['card_no'] or '无'}    等级:{s['tier'] or '无'}    "
        f"积分:{s['points']:,}\n")
    out(f"  累计消费:{fen_to_yuan_text(s['total_spend_fen'])}    消费次数:{s['purchase_count']}    "
        f"最近消费:{s['last_purchase'] or '无'}\n")
    b = s["birthday"]
    if b:
        nxt = f"(下次 {b['next']})" if b.get("next") else ""
        out(f"  生日:{b['text']}{nxt}\n")
    if s["clerk"]:
        out(f"  专属导购:{s['clerk']['name']}\n")
    if s["referred_by"]:
        out(f"  介绍人:{s['referred_by']['name']}(编号 {s['referred_by']['id']})\n")
    if s["channel"]:
        out(f"  入会:{s['enrolled_on']}  渠道:{s['channel']}\n")
    for key, label in (("sizes", "尺码"), ("address", "地址"), ("email", "邮箱")):
        if s[key]:
            out(f"  {label}:{s[key]}\n")
    soft = [f"{SOFT_FIELDS[k][0]}:{s[k]}" for k in SOFT_FIELDS if s.get(k)]
    if soft:
        out("  软档案:" + ";".join(soft) + "\n")
    if s["observations"]:
        out(f"  员工观察:{s['observations']}\n")
    for c in s["children"]:
        b = c["birthday"]
        age = f",{c['age']} 岁" if c["age"] is not None else ""
        out(f"  孩子:{c['name']}{age}{'  生日 ' + b['text'] if b else ''}{'  尺码 ' + c['size'] if c['size'] else ''}\n")
    for d in s["dates"]:
        if d["date"]:
            out(f"  {d['label']}:{d['date']['text']}\n")
    if s["recent_sales"]:
        out("  最近消费:\n")
        for sale in s["recent_sales"]:
            kind = {"return": "退货", "opening": "期初"}.get(sale["kind"], "销售")  # opening: imported spend
            items = "、".join(f"{ln['style_code']} {ln['category']}×{abs(ln['quantity'])}" for ln in sale["lines"])
            out(f"    {sale['sold_at'][:16]}  {kind}  {fen_to_yuan_text(sale['paid_fen'])}  {items}"
                f"{'  导购 ' + sale['clerk'] if sale['clerk'] else ''}\n")


def cmd_member(args: argparse.Namespace) -> int:
    from vipdesk.model.errors import NotFound
    from vipdesk.model.members.profile import resolve

    open_db(args)
    try:
        member = resolve(args.key)
    except NotFound as exc:
        return fail(str(exc), code=1)
    summary = member_summary(member.id, recent=max(0, args.sales))
    if getattr(args, "json", False):
        emit_json(summary)
    else:
        _print_summary(summary)
    return 0
