"""Earning points (L3): default 1 point per yuan actually paid."""

from __future__ import annotations

import datetime as dt

from vipdesk.model import settings

POINTS_PER_YUAN = settings.declare("loyalty.points_per_yuan", 1, "每消费 1 元积几分", "等级积分")


def points_for_amount(paid_fen: int, member_id: int | None, when: dt.datetime) -> int:
    """Points one sale line earns; walk-ins earn nothing."""
    if member_id is None or paid_fen <= 0:
        return 0
    return paid_fen // 100 * int(settings.get(POINTS_PER_YUAN.key))
