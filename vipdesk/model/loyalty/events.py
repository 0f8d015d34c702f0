"""Loyalty's reactions to sales and enrolment (registered with vipdesk.model.store.hooks).

They run inside the sale's transaction: earning, the immediate upgrade, the
referral reward at a referred member's first purchase (L8), L5 automatic
conversion and waking an inactive member up.  A return's points are settled
by ``sales.record_return`` itself (it needs the refund policy).
"""

from __future__ import annotations

import datetime as dt

from vipdesk.model.loyalty import referral, tiers, vouchers
from vipdesk.model.loyalty.ledger import post_points
from vipdesk.model.store import hooks
from vipdesk.model.store.tables import Member, Sale, now
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
    # Only the columns used (issue 14: this runs inside every sale's transaction).
    sale = Sale.select(Sale.id, Sale.member, Sale.points, Sale.ticket_no, Sale.clerk, Sale.sold_at).where(
        Sale.id == sale_id).get()
    if sale.member_id is None:
        return
    # Only the few columns needed (a full Member row is ~50 columns; this runs at every sale).
    member = Member.select(Member.id, Member.name, Member.status, Member.referred_by).where(
        Member.id == sale.member_id).get()
    if member.status == "inactive":
        Member.update(status="active").where(Member.id == member.id).execute()
    if sale.points > 0:
        post_points(sale.member_id, sale.points, "earn", tr("消费积分 小票 {t}").format(t=sale.ticket_no),
                    sale_id=sale.id, clerk_id=sale.clerk_id, at=sale.sold_at)
    _referral(sale, member)
    tiers.check_upgrade(sale.member_id, tr("消费后达到升级标准"), at=sale.sold_at)
    vouchers.auto_convert(sale.member_id, at=sale.sold_at, sale_id=sale.id, clerk_id=sale.clerk_id)


def _referral(sale: Sale, member: Member) -> None:
    """L8: the referrer's reward at her first surviving purchase (re-granted after a returned one)."""
    referral.on_sale(sale, member)
