"""T2 / issue 17: a return reverses everything its sale caused — points, stored value, the
vouchers the points became, the tier (L9, down as well), the referral reward (L8) — and any
sequence of sales and returns ends where a replay of only the surviving sales ends."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vipdesk.model.errors import ValidationError
from vipdesk.model.loyalty import config, ledger, referral, stored_value, tiers, vouchers
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales import refunds
from vipdesk.model.store import settings as shop_settings
from vipdesk.model.store.db import close_database, open_database
from vipdesk.model.store.tables import Member, SaleLine, TierChange

T0 = dt.datetime(2026, 3, 2, 11, 0)


def _line(yuan: int, code: str = "K1") -> sales.LineInput:
    return sales.LineInput(code, yuan * 100, 1, amount=yuan * 100)  # the POS amount: no tier discount drift


@pytest.fixture
def shop(db_path):
    shop_settings.put(config.L5_AUTO.key, False)
    clerk = staff.add_staff("小王")
    referrer = members.enrol("老会员", "13900000001")
    m = members.enrol("黄明华", "13800001234", clerk_id=clerk.id, referred_by_id=referrer.id)
    return clerk.id, referrer.id, m.id


def _return_all(sale, clerk, at):
    return sales.record_return(sale.id, [(line.id, qty) for line, qty in sales.returnable(sale.id)],
                               clerk_id=clerk, at=at)


def test_l9_returning_the_sale_that_lifted_her_to_silver_takes_the_tier_back(shop):
    clerk, _ref, mid = shop
    sales.record_sale(mid, [_line(1000)], clerk_id=clerk, sold_at=T0)
    big = sales.record_sale(mid, [_line(2500)], clerk_id=clerk, sold_at=T0 + dt.timedelta(hours=1))
    assert Member.get_by_id(mid).tier == "银卡"
    _return_all(big, clerk, T0 + dt.timedelta(days=1))
    assert Member.get_by_id(mid).tier == "普卡"
    last = TierChange.select().where(TierChange.member == mid).order_by(TierChange.id.desc()).first()
    assert (last.old_tier, last.new_tier) == ("银卡", "普卡") and "退货" in last.reason


def test_l9_a_return_never_takes_away_a_tier_older_than_the_sale(shop):
    clerk, _ref, mid = shop
    tiers.set_tier(mid, "金卡", "店长调整", T0 - dt.timedelta(days=30))
    s = sales.record_sale(mid, [_line(500)], clerk_id=clerk, sold_at=T0)
    _return_all(s, clerk, T0 + dt.timedelta(hours=2))
    assert Member.get_by_id(mid).tier == "金卡"


def test_l9_partial_return_keeping_her_over_the_line_keeps_the_tier(shop):
    clerk, _ref, mid = shop
    s = sales.record_sale(mid, [_line(3000), _line(200, "K2")], clerk_id=clerk, sold_at=T0)
    assert Member.get_by_id(mid).tier == "银卡"
    k2 = [line for line, _ in sales.returnable(s.id) if line.style_code == "K2"][0]
    sales.record_return(s.id, [(k2.id, 1)], clerk_id=clerk, at=T0 + dt.timedelta(hours=1))
    assert Member.get_by_id(mid).tier == "银卡"


def test_l8_returned_first_purchase_takes_the_referral_reward_back(shop):
    clerk, ref, mid = shop
    reward = int(config.get(config.REFERRAL_POINTS.key))
    first = sales.record_sale(mid, [_line(300)], clerk_id=clerk, sold_at=T0)
    assert ledger.balance(ref) == reward
    _return_all(first, clerk, T0 + dt.timedelta(days=2))
    assert ledger.balance(ref) == 0
    assert tiers.qualifying_points(ref, T0 + dt.timedelta(days=3)) == 0
    assert ledger.ledger_consistent()


def test_l8_partial_return_of_the_first_purchase_keeps_the_reward(shop):
    clerk, ref, mid = shop
    reward = int(config.get(config.REFERRAL_POINTS.key))
    first = sales.record_sale(mid, [_line(300), _line(100, "K2")], clerk_id=clerk, sold_at=T0)
    k2 = [line for line, _ in sales.returnable(first.id) if line.style_code == "K2"][0]
    sales.record_return(first.id, [(k2.id, 1)], clerk_id=clerk, at=T0 + dt.timedelta(hours=3))
    assert ledger.balance(ref) == reward


def test_t2_return_refunds_stored_value_and_cancels_the_l5_voucher_it_made(shop):
    clerk, _ref, mid = shop
    shop_settings.put(config.L5_AUTO.key, True)
    shop_settings.put(config.SV_ENABLED.key, True)
    stored_value.top_up(mid, 100000, clerk_id=clerk, at=T0 - dt.timedelta(days=1))
    before_sv = stored_value.balance(mid)
    s = sales.record_sale(mid, [_line(3200)], clerk_id=clerk, sold_at=T0, stored_value=50000)
    made = [v for v in vouchers.usable(mid, T0) if v.points_cost]
    assert made, "3200 points crossed the L5 step: a voucher was issued"
    _return_all(s, clerk, T0 + dt.timedelta(days=1))
    assert stored_value.balance(mid) == before_sv
    assert not [v for v in vouchers.usable(mid, T0 + dt.timedelta(days=1)) if v.points_cost]
    assert ledger.balance(mid) == 0
    # L5: the year's window counts nothing for the returned sale any more.
    assert vouchers.l5_window_points(mid, T0 + dt.timedelta(days=1)) == 0


def test_t2_return_larger_than_bought_or_twice_is_refused_with_the_reason(shop):
    clerk, _ref, mid = shop
    s = sales.record_sale(mid, [_line(300)], clerk_id=clerk, sold_at=T0)
    line = sales.returnable(s.id)[0][0]
    with pytest.raises(ValidationError, match="最多还可退 1 件"):
        sales.record_return(s.id, [(line.id, 2)], clerk_id=clerk, at=T0 + dt.timedelta(hours=1))
    _return_all(s, clerk, T0 + dt.timedelta(hours=1))
    with pytest.raises(ValidationError, match="最多还可退 0 件"):
        sales.record_return(s.id, [(line.id, 1)], clerk_id=clerk, at=T0 + dt.timedelta(hours=2))


def test_l8_issue17_reward_regranted_at_the_new_first_purchase_after_a_full_return(shop):
    """Issue 17 item 5: first purchase wholly returned, then a new purchase — the new one is her
    first surviving purchase, so the referrer earns the reward again (once)."""
    clerk, ref, mid = shop
    reward = int(config.get(config.REFERRAL_POINTS.key))
    first = sales.record_sale(mid, [_line(300)], clerk_id=clerk, sold_at=T0)
    _return_all(first, clerk, T0 + dt.timedelta(days=1))
    assert ledger.balance(ref) == 0
    second = sales.record_sale(mid, [_line(200)], clerk_id=clerk, sold_at=T0 + dt.timedelta(days=2))
    assert ledger.balance(ref) == reward
    sales.record_sale(mid, [_line(100)], clerk_id=clerk, sold_at=T0 + dt.timedelta(days=3))
    assert ledger.balance(ref) == reward  # not a third time
    assert referral.holder(mid) == (ref, second.id, reward)
    assert ledger.ledger_consistent()


def test_l8_issue17_reward_moves_to_her_other_purchase_when_the_first_is_returned(shop):
    """She bought twice, then returned the first: the second is now her first purchase — the
    reward stays, and goes only when that one is returned too."""
    clerk, ref, mid = shop
    reward = int(config.get(config.REFERRAL_POINTS.key))
    first = sales.record_sale(mid, [_line(300)], clerk_id=clerk, sold_at=T0)
    second = sales.record_sale(mid, [_line(200)], clerk_id=clerk, sold_at=T0 + dt.timedelta(hours=1))
    _return_all(first, clerk, T0 + dt.timedelta(days=1))
    assert ledger.balance(ref) == reward
    assert referral.holder(mid) == (ref, second.id, reward)
    _return_all(second, clerk, T0 + dt.timedelta(days=2))
    assert ledger.balance(ref) == 0 and referral.holder(mid) is None


def test_l8_l5_issue17_referrer_voucher_made_with_the_reward_is_cancelled_on_return(shop):
    """The reward tipped the referrer over the L5 step into a voucher: the return cancels that
    voucher (her own points come back) instead of leaving the reward in it."""
    clerk, ref, mid = shop
    shop_settings.put(config.L5_AUTO.key, True)
    reward = int(config.get(config.REFERRAL_POINTS.key))
    step = int(config.get(config.L5_POINTS.key))
    sales.record_sale(ref, [_line(step - reward)], clerk_id=clerk, sold_at=T0 - dt.timedelta(days=1))
    first = sales.record_sale(mid, [_line(100)], clerk_id=clerk, sold_at=T0)
    assert [v.kind for v in vouchers.usable(ref, T0)] == ["points"]
    _return_all(first, clerk, T0 + dt.timedelta(hours=2))
    assert vouchers.usable(ref, T0 + dt.timedelta(hours=3)) == []
    assert ledger.balance(ref) == step - reward
    assert ledger.ledger_consistent()


@pytest.mark.parametrize(("method", "label"), [("cash", "现金"), ("card", "银行卡"), ("wechat", "微信"),
                                               ("alipay", "支付宝")])
def test_t2_issue17_refund_method_is_a_field_of_the_return(shop, method, label):
    """Item 5: the refund method is recorded as its own field, not only in the note."""
    clerk, _ref, mid = shop
    s = sales.record_sale(mid, [_line(300)], clerk_id=clerk, sold_at=T0)
    ret = _return_all_by(s, clerk, T0 + dt.timedelta(hours=1), method)
    assert refunds.method_of(ret.id) == method and refunds.label(method) == label
    assert refunds.method_of(s.id) == ""
    assert ret.note == ""


def _return_all_by(sale, clerk, at, method):
    return sales.record_return(sale.id, [(line.id, qty) for line, qty in sales.returnable(sale.id)],
                               clerk_id=clerk, at=at, refund_method=method)


def test_t2_issue17_refund_to_stored_value_credits_her_balance(shop):
    """Refund method 储值: the money goes onto her stored value, nothing over the till."""
    clerk, _ref, mid = shop
    shop_settings.put(config.SV_ENABLED.key, True)
    s = sales.record_sale(mid, [_line(300)], clerk_id=clerk, sold_at=T0)
    q = sales.quote_return(s.id, [(sales.returnable(s.id)[0][0].id, 1)], T0, refund_method="stored_value")
    assert (q.stored_value_refund, q.cash_refund) == (30000, 0)
    ret = _return_all_by(s, clerk, T0 + dt.timedelta(hours=1), "stored_value")
    assert stored_value.balance(mid) == 30000
    assert refunds.method_of(ret.id) == "stored_value"
    st_row = sales.settlement(ret.id)
    assert (st_row.stored_value, st_row.cash) == (-30000, 0)


def test_t2_issue17_bad_refund_methods_are_refused_with_the_reason(shop):
    clerk, _ref, mid = shop
    s = sales.record_sale(mid, [_line(300)], clerk_id=clerk, sold_at=T0)
    walk_in = sales.record_sale(None, [_line(300)], clerk_id=clerk, sold_at=T0)
    with pytest.raises(ValidationError, match="储值功能未启用"):
        _return_all_by(s, clerk, T0 + dt.timedelta(hours=1), "stored_value")
    with pytest.raises(ValidationError, match="未知的退款方式"):
        _return_all_by(s, clerk, T0 + dt.timedelta(hours=1), "bitcoin")
    shop_settings.put(config.SV_ENABLED.key, True)
    with pytest.raises(ValidationError, match="散客"):
        _return_all_by(walk_in, clerk, T0 + dt.timedelta(hours=1), "stored_value")


def test_t2_issue17_stored_value_paid_sale_records_stored_value_as_its_refund_method(shop):
    clerk, _ref, mid = shop
    shop_settings.put(config.SV_ENABLED.key, True)
    stored_value.top_up(mid, 100000, clerk_id=clerk, at=T0 - dt.timedelta(days=1))
    s = sales.record_sale(mid, [_line(300)], clerk_id=clerk, sold_at=T0, stored_value=30000)
    ret = _return_all_by(s, clerk, T0 + dt.timedelta(hours=1), "cash")
    assert refunds.method_of(ret.id) == "stored_value"  # nothing went back as cash


# --- property: the ledger after sales and returns == a replay of the surviving sales

ops = st.lists(st.one_of(
    st.tuples(st.just("sale"), st.lists(st.integers(1, 40), min_size=1, max_size=3)),  # line amounts ×100 yuan
    st.tuples(st.just("return"), st.lists(st.integers(0, 30), min_size=1, max_size=3)),  # picks: (sale, line)
), min_size=1, max_size=12)

TOP_UP = 100_000_000  # fen: every sale is paid wholly from stored value, so the refunds are checkable


def _state(mid: int, ref: int, at: dt.datetime) -> tuple:
    """Everything a sale causes: her points, tier, stored value, open L5 vouchers and L5 yearly
    window; the referrer's points and tier."""
    open_l5 = sum(1 for v in vouchers.member_vouchers(mid, open_only=True) if v.kind == "points")
    return (ledger.balance(mid), Member.get_by_id(mid).tier, stored_value.balance(mid), open_l5,
            vouchers.l5_window_points(mid, at), ledger.balance(ref), Member.get_by_id(ref).tier)


def _setup(path: Path) -> tuple[int, int, int]:
    open_database(path)
    shop_settings.put(config.L5_AUTO.key, True)
    shop_settings.put(config.SV_ENABLED.key, True)
    clerk = staff.add_staff("小王").id
    ref = members.enrol("老会员", "13900000001").id
    mid = members.enrol("黄明华", "13800001234", clerk_id=clerk, referred_by_id=ref).id
    stored_value.top_up(mid, TOP_UP, clerk_id=clerk, at=T0)
    return clerk, ref, mid


def _sell(mid: int, clerk: int, values: list[int], when: dt.datetime):
    lines = [_line(v * 100, f"K{i}") for i, v in enumerate(values)]
    paid = sales.quote(mid, lines, when).paid
    return sales.record_sale(mid, lines, clerk_id=clerk, sold_at=when, stored_value=paid)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(ops=[("sale", [26, 4]), ("sale", [29]), ("return", [0]), ("return", [1])])  # tier held up by a later sale
@example(ops=[("sale", [1]), ("sale", [1]), ("return", [0])])  # referral reward moves to the second sale
@example(ops=[("sale", [1]), ("return", [0]), ("sale", [2])])  # taken back, then re-granted
@example(ops=[("sale", [20]), ("sale", [15]), ("return", [0])])  # the L5 voucher the sale made is cancelled
@given(ops=ops)
def test_t2_l5_l8_l9_sales_and_returns_equal_a_replay_of_the_surviving_sales(ops):
    """Issue 17 item 5: points, tier, stored value, L5 vouchers and yearly window, and the
    referrer's reward and tier after any sales and returns equal a replay of the surviving sales."""
    end = T0 + dt.timedelta(hours=len(ops) + 1)
    with tempfile.TemporaryDirectory() as tmp:
        clerk, ref, mid = _setup(Path(tmp) / "live.db")
        try:
            t = T0
            sold: list[tuple[dt.datetime, list[int], list[int]]] = []  # (time, amounts, line ids)
            returned: set[int] = set()
            for kind, values in ops:
                t += dt.timedelta(hours=1)
                if kind == "sale":
                    s = _sell(mid, clerk, values, t)
                    sold.append((t, values, [line.id for line in sales.sale_lines(s.id)]))
                elif sold:
                    _st, _vals, ids = sold[values[0] % len(sold)]
                    picks = sorted({ids[v % len(ids)] for v in values[1:] or [0]} - returned)
                    if picks:
                        original = SaleLine.get_by_id(picks[0]).sale_id
                        sales.record_return(original, [(p, 1) for p in picks], clerk_id=clerk, at=t)
                        returned.update(picks)
            live = _state(mid, ref, end)
            assert ledger.ledger_consistent()
        finally:
            close_database()
        clerk, ref, mid = _setup(Path(tmp) / "replay.db")
        try:
            for when, values, ids in sold:
                keep = [v for v, lid in zip(values, ids, strict=True) if lid not in returned]
                if keep:
                    _sell(mid, clerk, keep, when)
            replay = _state(mid, ref, end)
        finally:
            close_database()
    assert live == replay
