"""C7: the shop's minimum and maximum of non-sales (care) messages per member per calendar month.

The maximum holds back the next care message (the reminder pane and every
batch, e.g. the SMS engineer's sender, ask ``cap_reason`` first) with a
reason that names the month it can go out; the minimum is served by the
monthly "本月未联系会员" list of members who got none.

What counts: contact-log rows whose kind is a care kind — greetings,
thanks, stay-in-touch, surveys — not sales ones (event / promotion notices,
points-expiry invitations, win-back calls) nor visits logged at the counter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vipdesk.model.store import settings
from vipdesk.model.store.db import db
from vipdesk.text import tr

G = "关怀"
MONTHLY_MIN = settings.declare("care.monthly_min_messages", 1, "每位会员每月至少关怀次数", G,
                               "非销售的关怀短信/电话;少于此数的会员列入“本月未联系会员”")
MONTHLY_MAX = settings.declare("care.monthly_max_messages", 1, "每位会员每月最多关怀次数", G,
                               "非销售的关怀短信/电话;到达上限后下一条顺延到下个月;0 = 不限")

# Reminder kinds (and the generic kinds other senders log) that are care, not sales.
CARE_KINDS: frozenset[str] = frozenset({
    "birthday", "birthday_soon", "child_birthday", "member_date", "holiday", "weather", "welcome",
    "referral_thanks", "referral_followup", "followup", "revisit", "visit_thanks", "min_care", "care_plan",
    "survey", "care", "message",
})


def is_care_kind(kind: str) -> bool:
    return kind in CARE_KINDS


def _month_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime(day.year, day.month, 1)
    nxt = dt.datetime(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return start, nxt


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _kinds_sql() -> tuple[str, tuple[str, ...]]:
    kinds = tuple(sorted(CARE_KINDS))
    return ",".join("?" * len(kinds)), kinds


def care_messages_in_month(member_id: int, day: dt.date) -> int:
    """Non-sales care contacts logged for the member in *day*'s calendar month (visits excluded)."""
    start, end = _month_bounds(day)
    marks, kinds = _kinds_sql()
    row = db.execute_sql(
        f"SELECT COUNT(*) FROM contact WHERE member_id = ? AND at >= ? AND at < ? AND channel != 'visit' "
        f"AND kind IN ({marks})", (member_id, start, end, *kinds)).fetchone()
    return int(row[0])


def care_counts_in_month(day: dt.date) -> dict[int, int]:
    """Care contacts per member in *day*'s month, in one query (for the pane and batches)."""
    start, end = _month_bounds(day)
    marks, kinds = _kinds_sql()
    cur = db.execute_sql(
        f"SELECT member_id, COUNT(*) FROM contact WHERE at >= ? AND at < ? AND channel != 'visit' "
        f"AND kind IN ({marks}) GROUP BY member_id", (start, end, *kinds))
    return {int(m): int(n) for m, n in cur.fetchall()}


def monthly_max() -> int:
    return int(settings.get(MONTHLY_MAX.key))


def monthly_min() -> int:
    return int(settings.get(MONTHLY_MIN.key))


def reason_for_count(count: int, day: dt.date) -> str | None:
    """The held-back reason for a member who already got *count* care messages this month."""
    cap = monthly_max()
    if cap <= 0 or count < cap:
        return None
    nxt = next_month(day)
    return tr("本月已发关怀{n}次(每月最多{cap}次),顺延到{y}年{m}月").format(
        n=count, cap=cap, y=nxt.year, m=nxt.month)


def cap_reason(member_id: int, day: dt.date) -> str | None:
    """None when one more care message is allowed this month, else the Chinese reason naming next month."""
    return reason_for_count(care_messages_in_month(member_id, day), day)


@dataclass
class Uncontacted:
    member_id: int
    name: str
    phone: str
    clerk: str
    count: int


def uncontacted_in_month(day: dt.date, clerk_id: int | None = None) -> list[Uncontacted]:
    """"本月未联系会员": active members with fewer care contacts this month than the shop's minimum."""
    need = monthly_min()
    if need <= 0:
        return []
    counts = care_counts_in_month(day)
    _start, end = _month_bounds(day)
    sql = ("SELECT m.id, m.name, m.phone, COALESCE(s.name, '') FROM member m LEFT JOIN staff s ON s.id = m.clerk_id "
           "WHERE m.status = 'active' AND date(m.enrolled_on) < ?")
    params: list[object] = [end.date().isoformat()]
    if clerk_id is not None:
        sql += " AND m.clerk_id = ?"
        params.append(clerk_id)
    out = []
    for mid, name, phone, clerk in db.execute_sql(sql + " ORDER BY m.id", params).fetchall():
        n = counts.get(mid, 0)
        if n < need:
            out.append(Uncontacted(mid, name, phone or "", clerk, n))
    return out
