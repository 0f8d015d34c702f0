"""The points ledger: append-only entries, a balance is their sum, never negative."""

from __future__ import annotations

import datetime as dt

from vipdesk.model import stats
from vipdesk.model.db import db, transaction
from vipdesk.model.errors import InsufficientBalance
from vipdesk.model.tables import Member, PointsEntry, now
from vipdesk.text import tr


def post_points(member_id: int, delta: int, kind: str, reason: str = "", *, sale_id: int | None = None,
                clerk_id: int | None = None, at: dt.datetime | None = None) -> PointsEntry:
    """Append one entry.  Runs inside BEGIN IMMEDIATE, so the balance read here cannot be
    changed by another writer before the entry lands: two redemptions of the same points
    cannot both succeed."""
    if not isinstance(delta, int):
        raise TypeError("points are integers")
    with transaction():
        balance = stats.ledger_balance(member_id)
        if balance + delta < 0:
            raise InsufficientBalance(
                tr("积分不足:当前 {balance} 分,需要 {need} 分").format(balance=balance, need=-delta))
        entry = PointsEntry.create(member=member_id, delta=delta, kind=kind, reason=reason, sale=sale_id,
                                   clerk=clerk_id, at=at or now())
        Member.update(points=balance + delta).where(Member.id == member_id).execute()
        return entry


def balance(member_id: int) -> int:
    return stats.ledger_balance(member_id)


def entries(member_id: int) -> list[PointsEntry]:
    return list(PointsEntry.select().where(PointsEntry.member == member_id).order_by(PointsEntry.at, PointsEntry.id))


def ledger_consistent() -> bool:
    """Every cached balance equals its ledger sum and none is negative."""
    bad = db.execute_sql(
        "SELECT COUNT(*) FROM member m WHERE m.points != COALESCE((SELECT SUM(delta) FROM points_entry p"
        " WHERE p.member_id = m.id), 0) OR m.points < 0"
    ).fetchone()[0]
    return bad == 0
