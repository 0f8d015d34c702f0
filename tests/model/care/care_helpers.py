"""Small helpers shared by the care tests."""

from __future__ import annotations

import datetime as dt


def kinds_for(tasks, member_id):
    return sorted(t.kind for t in tasks if t.member_id == member_id)


def buy(member_id, when: dt.datetime, clerk_id=None, category="上衣", size="M"):
    from vipdesk.model.sales.recording import LineInput, record_sale

    return record_sale(member_id, [LineInput("A100", 39900, 1, category=category, size=size)],
                       clerk_id=clerk_id, sold_at=when)
