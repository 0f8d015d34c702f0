"""The reminder engine: whom to call or message on a day, and what to say.

``due_tasks(day, days, clerk_id)`` answers from the data with a handful of
indexed queries per day (birthdays by (birthday_lunar, birth_month,
birth_day), sales by sold_at, members by enrolled_on / last_purchase…), so a
100,000-member shop is never looped over in Python.

State: tasks are recomputed each time; only acted-on tasks and carrying
kinds that fell due on a past-or-present day are written to ``CareTask``.
That row keeps an undone call on the list as overdue until it is done or
dismissed, and lets a day the shop was closed be caught up.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from peewee import fn

from vipdesk.model.care import config, templates
from vipdesk.model.care.base import (
    _CHUNK,
    Task,
    _Cand,
    member_values,
    member_values_by_id,
)
from vipdesk.model.care.cap import care_counts_in_month, is_care_kind, reason_for_count
from vipdesk.model.care.config import KINDS
from vipdesk.model.care.dates import (
    _child_rows,
    _gen_birthday,
    _gen_birthday_soon,
    _gen_child_birthday,
    _gen_member_date,
    _gen_size_up,
    _member_birthdays,
)
from vipdesk.model.care.followups import (
    _gen_followup,
    _gen_points_expiry,
    _gen_referral_followup,
    _gen_referral_thanks,
    _gen_revisit,
    _gen_visit_thanks,
    _gen_welcome,
)
from vipdesk.model.care.lapsing import (
    CHURN_MAX_GAP,
    _gen_churn,
    _gen_dormant,
    _gen_min_care,
    add_months,
    churn_between,
)
from vipdesk.model.care.occasions import WEATHER_KINDS, _gen_event, _gen_holiday, _gen_weather
from vipdesk.model.care.surveys import gen_survey_followup
from vipdesk.model.care.tables import CareScan, CareTask
from vipdesk.model.errors import ValidationError
from vipdesk.model.members import profile as members_mod
from vipdesk.model.store import settings
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import Contact, Member, now
from vipdesk.text import tr

_ALL_MEMBERS_AT = 20000  # above this many candidates fetch members in one pass instead of IN-lists

# names other modules import from the engine (kept after the split, issue 11)
__all__ = [
    "CHURN_MAX_GAP", "WEATHER_KINDS", "Task", "add_months", "churn_between", "complete", "consented", "due_tasks",
    "member_values", "member_values_by_id", "skip", "_member_birthdays", "_child_rows",
]

GENERATORS = {
    "birthday": _gen_birthday, "birthday_soon": _gen_birthday_soon, "child_birthday": _gen_child_birthday,
    "member_date": _gen_member_date, "welcome": _gen_welcome, "referral_thanks": _gen_referral_thanks,
    "referral_followup": _gen_referral_followup, "followup": _gen_followup, "revisit": _gen_revisit,
    "visit_thanks": _gen_visit_thanks, "event": _gen_event, "holiday": _gen_holiday, "weather": _gen_weather,
    "size_up": _gen_size_up, "churn": _gen_churn, "dormant": _gen_dormant, "points_expiry": _gen_points_expiry,
    "survey_followup": gen_survey_followup,
}


def _channel(kind: str, extra: dict[str, Any]) -> str:
    """The kind's channel, unless the care plan chose another for this member (P4/C11)."""
    ch = extra.get("channel")
    return ch if ch in config.CHANNEL_LABELS else KINDS[kind].channel


def _generate(d: dt.date, carry_only: bool = False, window: tuple[dt.date, dt.date] | None = None,
              picked: set[int] | None = None) -> list[_Cand]:
    """All candidates of day *d*; *picked*: members given a stay-in-touch call earlier in the window."""
    out: list[_Cand] = []
    for kind, gen in GENERATORS.items():
        if carry_only and not KINDS[kind].carry:
            continue
        if not config.enabled(kind):
            continue
        if kind == "churn" and window is not None:
            out.extend(churn_between(*window).get(d, []))
        else:
            out.extend(gen(d))
    if config.enabled("min_care"):
        out.extend(_gen_min_care(d, {c.member_id for c in out} | (picked or set())))
    return out


# --- writing down carrying tasks; catching up closed days

def _materialize(d: dt.date, cands: list[_Cand]) -> None:
    rows = [dict(due=d, kind=c.kind, member=c.member_id, ref=c.ref, reason=c.reason[:250],
                 channel=_channel(c.kind, c.extra), extra=json.dumps(c.extra, ensure_ascii=False), status="open")
            for c in cands if KINDS[c.kind].carry]
    with transaction():
        for i in range(0, len(rows), 100):
            CareTask.insert_many(rows[i:i + 100]).on_conflict_ignore().execute()
        CareScan.insert(day=d).on_conflict_ignore().execute()


def _catch_up(day: dt.date, today: dt.date) -> None:
    last = CareScan.select(fn.MAX(CareScan.day)).scalar()
    if last is None:
        return
    if isinstance(last, str):
        last = dt.date.fromisoformat(last)
    start = max(last + dt.timedelta(days=1), day - dt.timedelta(days=int(config.get(config.CATCHUP_DAYS))))
    d = start
    while d < day and d <= today:
        _materialize(d, _generate(d, carry_only=True))
        d += dt.timedelta(days=1)


def _void_stale(day: dt.date) -> None:
    """Carried tasks that no longer make sense: she bought again, was contacted, or the date passed."""
    lead = int(config.get(config.BIRTHDAY_LEAD))
    size_lead = int(config.get(config.SIZEUP_LEAD))
    expiry_lead = int(config.get(config.POINTS_EXPIRY_LEAD))
    open_old = (CareTask.status == "open") & (CareTask.due < day)
    stale: list[int] = []
    q = (CareTask.select(CareTask.id, CareTask.kind, CareTask.due, Member.last_purchase)
         .join(Member, on=(CareTask.member == Member.id))
         .where(open_old & CareTask.kind.in_(["dormant", "churn", "birthday_soon", "size_up", "points_expiry"]))
         .tuples())
    for task_id, kind, due, lp in q:
        if isinstance(due, str):
            due = dt.date.fromisoformat(due)
        if isinstance(lp, str):
            lp = dt.datetime.fromisoformat(lp)
        if kind in ("dormant", "churn") and lp is not None and lp.date() >= due:
            stale.append(task_id)
        elif kind == "birthday_soon" and due + dt.timedelta(days=lead) < day:
            stale.append(task_id)
        elif kind == "size_up" and due + dt.timedelta(days=size_lead) < day:
            stale.append(task_id)
        elif kind == "points_expiry" and due + dt.timedelta(days=expiry_lead) < day:
            stale.append(task_id)  # the points have expired: too late to invite her to redeem them
    contacted = (CareTask.select(CareTask.id)
                 .where(open_old & (CareTask.kind == "min_care")
                        & fn.EXISTS(Contact.select(Contact.id).where(
                            (Contact.member == CareTask.member) & (Contact.at >= CareTask.due)))))
    stale.extend(t.id for t in contacted)
    if stale:
        with transaction():
            for i in range(0, len(stale), 500):
                CareTask.update(status="void", status_reason=tr("已不需要"), closed_at=now()).where(
                    CareTask.id.in_(stale[i:i + 500])).execute()


# --- members, rendering, cap

@dataclass
class _M:
    id: int
    name: str
    phone: str
    gender: str
    points: int
    tier: str
    clerk_id: int | None
    clerk: str
    contact_pref: str
    birth_year: int | None = None


_MEMBER_SQL = (
    "SELECT m.id, m.name, m.phone, m.gender, m.points, m.tier, m.clerk_id, s.name, m.contact_pref, m.birth_year "
    "FROM member m LEFT JOIN staff s ON s.id = m.clerk_id WHERE m.status || '' = 'active'"
)


def _fetch_members(ids: set[int], clerk_id: int | None) -> dict[int, _M]:
    """The few columns a task shows, by raw cursor (peewee's row conversion is the cost at 100,000)."""
    out: dict[int, _M] = {}
    extra = " AND m.clerk_id = ?" if clerk_id is not None else ""
    extra_params: tuple[Any, ...] = (clerk_id,) if clerk_id is not None else ()

    def take(sql: str, params: tuple[Any, ...]) -> None:
        for row in db.execute_sql(sql, params).fetchall():
            if row[0] in ids:
                out[row[0]] = _M(row[0], row[1], row[2], row[3] or "", row[4] or 0, row[5] or "", row[6], row[7] or "",
                                 row[8] or "", row[9])

    if len(ids) > _ALL_MEMBERS_AT:
        take(_MEMBER_SQL + extra, extra_params)
    else:
        id_list = sorted(ids)
        for i in range(0, len(id_list), _CHUNK):
            chunk = id_list[i:i + _CHUNK]
            take(_MEMBER_SQL + f" AND m.id IN ({','.join('?' * len(chunk))})" + extra, (*chunk, *extra_params))
    return out



def _counts_by_member_day(start: dt.date, end: dt.date) -> dict[int, list[dt.date]]:
    """Contacts logged per member per day in [start, end] — the basis of the cap."""
    out: dict[int, list[dt.date]] = defaultdict(list)
    cur = db.execute_sql("SELECT member_id, date(at) FROM contact WHERE at >= ? AND at < ?",
                         (dt.datetime.combine(start, dt.time()),
                          dt.datetime.combine(end + dt.timedelta(days=1), dt.time())))
    for member_id, day in cur.fetchall():
        out[member_id].append(dt.date.fromisoformat(day))
    return out


def _apply_cap(tasks: list[Task], members: dict[int, _M], start: dt.date, end: dt.date) -> None:
    cap_week = int(config.get(config.CAP_WEEK))
    cap_month = int(config.get(config.CAP_MONTH))
    exempt = set(config.get(config.CAP_EXEMPT))
    history = _counts_by_member_day(start - dt.timedelta(days=29), end)
    planned: dict[int, list[dt.date]] = {}
    care_counts: dict[tuple[int, int], dict[int, int]] = {}
    planned_care: dict[tuple[int, tuple[int, int]], int] = {}
    for t in tasks:
        m = members[t.member_id]
        on = max(t.date, start)
        capped = t.kind not in exempt
        if capped and m.contact_pref == "不要打扰":
            t.held_reason = tr("会员希望不被打扰")
            continue
        if capped and (t.member_id in history or t.member_id in planned):
            seen = history.get(t.member_id, []) + planned.get(t.member_id, [])
            week = sum(1 for x in seen if on - dt.timedelta(days=7) < x <= on)
            month = sum(1 for x in seen if on - dt.timedelta(days=30) < x <= on)
            if cap_week and week >= cap_week:
                t.held_reason = tr("近7天已联系{n}次(上限{cap}次)").format(n=week, cap=cap_week)
                continue
            if cap_month and month >= cap_month:
                t.held_reason = tr("近30天已联系{n}次(上限{cap}次)").format(n=month, cap=cap_month)
                continue
        if capped and is_care_kind(t.kind):  # C7: the month's care messages
            ym = (on.year, on.month)
            if ym not in care_counts:
                care_counts[ym] = care_counts_in_month(on)
            n = care_counts[ym].get(t.member_id, 0) + planned_care.get((t.member_id, ym), 0)
            reason = reason_for_count(n, on)
            if reason:
                t.held_reason = reason
                continue
            planned_care[(t.member_id, ym)] = planned_care.get((t.member_id, ym), 0) + 1
        planned.setdefault(t.member_id, []).append(on)


def consented(tasks: list[Task]) -> list[Task]:
    """Issue 7 (PIPL): marketing kinds (promotion notices …) only for members who agreed to marketing;
    care the owner counts as service stays (setting privacy.care_is_service / privacy.marketing_kinds)."""
    from vipdesk.model.privacy.consent import is_marketing_kind, marketing_member_ids

    marketing = {k for k in {t.kind for t in tasks} if is_marketing_kind(k)}
    if not marketing:
        return tasks
    allowed = marketing_member_ids({t.member_id for t in tasks if t.kind in marketing})
    return [t for t in tasks if t.kind not in marketing or t.member_id in allowed]


def due_tasks(day: dt.date, days: int = 1, clerk_id: int | None = None, *, today: dt.date | None = None,
              include_closed: bool = False) -> list[Task]:
    """Tasks due from *day* over *days* days, plus overdue carried ones, ordered for the pane.

    *today* (default: the real date) is the morning scan: when the window
    includes it, today's carrying tasks (and those of days since the last
    scan, e.g. a closed Sunday) are written down so they stay until done.
    Looking at other days (last month, next week) never writes anything.
    Held tasks (don't-pester cap) are included with ``held_reason`` set.
    """
    if days < 1:
        raise ValidationError(tr("天数"), tr("天数至少为 1"))
    today = today or dt.date.today()
    end = day + dt.timedelta(days=days - 1)
    if day <= today <= end:
        _catch_up(today, today)
    if day <= today:
        _void_stale(day)

    cands: list[tuple[dt.date, _Cand]] = []
    picked: set[int] = set()
    for i in range(days):
        d = day + dt.timedelta(days=i)
        gen = _generate(d, window=(day, end), picked=picked)
        picked.update(c.member_id for c in gen if c.kind == "min_care")
        if d == today:
            _materialize(d, gen)
        cands.extend((d, c) for c in gen)

    # stored state of the window, and carried overdue tasks
    state: dict[tuple[str, int, dt.date, str], CareTask] = {}
    for row in CareTask.select().where((CareTask.due >= day) & (CareTask.due <= end)):
        state[(row.kind, row.member_id, row.due, row.ref)] = row
    carry_kinds = [k for k, v in KINDS.items() if v.carry and config.enabled(k)]
    overdue_rows = list(CareTask.select().where((CareTask.status == "open") & (CareTask.due < day)
                                                & CareTask.kind.in_(carry_kinds)).order_by(CareTask.due))
    windows: dict[tuple[str, int, dt.date, str], str] = {}
    items: list[tuple[dt.date, str, int, str, str, dict[str, Any], bool, str]] = []
    for row in overdue_rows:
        items.append((row.due, row.kind, row.member_id, row.ref, row.reason, json.loads(row.extra or "{}"), True,
                      "open"))
    seen: set[tuple[str, int, dt.date, str]] = set()
    for d, c in cands:
        key = (c.kind, c.member_id, d, c.ref)
        if key in seen:
            continue
        seen.add(key)
        row = state.get(key)
        status = row.status if row is not None else "open"
        if status != "open" and not include_closed:
            continue
        windows[key] = c.window
        items.append((d, c.kind, c.member_id, c.ref, c.reason, c.extra, False, status))
    for key, row in state.items():  # written earlier today but not recomputed (today's min-care quota)
        if key in seen or row.status == "void" or (row.status != "open" and not include_closed):
            continue
        if not config.enabled(row.kind):
            continue
        items.append((row.due, row.kind, row.member_id, row.ref, row.reason, json.loads(row.extra or "{}"),
                      False, row.status))

    members = _fetch_members({it[2] for it in items}, clerk_id)
    shop = str(settings.get("shop.name"))
    tmpl_cache = {kind: templates.template_for(kind) for kind in {it[1] for it in items}}
    tasks: list[Task] = []
    for d, kind, member_id, ref, reason, extra, overdue, status in items:
        m = members.get(member_id)
        if m is None:
            continue
        tasks.append(Task(
            date=d, kind=kind, member_id=member_id, name=m.name, phone=m.phone, clerk=m.clerk, clerk_id=m.clerk_id,
            reason=reason, channel=_channel(kind, extra), overdue=overdue, window=windows.get((kind, member_id, d, ref), ""),
            ref=ref, extra=extra, status=status, _template=tmpl_cache[kind], _member=m, _shop=shop,
        ))
    tasks = consented(tasks)
    tasks.sort(key=lambda t: (not t.overdue, t.date, KINDS[t.kind].priority, t.member_id))
    _apply_cap([t for t in tasks if t.status == "open"], members, day, end)
    return tasks


# --- task state

def _store(task: Task, **fields: Any) -> CareTask:
    row = CareTask.get_or_none((CareTask.kind == task.kind) & (CareTask.member == task.member_id)
                               & (CareTask.due == task.date) & (CareTask.ref == task.ref))
    if row is None:
        row = CareTask(due=task.date, kind=task.kind, member=task.member_id, ref=task.ref,
                       reason=task.reason[:250], channel=task.channel,
                       extra=json.dumps(task.extra, ensure_ascii=False, default=str))
    for k, v in fields.items():
        setattr(row, k, v)
    row.save()
    return row


CONTACT_CHANNEL = {"call": "call", "message": "sms"}


def complete(task: Task, *, outcome: str, clerk_id: int | None, channel: str | None = None, note: str = "",
             satisfaction: int | None = None, at: dt.datetime | None = None, lapse_reason: str = "") -> Contact:
    """Mark done: writes the contact log (C12) with kind = the task's kind, in one transaction;
    on a win-back call the reason she gives for lapsing is kept with it (C16)."""
    with transaction():
        contact = members_mod.log_contact(
            task.member_id, clerk_id=clerk_id, channel=channel or CONTACT_CHANNEL.get(task.channel, "call"),
            outcome=outcome, note=note, kind=task.kind, satisfaction=satisfaction, at=at)
        if lapse_reason:
            from vipdesk.model.care.lapse import record_reason

            record_reason(task.member_id, lapse_reason, clerk_id=clerk_id, kind=task.kind, contact_id=contact.id,
                          at=contact.at)
        _store(task, status="done", contact=contact.id, closed_at=now(), closed_by=clerk_id,
               status_reason=(outcome or "").strip()[:250])
        task.status = "done"
        return contact


def skip(task: Task, reason: str, *, clerk_id: int | None = None) -> None:
    """Dismiss a task; the reason is kept (no contact is logged)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(tr("原因"), tr("请填写跳过的原因"))
    with transaction():
        _store(task, status="skipped", status_reason=reason[:250], closed_at=now(), closed_by=clerk_id)
        task.status = "skipped"


def closed_tasks(member_id: int, limit: int = 50) -> list[CareTask]:
    """Done / skipped tasks of a member, newest first (for the detail pane's history)."""
    return list(CareTask.select().where((CareTask.member == member_id) & (CareTask.status.in_(["done", "skipped"])))
                .order_by(CareTask.closed_at.desc()).limit(limit))


def count_by_kind(tasks: Iterable[Task]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for t in tasks:
        out[t.kind] += 1
    return dict(out)

