"""Earning points (L3): default 1 point per yuan actually paid; multiplier days
(store opening, holidays, a date range) and the birthday month.

Multipliers are whole percentages (200 = double) so points stay integers;
several applying on one day do not stack — the highest wins, which is what
shops print on their posters ("生日月双倍积分").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from vipdesk.model.errors import ValidationError
from vipdesk.model.loyalty import config
from vipdesk.model.members.calendar import Anniversary, occurrence_in_year
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Member
from vipdesk.text import tr

POINTS_PER_YUAN = settings.declare("loyalty.points_per_yuan", 1, "每消费 1 元积几分", "等级积分")


@dataclass(frozen=True)
class MultiplierDay:
    """A date range with a points multiplier.  *yearly* repeats it every year by month-day;
    *lunar* (always yearly) reads start/end as 农历 month-day, for 春节, 中秋 and the like."""

    name: str
    start: tuple[int, int, int]  # (year, month, day); year 0 when only month-day matters
    end: tuple[int, int, int]
    percent: int
    yearly: bool = False
    lunar: bool = False

    def covers(self, day: dt.date) -> bool:
        if self.lunar:
            _y, m, d, _leap = _lunar_of(day)
            key = (m, d)
        elif not self.yearly:
            return self.start <= (day.year, day.month, day.day) <= self.end
        else:
            key = (day.month, day.day)
        a, b = self.start[1:], self.end[1:]
        return a <= key <= b if a <= b else (key >= a or key <= b)  # e.g. 12-30 → 01-02


@lru_cache(maxsize=1024)
def _lunar_of(day: dt.date) -> tuple[int, int, int, bool]:
    from vipdesk.model.members.calendar import to_lunar

    return to_lunar(day)


_MD = re.compile(r"^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$")


def _ymd(value: object, field: str, lunar: bool) -> tuple[int, int, int]:
    text = str(value or "").strip()
    m = _MD.match(text)
    if m is None:
        raise ValidationError(field, tr("日期格式应为 2026-05-01(农历或每年重复可写 08-15)"))
    y, mo, d = int(m[1] or 0), int(m[2]), int(m[3])
    if lunar:
        if not (1 <= mo <= 12 and 1 <= d <= 30):
            raise ValidationError(field, tr("农历日期不存在:") + text)
        return 0, mo, d
    try:
        dt.date(y or 2000, mo, d)  # 2000 is a leap year: 02-29 allowed for yearly rules
    except ValueError:
        raise ValidationError(field, tr("日期不存在:") + text) from None
    return y, mo, d


def parse_multiplier_days(rows: list[dict]) -> list[MultiplierDay]:
    """Validate the owner's list (settings dialog, tests); raises ValidationError naming the row."""
    out = []
    for n, r in enumerate(rows, 1):
        where = tr("多倍积分日第 {n} 行").format(n=n)
        name = str(r.get("name", "")).strip()
        if not name:
            raise ValidationError(where, tr("请填写名称"))
        lunar = bool(r.get("lunar"))
        yearly = bool(r.get("yearly")) or lunar
        start = _ymd(r.get("start"), where, lunar)
        end = _ymd(r.get("end") or r.get("start"), where, lunar)
        if not yearly:
            if not start[0] or not end[0]:
                raise ValidationError(where, tr("不是每年重复的日期请写年份,如 2026-05-01"))
            if end < start:
                raise ValidationError(where, tr("结束日期不能早于开始日期"))
        percent = r.get("percent", 200)
        if not isinstance(percent, int) or not 100 <= percent <= 1000:
            raise ValidationError(where, tr("倍率应在 100% 到 1000% 之间"))
        out.append(MultiplierDay(name, start, end, percent, yearly, lunar))
    return out


def multiplier_days() -> list[MultiplierDay]:
    try:
        return parse_multiplier_days(config.get(config.MULTIPLIER_DAYS.key))
    except ValidationError:
        return []  # a bad stored value must not stop the till; the dialog validates on save


def birthday_month_of(member: Member, year: int) -> int | None:
    """Solar month the member's birthday falls in during *year* (lunar birthdays converted)."""
    if not member.birth_month or not member.birth_day:
        return None
    if not member.birthday_lunar:
        return int(member.birth_month)
    return _lunar_birthday_month(int(member.birth_month), int(member.birth_day), bool(member.birthday_leap), year)


@lru_cache(maxsize=4096)
def _lunar_birthday_month(month: int, day: int, leap: bool, year: int) -> int | None:
    """Cached: only ~360 lunar dates exist, and the conversion is slow astronomy."""
    a = Anniversary(month, day, True, leap)
    for y in (year, year - 1):  # a 腊月 birthday of lunar year-1 may fall in January of *year*
        d = occurrence_in_year(a, y)
        if d is not None and d.year == year:
            return d.month
    return None


def multiplier(member: Member | None, when: dt.datetime) -> tuple[int, str]:
    """(percent, why) for a sale at *when*; (100, "") when nothing applies."""
    best, why = 100, ""
    day = when.date()
    for m in multiplier_days():
        if m.covers(day) and m.percent > best:
            best, why = m.percent, m.name
    if member is not None:
        pct = int(config.get(config.BIRTHDAY_PERCENT.key))
        if pct > best and birthday_month_of(member, day.year) == day.month:
            best, why = pct, tr("生日月")
    return best, why


def points_for_amount(paid_fen: int, member_id: int | None, when: dt.datetime,
                      member: Member | None = None) -> int:
    """Points one sale line earns; walk-ins earn nothing."""
    if member_id is None or paid_fen <= 0:
        return 0
    if member is None:
        member = Member.get_or_none(Member.id == member_id)
    pct, _ = multiplier(member, when)
    return points_at(paid_fen, int(config.get(POINTS_PER_YUAN.key)), pct)


def points_at(paid_fen: int, per_yuan: int, percent: int) -> int:
    """L3's arithmetic: whole yuan paid × points per yuan × the multiplier, rounded down."""
    if paid_fen <= 0:
        return 0
    return paid_fen // 100 * per_yuan * percent // 100
