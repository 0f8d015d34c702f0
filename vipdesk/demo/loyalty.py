"""Loyalty history of the demo: the rules read once while building, and the yearly tier review days (L9).

The points, tiers and L5 vouchers themselves are played in time order inside the sales
simulation (``sales.SalesHistory.simulate``): a sale's points and its upgrade are one step."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from vipdesk.demo.data import (
    DAY,
)
from vipdesk.model.loyalty import config as lconfig
from vipdesk.model.loyalty import earning
from vipdesk.model.store import settings
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import (
    Member,
)


class _MemberView:
    """The few member fields the earning rules read (birthday, tier).  A peewee Member per
    buying member cost ~2 KB each — a few hundred MiB at 100,000 members (issue 14)."""

    __slots__ = ("id", "birth_month", "birth_day", "birthday_lunar", "birthday_leap", "tier")

    def __init__(self, *, id: int, birth_month: int | None, birth_day: int | None, birthday_lunar: bool,
                 birthday_leap: bool, tier: str) -> None:
        self.id, self.birth_month, self.birth_day = id, birth_month, birth_day
        self.birthday_lunar, self.birthday_leap, self.tier = birthday_lunar, birthday_leap, tier


@contextmanager
def _rules_read_once() -> Iterator[None]:
    """While building, each setting is read from the file once and the pure pieces of the
    loyalty rules are memoised: the rules run for every sale line, and nothing changes
    settings during the build.  Everything is restored on exit."""
    real_get = settings.get
    cache: dict[str, Any] = {}

    def get(key: str) -> Any:
        if key not in cache:
            cache[key] = real_get(key)
        value = cache[key]
        if isinstance(value, (int, float, str, bool, type(None))):
            return value
        # A shallow copy: rules only read these lists (a deep copy per call would dominate the build).
        return copy.copy(value)

    patched: list[tuple[Any, str, Any]] = [(settings, "get", real_get)]
    settings.get = get  # type: ignore[assignment]
    # loyalty.config.get reads the file with its own raw statement (every line's points ask it).
    real_config_get = lconfig.get
    config_cache: dict[str, Any] = {}

    def config_get(key: str) -> Any:
        if key not in config_cache:
            config_cache[key] = real_config_get(key)
        value = config_cache[key]
        return value if isinstance(value, (int, float, str, bool, type(None))) else copy.copy(value)

    patched.append((lconfig, "get", real_config_get))
    lconfig.get = config_get  # type: ignore[assignment]
    # Pure functions of the settings (and of a birthday): computed once per distinct argument.
    real_days = getattr(earning, "multiplier_days", None)
    if real_days is not None:
        days_once: list[Any] = []

        def multiplier_days() -> Any:
            if not days_once:
                days_once.append(real_days())
            return days_once[0]

        patched.append((earning, "multiplier_days", real_days))
        earning.multiplier_days = multiplier_days  # type: ignore[attr-defined]
    real_bmonth = getattr(earning, "birthday_month_of", None)
    if real_bmonth is not None:
        months: dict[tuple, Any] = {}

        def birthday_month_of(member: Member, year: int) -> Any:
            key = (member.birth_month, member.birth_day, bool(member.birthday_lunar), bool(member.birthday_leap),
                   year)
            if key not in months:
                months[key] = real_bmonth(member, year)
            return months[key]

        patched.append((earning, "birthday_month_of", real_bmonth))
        earning.birthday_month_of = birthday_month_of  # type: ignore[attr-defined]
    real_multiplier = getattr(earning, "multiplier", None)
    if real_multiplier is not None:
        # The multiplier reads the member only through her birthday month: one answer per
        # (day, birthday month) instead of a rules walk per sale line.
        by_day: dict[tuple, Any] = {}

        def multiplier(member: Any, when: dt.datetime) -> Any:
            day = when.date()
            bmonth = earning.birthday_month_of(member, day.year) if member is not None else -1
            key = (day, bmonth)
            if key not in by_day:
                by_day[key] = real_multiplier(member, when)
            return by_day[key]

        patched.append((earning, "multiplier", real_multiplier))
        earning.multiplier = multiplier  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for module, name, real in reversed(patched):
            setattr(module, name, real)


class LoyaltyHistory:
    """Mixin for the builder: when the yearly tier review ran inside the window, the member caches."""

    def write_member_caches(self, balance: list[int], spend: list[int], bought: list[int],
                            last_bought: list[int | None]) -> None:
        """Every member's cached columns as ``stats.refresh_all`` and her last tier change give them
        (tests/model/test_demo_caches.py compares the two): one UPDATE by id per member, while the
        member table has no indexes, instead of correlated scans of the whole ledger and sales."""
        names = [t.name for t in self.tiers]
        t_str = self.t_str
        tier_names = map(names.__getitem__, self.tier_idx)  # lazily: a head office has 1,000,000 members
        lasts = ("" if last is None else t_str(last) for last in last_bought)
        db.connection().executemany(
            'UPDATE "member" SET "points" = ?, "total_spend" = ?, "purchase_count" = ?,'
            " \"last_purchase\" = NULLIF(?, ''), \"tier\" = ? WHERE \"id\" = ?",
            islice(zip(balance, spend, bought, lasts, tier_names, range(self.n + 1), strict=True), 1, None))

    def review_times(self) -> list[int]:
        """When the yearly tier review (L9) ran inside the window, if the shop has it on
        and without a grace period (a grace period would need the review's own bookkeeping)."""
        reg = settings.REGISTRY
        if "loyalty.review_enabled" not in reg or not settings.get("loyalty.review_enabled"):
            return []
        if "loyalty.downgrade_grace_days" in reg and int(settings.get("loyalty.downgrade_grace_days")) > 0:
            return []
        try:
            month, day = (int(x) for x in str(settings.get("loyalty.review_day")).split("-"))
        except (KeyError, ValueError):
            month, day = 1, 1
        out = []
        for year in range(self.start.year, self.today.year + 1):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            t = (d - self.start).days * DAY
            if 0 < t <= self.now_t:
                out.append(t)
        return out
