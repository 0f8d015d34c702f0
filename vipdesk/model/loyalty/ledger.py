"""The points ledger: append-only entries, a balance is their sum, never negative.

Expiry (off by default): when an earning entry is posted while expiry is on,
its expiry date is fixed in a PointsLot row, so a later policy change never
re-dates points already earned.  Spending uses the earliest-expiring points
first (the member-friendly order); ``expiry_forecast`` and ``expire_due``
follow the same allocation.
"""

from __future__ import annotations

import datetime as dt

from vipdesk.model.errors import InsufficientBalance
from vipdesk.model.members import stats
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import PointsEntry, now
from vipdesk.text import shown, tr, tr_noop

# Kinds that add points which can expire (an adjustment or a cancelled voucher gives back old points).
EXPIRING_KINDS = ("earn", "import", "referral", "bonus")

# Reasons the app writes into the points, voucher and tier ledgers with values filled in: shown in
# the app's language whatever language they were written in (reason_shown).
REASON_TEMPLATES = tr_noop(("消费积分 小票 {t}", "积分满 {n} 分换代金券", "{s}消费前列,本季首次消费可用"))


def reason_shown(reason: str) -> str:
    """A ledger reason as shown: the app's own reasons translated, what the owner typed as typed."""
    return shown(reason, REASON_TEMPLATES)


def post_points(member_id: int, delta: int, kind: str, reason: str = "", *, sale_id: int | None = None,
                clerk_id: int | None = None, at: dt.datetime | None = None) -> PointsEntry:
    """Append one entry.  Runs inside BEGIN IMMEDIATE, so the balance read here cannot be
    changed by another writer before the entry lands: two redemptions of the same points
    cannot both succeed."""
    if not isinstance(delta, int):
        raise TypeError("points are integers")
    with transaction():
        balance = stats.cached_balance(member_id)  # O(1): the cache moves with every entry (issue 14)
        if balance + delta < 0:
            raise InsufficientBalance(
                tr("积分不足:当前 {balance} 分,需要 {need} 分").format(balance=balance, need=-delta))
        # Plain statements (issue 14: conversions and redemptions run inside the sale's transaction).
        at = at or now()
        entry_id = db.execute_sql(
            "INSERT INTO points_entry (member_id, at, delta, kind, reason, sale_id, clerk_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (member_id, at, delta, kind, reason, sale_id, clerk_id)).lastrowid
        db.execute_sql("UPDATE member SET points = ? WHERE id = ?", (balance + delta, member_id))
        entry = PointsEntry(id=entry_id, member=member_id, delta=delta, kind=kind, reason=reason, sale=sale_id,
                            clerk=clerk_id, at=at)
        entry._dirty.clear()  # as PointsEntry.create leaves it
        if delta > 0 and kind in EXPIRING_KINDS:
            expires = expiry_date_for(entry.at)
            if expires is not None:
                from vipdesk.model.loyalty.tables import PointsLot

                PointsLot.create(entry=entry.id, member=member_id, expires_on=expires)
        return entry


def earn_points(member_id: int, delta: int, reason: str, *, sale_id: int | None = None,
                clerk_id: int | None = None, at: dt.datetime | None = None) -> int:
    """A sale's 'earn' entry (issue 14), inside the caller's write transaction; returns its id.

    The same rows ``post_points`` writes, as plain statements and without a savepoint: a
    positive entry cannot fail the balance check, and if a write fails the sale's whole
    transaction rolls back."""
    if not isinstance(delta, int) or delta <= 0:
        raise ValueError("earn_points adds points; post_points handles the rest")
    if not db.in_transaction():
        return post_points(member_id, delta, "earn", reason, sale_id=sale_id, clerk_id=clerk_id, at=at).id
    at = at or now()
    entry_id = db.execute_sql(
        "INSERT INTO points_entry (member_id, at, delta, kind, reason, sale_id, clerk_id) VALUES (?, ?, ?, 'earn', ?, ?, ?)",
        (member_id, at, delta, reason, sale_id, clerk_id)).lastrowid
    db.execute_sql("UPDATE member SET points = points + ? WHERE id = ?", (delta, member_id))
    expires = expiry_date_for(at)
    if expires is not None:
        db.execute_sql("INSERT INTO points_lot (entry_id, member_id, expires_on) VALUES (?, ?, ?)",
                       (entry_id, member_id, expires))
    return entry_id


def expiry_date_for(at: dt.datetime) -> dt.date | None:
    """The expiry date the current policy gives points earned at *at* (None: they never expire)."""
    from vipdesk.model.loyalty import config

    if not config.get(config.EXPIRY_ENABLED.key):
        return None
    if config.get(config.EXPIRY_MODE.key) == "months":
        months = max(1, int(config.get(config.EXPIRY_MONTHS.key)))
        y, m = divmod(at.month - 1 + months, 12)
        year, month = at.year + y, m + 1
        import calendar

        return dt.date(year, month, min(at.day, calendar.monthrange(year, month)[1]))
    return dt.date(at.year + 1, 12, 31)


def _remaining_lots(member_id: int) -> list[tuple[dt.date | None, int]]:
    """(expiry date or None, points still unspent) per earning entry.  Entries are replayed in
    time order; each deduction uses the points held at that moment, earliest-expiring first
    (never-expiring last) — the member-friendly order.  A deduction dated before the points
    that cover it (back-dated entries) is settled from the next points earned."""
    rows = db.execute_sql(
        "SELECT p.delta, l.expires_on FROM points_entry p LEFT JOIN points_lot l ON l.entry_id = p.id"
        " WHERE p.member_id = ? ORDER BY p.at, p.id", (member_id,)).fetchall()
    lots: list[list] = []  # [sort key, expiry or None, remaining]
    debt = 0
    for delta, expires in rows:
        delta = int(delta)
        if delta > 0:
            exp = dt.date.fromisoformat(str(expires)[:10]) if expires else None
            use = min(debt, delta)
            debt -= use
            if delta - use:
                lots.append([exp or dt.date.max, exp, delta - use])
                lots.sort(key=lambda x: x[0])  # stable: same date keeps earning order
        elif delta < 0:
            need = -delta
            for lot in lots:
                if not need:
                    break
                use = min(need, lot[2])
                lot[2] -= use
                need -= use
            lots = [lot for lot in lots if lot[2] > 0]
            debt += need
    return [(lot[1], lot[2]) for lot in lots]


def expiry_forecast(member_id: int, today: dt.date | None = None) -> list[tuple[dt.date, int]]:
    """[(date, points)] still to expire on or after *today*, soonest first ("300 积分 12-31 到期")."""
    today = today or dt.date.today()
    by_day: dict[dt.date, int] = {}
    for exp, pts in _remaining_lots(member_id):
        if exp is not None and exp >= today:
            by_day[exp] = by_day.get(exp, 0) + pts
    return sorted(by_day.items())


def expire_due(today: dt.date | None = None) -> int:
    """Post an 'expire' entry for every member's points whose date has passed; returns points expired."""
    from vipdesk.model.loyalty.tables import PointsLot

    today = today or dt.date.today()
    total = 0
    members = [r[0] for r in PointsLot.select(PointsLot.member).where(PointsLot.expires_on < today)
               .distinct().tuples()]
    for member_id in members:
        with transaction():
            due = sum(pts for exp, pts in _remaining_lots(member_id) if exp is not None and exp < today)
            due = min(due, balance(member_id))
            if due > 0:
                post_points(member_id, -due, "expire", tr("积分到期"),
                            at=dt.datetime.combine(today, dt.time(0, 0)))
                total += due
    return total


def balance(member_id: int) -> int:
    """The member's points balance: the cache ``post_points`` keeps, not a sum over her history."""
    return stats.cached_balance(member_id)


def entries(member_id: int) -> list[PointsEntry]:
    return list(PointsEntry.select().where(PointsEntry.member == member_id).order_by(PointsEntry.at, PointsEntry.id))


def ledger_consistent() -> bool:
    """Every cached balance equals its ledger sum and none is negative."""
    bad = db.execute_sql(
        "SELECT COUNT(*) FROM member m WHERE m.points != COALESCE((SELECT SUM(delta) FROM points_entry p"
        " WHERE p.member_id = m.id), 0) OR m.points < 0"
    ).fetchone()[0]
    return bad == 0


def expiring_soon(within_days: int = 30, today: dt.date | None = None) -> list[tuple[int, dt.date, int]]:
    """(member id, date, points) for points that expire in the next *within_days* days — for
    reminders ("300 积分 12-31 到期") and the call list."""
    from vipdesk.model.loyalty.tables import PointsLot

    today = today or dt.date.today()
    until = today + dt.timedelta(days=within_days)
    members = [r[0] for r in PointsLot.select(PointsLot.member).where(
        (PointsLot.expires_on >= today) & (PointsLot.expires_on <= until)).distinct().tuples()]
    out = []
    for member_id in members:
        for day, pts in expiry_forecast(member_id, today):
            if day <= until and pts > 0:
                out.append((member_id, day, pts))
    return sorted(out, key=lambda x: (x[1], x[0]))


def adjust(member_id: int, delta: int, reason: str, *, clerk_id: int | None = None,
           at: dt.datetime | None = None) -> PointsEntry:
    """A manual correction by the owner: a new 'adjust' entry with its reason, never an edit."""
    from vipdesk.model.errors import ValidationError

    if not isinstance(delta, int) or isinstance(delta, bool) or delta == 0:
        raise ValidationError(tr("调整积分"), tr("请填写要增加或扣减的积分(整数,不能为 0)"))
    if not (reason or "").strip():
        raise ValidationError(tr("调整原因"), tr("请填写调整原因"))
    return post_points(member_id, delta, "adjust", reason.strip(), clerk_id=clerk_id, at=at)
