"""Shared pieces of the reminder engine: the Task a clerk sees, the candidate a generator yields,
and the small query helpers every generator uses (split out of engine.py, issue 11)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from vipdesk.model.care import config, templates
from vipdesk.model.members.calendar import Anniversary, occurrence_in_year, to_lunar
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Member
from vipdesk.text import tr

_CHUNK = 500


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
    from vipdesk.formatting import format_month_day

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


def _member_filter(tiers: list[str] | None = None, tier: str = "", clerk_id: int | None = None) -> Any:
    cond = _active()
    if tiers:
        cond &= Member.tier.in_(tiers)
    if tier:
        cond &= Member.tier == tier
    if clerk_id:
        cond &= Member.clerk == clerk_id
    return cond


def member_values(m: Any, shop: str | None = None) -> dict[str, Any]:
    """Placeholder values for a member (Member row or engine record)."""
    clerk = getattr(m, "clerk", "")
    if not isinstance(clerk, str):
        clerk = clerk.name if clerk is not None else ""
    shop = shop if shop is not None else str(settings.get("shop.name"))
    birth_year = getattr(m, "birth_year", None)
    age = dt.date.today().year - birth_year if birth_year else None
    gender = m.gender or ""
    return {
        "姓名": m.name, "姓": templates.surname(m.name), "称呼": templates.salutation(gender),
        "她": templates.pronoun(gender), "祝愿": templates.wish(gender, age),
        "积分": m.points, "等级": m.tier or "",
        "导购": clerk or shop,  # never an empty name: a member without a clerk hears from the shop
        "店名": shop, "主题": "",
    }


def member_values_by_id(member_id: int) -> dict[str, Any]:
    """Placeholder values for one member by id ({} when the member is gone)."""
    m = Member.get_or_none(Member.id == member_id)
    return member_values(m) if m is not None else {}

