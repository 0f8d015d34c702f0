"""Tiers (L1, L9): configurable list; qualification counts points earned in the
qualifying period, not the spendable balance, so redeeming never demotes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from vipdesk.model import settings
from vipdesk.model.db import transaction
from vipdesk.model.tables import Member, PointsEntry, TierChange, now

# Seeds [003]: 普卡 < 3000, 银卡 3000–6000, 金卡 > 6000 points; [004]: discounts 9.5 / 9 / 8.5 折.
DEFAULT_TIERS = [
    {"name": "普卡", "threshold": 0, "discount": 950, "benefits": "全场9.5折,生日月双倍积分"},
    {"name": "银卡", "threshold": 3000, "discount": 900, "benefits": "全场9折,生日礼券"},
    {"name": "金卡", "threshold": 6000, "discount": 850, "benefits": "全场8.5折,专属导购,VIP专场邀请"},
]
TIERS = settings.declare("loyalty.tiers", DEFAULT_TIERS, "会员等级", "等级积分")
QUALIFY_DAYS = settings.declare("loyalty.qualify_days", 365, "升级计算周期(天)", "等级积分")
QUALIFYING_KINDS = ("earn", "reverse", "import", "referral")


@dataclass(frozen=True)
class Tier:
    name: str
    threshold: int
    discount: int  # per-mille, 950 = 9.5折
    benefits: str = ""


def tiers() -> list[Tier]:
    rows = sorted(settings.get(TIERS.key), key=lambda t: t["threshold"])
    return [Tier(r["name"], int(r["threshold"]), int(r["discount"]), r.get("benefits", "")) for r in rows]


def tier_named(name: str) -> Tier | None:
    return next((t for t in tiers() if t.name == name), None)


def tier_for_points(points: int) -> Tier:
    chosen = tiers()[0]
    for t in tiers():
        if points >= t.threshold:
            chosen = t
    return chosen


def qualifying_points(member_id: int, on: dt.datetime | None = None) -> int:
    on = on or now()
    since = on - dt.timedelta(days=int(settings.get(QUALIFY_DAYS.key)))
    return int(PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.delta), 0)).where(
        (PointsEntry.member == member_id) & (PointsEntry.kind.in_(QUALIFYING_KINDS)) & (PointsEntry.at > since)
    ).scalar())


def discount_for(member: Member | None) -> int:
    if member is None:
        return 1000
    t = tier_named(member.tier) or tiers()[0]
    return t.discount


def set_tier(member_id: int, new_tier: str, reason: str) -> None:
    with transaction():
        member = Member.get_by_id(member_id)
        if member.tier == new_tier:
            return
        TierChange.create(member=member_id, old_tier=member.tier, new_tier=new_tier, reason=reason, at=now())
        member.tier = new_tier
        member.save()


def check_upgrade(member_id: int, reason: str = "积分达到升级标准") -> str | None:
    """Upgrade the moment a threshold is crossed; never downgrades (that is the yearly review)."""
    member = Member.get_by_id(member_id)
    target = tier_for_points(qualifying_points(member_id))
    current = tier_named(member.tier)
    if current is None or target.threshold > current.threshold:
        set_tier(member_id, target.name, reason if current is not None else "入会")
        return target.name
    return None
