"""Solar and lunar (农历) birthdays: the dates that move, and the ones that don't exist every year."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.members.calendar import (
    Anniversary,
    age_on,
    anniversary_text,
    both_calendars_text,
    lunar_month_days,
    next_occurrence,
    occurrence_in_year,
    to_lunar,
    to_solar,
)

MID_AUTUMN = Anniversary(8, 15, is_lunar=True)


def test_lunar_8_15_falls_on_the_known_solar_dates() -> None:
    assert occurrence_in_year(MID_AUTUMN, 2026) == dt.date(2026, 9, 25)
    assert occurrence_in_year(MID_AUTUMN, 2027) == dt.date(2027, 9, 15)
    assert next_occurrence(MID_AUTUMN, dt.date(2026, 1, 1)) == dt.date(2026, 9, 25)
    assert next_occurrence(MID_AUTUMN, dt.date(2026, 9, 25)) == dt.date(2026, 9, 25)  # today counts
    assert next_occurrence(MID_AUTUMN, dt.date(2026, 9, 26)) == dt.date(2027, 9, 15)
    assert to_lunar(dt.date(2026, 9, 25)) == (2026, 8, 15, False)


def test_lunar_birthday_in_january_belongs_to_the_previous_lunar_year() -> None:
    # 腊月二十 of lunar 2025 is a January 2026 solar date; next_occurrence must find it.
    a = Anniversary(12, 20, is_lunar=True)
    d = next_occurrence(a, dt.date(2026, 1, 1))
    assert d.year == 2026 and d.month in (1, 2)
    assert to_lunar(d)[1:3] == (12, 20)


def _months_by_length(year: int) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {29: [], 30: []}
    for m in range(1, 13):
        out[lunar_month_days(year, m)].append(m)
    return out


def test_lunar_30th_in_a_29_day_month_is_celebrated_on_the_29th() -> None:
    lengths = _months_by_length(2026)
    short, long_ = lengths[29][0], lengths[30][0]
    assert occurrence_in_year(Anniversary(short, 30, is_lunar=True), 2026) == to_solar(2026, short, 29)
    assert occurrence_in_year(Anniversary(long_, 30, is_lunar=True), 2026) == to_solar(2026, long_, 30)
    # The day after 廿九 of a short month is 初一 of the next month, never skipped or duplicated.
    assert to_lunar(to_solar(2026, short, 29) + dt.timedelta(days=1))[2] == 1


def test_leap_month_birthday() -> None:
    # Lunar 2025 has a leap sixth month (闰六月); 2026 does not.
    leap = Anniversary(6, 10, is_lunar=True, is_leap=True)
    in_leap_year = occurrence_in_year(leap, 2025)
    assert in_leap_year == to_solar(2025, 6, 10, leap=True)
    assert to_lunar(in_leap_year) == (2025, 6, 10, True)
    assert in_leap_year > to_solar(2025, 6, 10)  # the leap month comes after the ordinary one
    # In a year without that leap month it is kept in the ordinary sixth month.
    assert occurrence_in_year(leap, 2026) == to_solar(2026, 6, 10)
    assert anniversary_text(leap) == "农历闰六月初十"


def test_solar_29_february_in_a_non_leap_year() -> None:
    feb29 = Anniversary(2, 29, year=1988)
    assert occurrence_in_year(feb29, 2028) == dt.date(2028, 2, 29)
    assert occurrence_in_year(feb29, 2027) == dt.date(2027, 2, 28)
    assert next_occurrence(feb29, dt.date(2027, 1, 10)) == dt.date(2027, 2, 28)
    assert next_occurrence(feb29, dt.date(2027, 3, 1)) == dt.date(2028, 2, 29)


def test_both_calendars_are_shown() -> None:
    assert both_calendars_text(MID_AUTUMN, dt.date(2026, 11, 23)) == "农历八月十五(公历 9月15日)"
    solar = Anniversary(9, 25)
    assert both_calendars_text(solar, dt.date(2026, 1, 1)) == "9月25日(农历 八月十五)"
    assert anniversary_text(Anniversary(3, 7, year=1985)) == "1985年3月7日"


@pytest.mark.parametrize(("today", "age"), [
    (dt.date(2026, 3, 6), 40),
    (dt.date(2026, 3, 7), 41),
    (dt.date(2026, 12, 31), 41),
])
def test_age_turns_on_the_birthday(today: dt.date, age: int) -> None:
    assert age_on(1985, 3, 7, today) == age


def test_age_without_day_or_year() -> None:
    assert age_on(1985, None, None, dt.date(2026, 1, 1)) == 41
    assert age_on(None, 3, 7, dt.date(2026, 1, 1)) is None
