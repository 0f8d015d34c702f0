"""L1: the default tiers follow the seeds (钻石卡 8.5折 with an owner-set threshold) and the
tier discount comes on top of the sale price, except on specials deeper than 8折."""

from __future__ import annotations

import datetime as dt

from vipdesk.model.loyalty import tiers
from vipdesk.model.members import profile as members
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales.recording import LineInput
from vipdesk.model.store import settings

WHEN = dt.datetime(2026, 11, 20, 15, 0)


def test_L1_default_tiers_include_diamond_with_seed_discounts(db_path) -> None:
    by_name = {t.name: t for t in tiers.tiers()}
    assert [t.name for t in tiers.tiers()] == ["普卡", "银卡", "金卡", "钻石卡"]
    assert (by_name["普卡"].discount, by_name["金卡"].discount, by_name["钻石卡"].discount) == (950, 900, 850)
    assert by_name["钻石卡"].threshold > by_name["金卡"].threshold
    # The owner sets the diamond threshold; members are placed by it.
    rows = [dict(r) for r in settings.get(tiers.TIERS.key)]
    next(r for r in rows if r["name"] == "钻石卡")["threshold"] = 20000
    settings.put(tiers.TIERS.key, rows)
    assert tiers.tier_for_points(19999).name == "金卡"
    assert tiers.tier_for_points(20000).name == "钻石卡"


def test_L1_diamond_discount_applies_on_top_of_the_sale_price(db_path) -> None:
    m = members.enrol("钻石客", "13800001111")
    tiers.set_tier(m.id, "钻石卡", "测试")
    q = sales.quote(m.id, [
        LineInput("A1", 100000, 1),  # full price: 1000 × 8.5折 = 850
        LineInput("A2", 100000, 1, discount=800),  # 8折 special: 1000 × 0.8 × 0.85 = 680
        LineInput("A3", 100000, 1, discount=700),  # 7折 special, deeper than 8折: no tier discount = 700
    ], WHEN)
    assert [ql.amount for ql in q.lines] == [85000, 68000, 70000]
    # The owner may choose tier discount on top of every special.
    settings.put(tiers.ON_TOP_MIN.key, 0)
    q = sales.quote(m.id, [LineInput("A3", 100000, 1, discount=700)], WHEN)
    assert q.lines[0].amount == 59500
