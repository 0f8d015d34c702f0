"""Who may get which SMS, now or later: the preview before anything is queued.

Every exclusion names its reason (and, when it will go later, when): no
template, not a mobile, under 14 without a guardian's consent, no marketing
consent (opt-outs withdraw it), 不要打扰, the monthly non-sales cap (C7),
already in the outbox, the daily limit per number, the sending window, and
the per-batch / per-month budget in billing units.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from peewee import fn

from vipdesk.model.care import cap
from vipdesk.model.care.engine import Task, member_values
from vipdesk.model.messaging import config, templates
from vipdesk.model.messaging.tables import DELIVERED, SENDING, SUBMITTED, UNKNOWN, SmsMessage
from vipdesk.model.privacy import consent
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Member
from vipdesk.text import tr, tr_noop

MOBILE = re.compile(r"1\d{10}")
SPENT = (SENDING, SUBMITTED, DELIVERED, UNKNOWN)  # a request went (or may have gone) out: billed


@dataclass
class Item:
    task: Task
    member_id: int
    name: str
    phone: str
    kind: str
    template: templates.Template
    params: dict[str, str] | list[str]
    text: str
    units: int
    key: str
    send_at: dt.datetime | None = None  # None = now; else held until the window opens
    note: str = ""

    @property
    def marketing(self) -> bool:
        return self.template.marketing


@dataclass
class Excluded:
    member_id: int
    name: str
    kind: str
    reason: str


@dataclass
class Plan:
    items: list[Item] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)
    provider: str = ""
    cancelled: bool = False

    @property
    def units(self) -> int:
        return sum(i.units for i in self.items)

    @property
    def cost_fen(self) -> int:
        return self.units * int(settings.get(config.PRICE_FEN.key))

    def as_json(self) -> dict[str, Any]:
        return {"count": len(self.items), "units": self.units, "cost_fen": self.cost_fen,
                "messages": [{"member_id": i.member_id, "name": i.name, "kind": i.kind, "text": i.text,
                              "units": i.units, "marketing": i.marketing, "key": i.key,
                              "send_at": i.send_at.isoformat(sep=" ", timespec="minutes") if i.send_at else None,
                              "note": i.note} for i in self.items],
                "excluded": [{"member_id": e.member_id, "name": e.name, "kind": e.kind, "reason": e.reason}
                             for e in self.excluded]}


def message_key(kind: str, member_id: int, day: dt.date, ref: str) -> str:
    """The (member, kind, occasion) identity, short enough for OutId / SessionContext."""
    raw = f"{kind}|{member_id}|{day.isoformat()}|{ref}"
    return "vd" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:22]


def month_units_used(at: dt.datetime) -> int:
    start = dt.datetime(at.year, at.month, 1)
    return int(SmsMessage.select(fn.COALESCE(fn.SUM(SmsMessage.units), 0))
               .where(SmsMessage.status.in_(SPENT) & (SmsMessage.sending_at >= start)).scalar() or 0)


def sent_today(phone: str, at: dt.datetime) -> int:
    start = dt.datetime.combine(at.date(), dt.time())
    return SmsMessage.select().where((SmsMessage.phone == phone) & SmsMessage.status.in_(SPENT)
                                     & (SmsMessage.sending_at >= start)).count()


def _next_month(at: dt.datetime) -> dt.date:
    return dt.date(at.year + (at.month == 12), at.month % 12 + 1, 1)


def _fmt(t: dt.datetime) -> str:
    return f"{t.month}月{t.day}日 {t:%H:%M}"


# Kinds tied to a sale, visit or the programme itself: not "non-sales care", so outside the C7 cap.
CAP_FREE_KINDS = frozenset({"followup", "revisit", "visit_thanks", "welcome", "referral_thanks", "referral_followup",
                            "points_expiry", "voucher_expiry"})
CAP_SETTING = "care.monthly_max_messages"  # declared by vipdesk.model.care.cap


@dataclass
class _Facts:
    """Everything the plan needs about a batch, read with a handful of bulk queries (a holiday batch
    is every member: no per-member round trips for the common checks)."""

    members: dict[int, Member]
    clerks: dict[int, str]
    existing: dict[str, str]  # key → status
    marketing_ok: set[int]
    contacted_this_month: set[int]
    sent_today: dict[str, int]


def _chunks(values: list[Any], n: int = 500) -> Any:
    for i in range(0, len(values), n):
        yield values[i:i + n]


def _facts(tasks: list[Task], at: dt.datetime) -> _Facts:
    from vipdesk.model.store.tables import Contact, Staff

    ids = sorted({t.member_id for t in tasks})
    members: dict[int, Member] = {}
    for chunk in _chunks(ids):
        members.update({m.id: m for m in Member.select().where(Member.id.in_(chunk))})
    clerks = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    keys = sorted({message_key(t.kind, t.member_id, t.date, t.ref) for t in tasks})
    existing: dict[str, str] = {}
    for chunk in _chunks(keys):
        existing.update({k: st for k, st in SmsMessage.select(SmsMessage.key, SmsMessage.status)
                         .where(SmsMessage.key.in_(chunk)).tuples()})
    start = dt.datetime(at.year, at.month, 1)
    end = dt.datetime.combine(_next_month(at), dt.time())
    contacted: set[int] = set()
    for chunk in _chunks(ids):
        contacted.update(mid for (mid,) in Contact.select(Contact.member).distinct()
                         .where(Contact.member.in_(chunk) & (Contact.at >= start) & (Contact.at < end)).tuples())
    day0 = dt.datetime.combine(at.date(), dt.time())
    today = {ph: n for ph, n in SmsMessage.select(SmsMessage.phone, fn.COUNT(SmsMessage.id))
             .where(SmsMessage.status.in_(SPENT) & (SmsMessage.sending_at >= day0))
             .group_by(SmsMessage.phone).tuples()}
    return _Facts(members, clerks, existing, consent.marketing_member_ids(ids), contacted, today)


def plan(tasks: list[Task], at: dt.datetime | None = None, *, progress: Any = None,
         cancelled: Any = None) -> Plan:
    """What would be sent for these reminders, and who is left out and why.  Reads only.

    ``progress(done, total, text)`` / ``cancelled()`` as in the GUI's background tasks; a
    cancelled plan has ``cancelled`` set and must not be queued."""
    at = at or dt.datetime.now()
    cfg = config.provider_config()
    out = Plan(provider=cfg.provider if cfg else "")
    shop = str(settings.get("shop.name"))
    sign = cfg.sign_name if cfg else shop
    mapping = templates.mapped()
    batch_cap = int(settings.get(config.BATCH_BUDGET.key))
    month_cap = int(settings.get(config.MONTH_BUDGET.key))
    per_number = int(settings.get(config.DAILY_PER_NUMBER.key))
    cap_max = int(settings.get(CAP_SETTING))
    month_used = month_units_used(at)
    marketing_kinds = {k: consent.is_marketing_kind(k) for k in {t.kind for t in tasks}}
    windows = {flag: config.next_window_start(at, flag) for flag in (False, True)}
    facts = _facts(tasks, at)
    batch_units = 0
    planned_care: dict[int, int] = {}
    planned_phone: dict[str, int] = {}

    for n, t in enumerate(tasks):
        if n % 200 == 0:
            if cancelled is not None and cancelled():
                out.cancelled = True
                return out
            if progress is not None:
                progress(n, len(tasks), tr("正在检查 {i}/{n}").format(i=n, n=len(tasks)))
        m = facts.members.get(t.member_id)
        name = m.name if m is not None else str(t.member_id)

        def drop(reason: str, t: Task = t, name: str = name) -> None:
            out.excluded.append(Excluded(t.member_id, name, t.kind, reason))

        tpl = mapping.get(t.kind)
        if m is None or m.status != "active":
            drop(tr("会员已停用或不存在"))
            continue
        if tpl is None:
            drop(tr("“{k}”还没有对应的短信模板").format(k=templates.kind_label(t.kind)))
            continue
        key = message_key(t.kind, m.id, t.date, t.ref)
        if key in facts.existing:
            drop(tr("已在发件箱(状态:{s})").format(s=status_label(facts.existing[key])))
            continue
        if not MOBILE.fullmatch(m.phone or ""):
            drop(tr("{p} 不是手机号,不能发短信").format(p=m.phone))
            continue
        note = ""
        if consent.is_under_guardian_age(m.birth_year, m.birth_month, m.birth_day, lunar=bool(m.birthday_lunar),
                                         today=at.date()):
            guardian = consent.state(m.id).guardian_name
            if not guardian:
                drop(tr("未满14岁,没有监护人同意,不发短信"))
                continue
            note = tr("发给监护人{g}").format(g=guardian)
        if (tpl.marketing or marketing_kinds[t.kind]) and m.id not in facts.marketing_ok:
            drop(tr("没有同意接收营销信息(或已退订)"))
            continue
        if (m.contact_pref or "") == "不要打扰":
            drop(tr("会员希望不被打扰"))
            continue
        if t.held_reason:
            drop(t.held_reason)
            continue
        capped = t.kind not in CAP_FREE_KINDS and cap_max > 0
        if capped:
            # C7 through the care cap's own rule; only members with a contact this month can be over it.
            reason = cap.cap_reason(m.id, at.date()) if m.id in facts.contacted_this_month else None
            if reason is None and planned_care.get(m.id, 0) and (
                    (cap.care_messages_in_month(m.id, at.date()) if m.id in facts.contacted_this_month else 0)
                    + planned_care[m.id] >= cap_max):
                nxt = _next_month(at)
                reason = tr("本批已有给她的关怀消息(每月最多 {cap} 条),{y}年{mo}月起可再发").format(
                    cap=cap_max, y=nxt.year, mo=nxt.month)
            if reason:
                drop(reason)
                continue
        if per_number and facts.sent_today.get(m.phone, 0) + planned_phone.get(m.phone, 0) >= per_number:
            drop(tr("这个号码今天已达 {n} 条上限,明天再发").format(n=per_number))
            continue
        values = member_values(SimpleNamespace(name=m.name, gender=m.gender, points=m.points, tier=m.tier,
                                               clerk=facts.clerks.get(m.clerk_id, "")), shop)
        values.setdefault("日期", f"{t.date.month}月{t.date.day}日")
        values.update(t.extra or {})
        params = templates.param_values(tpl, values, out.provider)
        cut = templates.truncated(tpl, values, out.provider)
        if cut:
            note = (note + ";" if note else "") + tr("{f} 超过变量长度上限,已截断").format(f="、".join(cut))
        text = templates.render(tpl, params, sign, fallback=t.text)
        if not tpl.text:
            note = (note + ";" if note else "") + tr("模板内容未填写,按提醒文字估算")
        n_units = templates.units(text)
        if batch_cap and batch_units + n_units > batch_cap:
            drop(tr("超出本批预算({n} 条计费),下次再发").format(n=batch_cap))
            continue
        if month_cap and month_used + batch_units + n_units > month_cap:
            nxt = _next_month(at)
            drop(tr("本月短信预算({n} 条计费)已用完,{m}月1日起可发").format(n=month_cap, m=nxt.month))
            continue
        send_at = windows[tpl.marketing]
        if send_at is not None:
            note = (note + ";" if note else "") + tr("不在发送时段,将于 {t} 发送").format(t=_fmt(send_at))
        batch_units += n_units
        planned_phone[m.phone] = planned_phone.get(m.phone, 0) + 1
        if capped:
            planned_care[m.id] = planned_care.get(m.id, 0) + 1
        out.items.append(Item(t, m.id, m.name, m.phone, t.kind, tpl, params, text, n_units, key, send_at, note))
    return out


STATUS_LABELS = {"queued": tr_noop("待发送"), "sending": tr_noop("发送中"), "submitted": tr_noop("已提交"),
                 "delivered": tr_noop("已送达"), "failed": tr_noop("失败"), "unknown": tr_noop("待确认")}


def status_label(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


def task_json(t: Task) -> str:
    return json.dumps(t.extra or {}, ensure_ascii=False, default=str)
