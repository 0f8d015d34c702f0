"""Does this database still need its first-run setup, and applying the owner's answers."""

from __future__ import annotations

from dataclasses import dataclass

from vipdesk.model.errors import ValidationError
from vipdesk.model.setup.presets import TRADES
from vipdesk.model.store import settings
from vipdesk.model.store.db import transaction
from vipdesk.text import tr

DONE = settings.declare("setup.done", False, "首次设置已完成", "内部", "不可直接编辑")
START_CHOICES = ("import", "empty", "demo")


@dataclass
class SetupAnswers:
    shop_name: str
    address: str
    phone: str
    trade: str
    silver: int
    gold: int
    points_per_yuan: int
    followup_days: int
    revisit_days: int
    care_days: int
    birthday_voucher_yuan: int
    owner_pin: str
    start: str = "empty"  # import / empty / demo


def needs_setup() -> bool:
    """A new, empty shop that nobody has set up yet (an existing shop with members never asks)."""
    from vipdesk.model.members.lists import member_count

    return not settings.get(DONE.key) and member_count() == 0


def set_owner_pin(pin: str) -> str | None:
    """The one place setup sets the owner PIN; returns the owner's recovery code to write down."""
    from vipdesk.model.privacy import owner

    if not owner.has_pin():
        return owner.set_pin(pin, clerk=tr("首次设置"))
    return None


def validate(a: SetupAnswers) -> None:
    if not a.shop_name.strip():
        raise ValidationError(tr("店名"), tr("请填写店名(会印在小票、会员卡和名单上)"))
    if a.trade not in TRADES:
        raise ValidationError(tr("行业"), tr("请选择行业"))
    if not 0 < a.silver < a.gold:
        raise ValidationError(tr("等级积分"), tr("金卡积分应高于银卡积分,且都大于 0"))
    for field_name, value, lo, hi in ((tr("每元积分"), a.points_per_yuan, 1, 100),
                                      (tr("售后回访天数"), a.followup_days, 1, 60),
                                      (tr("回访短信天数"), a.revisit_days, 1, 365),
                                      (tr("保持联系间隔"), a.care_days, 7, 730),
                                      (tr("生日礼券面值"), a.birthday_voucher_yuan, 0, 100000)):
        if not lo <= value <= hi:
            raise ValidationError(field_name, tr("应在 {lo} 到 {hi} 之间").format(lo=lo, hi=hi))
    if a.start not in START_CHOICES:
        raise ValidationError(tr("开始方式"), tr("请选择开始方式"))


def apply_setup(a: SetupAnswers) -> str | None:
    """All answers in one transaction: the shop, the trade's rules, the owner PIN, done.

    Returns the owner's recovery code (shown once; it restores owner rights if the PIN is lost)."""
    from vipdesk.model.care import config as care
    from vipdesk.model.loyalty import config as loyalty
    from vipdesk.model.loyalty import earning, tiers
    from vipdesk.model.printing import config as printing

    validate(a)
    with transaction():
        settings.put(settings.SHOP_NAME.key, a.shop_name.strip())
        settings.put(printing.SHOP_ADDRESS.key, a.address.strip())
        settings.put(printing.SHOP_PHONE.key, a.phone.strip())
        settings.put(settings.SHOP_KIND.key, a.trade)
        rows = sorted((dict(t) for t in tiers.DEFAULT_TIERS), key=lambda t: t["threshold"])
        default_gold = rows[2]["threshold"]
        rows[1]["threshold"], rows[2]["threshold"] = a.silver, a.gold
        for row in rows[3:]:  # tiers above 金卡 (钻石卡) keep their distance in proportion to 金卡
            row["threshold"] = row["threshold"] * a.gold // default_gold
        settings.put(tiers.TIERS.key, rows)
        settings.put(earning.POINTS_PER_YUAN.key, a.points_per_yuan)
        settings.put(care.FOLLOWUP_DAYS.key, a.followup_days)
        settings.put(care.REVISIT_DAYS.key, a.revisit_days)
        settings.put(care.MIN_CARE_DAYS.key, a.care_days)
        settings.put(loyalty.BIRTHDAY_VALUE.key, a.birthday_voucher_yuan * 100)
        code = set_owner_pin(a.owner_pin)
        settings.put(DONE.key, True)
    return code
