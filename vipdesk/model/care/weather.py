"""Weather care (C3): the owner says "cold snap" and whom to reach; the engine writes caring messages."""

from __future__ import annotations

import datetime as dt
import json

from vipdesk.model.care.engine import WEATHER_KINDS
from vipdesk.model.care.tables import WeatherCare
from vipdesk.model.errors import ValidationError
from vipdesk.model.store.db import transaction
from vipdesk.text import tr


def weather_choices() -> dict[str, str]:
    return {k: tr(v[0]) for k, v in WEATHER_KINDS.items()}


def default_line(weather: str) -> str:
    return tr(WEATHER_KINDS[weather][1]) if weather in WEATHER_KINDS else ""


def create_weather_care(weather: str, day: dt.date, *, member_ids: list[int] | None = None, tier: str = "",
                        clerk_id: int | None = None, note: str = "") -> WeatherCare:
    """Messages for *day* to the chosen members (explicit ids, or tier/clerk filter; none = everyone)."""
    if weather not in WEATHER_KINDS:
        raise ValidationError(tr("天气"), tr("请选择降温、高温、台风或降雨"))
    if member_ids is not None and not member_ids:
        raise ValidationError(tr("会员"), tr("请选择要关怀的会员"))
    with transaction():
        return WeatherCare.create(day=day, weather=weather, note=(note or "").strip()[:200], tier=tier or "",
                                  clerk=clerk_id,
                                  member_ids=json.dumps(sorted(set(member_ids))) if member_ids else "")


def list_weather_care(since: dt.date | None = None) -> list[WeatherCare]:
    q = WeatherCare.select().order_by(WeatherCare.day.desc())
    if since is not None:
        q = q.where(WeatherCare.day >= since)
    return list(q)


def delete_weather_care(care_id: int) -> None:
    with transaction():
        WeatherCare.delete().where(WeatherCare.id == care_id).execute()
