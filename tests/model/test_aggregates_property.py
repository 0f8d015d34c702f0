"""Issue 14 item 2: a sale updates the member's aggregates incrementally (points balance, spend,
purchase count, last purchase, open vouchers, tier), O(1) in her history.  Property: after any
sequence of sales, returns, redemptions, conversions, expiries, adjustments and tier rule
changes, the incremental figures equal a full recompute from the ledgers — including the
qualifying window sums the tier check and L5 keep (``loyalty.window``), with sales entered late."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vipdesk.model.errors import VipdeskError
from vipdesk.model.loyalty import config, gifts, ledger, tiers, vouchers
from vipdesk.model.members import profile as members
from vipdesk.model.members import stats
from vipdesk.model.sales import recording as sales
from vipdesk.model.store import settings as shop_settings
from vipdesk.model.store.db import close_database, db, open_database, transaction

CACHE = "SELECT id, points, total_spend, purchase_count, last_purchase, tier FROM member ORDER BY id"

ops = st.lists(st.one_of(
    st.tuples(st.just("sale"), st.integers(1, 4000), st.integers(1, 3), st.booleans()),
    st.tuples(st.just("backdated"), st.integers(1, 4000), st.integers(1, 500), st.booleans()),
    st.tuples(st.just("return"), st.integers(0, 20), st.integers(1, 3), st.booleans()),
    st.tuples(st.just("redeem"), st.integers(0, 4), st.just(0), st.booleans()),
    st.tuples(st.just("convert"), st.just(0), st.just(0), st.booleans()),
    st.tuples(st.just("expire"), st.integers(0, 800), st.just(0), st.booleans()),
    st.tuples(st.just("adjust"), st.integers(-3000, 3000), st.just(0), st.booleans()),
    st.tuples(st.just("rules"), st.integers(50, 3000), st.integers(800, 990), st.booleans()),
), min_size=1, max_size=25)


def caches() -> list[tuple]:
    return [tuple(r) for r in db.execute_sql(CACHE).fetchall()]


def open_voucher_ids(mid: int) -> list[int]:
    return sorted(v.id for v in vouchers.member_vouchers(mid) if v.state == "open")


def assert_incremental_equals_full(member_ids: list[int], at: dt.datetime) -> None:
    incremental = caches()
    fast_open = {mid: sorted(v.id for v in vouchers.member_vouchers(mid, open_only=True)) for mid in member_ids}
    for mid in member_ids:
        with transaction():  # the kept qualifying window sums (issue 14) == summing the window's rows
            kept = (tiers.qualifying_points(mid, at), tiers.qualifying_spend_yuan(mid, at))
        assert kept == (tiers.qualifying_points(mid, at), tiers.qualifying_spend_yuan(mid, at))
        assert stats.cached_balance(mid) == stats.ledger_balance(mid)
        assert fast_open[mid] == open_voucher_ids(mid)  # open-only query == states from the events
        assert tiers.check_upgrade(mid, at=at) is None  # a full re-evaluation finds no upgrade left undone
        stats.refresh_member(mid)  # the full recompute from sales and ledger
    assert caches() == incremental
    assert ledger.ledger_consistent()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops, expiry=st.booleans())
def test_incremental_aggregates_equal_full_recompute(ops, expiry):
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "agg.db")
        try:
            shop_settings.put(config.EXPIRY_ENABLED.key, expiry)
            shop_settings.put(config.L5_AUTO.key, True)
            a = members.enrol("甲", "13800000001")
            b = members.enrol("乙", "13800000002", referred_by_id=a.id)
            ids = [a.id, b.id]
            t = dt.datetime(2026, 1, 1, 10, 0)
            sold: list[int] = []
            for n, (kind, x, y, flag) in enumerate(ops):
                t += dt.timedelta(days=n % 5, hours=n + 1)
                mid = ids[n % 2] if flag else ids[0]
                try:
                    if kind == "sale":
                        usable = [v.id for v in vouchers.usable(mid, t)][:1]
                        s = sales.record_sale(mid, [sales.LineInput("X", x * 100, y)], clerk_id=None, sold_at=t,
                                              vouchers=usable)
                        sold.append(s.id)
                    elif kind == "backdated":  # entered late: dated up to y days back, maybe before the window
                        s = sales.record_sale(mid, [sales.LineInput("Y", x * 100, 1)], clerk_id=None,
                                              sold_at=t - dt.timedelta(days=y))
                        sold.append(s.id)
                        # A late ticket's upgrade is judged at its own date (L9, as before issue 14): later
                        # sales are outside that window, so the next action — here — judges her tier now.
                        tiers.check_upgrade(mid, at=t)
                    elif kind == "return" and sold:
                        sid = sold[x % len(sold)]
                        left = [(line.id, qty) for line, qty in sales.returnable(sid) if qty > 0]
                        if left:
                            lid, qty = left[0]
                            sales.record_return(sid, [(lid, qty if flag else min(qty, y))], clerk_id=None, at=t)
                    elif kind == "redeem":
                        gifts.redeem(mid, gifts.catalogue()[x].id, at=t)
                    elif kind == "convert":
                        vouchers.convert_points(mid, at=t)
                    elif kind == "expire":
                        t += dt.timedelta(days=x)
                        ledger.expire_due(t.date())
                    elif kind == "adjust":
                        ledger.post_points(mid, x, "adjust", "调整", at=t)
                    elif kind == "rules":
                        tiers.save_rules([{"name": "普通", "threshold": 0, "discount": 1000},
                                          {"name": "金卡", "threshold": x, "discount": y}],
                                         apply_downgrades=flag, on=t)
                except VipdeskError:
                    pass  # a refused operation must leave the aggregates right too
                assert_incremental_equals_full(ids, t)
        finally:
            close_database()
