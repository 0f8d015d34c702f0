"""Which backups to keep: a pure function of the backup times and "today".

Policy (issue 7): keep every backup of today and yesterday; before that, one
backup per day for the 12 most recent days that have one; before those, one per
week for 10 weeks; before those, one per month for 9 months.  A week or month
already holding a kept backup needs no second one.  The newest backup is never
dropped, and backups dated in the future (a PC clock that was ahead) are kept.

Counting "days that have a backup" rather than calendar days matters for a
shop: a PC that stays off through a two-week holiday must not lose its dailies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable

KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9


def _week(d: dt.date) -> Hashable:
    iso = d.isocalendar()
    return (iso[0], iso[1])


def _month(d: dt.date) -> Hashable:
    return (d.year, d.month)


def backups_to_keep(
    backups: Iterable[dt.datetime],
    today: dt.date,
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[dt.datetime]:
    """Return the subset of *backups* to keep; everything else may be deleted."""
    times = sorted(set(backups), reverse=True)  # newest first
    if not times:
        return set()
    yesterday = today - dt.timedelta(days=1)
    keep: set[dt.datetime] = {t for t in times if t.date() >= yesterday}
    older = [t for t in times if t.date() < yesterday]

    def tier(candidates: list[dt.datetime], bucket: Callable[[dt.date], Hashable], count: int) -> list[dt.datetime]:
        """Keep the newest backup of each of the *count* newest buckets not yet covered."""
        covered = {bucket(t.date()) for t in keep}
        chosen: list[dt.datetime] = []
        seen: set[Hashable] = set()
        for t in candidates:
            b = bucket(t.date())
            if b in covered or b in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(b)
            chosen.append(t)
        return chosen

    day_keep = tier(older, lambda d: d, daily)
    keep.update(day_keep)
    if day_keep:
        older = [t for t in older if t.date() < day_keep[-1].date()]
    week_keep = tier(older, _week, weekly)
    keep.update(week_keep)
    if week_keep:
        older = [t for t in older if t < week_keep[-1]]
    keep.update(tier(older, _month, monthly))
    keep.add(times[0])  # the newest good backup, whatever its age and the counts
    return keep
