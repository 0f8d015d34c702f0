"""Data for the printouts: the weekly call list (per clerk) and next month's birthday list (C1).

Pure data; ``vipdesk.reports.calllist`` / ``birthdays`` turn it into HTML and
the Qt layer prints that or writes a PDF.  Phones are masked unless the owner
chose full numbers; printing full numbers is written to the audit log.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from dataclasses import dataclass, field

from vipdesk.model.care import config
from vipdesk.model.care.engine import Task, _member_birthdays, due_tasks
from vipdesk.model.members.calendar import Anniversary, anniversary_text
from vipdesk.model.members.phone import mask_phone
from vipdesk.model.members.profile import SOFT_FIELDS
from vipdesk.model.store import settings
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import AuditLog, Member, Sale, SaleLine
from vipdesk.text import tr


@dataclass
class CallRow:
    date: dt.date
    member_id: int
    name: str
    phone: str
    reason: str
    kind_label: str
    last_purchase: str
    talking_points: str
    overdue: bool = False


@dataclass
class ClerkSection:
    clerk: str
    rows: list[CallRow] = field(default_factory=list)


def week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def talking_points(m: Member) -> str:
    """Soft-profile facts worth mentioning on the phone (P2), shortest first."""
    parts = []
    for key in ("family", "occupation", "hobbies", "style_prefs", "lifestyle", "contact_pref"):
        value = (getattr(m, key) or "").strip()
        if value:
            parts.append(f"{tr(SOFT_FIELDS[key][0])}:{value}")
    notes = (m.soft_notes or "").strip().replace("\n", " ")
    if notes:
        parts.append(notes[:40] + ("…" if len(notes) > 40 else ""))
    return ";".join(parts)


def _last_purchase_text(member_id: int) -> str:
    sale = (Sale.select().where((Sale.member == member_id) & (Sale.kind == "sale"))
            .order_by(Sale.sold_at.desc()).first())
    if sale is None:
        return tr("未购买")
    items = [line.category or line.style_code for line in SaleLine.select().where(SaleLine.sale == sale.id).limit(3)]
    return f"{sale.sold_at:%Y-%m-%d} " + tr("、").join(tr(i) for i in items if i)  # categories shown translated


def weekly_call_list(week: dt.date, *, full_phone: bool | None = None, clerk_id: int | None = None,
                     today: dt.date | None = None, printed_by: str = "") -> list[ClerkSection]:
    """Call tasks of the week starting Monday of *week*, grouped by clerk (held ones left out)."""
    start = week_start(week)
    if full_phone is None:
        full_phone = bool(config.get(config.CALLLIST_FULL_PHONE))
    tasks: list[Task] = [t for t in due_tasks(start, 7, clerk_id, today=today)
                         if t.channel == "call" and not t.held_reason]
    ids = {t.member_id for t in tasks}
    members = {m.id: m for m in Member.select().where(Member.id.in_(list(ids)))} if ids else {}
    sections: dict[str, ClerkSection] = {}
    for t in tasks:
        m = members[t.member_id]
        clerk = t.clerk or tr("未分配导购")
        sec = sections.setdefault(clerk, ClerkSection(clerk))
        sec.rows.append(CallRow(
            date=t.date, member_id=t.member_id, name=t.name,
            phone=t.phone if full_phone else mask_phone(t.phone), reason=t.reason, kind_label=t.kind_label,
            last_purchase=_last_purchase_text(t.member_id), talking_points=talking_points(m), overdue=t.overdue,
        ))
    if full_phone and tasks:
        with transaction():
            AuditLog.create(clerk=printed_by, action="print_full_phones", count=len(tasks),
                            detail=tr("回访清单打印完整手机号"))
    return sorted(sections.values(), key=lambda s: s.clerk)


@dataclass
class BirthdayRow:
    date: dt.date  # this year's solar date of the birthday
    name: str
    birthday: str  # as the member keeps it: 3月7日 or 农历八月十五


def birthday_list(year: int, month: int) -> list[BirthdayRow]:
    """Members whose birthday (solar or lunar) falls in that month: name + birth date, no phone (C1)."""
    days = _cal.monthrange(year, month)[1]
    rows: list[BirthdayRow] = []
    for n in range(1, days + 1):
        d = dt.date(year, month, n)
        for m in _member_birthdays(d):
            a = Anniversary(m.birth_month, m.birth_day, m.birthday_lunar, m.birthday_leap)
            text = anniversary_text(a)
            if m.birthday_lunar:
                text += tr("(公历{m}月{d}日)").format(m=d.month, d=d.day)
            rows.append(BirthdayRow(d, m.name, text))
    return rows


def next_month(today: dt.date | None = None) -> tuple[int, int]:
    today = today or dt.date.today()
    return (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)


def shop_name() -> str:
    return str(settings.get("shop.name"))
