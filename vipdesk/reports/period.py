"""Report periods: a calendar month or any date range, with the periods it is
compared against (previous period of the same length, same period last year)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from vipdesk.formatting import format_year_month
from vipdesk.model.errors import ValidationError
from vipdesk.text import tr, tr_noop


def add_months(d: dt.date, n: int) -> dt.date:
    """Same day n months later, clamped to the month's last day (Jan 31 + 1 → Feb 28)."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


@dataclass(frozen=True)
class Period:
    """[start, end) in whole days; ``end`` is exclusive."""

    start: dt.date
    end: dt.date

    @property
    def is_month(self) -> bool:
        return self.start.day == 1 and self.end == add_months(self.start, 1)

    @property
    def last_day(self) -> dt.date:
        return self.end - dt.timedelta(days=1)

    @property
    def start_dt(self) -> dt.datetime:
        return dt.datetime(self.start.year, self.start.month, self.start.day)

    @property
    def end_dt(self) -> dt.datetime:
        return dt.datetime(self.end.year, self.end.month, self.end.day)

    @property
    def label(self) -> str:
        if self.is_month:
            return format_year_month(self.start.year, self.start.month)
        return tr("{start} 至 {end}").format(start=f"{self.start:%Y-%m-%d}", end=f"{self.last_day:%Y-%m-%d}")

    @property
    def key(self) -> str:
        return f"{self.start:%Y-%m}" if self.is_month else f"{self.start:%Y%m%d}-{self.last_day:%Y%m%d}"

    def previous(self) -> Period:
        """The month before, or the range of the same length just before."""
        if self.is_month:
            return month_period(add_months(self.start, -1))
        days = (self.end - self.start).days
        return Period(self.start - dt.timedelta(days=days), self.start)

    def last_year(self) -> Period:
        return Period(add_months(self.start, -12), add_months(self.end, -12))


def month_period(d: dt.date) -> Period:
    start = d.replace(day=1)
    return Period(start, add_months(start, 1))


def parse_month(text: str) -> Period:
    m = re.fullmatch(r"\s*(\d{4})[-/年.](\d{1,2})月?\s*", text or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError(tr("月份"), tr("月份格式应为 YYYY-MM,例如 2026-11"))
    return month_period(dt.date(int(m.group(1)), int(m.group(2)), 1))


def date_range(start: dt.date, last_day: dt.date) -> Period:
    if last_day < start:
        raise ValidationError(tr("日期范围"), tr("结束日期不能早于开始日期"))
    return Period(start, last_day + dt.timedelta(days=1))


def trailing_months(p: Period, n: int) -> list[Period]:
    """The n calendar months ending with the month of the period's last day, oldest first."""
    last = month_period(p.last_day)
    return [month_period(add_months(last.start, -k)) for k in range(n - 1, -1, -1)]


SEASONS = tr_noop(((3, "春季"), (6, "夏季"), (9, "秋季"), (12, "冬季")), "reports")


def season_of(d: dt.date) -> tuple[str, dt.date]:
    """Fashion seasons: 春 3–5, 夏 6–8, 秋 9–11, 冬 12–2; returns (name, first day)."""
    if d.month in (1, 2):
        return "冬季", dt.date(d.year - 1, 12, 1)
    for first, name in reversed(SEASONS):
        if d.month >= first:
            return name, dt.date(d.year, first, 1)
    raise AssertionError(d)
