"""Yearly dates (C1, P11) and the children's size-up prompt (P4): birthdays solar or lunar,
children's birthdays, anniversaries — generators of the reminder engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from vipdesk.model.care import config
from vipdesk.model.care.base import (
    _active,
    _active_ids,
    _anniv_matches,
    _Cand,
    _md,
    _sms_md,
)
from vipdesk.model.members.calendar import Anniversary, anniversary_text, to_lunar
from vipdesk.model.store.tables import Child, Member, MemberDate
from vipdesk.text import tr


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


