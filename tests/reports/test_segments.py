"""Segmentation rules on hand-made facts (figures worked out on paper), the
per-sale hook, and segments as SQL filters."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.segmentation.classify import classify_all
from vipdesk.model.segmentation.config import Config
from vipdesk.model.segmentation.facts import MemberFacts, TicketFacts

AS_OF = dt.datetime(2026, 6, 1)
D = dt.datetime


def facts() -> dict[int, MemberFacts]:
    def f(mid, n, first, last, nwin, swin, tickets=None, enrolled=dt.date(2025, 1, 1)):
        return MemberFacts(mid, enrolled, n, first, last, nwin, swin, swin, tickets)

    return {
        1: f(1, 1, D(2026, 5, 22), D(2026, 5, 22), 1, 40000, TicketFacts(1, 1, 1, 1, 1, 40000)),
        2: f(2, 6, D(2025, 6, 15), D(2026, 5, 12), 6, 60000, TicketFacts(6, 3, 6, 6, 0, 60000)),
        3: f(3, 3, D(2026, 1, 1), D(2026, 5, 2), 3, 60000, TicketFacts(3, 2, 0, 9, 6, 60000)),
        4: f(4, 4, D(2026, 4, 1), D(2026, 4, 22), 4, 100000, TicketFacts(4, 0, 0, 8, 0, 30000)),
        5: f(5, 5, D(2026, 4, 1), D(2026, 4, 12), 5, 150000, TicketFacts(5, 0, 0, 10, 0, 40000)),
        6: f(6, 0, None, None, 0, 0),
        7: f(7, 1, D(2025, 3, 1), D(2025, 3, 1), 0, 0),
    }


@pytest.fixture
def segs():
    s, bounds = classify_all(facts(), Config(), AS_OF, shop_unit_price=4000.0)
    return s, bounds


def test_rfm_quintiles(segs):
    s, b = segs
    # recency of buyers 10 20 30 40 50 457 → nearest-rank 20/40/60/80%: 20 30 40 50
    assert b.r_bounds == [20, 30, 40, 50]
    assert b.f_bounds == [1, 3, 4, 5]  # 0 1 3 4 5 6
    assert b.m_bounds == [40000, 60000, 60000, 100000]
    got = {k: (v.r, v.f, v.m) for k, v in s.items() if v.r}
    assert got == {1: (5, 1, 1), 2: (5, 5, 2), 3: (4, 2, 2), 4: (3, 3, 4), 5: (2, 4, 5), 7: (1, 1, 1)}
    assert s[6].r == 0 and s[6].rfm == ""
    assert s[2].rfm == "R5F5M2"


def test_behaviour_matrix_at_medians(segs):
    s, b = segs
    assert b.ticket_split == 25000 and b.count_split == 4  # medians of 40k 10k 20k 25k 30k / 1 6 3 4 5
    assert {k: v.behaviour for k, v in s.items()} == {
        1: "潜力会员", 2: "常客会员", 3: "普通会员", 4: "普通会员", 5: "高价值会员", 6: "", 7: ""}


def test_behaviour_matrix_with_owner_figures():
    s, _ = classify_all(facts(), Config(behaviour_ticket_fen=25000, behaviour_count=4), AS_OF)
    # owner figures are "at least": 4 buys at ¥250 is now high on both
    assert s[4].behaviour == "高价值会员"
    assert s[3].behaviour == "普通会员"


def test_value_pyramid_abc_grid(segs):
    s, b = segs
    assert (b.value_high, b.value_mid) == (100000, 60000)
    assert {k: v.value_band for k, v in s.items()} == {
        1: "低价值", 2: "中价值", 3: "中价值", 4: "高价值", 5: "高价值", 6: "", 7: "低价值"}
    # five buyers ranked 150k 100k 60k 60k 40k: A = top 1 (5% → 1), A+B = top 1 (20% → 1), A+B+C = top 3
    assert b.pyramid_min == [150000, 150000, 60000]
    assert {k: v.pyramid for k, v in s.items()} == {
        1: "D重铅", 2: "C钢铁", 3: "C钢铁", 4: "C钢铁", 5: "A白金", 6: "", 7: "D重铅"}
    assert {k: v.abc for k, v in s.items()} == {1: "散客", 2: "重度", 3: "中型", 4: "中型", 5: "重度", 6: "", 7: "散客"}
    assert {k: v.grid for k, v in s.items()} == {
        1: "潜力VIP", 2: "常客VIP", 3: "普通VIP", 4: "VVIP", 5: "VVIP", 6: "", 7: ""}


def test_validity_dormant_churn(segs):
    s, _ = segs
    assert {k: v.validity for k, v in s.items()} == {
        1: "一次性会员", 2: "有效会员", 3: "有效会员", 4: "有效会员", 5: "有效会员", 6: "未消费", 7: "一次性会员"}
    assert {k for k, v in s.items() if v.dormant == "沉睡12个月"} == {6, 7}
    assert all(not v.dormant for k, v in s.items() if k not in (6, 7))
    # m3: usual gap 121/2 = 60.5 d, 30 d since → fine; m4: 21/3 = 7 d, 40 d since → risk;
    # m5: 11/4 < 7 → 7 d, 50 d since → risk; m2: 331/5 = 66.2 d, 20 d since → fine
    assert {k for k, v in s.items() if v.churn} == {4, 5}


def test_buying_type_tags(segs):
    s, _ = segs
    # m3: 6 of 9 pieces new (≥50%), 2 of 3 tickets discounted (≥60%), 3 pieces/ticket, ¥66.67/piece ≥ 1.5 × ¥40
    assert s[3].tags == ("新货型", "促销型", "批量型", "高价型")
    # m2: 6 buys (多次型), all single-piece tickets, ¥100/piece; 3 of 6 discounted < 60%
    assert s[2].tags == ("多次型", "单品型", "高价型")
    # m4: 8 pieces for ¥300 → ¥37.5/piece < ¥60; 2 pieces/ticket
    assert s[4].tags == ()
    assert s[1].tags == ()  # one purchase: too early to tell


def test_hook_resegments_member_after_sale(shop):
    from vipdesk.model.sales.recording import LineInput, record_sale
    from vipdesk.model.segmentation import member_segments, recompute_all

    recompute_all()
    e = shop.ids["E"]
    assert member_segments(e).validity == "未消费"
    record_sale(e, [LineInput("S9", 12000, 1, 1000, "上衣")], clerk_id=None)
    assert member_segments(e).validity == "一次性会员"
    assert member_segments(e).purchases == 1
    record_sale(e, [LineInput("S9", 12000, 1, 1000, "上衣")], clerk_id=None)
    assert member_segments(e).validity == "有效会员"


def test_segment_filters(shop):
    from vipdesk.model.segmentation import (
        ensure_fresh,
        segment_condition,
        segment_counts,
        segment_expression,
        segment_member_ids,
    )
    from vipdesk.model.store.db import db
    from vipdesk.model.store.tables import Member

    ensure_fresh()
    never = sorted([shop.ids["E"], shop.ids["F"]])
    assert segment_member_ids("未消费") == never
    assert segment_member_ids("validity:未消费") == never
    sql, params = segment_condition("未消费")
    assert sorted(r[0] for r in db.execute_sql(f"SELECT id FROM member WHERE {sql}", params)) == never
    assert sorted(m.id for m in Member.select().where(segment_expression("未消费"))) == never
    counts = {d.key: n for d, n in segment_counts()}
    assert counts["validity:未消费"] == 2
    assert counts["validity:有效会员"] == 2  # A and B bought twice or more
    assert counts["dormant:沉睡6个月"] >= counts["dormant:沉睡12个月"]
    from vipdesk.model.errors import ValidationError

    with pytest.raises(ValidationError):
        segment_member_ids("不存在的分群")


def test_rules_text_names_every_tag_and_threshold():
    from vipdesk.model.segmentation.config import rules_text

    text = rules_text(Config(tag_bulk_items=4))
    for tag in ("新货型", "促销型", "批量型", "多次型", "单品型", "高价型", "风格型", "折扣型", "频率型", "金额型"):
        assert tag in text
    assert "平均每张小票 ≥ 4 件" in text


def test_ticket_facts_from_the_database(shop):
    from vipdesk.model.segmentation.facts import TicketFacts, load_facts

    facts = load_facts(dt.datetime(2026, 11, 1), 365)
    a = facts[shop.ids["A"]]
    # A's five sale tickets: S1 ¥300 (the style's first sale: new), 2×¥200, 3×¥100, S2 ¥800 at 9折
    # (new style, discounted), S1 ¥50; the return is not a ticket here
    assert a.purchases == 5 and a.purchases_win == 4
    assert a.spend_win == 40000 + 30000 + 72000 - 72000 + 5000
    assert a.tickets == TicketFacts(tickets=5, discounted_tickets=1, single_item_tickets=3, items=8, new_items=2,
                                    amount=30000 + 40000 + 30000 + 72000 + 5000, deep_items=0,
                                    family_items={"上衣": 5, "裤装": 2, "外套": 1})
    assert facts[shop.ids["B"]].tickets is None  # only 2 purchases: no tags yet
    assert shop.ids["E"] in facts and facts[shop.ids["E"]].purchases == 0
    one = load_facts(dt.datetime(2026, 11, 1), 365, member_ids=[shop.ids["A"]])
    assert one[shop.ids["A"]].tickets == a.tickets


def test_changed_threshold_makes_segments_stale(shop):
    from vipdesk.model.segmentation import ensure_fresh, is_fresh
    from vipdesk.model.segmentation.config import TAG_BULK_ITEMS
    from vipdesk.model.store import settings

    ensure_fresh()
    assert is_fresh()
    settings.put(TAG_BULK_ITEMS.key, 2)
    assert not is_fresh()
    assert ensure_fresh() is True
    assert is_fresh()


def test_deferred_skips_per_sale_work_and_recomputes_once(shop):
    from vipdesk.model.sales.recording import LineInput, record_sale
    from vipdesk.model.segmentation import deferred, member_segments, recompute_all
    from vipdesk.model.segmentation.tables import SegmentRun

    recompute_all()
    runs = SegmentRun.select().count()
    e = shop.ids["E"]
    with deferred():
        record_sale(e, [LineInput("S9", 12000, 1, 1000, "上衣")], clerk_id=None)
        assert member_segments(e).purchases == 0  # not re-segmented yet
    assert member_segments(e).purchases == 1
    assert SegmentRun.select().count() == runs + 1
