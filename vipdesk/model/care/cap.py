"""C7: at most / at least N non-sales messages a month per member, as the shop sets.

Kept small on purpose: the SMS outbox and the reminder list both ask
``cap_reason`` before a care message goes out, so the rule lives once.
"""

from __future__ import annotations

import datetime as dt

from vipdesk.model.store import settings
from vipdesk.model.store.tables import Contact
from vipdesk.text import tr

G = "关怀"
MONTHLY_MIN = settings.declare("care.monthly_min_messages", 1, "每位会员每月至少关怀消息数", G,
                               "非销售类关怀消息(问候、关怀),每月至少几条")
MONTHLY_MAX = settings.declare("care.monthly_max_messages", 1, "每位会员每月最多关怀消息数", G,
                               "非销售类关怀消息每月最多几条;0 = 不限")

# Contact-log kinds that are about a sale (thanks, follow-up, points/vouchers): not counted by C7.
SALES_KINDS = frozenset({"manual", "followup", "revisit", "visit_thanks", "welcome", "referral_thanks",
                         "referral_followup", "points_expiry", "voucher_expiry", "sale", "visit"})


def _month_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.date(day.year, day.month, 1)
    nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(nxt, dt.time())


def care_messages_in_month(member_id: int, day: dt.date) -> int:
    """Non-sales care contacts logged for the member in *day*'s calendar month."""
    start, end = _month_bounds(day)
    return (Contact.select().where((Contact.member == member_id) & (Contact.at >= start) & (Contact.at < end)
                                   & Contact.kind.not_in(sorted(SALES_KINDS))).count())


def cap_reason(member_id: int, day: dt.date) -> str | None:
    """None when one more non-sales message is allowed this month, else why not and when it can go."""
    cap = int(settings.get(MONTHLY_MAX.key))
    if cap <= 0:
        return None
    n = care_messages_in_month(member_id, day)
    if n < cap:
        return None
    nxt = _month_bounds(day)[1].date()
    return tr("本月已发 {n} 条关怀消息(每月最多 {cap} 条),{y}年{m}月起可再发").format(
        n=n, cap=cap, y=nxt.year, m=nxt.month)
