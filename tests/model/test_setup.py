"""Issue 17 item 4: first-run setup — the trade's defaults land in the settings the rules read."""

from __future__ import annotations

import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.model.setup import first_run
from vipdesk.model.setup.presets import TRADES


def answers(**kw) -> first_run.SetupAnswers:
    p = TRADES[kw.pop("trade", "kids")]
    base = dict(shop_name="小叮当童装", address="人民路 8 号", phone="0571-88881234", trade=p.key, silver=p.silver,
                gold=p.gold, points_per_yuan=p.points_per_yuan, followup_days=p.followup_days,
                revisit_days=p.revisit_days, care_days=p.care_days,
                birthday_voucher_yuan=p.birthday_voucher_yuan, owner_pin="258025")
    base.update(kw)
    return first_run.SetupAnswers(**base)


def test_new_database_needs_setup_once(db_path):
    assert first_run.needs_setup()
    first_run.apply_setup(answers())
    assert not first_run.needs_setup()


def test_l1_l3_c4_trade_defaults_are_what_the_rules_use(db_path):
    from vipdesk.model.care import config as care
    from vipdesk.model.loyalty import tiers
    from vipdesk.model.privacy import owner
    from vipdesk.model.store import settings

    first_run.apply_setup(answers(trade="jewelry", gold=80000, followup_days=5))
    assert [t.threshold for t in tiers.tiers()] == [0, 30000, 80000, 160000]
    assert tiers.tier_for_points(30001).name == "银卡"
    assert settings.get(care.FOLLOWUP_DAYS.key) == 5
    assert settings.get(settings.SHOP_NAME.key) == "小叮当童装"
    assert settings.get(settings.SHOP_KIND.key) == "jewelry"
    assert owner.check_owner_pin("258025")


def test_existing_shop_with_members_is_never_asked(db_path):
    from vipdesk.model.members import profile as members

    members.enrol("甲", "13800000001")
    assert not first_run.needs_setup()


@pytest.mark.parametrize("bad, field", [(dict(shop_name=" "), "店名"), (dict(silver=7000), "等级积分"),
                                        (dict(owner_pin="1234"), "密码"), (dict(followup_days=0), "回访")])
def test_bad_answers_are_refused_and_nothing_is_written(db_path, bad, field):
    from vipdesk.model.store import settings

    with pytest.raises(ValidationError) as exc:
        first_run.apply_setup(answers(**bad))
    assert field in str(exc.value)
    assert settings.get(settings.SHOP_NAME.key) == "会员管家示范店"
    assert first_run.needs_setup()
