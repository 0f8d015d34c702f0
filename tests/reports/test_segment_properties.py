"""Properties of the segmentation rules on random shops (hypothesis)."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from vipdesk.model.segmentation.classify import ABC, BEHAVIOURS, GRID, PYRAMID, classify_all
from vipdesk.model.segmentation.config import Config
from vipdesk.model.segmentation.facts import MemberFacts

AS_OF = dt.datetime(2026, 6, 1)


@st.composite
def shops(draw):
    n = draw(st.integers(1, 40))
    facts = {}
    for mid in range(1, n + 1):
        purchases = draw(st.integers(0, 12))
        if purchases == 0:
            facts[mid] = MemberFacts(mid, dt.date(2024, 1, 1))
            continue
        last_ago = draw(st.integers(0, 800))
        span = draw(st.integers(0, 700))
        last = AS_OF - dt.timedelta(days=last_ago)
        nwin = 0 if last_ago > 365 else draw(st.integers(1, purchases))
        spend = draw(st.integers(1, 5_000_000)) if nwin else 0
        facts[mid] = MemberFacts(mid, dt.date(2024, 1, 1), purchases, last - dt.timedelta(days=span), last,
                                 nwin, spend, spend)
    return facts


@settings(max_examples=150, deadline=None)
@given(shops())
def test_every_buyer_is_placed_once_and_scores_are_in_range(facts):
    segs, bounds = classify_all(facts, Config(), AS_OF)
    buyers = [s for s in segs.values() if s.purchases_win > 0]
    for s in segs.values():
        if s.purchases == 0:
            assert (s.r, s.f, s.m, s.behaviour, s.pyramid) == (0, 0, 0, "", "")
            assert s.validity == "未消费"
            continue
        assert 1 <= s.r <= 5 and 1 <= s.f <= 5 and 1 <= s.m <= 5
        assert s.pyramid in PYRAMID and s.abc in ABC
    for s in buyers:
        assert s.behaviour in BEHAVIOURS and s.grid in GRID
    if buyers:
        # the top spender is always A白金, and a bigger spender never sits in a lower layer
        top = max(buyers, key=lambda s: s.spend_win)
        assert top.pyramid == "A白金"
        rank = {name: i for i, name in enumerate(PYRAMID)}
        for a in buyers:
            for b in buyers:
                if a.spend_win > b.spend_win:
                    assert rank[a.pyramid] <= rank[b.pyramid]
                if a.purchases_win > b.purchases_win:
                    assert a.f >= b.f
                if a.recency_days < b.recency_days:
                    assert a.r >= b.r
        # A+B is at least the configured 20% of buyers (ties can only add members)
        ab = sum(1 for s in buyers if s.pyramid in PYRAMID[:2])
        assert ab >= math.ceil(0.2 * len(buyers))
