"""A living demo shop, built deterministically into a brand-new database file.

Why it exists: a newcomer's first start opens a shop that looks used (two
years of seasonal sales, birthdays this week, follow-ups due), and the
benchmarks need 100,000 members and 1,000,000 sale lines in about a minute
(and a head office's 1,000,000 / 10,000,000 without running out of memory).

Why it does not call ``members.enrol`` / ``sales.record_sale``: those run one
transaction, several queries and the hooks per ticket, which would take an
hour at benchmark size.  Instead the whole shop is simulated in Python in
time order with the *real* rules — ``loyalty.earning.points_for_amount`` per
line, ``loyalty.tiers.tier_for_points`` for upgrades, the line-amount
rounding of ``sales`` and the exact return shares of ``sales.record_return``
— and the rows are bulk-inserted.  The invariants the services keep hold
here too: ``Sale.points`` is the sum of its lines, every points entry is an
``earn`` of a sale or the ``reverse`` of a return (never below zero), the
cached member columns are what ``stats.refresh_all`` gives (kept by the
simulation, tests/model/test_demo_caches.py compares them).  Tiers go up the
moment the qualifying value crosses a threshold and the yearly review (if
on, without grace period) moves them down, each change in TierChange.

L5 (points → voucher) runs as ``vouchers.auto_convert`` does after each sale:
while the balance and the year's unconverted points both reach the step, a
``convert`` entry, a ``points`` voucher and its ``issue`` event are written at
that sale's time.  Most vouchers are spent at one of her later sales (a
``redeem`` event, the Settlement row of ``record_sale`` and no points on the
voucher's share); the rest expire (the daily job's ``expire`` event) or are
still open.  Returns follow ``record_return`` as it is now: a ``refund`` row
with the refund method, points already spent first cancel this year's open
points vouchers newest first (points back as ``voucher_cancel``), the remainder
is withheld from the refund, and the tier is re-evaluated as
``reversal.retier_after_return`` does.  A few members exchange points for a gift (L4).
Every member has the membership consent of her enrolment, most the marketing
consent, a few withdrew it later (privacy.consent's table, audit-logged).

Not simulated: birthday/season vouchers (the daily job issues them), referral
points, stored value and the other per-row hooks; ``bulk_loaded`` is announced
once every row is in (before the indexes are built) so modules can backfill.  Segments are not computed here: the app
computes them in the background at its first start (``segmentation.ensure_fresh``).

Cost (issue 14): memory does not grow with the sale lines — tickets and visits
are generated day by day (plan.py), rows go out in chunks of multi-row INSERTs
(bulk.py), the per-member state is a few arrays.  The member caches and tiers
come from that state (one UPDATE per member), the name grams from one sorted
statement (``name_index.rebuild``), ``style_first_sale`` through ``bulk_loaded``;
then the indexes, which are dropped for the load, are rebuilt from the
migrations' own statements (same schema).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vipdesk.demo.bulk import (
    BULK_TABLES,
    MEMBER_TABLES,
    _bulk_pragmas,
    _fmt_dt,
    _indexes_built_afterwards,
    _name_grams_built_afterwards,
    _sorting_cache,
    _Writer,
)
from vipdesk.demo.data import (
    DAY,
    HISTORY_DAYS,
    Progress,
    _accumulate,
    _below_of,
    _calendar,
    _Catalogue,
    log,
)
from vipdesk.demo.loyalty import LoyaltyHistory, _rules_read_once
from vipdesk.demo.people import MembersAndFamilies
from vipdesk.demo.plan import TicketPlan
from vipdesk.demo.sales import SalesHistory
from vipdesk.model.errors import VipdeskError
from vipdesk.model.loyalty import tiers
from vipdesk.model.store.db import db, open_database
from vipdesk.text import tr


class DemoCancelled(VipdeskError):
    """The user cancelled the build; the half-built file has been removed."""


@dataclass
class DemoSummary:
    """What was built (the CLI prints it; tests check it)."""

    path: str
    members: int
    staff: int
    tickets: int
    returns: int
    sale_lines: int
    points_entries: int
    tier_changes: int
    visits: int
    contacts: int
    seconds: float
    vouchers: int = 0
    voucher_events: int = 0
    gift_redemptions: int = 0
    consent_events: int = 0
    refunds: int = 0



def build_demo(path: str | Path, members: int = 2000, sales: int = 20000, seed: int = 1,
               progress: Progress | None = None, today: dt.date | None = None,
               cancelled: Callable[[], bool] | None = None) -> DemoSummary:
    """Build a demo shop into the NEW file *path* and leave ``db`` open on it.

    *sales* counts sale lines of kind "sale" (returns add about 1.5% more lines).
    Deterministic for the same seed and ``today`` (built on the real today, the
    hours not yet lived are moved before now).  ``progress(done, total, text)``
    is called every few thousand rows; when ``cancelled()`` turns true the build
    stops with DemoCancelled and the file is removed.  Raises FileExistsError if
    *path* already holds data, ValueError for a size below 1 member / 0 lines.
    """
    path = Path(path)
    if members < 1 or sales < 0:
        raise ValueError(tr("会员数至少为 1,销售行数不能为负"))
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(str(path))
    started = time.perf_counter()

    def report(done: int, total: int, text: str) -> None:
        if cancelled is not None and cancelled():
            raise DemoCancelled(tr("已取消生成示范店"))
        if progress is not None:
            progress(done, total, text)

    open_database(path)
    try:
        with _rules_read_once(), _bulk_pragmas():
            summary = _Builder(members, sales, seed, today, report).run()
    except BaseException:
        # Half a demo is worth nothing, and the file was ours: remove it.
        from vipdesk.model.store.db import close_database

        close_database()  # also stops being a writer of the file (issue 13)
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                         path.with_name(path.name + "-journal"), path.with_name(path.name + ".writers")):
            leftover.unlink(missing_ok=True)
        raise
    summary.path = str(path)
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


def _announce_bulk_load() -> None:
    """The rows above were written without the per-row domain events (member_enrolled,
    sale_recorded, ...).  Modules that keep data derived from those events can backfill it
    with ``@hooks.on("bulk_loaded")``.  A failing handler must not cost the newcomer the
    demo shop: it is logged and the shop opens without that module's extras."""
    from vipdesk.model.store import hooks
    from vipdesk.model.store.db import transaction

    try:
        with transaction():
            hooks.run("bulk_loaded")
    except Exception:  # noqa: BLE001 - see docstring
        log.exception("a bulk_loaded handler failed after building the demo shop")


class _Builder(MembersAndFamilies, TicketPlan, SalesHistory, LoyaltyHistory):
    """One build: the shared state and the order of the parts (each part lives in its own module)."""
    def __init__(self, n_members: int, n_lines: int, seed: int, today: dt.date | None, report: Progress) -> None:
        self.n = n_members
        self.m = n_lines
        self.rng = random.Random(seed)
        self.below = _below_of(self.rng)
        self.seed = seed
        real_now = dt.datetime.now().replace(microsecond=0)
        self.today = today or real_now.date()
        self.start = self.today - dt.timedelta(days=HISTORY_DAYS)
        self.base = dt.datetime.combine(self.start, dt.time())
        self.days = HISTORY_DAYS + 1
        end = dt.datetime.combine(self.today, dt.time(22, 0))  # closing time
        if self.today == real_now.date():
            end = min(end, real_now)
        self.now_t = int((end - self.base).total_seconds())
        self.report = report
        self.total_work = self.n + self.m + max(1, self.m // 10)
        self.w = _Writer()
        self.day_str = [(self.start + dt.timedelta(days=i)).isoformat() for i in range(self.days)]
        self._day_sp = [d + " " for d in self.day_str]
        two = [f"{i:02d}" for i in range(60)]
        self._other_days: dict[int, str] = {}  # day index outside the window -> "YYYY-MM-DD "
        self._hms = [f"{h}:{m}:" + sec for h in two[:24] for m in two for sec in two]  # ~5 MB, saves
        # a format per row (a million timestamps at benchmark size); index = second of the day

    # -- helpers
    def t_str(self, t: int) -> str:
        d, s = divmod(t, DAY)
        if 0 <= d < self.days:
            return self._day_sp[d] + self._hms[s]
        # Before the window (40 % of the members enrolled earlier: their enrolment and consent
        # times): the day's prefix made once per day, not a strftime per row.
        day = self._other_days.get(d)
        if day is None:
            day = self._other_days[d] = _fmt_dt(self.base, d * DAY)[:11]
        return day + self._hms[s]

    def day_iso(self, d: int) -> str:
        """The ISO date of day index *d* (negative: before the window)."""
        if 0 <= d < self.days:
            return self.day_str[d]
        return self.t_str(d * DAY)[:10]

    def date_of(self, t: int) -> dt.date:
        return self.start + dt.timedelta(days=t // DAY)

    def run(self) -> DemoSummary:
        self.weights, self.promos = _calendar(self.start, self.days)
        self.day_cum = list(_accumulate(self.weights))
        self.tiers = tiers.tiers()
        self.catalogue = _Catalogue(self.seed)
        # Indexes are built once at the end (the member table's after its caches are set), foreign
        # keys checked by the tests instead of per row (bulk._bulk_pragmas).
        with _indexes_built_afterwards(MEMBER_TABLES + BULK_TABLES):
            with db.atomic("IMMEDIATE"):
                self.make_staff()
                with _name_grams_built_afterwards():
                    self.make_members()
                self.make_consents()
            self.report(self.n, self.total_work, tr("正在生成销售记录…"))
            with db.atomic("IMMEDIATE"):
                # The member caches (points, spend, purchases, tier) are set at the end of it, from
                # the simulation's own state (equal to stats.refresh_all: tests/model/test_demo_caches.py).
                self.simulate(self.ticket_stream())
            self.report(self.n + self.m, self.total_work, tr("正在更新会员统计…"))
            # Every row is in: modules backfill what they derive (whole-table reads, cheaper
            # before the indexes: the style index made style_first_sale's rebuild read sale_line
            # in style order, a random walk over the table).
            with _sorting_cache():
                _announce_bulk_load()
        self.report(self.total_work, self.total_work, tr("示范店已建好"))
        c = self.w.counts
        return DemoSummary(path="", members=self.n, staff=len(self.staff_ids), tickets=self.n_tickets,
                           returns=self.n_returns, sale_lines=c["line"], points_entries=c["points"],
                           tier_changes=c["tier"], visits=c["visit"], contacts=c["contact"], seconds=0.0,
                           vouchers=c["voucher"], voucher_events=c["vevent"], gift_redemptions=c["gift"],
                           consent_events=c["consent"], refunds=c["refund"])

    # -- staff, members, profile
