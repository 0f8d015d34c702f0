"""Report periods: months, ranges, comparisons, seasons."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.reports.period import Period, add_months, date_range, parse_month, season_of, trailing_months

D = dt.date


def test_month_and_comparisons():
    p = parse_month("2026-03")
    assert (p.start, p.end, p.is_month, p.label) == (D(2026, 3, 1), D(2026, 4, 1), True, "2026年3月")
    assert p.previous() == Period(D(2026, 2, 1), D(2026, 3, 1))
    assert parse_month("2026-01").previous() == Period(D(2025, 12, 1), D(2026, 1, 1))
    assert p.last_year() == Period(D(2025, 3, 1), D(2025, 4, 1))
    assert parse_month("2026年11月").start == D(2026, 11, 1)
    for bad in ("2026-13", "26-3", "", "2026-00"):
        with pytest.raises(ValidationError):
            parse_month(bad)


def test_ranges_and_helpers():
    r = date_range(D(2026, 3, 10), D(2026, 3, 19))
    assert not r.is_month and r.previous() == Period(D(2026, 2, 28), D(2026, 3, 10))
    assert r.key == "20260310-20260319"
    with pytest.raises(ValidationError):
        date_range(D(2026, 3, 10), D(2026, 3, 9))
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2024, 2, 29), -12) == D(2023, 2, 28)
    months = trailing_months(parse_month("2026-02"), 3)
    assert [m.start for m in months] == [D(2025, 12, 1), D(2026, 1, 1), D(2026, 2, 1)]
    assert season_of(D(2026, 1, 15)) == ("冬季", D(2025, 12, 1))
    assert season_of(D(2026, 3, 1)) == ("春季", D(2026, 3, 1))
    assert season_of(D(2026, 8, 31)) == ("夏季", D(2026, 6, 1))
    assert season_of(D(2026, 12, 2)) == ("冬季", D(2026, 12, 1))
