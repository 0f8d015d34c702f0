"""S6 buying-type tags 风格型 / 折扣型 / 频率型 / 金额型: rules on hand-made facts (worked out on
paper), then through real sales: tagged from the third purchase, re-tagged by the per-sale hook,
usable as a list filter / audience, thresholds in settings."""

from __future__ import annotations

import datetime as dt

from vipdesk.model.segmentation.classify import classify_all, style_family
from vipdesk.model.segmentation.config import Config
from vipdesk.model.segmentation.facts import MemberFacts, TicketFacts

AS_OF = dt.datetime(2026, 6, 1)
D = dt.datetime


def _f(mid: int, nwin: int, swin: int, tickets: TicketFacts | None = None) -> MemberFacts:
    return MemberFacts(mid, dt.date(2025, 1, 1), nwin, D(2025, 7, 1), D(2026, 5, 1), nwin, swin, swin, tickets)


def test_S6_style_family_from_owner_rules_category_or_code_prefix() -> None:
    fams = (("通勤", ("W",), ("西装",)), ("童装", ("K",), ()))
    assert style_family("w26d001", "上衣", fams) == "通勤"  # prefix, case-insensitive
    assert style_family("X1", "西装", fams) == "通勤"  # category rule
    assert style_family("K9", "", fams) == "童装"
    assert style_family("Z1", "裤装", fams) == "裤装"  # no rule: the category
    assert style_family("ZB1", "", fams) == "ZB"  # nor category: the 款号's letters
    assert style_family("", "", fams) == ""


def test_S6_style_and_discount_tags_from_line_facts() -> None:
    t_style = TicketFacts(tickets=3, items=5, amount=50000, family_items={"连衣裙": 4, "上衣": 1})
    t_mixed = TicketFacts(tickets=3, items=5, amount=50000, family_items={"连衣裙": 2, "上衣": 2, "裤装": 1})
    t_deep = TicketFacts(tickets=3, items=10, amount=50000, deep_items=7)
    t_shallow = TicketFacts(tickets=3, items=10, amount=50000, deep_items=6)
    facts = {1: _f(1, 3, 50000, t_style), 2: _f(2, 3, 50000, t_mixed), 3: _f(3, 3, 50000, t_deep),
             4: _f(4, 3, 50000, t_shallow)}
    s, _ = classify_all(facts, Config(), AS_OF)
    assert "风格型" in s[1].tags  # 4 of 5 pieces one family = 80% ≥ 60%
    assert "风格型" not in s[2].tags  # 2 of 5 = 40%
    assert "折扣型" in s[3].tags  # 7 of 10 pieces at 8.5折 or deeper = 70%
    assert "折扣型" not in s[4].tags  # 60%
    s, _ = classify_all(facts, Config(tag_style_share_pct=90, tag_discount_share_pct=60), AS_OF)
    assert "风格型" not in s[1].tags and "折扣型" in s[4].tags  # the owner's thresholds rule


def test_S6_frequency_and_amount_tags_against_the_peer_median() -> None:
    # Seven buyers with 3+ purchases; value bands by the owner's figures (高 ≥ ¥500, 中 ≥ ¥310),
    # ABC classes 2–4 buys 中型, 5+ 重度:
    #   m1–m3: 3 buys, ¥300 · m4: 3 buys ¥1,000 · m5: 8 buys ¥300 · m6, m7: 3 buys ¥320/¥310.
    t = TicketFacts(tickets=3, items=3, amount=30000)
    spends = {1: 30000, 2: 30000, 3: 30000, 4: 100000, 5: 30000, 6: 32000, 7: 31000}
    counts = {1: 3, 2: 3, 3: 3, 4: 3, 5: 8, 6: 3, 7: 3}
    facts = {m: _f(m, counts[m], spends[m], t) for m in spends}
    cfg = Config(value_high_fen=50000, value_mid_fen=31000)
    s, b = classify_all(facts, cfg, AS_OF)
    # 低价值 = spend below ¥310 (¥300: m1, m2, m3, m5) ... fewer than 5 peers → no median
    low = [m for m in s if s[m].value_band == "低价值"]
    assert sorted(low) == [1, 2, 3, 5]
    assert "低价值" not in b.freq_median_by_value
    # 中型 (3 buys: m1–m4, m6, m7 = 6 peers): median spend (30000+31000)/2 = 30500; m4 ¥1,000 ≥ 200 %
    assert b.spend_median_by_abc["中型"] == 30500
    assert "金额型" in s[4].tags and all("金额型" not in s[m].tags for m in (1, 2, 3, 6, 7))
    # Lower the peer-size bar by making more low-value peers: add three ¥300 three-buy members.
    for m in (8, 9, 10):
        facts[m] = _f(m, 3, 30000, t)
    s, b = classify_all(facts, cfg, AS_OF)
    # 低价值 now m1–m3, m5, m8–m10: counts 3,3,3,8,3,3,3 → median 3; m5 (8 ≥ 6) is 频率型
    assert b.freq_median_by_value["低价值"] == 3
    assert "频率型" in s[5].tags and "频率型" not in s[1].tags
    s, _ = classify_all(facts, Config(value_high_fen=50000, value_mid_fen=31000, tag_freq_factor_pct=300), AS_OF)
    assert "频率型" not in s[5].tags  # 8 < 9: the owner's factor rules
    # Before the third purchase no tag at all.
    facts[11] = MemberFacts(11, dt.date(2025, 1, 1), 2, D(2026, 1, 1), D(2026, 5, 1), 2, 900000, 900000, None)
    s, _ = classify_all(facts, cfg, AS_OF)
    assert s[11].tags == ()


def test_S6_style_tag_through_sales_filter_and_audience(db_path) -> None:
    from vipdesk.model.members import profile as members
    from vipdesk.model.sales.recording import LineInput, record_sale
    from vipdesk.model.segmentation import config as seg_config
    from vipdesk.model.segmentation import member_segments, recompute_all, segment_member_ids
    from vipdesk.model.store import settings

    settings.put(seg_config.STYLE_FAMILIES.key, [{"name": "旗袍系列", "prefixes": ["QP"], "categories": []}])
    fan = members.enrol("周慧", "13800000021").id
    other = members.enrol("吴敏", "13800000022").id
    when = dt.datetime.now() - dt.timedelta(days=10)
    record_sale(other, [LineInput("T1", 10000, 1, 1000, "上衣"), LineInput("P1", 10000, 1, 1000, "裤装")],
                clerk_id=None, sold_at=when)
    recompute_all()
    for n, code in enumerate(("QP01", "QP02")):
        record_sale(fan, [LineInput(code, 50000, 1, 1000, "连衣裙")], clerk_id=None,
                    sold_at=when + dt.timedelta(days=n + 1))
    assert "风格型" not in member_segments(fan).tags  # two purchases: too early (S6 after the third)
    record_sale(fan, [LineInput("QP03", 50000, 1, 1000, "连衣裙")], clerk_id=None,
                sold_at=when + dt.timedelta(days=3))
    assert "风格型" in member_segments(fan).tags  # the per-sale hook re-tagged her
    assert segment_member_ids("风格型") == [fan]
    assert segment_member_ids("tag:风格型") == [fan]
    # A deep-discount habit: four more buys of 2 pieces at 7折 in four other families (8 of 11 pieces deep) → 折扣型, no longer 风格型.
    for n, cat in enumerate(("外套", "裤装", "上衣", "鞋")):
        record_sale(fan, [LineInput(f"X{n}", 50000, 2, 700, cat)], clerk_id=None,
                    sold_at=when + dt.timedelta(days=4 + n))
    tags = member_segments(fan).tags
    assert "折扣型" in tags and "风格型" not in tags
