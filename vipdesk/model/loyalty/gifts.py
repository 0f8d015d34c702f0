"""Redemption catalogue (L4): gifts for points with a stock count.

Redeeming deducts the points through the ledger (BEGIN IMMEDIATE: two tills
cannot spend the same points) and takes one from stock in the same
transaction; a gift that includes a 现金券 also issues that voucher.
"""

from __future__ import annotations

import datetime as dt

from vipdesk.model.errors import NotFound, ValidationError
from vipdesk.model.loyalty import vouchers
from vipdesk.model.loyalty.ledger import post_points
from vipdesk.model.loyalty.tables import Gift, GiftRedemption
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import Member, now
from vipdesk.text import tr


def catalogue(include_inactive: bool = False) -> list[Gift]:
    q = Gift.select().order_by(Gift.sort, Gift.points, Gift.id)
    if not include_inactive:
        q = q.where(Gift.active == True)  # noqa: E712
    return list(q)


def _check(name: str, points: int, stock: int, voucher_value: int) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(tr("礼品名称"), tr("请填写礼品名称"))
    if not isinstance(points, int) or points <= 0:
        raise ValidationError(tr("所需积分"), tr("所需积分必须大于 0"))
    if not isinstance(stock, int) or stock < 0:
        raise ValidationError(tr("库存"), tr("库存不能为负数"))
    if not isinstance(voucher_value, int) or voucher_value < 0:
        raise ValidationError(tr("附赠现金券"), tr("金额不能为负数"))
    return name


def add_gift(name: str, points: int, stock: int = 0, voucher_value: int = 0) -> Gift:
    name = _check(name, points, stock, voucher_value)
    with transaction():
        sort = (Gift.select().count() or 0)
        return Gift.create(name=name, points=points, stock=stock, voucher_value=voucher_value, sort=sort)


def update_gift(gift_id: int, *, name: str, points: int, stock: int, voucher_value: int = 0,
                active: bool = True) -> Gift:
    """Change a gift's terms from now on; past redemptions keep the points they cost."""
    name = _check(name, points, stock, voucher_value)
    with transaction():
        g = Gift.get_or_none(Gift.id == gift_id)
        if g is None:
            raise NotFound(tr("找不到礼品"))
        g.name, g.points, g.stock, g.voucher_value, g.active = name, points, stock, voucher_value, active
        g.save()
        return g


def redeem(member_id: int, gift_id: int, *, clerk_id: int | None = None, at: dt.datetime | None = None
           ) -> GiftRedemption:
    """Exchange points for one gift; refuses when points or stock run short."""
    at = at or now()
    with transaction():
        g = Gift.get_or_none(Gift.id == gift_id)
        if g is None or not g.active:
            raise NotFound(tr("找不到礼品"))
        if Member.get_or_none(Member.id == member_id) is None:
            raise NotFound(tr("找不到会员 #{id}").format(id=member_id))
        if g.stock <= 0:
            raise ValidationError(tr("库存"), tr("{name} 已无库存").format(name=g.name))
        entry = post_points(member_id, -g.points, "redeem", tr("兑换礼品:") + g.name, clerk_id=clerk_id, at=at)
        voucher = None
        if g.voucher_value:
            voucher = vouchers.issue(member_id, "gift", g.voucher_value, clerk_id=clerk_id, at=at,
                                     expires_on=at.date() + dt.timedelta(days=365), note=g.name,
                                     reason=tr("兑换礼品附赠现金券"))
        Gift.update(stock=Gift.stock - 1).where(Gift.id == g.id).execute()
        return GiftRedemption.create(member=member_id, gift=g, points=g.points, entry=entry, voucher=voucher,
                                     at=at, clerk=clerk_id)


def redemptions(member_id: int | None = None, limit: int = 500) -> list[GiftRedemption]:
    q = GiftRedemption.select().order_by(GiftRedemption.at.desc(), GiftRedemption.id.desc()).limit(limit)
    if member_id is not None:
        q = q.where(GiftRedemption.member == member_id)
    return list(q)
