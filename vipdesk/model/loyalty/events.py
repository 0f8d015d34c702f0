"""Loyalty's reactions to sales and enrolment (registered with vipdesk.model.hooks)."""

from __future__ import annotations

from vipdesk.model import hooks
from vipdesk.model.loyalty import tiers
from vipdesk.model.loyalty.ledger import balance, post_points
from vipdesk.model.tables import Sale
from vipdesk.text import tr


@hooks.on("member_enrolled")
def _first_tier(member_id: int) -> None:
    tiers.check_upgrade(member_id)


@hooks.on("sale_recorded")
def _earn(sale_id: int) -> None:
    sale = Sale.get_by_id(sale_id)
    if sale.member_id is None or sale.points <= 0:
        return
    post_points(sale.member_id, sale.points, "earn", tr("消费积分 小票 {t}").format(t=sale.ticket_no),
                sale_id=sale.id, clerk_id=sale.clerk_id, at=sale.sold_at)
    tiers.check_upgrade(sale.member_id, tr("消费后积分达到升级标准"))


@hooks.on("return_recorded")
def _reverse(sale_id: int) -> None:
    """Take back exactly the points the returned items earned, never below zero."""
    ret = Sale.get_by_id(sale_id)
    if ret.member_id is None or ret.points >= 0:
        return
    take = min(-ret.points, balance(ret.member_id))
    if take:
        post_points(ret.member_id, -take, "reverse", tr("退货扣回积分 小票 {t}").format(t=ret.ticket_no),
                    sale_id=ret.id, clerk_id=ret.clerk_id, at=ret.sold_at)
