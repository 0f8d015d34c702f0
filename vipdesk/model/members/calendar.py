"""Solar and lunar (农历) dates for birthdays and anniversaries.

Many members keep a lunar birthday: 八月十五 falls on 2026-09-25 and on
2027-09-15.  lunar_python does the astronomy; this module adds the shop's
rules for dates that do not exist every year (lunar day 30 in a 29-day
month, a leap month, 2月29日).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

# lunar_python (~40 ms to import) loads on the first lunar conversion, not with the window (issue 14).
from vipdesk.formatting import (
    format_date_cn,
    format_lunar,
    format_month_day,
    lunar_day_text,
    lunar_in_numbers,
    lunar_month_text,
)
from vipdesk.text import tr

_MONTHS = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
_DAYS_TENS = ["初", "十", "廿", "三"]
_DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


@dataclass(frozen=True)
class Anniversary:
    """A yearly date; ``year`` is the birth/wedding year when known."""

    month: int
    day: int
    is_lunar: bool = False
    is_leap: bool = False
    year: int | None = None

    def on_year(self, year: int) -> dt.date | None:
        return occurrence_in_year(self, year)

    def next_on_or_after(self, start: dt.date) -> dt.date:
        return next_occurrence(self, start)

    def text(self) -> str:
        return anniversary_text(self)


@lru_cache(maxsize=512)
def _lunar_year(year: int) -> dict[tuple[int, bool], tuple[int, dt.date]]:
    """(month, leap) → (day count, solar date of 初一) for every month of lunar *year*.

    Memoised per year, all months at once: lunar_python's LunarMonth.fromYm recomputes the
    whole lunar year whenever the year differs from its one cached year, so birthdays in
    file order (years mixed) recomputed a year for nearly every new (year, month) — 10 s of
    a 100,000-row import (issue 14)."""
    from lunar_python import LunarYear, Solar

    months: dict[tuple[int, bool], tuple[int, dt.date]] = {}
    for m in LunarYear.fromYear(year).getMonths():
        if m.getYear() != year:
            continue
        s = Solar.fromJulianDay(m.getFirstJulianDay())
        months[(abs(m.getMonth()), m.getMonth() < 0)] = (m.getDayCount(), dt.date(s.getYear(), s.getMonth(), s.getDay()))
    return months


def _lunar_month(year: int, month: int, leap: bool) -> tuple[int, dt.date] | None:
    """(day count, solar date of 初一) of a lunar month, or None if the year has no such month."""
    return _lunar_year(year).get((month, bool(leap)))


def lunar_month_days(year: int, month: int, leap: bool = False) -> int | None:
    m = _lunar_month(year, month, bool(leap))
    return m[0] if m is not None else None


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date | None:
    """Solar date of a lunar date; None when that month or day does not exist (memoised by month)."""
    m = _lunar_month(year, month, bool(leap))
    if m is None or not 1 <= day <= m[0]:
        return None
    return m[1] + dt.timedelta(days=day - 1)


def occurrence_in_year(a: Anniversary, year: int) -> dt.date | None:
    """The solar date of *a* in solar (or, for lunar dates, lunar) *year*."""
    if not a.is_lunar:
        if a.month == 2 and a.day == 29:
            try:
                return dt.date(year, 2, 29)
            except ValueError:
                return dt.date(year, 2, 28)
        try:
            return dt.date(year, a.month, a.day)
        except ValueError:
            return None
    leap = a.is_leap and lunar_month_days(year, a.month, True) is not None
    days = lunar_month_days(year, a.month, leap)
    if days is None:
        return None
    day = min(a.day, days)  # 三十 in a 29-day month → 廿九
    return lunar_to_solar(year, a.month, day, leap)


def next_occurrence(a: Anniversary, start: dt.date) -> dt.date:
    """First solar date on or after *start* on which *a* falls."""
    candidates = []
    for year in (start.year - 1, start.year, start.year + 1):
        d = occurrence_in_year(a, year)
        if d is not None and d >= start:
            candidates.append(d)
    if not candidates:  # e.g. an invalid solar date; never loops
        raise ValueError(f"no occurrence for {a}")
    return min(candidates)


@lru_cache(maxsize=8192)
def to_lunar(d: dt.date) -> tuple[int, int, int, bool]:
    """(lunar year, month, day, is_leap) of a solar date (memoised: scans ask for the same days)."""
    from lunar_python import Solar

    lunar = Solar.fromYmd(d.year, d.month, d.day).getLunar()
    m = lunar.getMonth()
    return lunar.getYear(), abs(m), lunar.getDay(), m < 0


def to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date:
    d = lunar_to_solar(year, month, day, leap)
    if d is not None:
        return d
    from lunar_python import Lunar

    s = Lunar.fromYmd(year, -month if leap else month, day).getSolar()  # lunar_python's own error/rollover
    return dt.date(s.getYear(), s.getMonth(), s.getDay())


def lunar_month_name(month: int, leap: bool = False) -> str:
    if lunar_in_numbers():
        return lunar_month_text(month, leap)
    return ("闰" if leap else "") + _MONTHS[month - 1] + "月"


def lunar_day_name(day: int) -> str:
    if lunar_in_numbers():
        return lunar_day_text(day)
    if day == 10:
        return "初十"
    if day == 20:
        return "二十"
    if day == 30:
        return "三十"
    return _DAYS_TENS[(day - 1) // 10] + _DIGITS[(day - 1) % 10 + 1]


def _lunar_short(month: int, day: int, leap: bool) -> str:
    """八月十五 / English "8/15", "leap 6/10" (inside a "(lunar …)" note)."""
    if lunar_in_numbers():
        return (tr("闰{month}/{day}", "formatting") if leap else "{month}/{day}").format(month=month, day=day)
    return lunar_month_name(month, leap) + lunar_day_name(day)


def anniversary_text(a: Anniversary) -> str:
    """农历八月十五 / 1985年3月7日 / 3月7日 (English: Lunar 8/15 / 1985-03-07 / 3/7)."""
    if a.is_lunar:
        if lunar_in_numbers():
            return format_lunar(a.month, a.day, a.is_leap)
        return tr("农历") + lunar_month_name(a.month, a.is_leap) + lunar_day_name(a.day)
    if a.year:
        return format_date_cn(dt.date(a.year, a.month, a.day)) if _valid(a.year, a.month, a.day) \
            else tr("{year}年{month}月{day}日", "formatting").format(year=a.year, month=a.month, day=a.day)
    return format_month_day(a.month, a.day)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def both_calendars_text(a: Anniversary, today: dt.date) -> str:
    """Show both kinds: '农历八月十五(今年 9月25日)' or '3月7日(农历正月十七)'."""
    nxt = next_occurrence(a, today)
    if a.is_lunar:
        return tr("{lunar}(公历 {date})").format(lunar=anniversary_text(a), date=format_month_day(nxt.month, nxt.day))
    _, lm, ld, leap = to_lunar(nxt)
    return tr("{solar}(农历 {lunar})").format(solar=anniversary_text(a), lunar=_lunar_short(lm, ld, leap))


def age_on(year: int | None, month: int | None, day: int | None, today: dt.date) -> int | None:
    if not year:
        return None
    if not month or not day:
        return today.year - year
    return today.year - year - ((today.month, today.day) < (month, day))
