"""The daily loyalty jobs, safe to run any number of times a day (app start-up,
``vipdesk loyalty daily``): points and vouchers past their date expire,
birthday vouchers for this month (L6), the season's top spenders get next
season's voucher (L7), the yearly tier review and ended grace periods (L9),
and members with no purchase for N months become inactive (L11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from vipdesk.model.loyalty import config, earning, ledger, tiers, vouchers
from vipdesk.model.loyalty.tables import LoyaltyOnce, Voucher
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import AuditLog, Member
from vipdesk.text import tr

SEASON_NAMES = {3: "春季", 6: "夏季", 9: "秋季", 12: "冬季"}
# A season's vouchers or the yearly review missed by more than this (the app was installed or
# first opened later) are skipped, not applied late: a new shop must not demote everyone on day one.
CATCH_UP_DAYS = 31


def _month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def birthday_vouchers(today: dt.date) -> int:
    """L6: a voucher for every active member whose birthday falls in this month, once a year."""
    if not config.get(config.BIRTHDAY_ENABLED.key):
        return 0
    value = int(config.get(config.BIRTHDAY_VALUE.key))
    min_tier = tiers.tier_named(config.get(config.BIRTHDAY_MIN_TIER.key) or "")
    order = {t.name: t.threshold for t in tiers.tiers()}
    prefix = f"birthday:{today.year}:"
    done = {int(k[len(prefix):]) for (k,) in Voucher.select(Voucher.rule_key).where(
        Voucher.rule_key.startswith(prefix)).tuples()}
    # Solar birthdays are filtered in SQL; lunar ones (a few per shop) are converted one by one.
    q = Member.select().where((Member.status == "active") & Member.birth_month.is_null(False)
                              & Member.birth_day.is_null(False)
                              & ((Member.birth_month == today.month) | (Member.birthday_lunar == True)))  # noqa: E712
    due = []
    for m in q:
        if m.id in done or earning.birthday_month_of(m, today.year) != today.month:
            continue
        if min_tier is not None and order.get(m.tier, -1) < min_tier.threshold:
            continue
        due.append(m.id)
    n = vouchers.issue_many(due, "birthday", value, rule_prefix=prefix, valid_from=today.replace(day=1),
                            expires_on=_month_end(today), at=dt.datetime.combine(today, dt.time(0, 0)),
                            reason=tr("生日月礼券"))
    return n


def season_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """(first day, last day) of the season containing *day* (season start months from settings)."""
    starts = sorted({int(m) for m in config.get(config.SEASON_STARTS.key) if 1 <= int(m) <= 12}) or [3, 6, 9, 12]
    cands = [dt.date(day.year + dy, m, 1) for dy in (-1, 0, 1) for m in starts]
    cands.sort()
    begin = max(c for c in cands if c <= day)
    end = min(c for c in cands if c > day) - dt.timedelta(days=1)
    return begin, end


def season_name(begin: dt.date) -> str:
    name = SEASON_NAMES.get(begin.month)
    return f"{begin.year}" + (tr(name) if name else tr("{m}月起").format(m=begin.month))


def season_top(begin: dt.date, end: dt.date, n: int) -> list[tuple[int, int]]:
    """(member id, net spend fen) of the top *n* members by spend in [begin, end]."""
    return [(int(a), int(b)) for a, b in db.execute_sql(
        "SELECT s.member_id, SUM(s.paid) AS spend FROM sale s JOIN member m ON m.id = s.member_id"
        " WHERE s.kind IN ('sale', 'return') AND s.sold_at >= ? AND s.sold_at < ?"
        " AND m.status != 'anonymised' GROUP BY s.member_id"
        " HAVING spend > 0 ORDER BY spend DESC, s.member_id LIMIT ?",
        (begin.isoformat(), (end + dt.timedelta(days=1)).isoformat(), n)).fetchall()]


def season_vouchers(today: dt.date) -> int:
    """L7: once per season, the previous season's top N get a voucher for their first purchase now."""
    if not config.get(config.SEASON_ENABLED.key):
        return 0
    begin, end = season_of(today)
    prev_begin, prev_end = season_of(begin - dt.timedelta(days=1))
    key = f"season:{prev_begin.isoformat()}"
    if LoyaltyOnce.select().where(LoyaltyOnce.key == key).exists():
        return 0
    value = int(config.get(config.SEASON_VALUE.key))
    with transaction():
        LoyaltyOnce.create(key=key, detail=season_name(prev_begin))
        if (today - begin).days > CATCH_UP_DAYS:
            return 0  # first start long after the season began (new install): nothing to catch up
        top = [mid for mid, _spend in season_top(prev_begin, prev_end, int(config.get(config.SEASON_TOP_N.key)))]
        return vouchers.issue_many(top, "season", value, rule_prefix=f"{key}:", valid_from=begin, expires_on=end,
                                   at=dt.datetime.combine(today, dt.time(0, 0)),
                                   reason=tr("{s}消费前列,本季首次消费可用").format(s=season_name(prev_begin)))


def mark_inactive(today: dt.date) -> int:
    """L11: no purchase (or, never bought, no enrolment) for N months → status inactive, not deleted."""
    if not config.get(config.INACTIVE_ENABLED.key):
        return 0
    months = int(config.get(config.INACTIVE_MONTHS.key))
    y, m = divmod(today.month - 1 - months, 12)
    cutoff = dt.date(today.year + y, m + 1, min(today.day, 28))
    with transaction():
        ids = [r[0] for r in db.execute_sql(
            "SELECT id FROM member WHERE status = 'active' AND COALESCE(last_purchase, enrolled_on) < ?",
            (cutoff.isoformat(),)).fetchall()]
        if ids:
            Member.update(status="inactive").where(Member.id.in_(ids)).execute()
            AuditLog.create(action="mark_inactive", count=len(ids),
                            detail=tr("{n} 个月未消费设为不活跃").format(n=months))
    return len(ids)


def yearly_review(today: dt.date) -> int:
    if not config.get(config.REVIEW_ENABLED.key):
        return 0
    try:
        mm, dd = (int(x) for x in str(config.get(config.REVIEW_DAY.key)).split("-"))
        review_day = dt.date(today.year, mm, dd)
    except ValueError:
        review_day = dt.date(today.year, 1, 1)
    key = f"review:{today.year}"
    if today < review_day or LoyaltyOnce.select().where(LoyaltyOnce.key == key).exists():
        return 0
    with transaction():
        LoyaltyOnce.create(key=key)
        if (today - review_day).days > CATCH_UP_DAYS:
            return 0  # installed (or first opened) long after this year's review day: wait for next year
        return len(tiers.review(today))


def _once(key: str, job: Callable[[], int]) -> int:
    """Run *job* once per key (e.g. once a day); it and its marker commit together."""
    with transaction():
        if LoyaltyOnce.select().where(LoyaltyOnce.key == key).exists():
            return 0
        n = job()
        LoyaltyOnce.create(key=key, detail=str(n))
        return n


def run_daily(today: dt.date | None = None, cancelled: Callable[[], bool] | None = None) -> dict[str, int]:
    """Every daily job; returns what each did (counts).

    ``cancelled()`` true (the app is closing, issue 14) stops between jobs; each job is
    idempotent for the day, so the next start does what is left."""
    today = today or dt.date.today()
    jobs: list[tuple[str, Callable[[], int]]] = [
        ("points_expired", lambda: _once(f"points-expiry:{today.isoformat()}", lambda: ledger.expire_due(today))),
        ("vouchers_expired", lambda: vouchers.expire_due(today)),
        ("birthday_vouchers", lambda: birthday_vouchers(today)),
        ("season_vouchers", lambda: season_vouchers(today)),
        ("tier_downgrades", lambda: yearly_review(today) + len(tiers.grace_due(today))),
        ("inactive", lambda: mark_inactive(today)),
    ]
    counts: dict[str, int] = {}
    for name, job in jobs:
        if cancelled is not None and cancelled():
            break
        counts[name] = job()
    return counts
