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
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from vipdesk.formatting import format_month_day
from vipdesk.model.care import config, holidays, templates
from vipdesk.model.care.config import KINDS
from vipdesk.model.care.tables import CareEvent, CareScan, CareTask, EventInvite, WeatherCare
from vipdesk.model.errors import ValidationError
from vipdesk.model.members import profile as members_mod
from vipdesk.model.members.calendar import Anniversary, anniversary_text, occurrence_in_year, to_lunar
from vipdesk.model.store import settings
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import Child, Contact, Member, MemberDate, Sale, SaleLine, Visit, now
from vipdesk.text import tr, tr_noop

_CHUNK = 500
_ALL_MEMBERS_AT = 20000  # above this many candidates fetch members in one pass instead of IN-lists


@dataclass
class Task:
    """One thing to do for one member on one day."""

    date: dt.date
    kind: str
    member_id: int
    name: str = ""
    phone: str = ""
    clerk: str = ""
    clerk_id: int | None = None
    reason: str = ""
    channel: str = "call"  # call / message
    overdue: bool = False
    held_reason: str = ""
    window: str = ""  # suggested send window, e.g. "10:00-12:00"
    ref: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    status: str = "open"
    # The text is rendered when first read: a holiday puts 100,000 greetings on the list
    # and the pane shows a few of them.
    _template: str = field(default="", repr=False)
    _member: Any = field(default=None, repr=False)
    _shop: str = field(default="", repr=False)
    _text: str | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._text is None:
            values = member_values(self._member, self._shop) if self._member is not None else {}
            values.setdefault("日期", _sms_md(self.date))
            values.update(self.extra)
            self._text = templates.render(self._template, values)
        return self._text

    @property
    def kind_label(self) -> str:
        return config.kind_label(self.kind)

    @property
    def channel_label(self) -> str:
        return tr(config.CHANNEL_LABELS.get(self.channel, self.channel))

    @property
    def key(self) -> tuple[str, int, dt.date, str]:
        return (self.kind, self.member_id, self.date, self.ref)

    def as_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(), "kind": self.kind, "kind_label": self.kind_label,
            "member_id": self.member_id, "name": self.name, "phone": self.phone, "clerk": self.clerk,
            "clerk_id": self.clerk_id, "reason": self.reason, "channel": self.channel, "text": self.text,
            "overdue": self.overdue, "held_reason": self.held_reason, "window": self.window, "ref": self.ref,
        }


@dataclass
class _Cand:
    kind: str
    member_id: int
    reason: str
    ref: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    window: str = ""


def _md(d: dt.date) -> str:
    """A day in a reminder's reason, in the app's language."""
    return format_month_day(d.month, d.day)


def _sms_md(d: dt.date) -> str:
    """A day inside the message itself: the SMS goes to the member in Chinese whatever the app shows."""
    return f"{d.month}月{d.day}日"


def _day_bounds(d: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(d, dt.time())
    return start, start + dt.timedelta(days=1)


# --- yearly dates (birthdays, children, anniversaries)

def _anniv_matches(model: Any, f_lunar: Any, f_month: Any, f_day: Any, f_leap: Any, d: dt.date,
                   where: Any = None) -> list[Any]:
    """Rows whose yearly date (solar or lunar) falls on *d*; uses the (lunar, month, day) index.

    Candidates are fetched by month/day, then each is checked with the
    calendar rules (2月29日 in a common year → 2月28日, lunar 三十 in a short
    month → 廿九, 闰月 only in years that have it).
    """
    out = []
    solar_days = [d.day]
    if d.month == 2 and d.day == 28:
        solar_days.append(29)
    q = model.select().where((f_lunar == False) & (f_month == d.month) & (f_day.in_(solar_days)))  # noqa: E712
    if where is not None:
        q = q.where(where)
    for row in q:
        a = Anniversary(getattr(row, f_month.name), getattr(row, f_day.name), False, False)
        if occurrence_in_year(a, d.year) == d:
            out.append(row)
    ly, lm, ld, _leap = to_lunar(d)
    lunar_days = [ld] if ld < 29 else list(range(ld, 31))
    q = model.select().where((f_lunar == True) & (f_month == lm) & (f_day.in_(lunar_days)))  # noqa: E712
    if where is not None:
        q = q.where(where)
    for row in q:
        a = Anniversary(lm, getattr(row, f_day.name), True, bool(getattr(row, f_leap.name)))
        if occurrence_in_year(a, ly) == d:
            out.append(row)
    return out


def _active() -> Any:
    """status = 'active', written so SQLite never drives a query by the low-selectivity status index
    (it would otherwise seek 100,000 members instead of using the date or birthday index)."""
    return Member.status.concat("") == "active"


def _active_ids(ids: list[int]) -> set[int]:
    out: set[int] = set()
    ids = sorted(set(ids))
    for i in range(0, len(ids), _CHUNK):
        out.update(r[0] for r in Member.select(Member.id).where(Member.id.in_(ids[i:i + _CHUNK]) & _active()).tuples())
    return out


def _member_birthdays(d: dt.date) -> list[Member]:
    return _anniv_matches(Member, Member.birthday_lunar, Member.birth_month, Member.birth_day,
                          Member.birthday_leap, d, _active())


def _birthday_text(m: Member) -> str:
    return anniversary_text(Anniversary(m.birth_month, m.birth_day, m.birthday_lunar, m.birthday_leap))


def _gen_birthday(d: dt.date) -> Iterable[_Cand]:
    for m in _member_birthdays(d):
        yield _Cand("birthday", m.id, tr("今天生日:") + _birthday_text(m), extra={"日期": _sms_md(d)})


def _gen_birthday_soon(d: dt.date) -> Iterable[_Cand]:
    lead = int(config.get(config.BIRTHDAY_LEAD))
    if lead <= 0:
        return
    bday = d + dt.timedelta(days=lead)
    for m in _member_birthdays(bday):
        yield _Cand("birthday_soon", m.id,
                    (tr("{n}天后生日:{text}({date})") if m.birthday_lunar else tr("{n}天后生日({date})")).format(
                        n=lead, date=_md(bday), text=_birthday_text(m)),
                    ref=bday.isoformat(), extra={"日期": _sms_md(bday)})


def _child_rows(d: dt.date) -> list[Child]:
    return [c for c in _anniv_matches(Child, Child.birthday_lunar, Child.birth_month, Child.birth_day,
                                      Child.birthday_leap, d) if c.member_id in _active_ids([c.member_id])]


def _gen_child_birthday(d: dt.date) -> Iterable[_Cand]:
    for c in _child_rows(d):
        yield _Cand("child_birthday", c.member_id, tr("孩子{name}今天生日").format(name=c.name), ref=str(c.id),
                    extra={"孩子": c.name, "日期": _sms_md(d)})


def _gen_member_date(d: dt.date) -> Iterable[_Cand]:
    rows = _anniv_matches(MemberDate, MemberDate.is_lunar, MemberDate.month, MemberDate.day, MemberDate.is_leap, d)
    active = _active_ids([r.member_id for r in rows])
    for r in (r for r in rows if r.member_id in active):
        label = r.label or tr("纪念日")
        yield _Cand("member_date", r.member_id, tr("今天是{label}").format(label=label), ref=str(r.id),
                    extra={"纪念日": label, "日期": _sms_md(d)})


# --- after a sale (C4)

def _sales_on(d: dt.date) -> dict[int, list[Sale]]:
    start, end = _day_bounds(d)
    by_member: dict[int, list[Sale]] = defaultdict(list)
    q = (Sale.select(Sale.id, Sale.member, Sale.sold_at)
         .join(Member, on=(Sale.member == Member.id))
         .where((Sale.sold_at >= start) & (Sale.sold_at < end) & (Sale.kind == "sale") & _active())
         .order_by(Sale.sold_at))
    for s in q:
        by_member[s.member_id].append(s)
    return by_member


def _items_texts(sale_ids: list[int]) -> dict[int, str]:
    """Short "连衣裙(M)、风衣" per sale, in one query per 500 sales."""
    out: dict[int, list[str]] = defaultdict(list)
    for i in range(0, len(sale_ids), _CHUNK):
        q = (SaleLine.select(SaleLine.sale, SaleLine.category, SaleLine.style_code, SaleLine.size)
             .where(SaleLine.sale.in_(sale_ids[i:i + _CHUNK])).order_by(SaleLine.id).tuples())
        for sale_id, category, style, size in q:
            label = (category or style or "") + (f"({size})" if size else "")
            if label and label not in out[sale_id]:
                out[sale_id].append(label)
    return {k: "、".join(v) for k, v in out.items()}


def _gen_after_sale(kind: str, days: int, d: dt.date) -> Iterable[_Cand]:
    bought = d - dt.timedelta(days=days)
    sales = _sales_on(bought)
    texts = _items_texts([s.id for ss in sales.values() for s in ss])
    wins = config.windows()
    window = wins[0] if kind == "revisit" and wins else ""
    for member_id, ss in sales.items():
        ids = [s.id for s in ss]
        labels: list[str] = []
        for sid in ids:
            for label in (texts.get(sid) or "").split("、"):
                if label and label not in labels:
                    labels.append(label)
        items = "、".join(labels[:3]) or "衣服"  # for the SMS, Chinese
        shown = tr("、").join(labels[:3]) or tr("衣服")
        reason = tr("{date}购买了{items}(第{n}天)").format(date=_md(bought), items=shown, n=days)
        yield _Cand(kind, member_id, reason, ref=str(ids[0]), extra={"日期": _sms_md(bought), "购买": items},
                    window=window)


def _gen_followup(d: dt.date) -> Iterable[_Cand]:
    return _gen_after_sale("followup", int(config.get(config.FOLLOWUP_DAYS)), d)


def _gen_revisit(d: dt.date) -> Iterable[_Cand]:
    return _gen_after_sale("revisit", int(config.get(config.REVISIT_DAYS)), d)


# --- enrolment, referral (C9, C5), visits (C8)

def _not_imported() -> Any:
    """Members created by a member import are old customers, not new ones: no welcome,
    no referral thanks or follow-up (an import of 100,000 would flood the list)."""
    from vipdesk.model.importing.members_import import was_imported

    return ~was_imported(Member.id)


def _gen_welcome(d: dt.date) -> Iterable[_Cand]:
    for m in Member.select(Member.id).where((Member.enrolled_on == d) & _active() & _not_imported()):
        yield _Cand("welcome", m.id, tr("{date}新入会").format(date=_md(d)))


def _gen_referral_thanks(d: dt.date) -> Iterable[_Cand]:
    Referrer = Member.alias()
    q = (Member.select(Member.id, Member.name, Member.referred_by)
         .join(Referrer, on=(Member.referred_by == Referrer.id))
         .where((Member.enrolled_on == d) & (Referrer.status == "active") & _not_imported()))
    for m in q:
        yield _Cand("referral_thanks", m.referred_by_id, tr("介绍了新会员{name}").format(name=m.name),
                    ref=str(m.id), extra={"新会员": m.name})


def _gen_referral_followup(d: dt.date) -> Iterable[_Cand]:
    n = int(config.get(config.REFERRAL_FOLLOWUP_DAYS))
    q = Member.select(Member.id).where((Member.enrolled_on == d - dt.timedelta(days=n))
                                       & Member.referred_by.is_null(False) & _active() & _not_imported())
    for m in q:
        yield _Cand("referral_followup", m.id, tr("经老会员介绍入会第{n}天").format(n=n))


def _gen_visit_thanks(d: dt.date) -> Iterable[_Cand]:
    late = int(config.get(config.VISIT_LATE_HOUR))
    wins = config.windows()
    start, end = _day_bounds(d)
    cut_today = start + dt.timedelta(hours=late)
    cut_yday = cut_today - dt.timedelta(days=1)
    q = (Visit.select(Visit.id, Visit.member, Visit.visited_at)
         .join(Member, on=(Visit.member == Member.id))
         .where((Visit.visited_at >= cut_yday) & (Visit.visited_at < cut_today) & _active())
         .order_by(Visit.visited_at))
    visits = list(q)
    bought: set[tuple[int, dt.date]] = set()
    if visits:
        ids = sorted({v.member_id for v in visits})
        for i in range(0, len(ids), _CHUNK):
            for member_id, sold_at in (Sale.select(Sale.member, Sale.sold_at)
                                       .where((Sale.sold_at >= start - dt.timedelta(days=1)) & (Sale.sold_at < end)
                                              & (Sale.kind == "sale") & Sale.member.in_(ids[i:i + _CHUNK])).tuples()):
                if isinstance(sold_at, str):
                    sold_at = dt.datetime.fromisoformat(sold_at)
                bought.add((member_id, sold_at.date()))
    seen: set[int] = set()
    for v in visits:
        vday = v.visited_at.date()
        if v.member_id in seen or (v.member_id, vday) in bought:
            continue  # she bought that day after all: the after-sale follow-up covers her
        seen.add(v.member_id)
        late_visit = vday < d
        window = (wins[0] if late_visit else wins[-1]) if wins else ""
        reason = tr("{date}晚上到店未购买").format(date=_md(vday)) if late_visit else tr("今天到店未购买")
        yield _Cand("visit_thanks", v.member_id, reason, ref=str(v.id), window=window)


# --- lapsing members (S8, S9, C16)

def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    import calendar as _cal

    return dt.date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def _gen_dormant(d: dt.date) -> Iterable[_Cand]:
    for months in sorted({int(x) for x in config.get(config.DORMANT_MONTHS)}):
        approx = add_months(d, -months)
        sources = [x for x in (approx + dt.timedelta(days=k) for k in range(-3, 4)) if add_months(x, months) == d]
        if not sources:
            continue
        start = dt.datetime.combine(min(sources), dt.time())
        end = dt.datetime.combine(max(sources) + dt.timedelta(days=1), dt.time())
        q = Member.select(Member.id, Member.last_purchase).where(
            (Member.last_purchase >= start) & (Member.last_purchase < end) & _active())
        for m in q:
            yield _Cand("dormant", m.id, tr("已{n}个月没有购买(上次 {date})").format(
                n=months, date=m.last_purchase.date().isoformat()), ref=f"{months}m")


CHURN_MAX_GAP = 183  # days; someone who usually comes less often than this is not a regular


_churn_cache: dict[tuple[Any, ...], dict[dt.date, list[_Cand]]] = {}


def churn_between(start: dt.date, end: dt.date) -> dict[dt.date, list[_Cand]]:
    """Churn warnings whose crossing day falls in [start, end], in one query.

    The query groups each recent regular's sales, which is the costliest
    step of a scan, so the answer is cached until a sale is recorded or the
    settings change (the pane refreshes after every write).
    """
    factor = float(config.get(config.CHURN_FACTOR))
    min_n = max(int(config.get(config.CHURN_MIN_PURCHASES)), 2)
    version = Sale.select(fn.MAX(Sale.id), fn.COUNT(Sale.id)).tuples().get()
    key = (start, end, factor, min_n, version, db.database)
    if key in _churn_cache:
        return _churn_cache[key]
    sql = (
        "SELECT member_id, last, gap, date(last, '+' || (CAST(? * gap AS INTEGER) + 1) || ' days') AS cross FROM ("
        " SELECT s.member_id AS member_id, date(MAX(s.sold_at)) AS last, COUNT(*) AS n, "
        "  (julianday(date(MAX(s.sold_at))) - julianday(date(MIN(s.sold_at)))) / (COUNT(*) - 1) AS gap "
        " FROM member m JOIN sale s ON s.member_id = m.id "
        " WHERE m.status || '' = 'active' AND m.purchase_count >= ? AND m.last_purchase >= ? "
        "  AND m.last_purchase < ? AND s.kind = 'sale' "
        " GROUP BY s.member_id) "
        "WHERE n >= ? AND gap > 0 AND gap <= ? AND cross BETWEEN ? AND ?"
    )
    first = dt.datetime.combine(start, dt.time()) - dt.timedelta(days=int(factor * CHURN_MAX_GAP) + 1)
    last_ok = dt.datetime.combine(end, dt.time())
    out: dict[dt.date, list[_Cand]] = defaultdict(list)
    cur = db.execute_sql(sql, (factor, min_n, first, last_ok, min_n, CHURN_MAX_GAP, start.isoformat(),
                               end.isoformat()))
    for member_id, last, gap, cross in cur.fetchall():
        d = dt.date.fromisoformat(cross)
        out[d].append(_Cand("churn", member_id, tr("平时约{gap}天来一次,已{n}天没来(上次 {last})").format(
            gap=round(gap), n=(d - dt.date.fromisoformat(last)).days, last=last), ref=last))
    if len(_churn_cache) > 16:
        _churn_cache.clear()
    _churn_cache[key] = dict(out)
    return _churn_cache[key]


def _gen_churn(d: dt.date) -> Iterable[_Cand]:
    """A regular whose gap since her last purchase passes factor × her usual gap, on the day it does."""
    return list(churn_between(d, d).get(d, []))


def _gen_min_care(d: dt.date, exclude: set[int]) -> Iterable[_Cand]:
    """Members not in touch for N days (no contact, purchase or enrolment since); a daily quota, oldest first."""
    if CareScan.get_or_none(CareScan.day == d) is not None and CareTask.select().where(
            (CareTask.kind == "min_care") & (CareTask.due == d)).exists():
        return  # today's quota was already chosen; do not pick new members after each call
    days = int(config.get(config.MIN_CARE_DAYS))
    limit = int(config.get(config.MIN_CARE_DAILY))
    if limit <= 0:
        return
    cutoff = (d - dt.timedelta(days=days)).isoformat()
    sql = (
        "WITH lc AS (SELECT member_id, MAX(at) AS at FROM contact GROUP BY member_id), "
        "t AS (SELECT m.id AS id, MAX(date(m.enrolled_on), COALESCE(date(lc.at), '0000-00-00'), "
        "  COALESCE(date(m.last_purchase), '0000-00-00')) AS touch "
        " FROM member m LEFT JOIN lc ON lc.member_id = m.id "
        " WHERE m.status || '' = 'active' AND date(m.enrolled_on) <= ? "
        "  AND (m.last_purchase IS NULL OR date(m.last_purchase) <= ?) "
        "  AND m.id NOT IN (SELECT member_id FROM care_task WHERE kind = 'min_care' AND status = 'open')) "
        "SELECT id, touch FROM t WHERE touch <= ? ORDER BY touch, id LIMIT ?"
    )
    cur = db.execute_sql(sql, (cutoff, cutoff, cutoff, limit + len(exclude)))
    n = 0
    for member_id, touch in cur.fetchall():
        if member_id in exclude:
            continue
        if n >= limit:
            break
        n += 1
        yield _Cand("min_care", member_id, tr("已{n}天没有联系(上次 {date})").format(
            n=(d - dt.date.fromisoformat(touch)).days, date=touch))


# --- holiday, event, weather (C2, C6, C3)

def _member_filter(tiers: list[str] | None = None, tier: str = "", clerk_id: int | None = None) -> Any:
    cond = _active()
    if tiers:
        cond &= Member.tier.in_(tiers)
    if tier:
        cond &= Member.tier == tier
    if clerk_id:
        cond &= Member.clerk == clerk_id
    return cond


def _gen_holiday(d: dt.date) -> Iterable[_Cand]:
    for h in holidays.holidays_on(d, list(config.get(config.HOLIDAYS))):
        cond = _member_filter(list(config.get(config.HOLIDAY_TIERS)))
        name = tr(h.name)  # the reason the clerk reads; the SMS keeps the Chinese name and wish
        sql, params = Member.select(Member.id).where(cond).sql()
        for (member_id,) in db.execute_sql(sql, params).fetchall():
            yield _Cand("holiday", member_id, name, ref=f"{h.key}{d.year}",
                        extra={"节日": h.name, "祝福": h.wish, "日期": _sms_md(d)})


def _gen_event(d: dt.date) -> Iterable[_Cand]:
    days = int(config.get(config.EVENT_NOTICE_DAYS))
    start, end = _day_bounds(d + dt.timedelta(days=days))
    window = " / ".join(config.windows())
    for ev in CareEvent.select().where((CareEvent.starts_at >= start) & (CareEvent.starts_at < end)
                                       & (CareEvent.cancelled == False)):  # noqa: E712
        when = f"{_sms_md(ev.starts_at.date())} {ev.starts_at:%H:%M}"
        q = (EventInvite.select(EventInvite.member).join(Member, on=(EventInvite.member == Member.id))
             .where((EventInvite.event == ev.id) & (EventInvite.reply != "no") & _active()))
        for inv in q:
            yield _Cand("event", inv.member_id, tr("{n}天后活动:{name}").format(n=days, name=ev.name),
                        ref=str(ev.id), extra={"活动": ev.name, "日期": when}, window=window)


WEATHER_KINDS = {
    "cold": ("降温", "近日气温骤降,出门记得添衣保暖,注意身体。"),
    "heat": ("高温", "近日天气炎热,出门注意防晒,多喝水,别中暑了。"),
    "typhoon": ("台风", "台风将至,请尽量减少外出,关好门窗,注意安全。"),
    "rain": ("降雨", "近日多雨,出门记得带伞,路上注意安全。"),
}
_WEATHER_NAMES = tr_noop(("降温", "高温", "台风", "降雨"))  # shown translated; the lines are message text


def _gen_weather(d: dt.date) -> Iterable[_Cand]:
    for w in WeatherCare.select().where(WeatherCare.day == d):
        label, line = WEATHER_KINDS.get(w.weather, (w.weather, ""))
        text = w.note or tr(line)
        if w.member_ids:
            ids = [int(i) for i in json.loads(w.member_ids)]
            rows: Iterable[tuple[int]] = [(i,) for i in ids]
        else:
            rows = Member.select(Member.id).where(_member_filter(tier=w.tier, clerk_id=w.clerk_id)).tuples()
        for (member_id,) in rows:
            yield _Cand("weather", member_id, tr("天气关怀:{w}").format(w=tr(label)), ref=str(w.id),
                        extra={"天气关怀": text})


# --- points about to expire (L4, issue 4)

def _gen_points_expiry(d: dt.date) -> Iterable[_Cand]:
    """Points that expire N days from *d* ("300 积分 12月31日到期"), once per expiry date;
    nothing while the shop has points expiry off."""
    from vipdesk.model.loyalty import config as loyalty_config
    from vipdesk.model.loyalty.ledger import expiry_forecast
    from vipdesk.model.loyalty.tables import PointsLot

    if not loyalty_config.get(loyalty_config.EXPIRY_ENABLED.key):
        return
    lead = max(int(config.get(config.POINTS_EXPIRY_LEAD)), 0)
    target = d + dt.timedelta(days=lead)
    ids = [r[0] for r in PointsLot.select(PointsLot.member).where(PointsLot.expires_on == target)
           .distinct().tuples()]
    for member_id in sorted(_active_ids(ids)):
        # the ledger's own allocation: points already spent or expired earlier are not counted
        points = dict(expiry_forecast(member_id, d)).get(target, 0)
        if points > 0:
            yield _Cand("points_expiry", member_id, tr("{n} 积分将于 {date} 到期").format(n=points, date=_md(target)),
                        ref=target.isoformat(), extra={"到期积分": points, "日期": _sms_md(target)})


# --- children's size-up (P4)

def _gen_size_up(d: dt.date) -> Iterable[_Cand]:
    from vipdesk.model.care.sizeup import suggest_size

    lead = int(config.get(config.SIZEUP_LEAD))
    bday = d + dt.timedelta(days=lead)
    for c in _child_rows(bday):
        if not c.birth_year or not c.size:
            continue
        age = bday.year - c.birth_year if not c.birthday_lunar else to_lunar(bday)[0] - c.birth_year
        suggestion = suggest_size(age, c.size)
        if suggestion is None:
            continue
        yield _Cand("size_up", c.member_id, tr("{child}{date}满{age}岁,上次买{size}码,建议{new}码").format(
            child=c.name, date=_md(bday), age=age, size=c.size, new=suggestion), ref=str(c.id),
            extra={"孩子": c.name, "年龄": age, "尺码": c.size, "建议尺码": suggestion, "日期": _sms_md(bday)})


GENERATORS = {
    "birthday": _gen_birthday, "birthday_soon": _gen_birthday_soon, "child_birthday": _gen_child_birthday,
    "member_date": _gen_member_date, "welcome": _gen_welcome, "referral_thanks": _gen_referral_thanks,
    "referral_followup": _gen_referral_followup, "followup": _gen_followup, "revisit": _gen_revisit,
    "visit_thanks": _gen_visit_thanks, "event": _gen_event, "holiday": _gen_holiday, "weather": _gen_weather,
    "size_up": _gen_size_up, "churn": _gen_churn, "dormant": _gen_dormant, "points_expiry": _gen_points_expiry,
}


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
                 channel=KINDS[c.kind].channel, extra=json.dumps(c.extra, ensure_ascii=False), status="open")
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


_MEMBER_SQL = (
    "SELECT m.id, m.name, m.phone, m.gender, m.points, m.tier, m.clerk_id, s.name, m.contact_pref "
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
                                 row[8] or "")

    if len(ids) > _ALL_MEMBERS_AT:
        take(_MEMBER_SQL + extra, extra_params)
    else:
        id_list = sorted(ids)
        for i in range(0, len(id_list), _CHUNK):
            chunk = id_list[i:i + _CHUNK]
            take(_MEMBER_SQL + f" AND m.id IN ({','.join('?' * len(chunk))})" + extra, (*chunk, *extra_params))
    return out


def member_values(m: Any, shop: str | None = None) -> dict[str, Any]:
    """Placeholder values for a member (Member row or engine record)."""
    clerk = getattr(m, "clerk", "")
    if not isinstance(clerk, str):
        clerk = clerk.name if clerk is not None else ""
    return {
        "姓名": m.name, "姓": templates.surname(m.name), "称呼": templates.salutation(m.gender),
        "积分": m.points, "等级": m.tier or "", "导购": clerk or "",
        "店名": shop if shop is not None else str(settings.get("shop.name")),
    }


def member_values_by_id(member_id: int) -> dict[str, Any]:
    """Placeholder values for one member by id ({} when the member is gone)."""
    m = Member.get_or_none(Member.id == member_id)
    return member_values(m) if m is not None else {}


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
            reason=reason, channel=KINDS[kind].channel, overdue=overdue, window=windows.get((kind, member_id, d, ref), ""),
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
             satisfaction: int | None = None, at: dt.datetime | None = None) -> Contact:
    """Mark done: writes the contact log (C12) with kind = the task's kind, in one transaction."""
    with transaction():
        contact = members_mod.log_contact(
            task.member_id, clerk_id=clerk_id, channel=channel or CONTACT_CHANNEL.get(task.channel, "call"),
            outcome=outcome, note=note, kind=task.kind, satisfaction=satisfaction, at=at)
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
