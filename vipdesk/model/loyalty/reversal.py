"""What a return undoes beyond points and refunds (T2, issue 17): the tier the sale lifted her
into (L9, re-evaluated by the tier rules, down as well as up) and the referral reward her first
purchase earned the referrer (L8, moved or re-granted by ``referral``).

``sales.record_return`` already reverses the points, refunds stored value and cancels the
vouchers the returned points became (which also gives their points back to the L5 yearly
window).  These handlers run on ``return_recorded`` inside the same transaction.
"""

from __future__ import annotations

import datetime as dt

from vipdesk.model.loyalty import referral, tiers
from vipdesk.model.loyalty.referral import fully_returned  # noqa: F401 - kept importable from here
from vipdesk.model.store import hooks
from vipdesk.model.store.tables import Sale, TierChange
from vipdesk.text import tr

# The reasons check_upgrade writes when the tier rules (qualifying points) lift a member.
_RULE_UPGRADES = ("积分达到升级标准", "消费后达到升级标准", "介绍奖励后达到升级标准")


def retier_after_return(member_id: int, at: dt.datetime) -> str | None:
    """Re-run the tier rules after a return: the tier the qualifying value now reaches, never below
    the tier she held before the rules lifted her within the qualifying window.

    Upgrades inside the window came from the qualifying value, so they are recomputed; a tier
    from before the window, set by the owner or by the yearly review stays (that is the review's
    business, L9).  Returns the new tier name when it changed.
    """
    current = tiers.tier_named(tiers._tier_of(member_id))
    if current is None or tiers.is_locked(member_id):
        return None
    target = tiers.tier_for_points(tiers.qualifying_value(member_id, at))
    if target.threshold >= current.threshold:
        return None
    reasons = {*_RULE_UPGRADES, *(tr(r) for r in _RULE_UPGRADES)}
    first = (TierChange.select().where((TierChange.member == member_id) & (TierChange.at > tiers._since(at))
                                       & (TierChange.at <= at) & (TierChange.old_tier != "")
                                       & (TierChange.reason.in_(list(reasons))))
             .order_by(TierChange.at, TierChange.id).first())
    if first is None:
        return None  # her tier did not come from the rules in this window
    floor = tiers.tier_named(first.old_tier)
    new = floor if floor is not None and floor.threshold > target.threshold else target
    if new.threshold >= current.threshold:
        return None
    tiers.set_tier(member_id, new.name, tr("退货后重新评定等级"), at)
    return new.name


@hooks.on("return_recorded")
def _on_return(return_id: int) -> None:
    ret = Sale.get_by_id(return_id)
    original = Sale.get_by_id(ret.original_id)
    if original.member_id is None:
        return
    referrer = referral.on_return(original, ret)
    if referrer is not None:
        retier_after_return(referrer, ret.sold_at)
    retier_after_return(original.member_id, ret.sold_at)
