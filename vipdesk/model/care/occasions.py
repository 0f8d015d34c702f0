"""Occasions for everyone: holidays (C2), event notices (C6), weather care (C3)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from peewee import fn

from vipdesk.model.care import config, holidays
from vipdesk.model.care.base import (
    _active,
    _Cand,
    _day_bounds,
    _member_filter,
    _sms_md,
)
from vipdesk.model.care.tables import CareEvent, EventInvite, WeatherCare
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import Child, Member
from vipdesk.text import tr, tr_noop


def _audience(audience: str) -> Any:
    """The members a holiday's greeting fits (C2): 六一 to parents, 三八 to women, 母亲节 to mothers…"""
    has_child = fn.EXISTS(Child.select(Child.id).where(Child.member == Member.id))
    return {
        "children": has_child,
        "female": Member.gender == "F",
        "male": Member.gender == "M",
        "mothers": (Member.gender == "F") & has_child,
        "fathers": (Member.gender == "M") & has_child,
    }.get(audience, Member.id.is_null(False))


def _gen_holiday(d: dt.date) -> Iterable[_Cand]:
    for h in holidays.holidays_on(d, list(config.get(config.HOLIDAYS))):
        cond = _member_filter(list(config.get(config.HOLIDAY_TIERS))) & _audience(h.audience)
        name = tr(h.name)
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


