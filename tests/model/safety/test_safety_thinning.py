"""Thinning policy, table-driven with a fixed "today" (Monday 2026-11-23)."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.safety.thinning import backups_to_keep

TODAY = dt.date(2026, 11, 23)


def t(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def daily(first: dt.date, last: dt.date, hour: int = 18) -> list[dt.datetime]:
    out = []
    d = first
    while d <= last:
        out.append(dt.datetime.combine(d, dt.time(hour, 0)))
        d += dt.timedelta(days=1)
    return out


# One backup every evening for two years, plus three today and two yesterday.
EVERY_DAY = daily(dt.date(2024, 11, 1), dt.date(2026, 11, 21)) + [
    t("2026-11-22 09:00"), t("2026-11-22 18:00"),
    t("2026-11-23 09:00"), t("2026-11-23 09:30"), t("2026-11-23 10:00"),
]
EVERY_DAY_KEPT = {
    # today and yesterday: all
    "2026-11-23 09:00", "2026-11-23 09:30", "2026-11-23 10:00", "2026-11-22 09:00", "2026-11-22 18:00",
    # 12 daily
    "2026-11-21 18:00", "2026-11-20 18:00", "2026-11-19 18:00", "2026-11-18 18:00", "2026-11-17 18:00",
    "2026-11-16 18:00", "2026-11-15 18:00", "2026-11-14 18:00", "2026-11-13 18:00", "2026-11-12 18:00",
    "2026-11-11 18:00", "2026-11-10 18:00",
    # 10 weekly: newest of each ISO week older than the dailies (week of 11-10 already covered)
    "2026-11-08 18:00", "2026-11-01 18:00", "2026-10-25 18:00", "2026-10-18 18:00", "2026-10-11 18:00",
    "2026-10-04 18:00", "2026-09-27 18:00", "2026-09-20 18:00", "2026-09-13 18:00", "2026-09-06 18:00",
    # 9 monthly: newest of each month older than the weeklies (September already covered)
    "2026-08-31 18:00", "2026-07-31 18:00", "2026-06-30 18:00", "2026-05-31 18:00", "2026-04-30 18:00",
    "2026-03-31 18:00", "2026-02-28 18:00", "2026-01-31 18:00", "2025-12-31 18:00",
}

# The PC was off for three weeks: dailies count days that have a backup.
HOLIDAY = [
    t("2026-11-23 08:00"),
    t("2026-10-30 18:00"), t("2026-10-30 12:00"), t("2026-10-29 18:00"), t("2026-10-28 18:00"),
]
HOLIDAY_KEPT = {"2026-11-23 08:00", "2026-10-30 18:00", "2026-10-29 18:00", "2026-10-28 18:00"}

# Only one ancient backup: the newest good backup is never deleted.
ANCIENT = [t("2023-05-01 10:00")]

# Several per day in the daily range: newest of each day only.
BUSY_DAYS = [
    t("2026-11-20 09:00"), t("2026-11-20 12:00"), t("2026-11-20 19:30"),
    t("2026-11-19 08:00"), t("2026-11-19 21:00"),
]
BUSY_DAYS_KEPT = {"2026-11-20 19:30", "2026-11-19 21:00"}

# A clock that ran ahead: future backups are kept, and so is today's.
FUTURE = [t("2027-01-05 10:00"), t("2026-11-23 10:00"), t("2026-11-01 10:00")]
FUTURE_KEPT = {"2027-01-05 10:00", "2026-11-23 10:00", "2026-11-01 10:00"}

@pytest.mark.parametrize(
    ("backups", "kept"),
    [
        ([], set()),
        (EVERY_DAY, EVERY_DAY_KEPT),
        (HOLIDAY, HOLIDAY_KEPT),
        (ANCIENT, {"2023-05-01 10:00"}),
        (BUSY_DAYS, BUSY_DAYS_KEPT),
        (FUTURE, FUTURE_KEPT),
    ],
    ids=["empty", "every-day-two-years", "holiday-gap", "only-ancient", "busy-days", "clock-ahead"],
)
def test_backups_to_keep(backups: list[dt.datetime], kept: set[str]) -> None:
    result = backups_to_keep(backups, TODAY)
    assert {x.strftime("%Y-%m-%d %H:%M") for x in result} == kept


def test_sparse_history_fills_every_tier_then_stops() -> None:
    # One backup on the 15th of each month for 40 months (newest 2026-11-15).
    months = [divmod(2026 * 12 + 10 - m, 12) for m in range(40)]  # (year, month - 1)
    backups = [dt.datetime(y, mo + 1, 15, 12, 0) for y, mo in months]
    assert backups[0] == t("2026-11-15 12:00") and backups[11] == t("2025-12-15 12:00")
    result = backups_to_keep(backups, TODAY)
    # 12 "days that have a backup" + 10 weeks + 9 months = the newest 31; the 9 oldest go.
    assert result == set(backups[:31])


def test_result_is_subset_and_newest_always_kept() -> None:
    backups = EVERY_DAY
    result = backups_to_keep(backups, TODAY)
    assert result <= set(backups)
    assert max(backups) in result
    assert len(result) == len(EVERY_DAY_KEPT)


def test_counts_are_configurable() -> None:
    backups = daily(dt.date(2026, 10, 1), dt.date(2026, 11, 21))
    result = backups_to_keep(backups, TODAY, daily=3, weekly=0, monthly=0)
    assert {x.date() for x in result} == {dt.date(2026, 11, 21), dt.date(2026, 11, 20), dt.date(2026, 11, 19)}
