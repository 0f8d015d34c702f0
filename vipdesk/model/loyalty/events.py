"""Loyalty's reactions to sales and enrolment (registered with vipdesk.model.store.hooks).

They run inside the sale's transaction: earning, the immediate upgrade, the
referral reward at a referred member's first purchase (L8), L5 automatic
conversion and waking an inactive member up.  A return's points are settled
by ``sales.record_return`` itself (it needs the refund policy).
"""

from __future__ import annotations

import datetime as dt

from vipdesk.model.loyalty import referral, tiers, vouchers
from vipdesk.model.loyalty.ledger import earn_points
from vipdesk.model.sales import facts
from vipdesk.model.store import hooks
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import Member, now
from vipdesk.text import tr


@hooks.on("member_enrolled")
def _first_tier(member_id: int) -> None:
    """The entry tier, dated on the enrolment day (members are often entered after the fact)."""
    enrolled = Member.select(Member.enrolled_on).where(Member.id == member_id).scalar()
    at = now()
    if isinstance(enrolled, str):
        enrolled = dt.date.fromisoformat(enrolled[:10])
    if enrolled and enrolled < at.date():
        at = dt.datetime.combine(enrolled, dt.time(0, 0))
    tiers.check_upgrade(member_id, at=at)


@hooks.on("sale_recorded")
def _earn(sale_id: int) -> None:
    # The ticket and member record_sale has just written and read (issue 14: no reading back).
    sale = facts.sale_facts(sale_id)
    member = sale.member
    if sale.member_id is None or member is None:
        return
    if member.status == "inactive":
        db.execute_sql("UPDATE member SET status = 'active' WHERE id = ?", (member.id,))
    if sale.points > 0:
        earn_points(sale.member_id, sale.points, tr("消费积分 小票 {t}").format(t=sale.ticket_no),
                    sale_id=sale.id, clerk_id=sale.clerk_id, at=sale.sold_at)
    _referral(sale, member)
    # Her qualifying points are read at most once for the tier check and L5 (nothing between
    # them changes her sales or qualifying ledger kinds).
    qualifying = tiers.QualifyingOnce(sale.member_id, sale.sold_at)
    tiers.upgrade_after_sale(member, tr("消费后达到升级标准"), sale.sold_at, qualifying)
    vouchers.auto_convert(sale.member_id, at=sale.sold_at, sale_id=sale.id, clerk_id=sale.clerk_id,
                          qualifying=qualifying)


def _referral(sale: facts.SaleFacts, member: facts.MemberFacts) -> None:
    """L8: the referrer's reward at her first surviving purchase (re-granted after a returned one)."""
    referral.on_sale(sale, member)
