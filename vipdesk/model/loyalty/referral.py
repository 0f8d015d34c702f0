"""L8 referral reward over a member's whole purchase history (issue 17, item 5).

The referrer earns the reward once, at the referred member's *first surviving purchase*: the
earliest sale not wholly returned.  So a returned first purchase does not end the matter —
  * returned while she has another surviving sale: the reward stays and now belongs to that sale;
  * returned with nothing else left: the reward is taken back, and her next purchase earns it again.
The key ``referral:<member id>`` in LoyaltyOnce records which sale holds it
(``referrer=R sale=S points=N``) and ``reversed`` once it was taken back.
"""

from __future__ import annotations

from vipdesk.model.loyalty import config, tiers, vouchers
from vipdesk.model.loyalty.ledger import balance, post_points
from vipdesk.model.loyalty.tables import LoyaltyOnce, Voucher
from vipdesk.model.sales.facts import MemberFacts, SaleFacts
from vipdesk.model.store.tables import Member, PointsEntry, Sale, SaleLine
from vipdesk.text import tr


def _key(member_id: int) -> str:
    return f"referral:{member_id}"


def _fields(detail: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in detail.split() if "=" in part)


def fully_returned(sale_id: int) -> bool:
    """Every unit of the sale has come back."""
    bought = sum(line.quantity for line in SaleLine.select(SaleLine.quantity).where(SaleLine.sale == sale_id))
    back = -sum(line.quantity for line in SaleLine.select(SaleLine.quantity).join(
        Sale, on=(SaleLine.sale == Sale.id)).where(Sale.original == sale_id))
    return bought > 0 and back >= bought


def first_surviving_sale(member_id: int, exclude: int | None = None) -> Sale | None:
    """Her earliest sale that is not wholly returned (*exclude*: a sale being returned right now)."""
    q = (Sale.select(Sale.id, Sale.sold_at, Sale.clerk).where((Sale.member == member_id) & (Sale.kind == "sale"))
         .order_by(Sale.sold_at, Sale.id))
    for sale in q:
        if sale.id != exclude and not fully_returned(sale.id):
            return sale
    return None


def holder(member_id: int) -> tuple[int, int, int] | None:
    """(referrer, sale id, points) while the reward is held; None if never granted or taken back."""
    once = LoyaltyOnce.get_or_none(LoyaltyOnce.key == _key(member_id))
    if once is None or "reversed" in once.detail.split():
        return None
    f = _fields(once.detail)
    sale_id = int(f["sale"])
    if "points" in f:
        points = int(f["points"])
    else:  # a key written before the amount was kept in it
        points = int(PointsEntry.select(PointsEntry.delta).where(
            (PointsEntry.member == int(f["referrer"])) & (PointsEntry.kind == "referral")
            & (PointsEntry.sale == sale_id)).scalar() or 0)
    return int(f["referrer"]), sale_id, points


def _write(member_id: int, detail: str) -> None:
    key = _key(member_id)
    if LoyaltyOnce.update(detail=detail).where(LoyaltyOnce.key == key).execute() == 0:
        LoyaltyOnce.create(key=key, detail=detail)


def on_sale(sale: Sale | SaleFacts, member: Member | MemberFacts) -> None:
    """After a sale (inside its transaction): reward the referrer if this is her first surviving purchase."""
    points = int(config.get(config.REFERRAL_POINTS.key))
    if member.referred_by_id is None or points <= 0 or holder(member.id) is not None:
        return
    first = first_surviving_sale(member.id)
    if first is None or first.id != sale.id:
        return
    _write(member.id, f"referrer={member.referred_by_id} sale={sale.id} points={points}")
    post_points(member.referred_by_id, points, "referral",
                tr("介绍新会员 {name} 首次消费").format(name=member.name), sale_id=sale.id,
                clerk_id=sale.clerk_id, at=sale.sold_at)
    tiers.check_upgrade(member.referred_by_id, tr("介绍奖励后达到升级标准"), at=sale.sold_at)
    vouchers.auto_convert(member.referred_by_id, at=sale.sold_at, sale_id=sale.id, clerk_id=sale.clerk_id)


def on_return(original: Sale, ret: Sale) -> int | None:
    """After a return: the sale holding the reward wholly returned → move it or take it back.
    Returns the referrer's id when the reward was taken back (the caller re-evaluates her tier)."""
    held = holder(original.member_id)
    if held is None or held[1] != original.id or not fully_returned(original.id):
        return None
    referrer, _sale_id, reward = held
    nxt = first_surviving_sale(original.member_id, exclude=original.id)
    if nxt is not None:  # she still bought something: the reward stays, held by that sale
        _write(original.member_id, f"referrer={referrer} sale={nxt.id} points={reward}")
        return None
    name = Member.select(Member.name).where(Member.id == original.member_id).scalar() or ""
    if balance(referrer) < reward:
        # Points the reward helped turn into a voucher: the open voucher goes back first.
        for v in Voucher.select(Voucher.id).where((Voucher.member == referrer) & (Voucher.source_sale == original.id)
                                                  & (Voucher.points_cost > 0)).order_by(Voucher.id.desc()):
            if balance(referrer) >= reward:
                break
            if vouchers.state_of(v.id) == "open":
                vouchers.cancel(v.id, tr("介绍的新会员 {name} 首单已退货").format(name=name),
                                clerk_id=ret.clerk_id, at=ret.sold_at, sale_id=ret.id)
    take = min(reward, balance(referrer))
    if take > 0:
        # Kind 'referral' with a negative delta: the referrer's qualifying points (tiers) net out too.
        post_points(referrer, -take, "referral", tr("介绍的新会员 {name} 首单已退货,收回介绍奖励").format(name=name),
                    sale_id=ret.id, clerk_id=ret.clerk_id, at=ret.sold_at)
    _write(original.member_id, f"referrer={referrer} sale={original.id} points={reward} reversed")
    return referrer
