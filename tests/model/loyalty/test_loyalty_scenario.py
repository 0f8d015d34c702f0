"""A year of one member's purchases over a real temp database: points, birthday
multiplier, tier upgrades, L5 conversion, referral, vouchers issued, used and
expired, returns whose points were already spent, the yearly review."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.errors import InsufficientBalance, ValidationError
from vipdesk.model.loyalty import config, daily, earning, gifts, ledger, summary, tiers, vouchers
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.sales import recording as sales
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Member, PointsEntry, TierChange

T0 = dt.datetime(2026, 1, 10, 11, 0)


def buy(member_id, yuan, at, clerk_id=None, **kw):
    return sales.record_sale(member_id, [sales.LineInput("K100", yuan * 100, 1)], clerk_id=clerk_id, sold_at=at, **kw)


@pytest.fixture
def shop(db_path):
    clerk = staff.add_staff("小王")
    referrer = members.enrol("老会员", "13900000001", enrolled_on=dt.date(2025, 1, 1))
    # Birthday in May; tier discounts of the defaults: 普卡 9.5折, 银卡 9折, 金卡 8.5折.
    m = members.enrol("黄明华", "13800001234", birthday=members.Birthday(5, 20, 1985), clerk_id=clerk.id,
                      referred_by_id=referrer.id, enrolled_on=dt.date(2026, 1, 1))
    return clerk, referrer, m


def test_a_year_of_purchases(shop):
    clerk, referrer, m = shop
    # Switch L5 auto-conversion off for the first part so the tier path is plain.
    settings.put(config.L5_AUTO.key, False)

    # January: 1000-yuan tag, 9.5折 → 950 yuan paid → 950 points; referral reward to the referrer.
    s1 = buy(m.id, 1000, T0, clerk.id)
    assert (s1.paid, s1.points) == (95000, 950)
    assert ledger.balance(m.id) == 950
    assert ledger.balance(referrer.id) == 200
    ref = PointsEntry.get((PointsEntry.member == referrer.id) & (PointsEntry.kind == "referral"))
    assert ref.sale_id == s1.id
    # Second purchase: no second referral reward.
    buy(m.id, 100, T0 + dt.timedelta(days=3), clerk.id)
    assert ledger.balance(referrer.id) == 200

    # May = birthday month: double points (95 yuan → 190 points).
    s3 = buy(m.id, 100, dt.datetime(2026, 5, 3, 15, 0), clerk.id)
    assert s3.points == 190
    # Quote shows the multiplier and, crossing 3000 points, the upgrade to 银卡.
    q = sales.quote(m.id, [sales.LineInput("K2", 200000, 1)], dt.datetime(2026, 6, 1, 10, 0))
    assert q.points == 1900 and q.upgrade_to == "银卡"
    s4 = buy(m.id, 2000, dt.datetime(2026, 6, 1, 10, 0), clerk.id)
    assert Member.get_by_id(m.id).tier == "银卡"
    change = TierChange.select().where((TierChange.member == m.id) & (TierChange.new_tier == "银卡")).get()
    assert change.old_tier == "普卡" and change.at == s4.sold_at

    # Now 9折.  L5: 3000 points → 300-yuan voucher, 3000 points deducted; the tier stays.
    bal = ledger.balance(m.id)
    assert bal == 950 + 95 + 190 + 1900
    v = vouchers.convert_points(m.id, clerk_id=clerk.id, at=dt.datetime(2026, 6, 2, 9, 0))
    assert v.value == 30000 and ledger.balance(m.id) == bal - 3000
    assert tiers.check_upgrade(m.id) is None and Member.get_by_id(m.id).tier == "银卡"

    # The voucher pays part of the next sale and earns no points.
    q = sales.quote(m.id, [sales.LineInput("K3", 50000, 1)], dt.datetime(2026, 7, 1, 10, 0), vouchers=[v.id])
    assert [u.id for u in q.usable_vouchers] == [v.id]
    assert (q.paid, q.voucher_amount, q.cash_due, q.points) == (45000, 30000, 15000, 150)
    s5 = sales.record_sale(m.id, [sales.LineInput("K3", 50000, 1)], clerk_id=clerk.id,
                           sold_at=dt.datetime(2026, 7, 1, 10, 0), vouchers=[v.id])
    assert vouchers.state_of(v.id) == "redeem" and s5.points == 150
    with pytest.raises(ValidationError):
        buy(m.id, 10, dt.datetime(2026, 7, 2, 10, 0), clerk.id, vouchers=[v.id])

    # Returning that sale refunds only the cash part; points come back off exactly.
    line = sales.sale_lines(s5.id)[0]
    r = sales.record_return(s5.id, [(line.id, 1)], clerk_id=clerk.id, at=dt.datetime(2026, 7, 3, 10, 0))
    st = sales.settlement(r.id)
    assert (r.paid, r.points, st.voucher, st.cash) == (-45000, -150, -30000, -15000)

    # Birthday voucher (L6) in May of next year, expiring at the month's end; the daily job is idempotent.
    assert daily.birthday_vouchers(dt.date(2027, 5, 1)) == 1
    assert daily.birthday_vouchers(dt.date(2027, 5, 2)) == 0
    bday = [x for x in vouchers.member_vouchers(m.id) if x.kind == "birthday"][0]
    assert bday.value == 10000 and bday.expires_on == dt.date(2027, 5, 31)
    assert daily.run_daily(dt.date(2027, 6, 1))["vouchers_expired"] >= 1
    assert vouchers.state_of(bday.id) == "expire"

    # The summary for `vipdesk member X --json`.
    s = summary.member_loyalty(m.id)
    assert s["points"] == ledger.balance(m.id) and s["tier"] in ("银卡", "普卡")
    assert [h["new"] for h in s["tier_history"]][:2] == ["普卡", "银卡"]
    assert ledger.ledger_consistent()


def test_l5_auto_conversion_within_a_year(shop):
    clerk, _, m = shop
    buy(m.id, 2000, T0, clerk.id)  # 1900 points
    assert vouchers.member_vouchers(m.id) == []
    q = sales.quote(m.id, [sales.LineInput("K", 120000, 1)], T0 + dt.timedelta(days=30))
    assert "本单后积分自动换 1 张 ¥300.00 代金券" in q.notes
    buy(m.id, 1200, T0 + dt.timedelta(days=30), clerk.id)  # +1140 = 3040 → one voucher, 40 left
    vs = vouchers.member_vouchers(m.id)
    assert [(v.kind, v.value, v.points_cost) for v in vs] == [("points", 30000, 3000)]
    assert ledger.balance(m.id) == 40
    # Points collected more than a year apart do not combine into an automatic voucher.
    other = members.enrol("王芳", "13800005678", enrolled_on=dt.date(2025, 1, 1))
    buy(other.id, 2000, dt.datetime(2025, 1, 5, 10, 0))  # 1900 (普卡 9.5折)
    buy(other.id, 1200, dt.datetime(2026, 3, 1, 10, 0))  # +1140, but the 1900 are over a year old
    assert vouchers.member_vouchers(other.id) == []
    assert ledger.balance(other.id) == 3040


def test_return_after_conversion_cancels_the_voucher(shop):
    """Buy, earn, convert, return: the open voucher is cancelled — no buy–earn–return–keep loop."""
    clerk, _, m = shop
    s = buy(m.id, 3200, T0, clerk.id)  # 3040 points → auto voucher, 40 left
    (v,) = vouchers.member_vouchers(m.id)
    rq = sales.quote_return(s.id, [(sales.sale_lines(s.id)[0].id, 1)], T0 + dt.timedelta(days=1))
    assert [x.id for x in rq.vouchers_cancelled] == [v.id] and rq.refund == 304000 and rq.refund_offset == 0
    sales.record_return(s.id, [(sales.sale_lines(s.id)[0].id, 1)], clerk_id=clerk.id, at=T0 + dt.timedelta(days=1))
    assert vouchers.state_of(v.id) == "cancel"
    assert ledger.balance(m.id) == 0 and ledger.ledger_consistent()


def test_return_after_voucher_used_reduces_the_refund(shop):
    clerk, _, m = shop
    s = buy(m.id, 3200, T0, clerk.id)  # 3040 points → voucher 300 yuan, 40 points left
    (v,) = vouchers.member_vouchers(m.id)
    buy(m.id, 400, T0 + dt.timedelta(days=1), clerk.id, vouchers=[v.id])  # voucher spent (earns 80)
    bal = ledger.balance(m.id)
    line = sales.sale_lines(s.id)[0]
    r = sales.record_return(s.id, [(line.id, 1)], clerk_id=clerk.id, at=T0 + dt.timedelta(days=2))
    st = sales.settlement(r.id)
    withheld = 3040 - bal
    assert st.points_withheld == withheld and st.points_offset == withheld * 10
    assert st.cash == -(304000 - withheld * 10)
    assert ledger.balance(m.id) == 0 and r.points == -3040


def test_reduce_refund_policy_after_gift(shop):
    clerk, _, m = shop
    settings.put(config.RETURN_POLICY.key, "reduce_refund")
    settings.put(config.L5_AUTO.key, False)
    s = buy(m.id, 700, T0, clerk.id)  # 665 points
    gifts.redeem(m.id, gifts.catalogue()[0].id, clerk_id=clerk.id)  # 600-point gift
    r = sales.record_return(s.id, [(sales.sale_lines(s.id)[0].id, 1)], clerk_id=clerk.id,
                            at=T0 + dt.timedelta(days=1))
    st = sales.settlement(r.id)
    assert (st.points_withheld, st.points_offset, st.cash) == (600, 6000, -(66500 - 6000))
    assert ledger.balance(m.id) == 0


def test_gift_stock_and_points(shop):
    clerk, _, m = shop
    g = gifts.add_gift("保温杯", 500, stock=1)
    with pytest.raises(InsufficientBalance):
        gifts.redeem(m.id, g.id)
    buy(m.id, 1200, T0, clerk.id)  # 1140 points
    gifts.redeem(m.id, g.id, clerk_id=clerk.id)
    assert ledger.balance(m.id) == 640
    with pytest.raises(ValidationError):
        gifts.redeem(m.id, g.id)  # out of stock
    assert ledger.balance(m.id) == 640
    # A gift that includes a 现金券 issues it.
    settings.put(config.L5_AUTO.key, False)
    buy(m.id, 2500, T0 + dt.timedelta(days=1), clerk.id)
    g3 = [x for x in gifts.catalogue() if x.points == 2500][0]
    red = gifts.redeem(m.id, g3.id)
    assert red.voucher is not None and red.voucher.value == 10000


def test_season_top_and_first_purchase_only(shop):
    clerk, _, m = shop
    buy(m.id, 500, dt.datetime(2026, 4, 1, 10, 0), clerk.id)  # spring 2026 (Mar–May)
    assert daily.season_vouchers(dt.date(2026, 6, 2)) == 1
    assert daily.season_vouchers(dt.date(2026, 6, 3)) == 0  # once per season
    (v,) = [x for x in vouchers.member_vouchers(m.id) if x.kind == "season"]
    assert v.valid_from == dt.date(2026, 6, 1) and v.expires_on == dt.date(2026, 8, 31)
    assert [x.id for x in vouchers.usable(m.id, dt.datetime(2026, 6, 5, 10, 0))] == [v.id]
    buy(m.id, 100, dt.datetime(2026, 6, 5, 10, 0), clerk.id)  # first purchase of summer without it
    assert vouchers.usable(m.id, dt.datetime(2026, 6, 6, 10, 0)) == []


def test_multiplier_days_and_lunar_birthday(shop):
    clerk, _, m = shop
    settings.put(config.MULTIPLIER_DAYS.key, [
        {"name": "店庆", "start": "2026-03-08", "end": "2026-03-09", "percent": 300, "yearly": True}])
    assert buy(m.id, 100, dt.datetime(2026, 3, 8, 10, 0), clerk.id).points == 285
    assert buy(m.id, 100, dt.datetime(2027, 3, 9, 10, 0), clerk.id).points == 285  # yearly
    assert buy(m.id, 100, dt.datetime(2026, 3, 10, 10, 0), clerk.id).points == 95
    # 中秋 (农历八月十五) is 2026-09-25 and 2027-09-15: a lunar rule follows it every year.
    settings.put(config.MULTIPLIER_DAYS.key, [
        {"name": "中秋", "start": "08-15", "end": "08-15", "percent": 200, "lunar": True}])
    assert buy(m.id, 100, dt.datetime(2026, 9, 25, 10, 0), clerk.id).points == 190
    assert buy(m.id, 100, dt.datetime(2027, 9, 15, 10, 0), clerk.id).points == 190
    assert buy(m.id, 100, dt.datetime(2027, 9, 25, 10, 0), clerk.id).points == 95
    with pytest.raises(ValidationError):
        earning.parse_multiplier_days([{"name": "店庆", "start": "05-01", "end": "05-03", "percent": 200}])
    # 农历八月十五 in 2026 is 9月25日: September is the birthday month.
    lunar = members.enrol("中秋", "13700000000", birthday=members.Birthday(8, 15, is_lunar=True))
    assert buy(lunar.id, 100, dt.datetime(2026, 9, 2, 10, 0)).points == 190
    assert buy(lunar.id, 100, dt.datetime(2026, 8, 30, 10, 0)).points == 95


def test_review_downgrade_grace_and_lock(shop):
    clerk, _, m = shop
    settings.put(config.L5_AUTO.key, False)
    buy(m.id, 7000, dt.datetime(2026, 2, 1, 10, 0), clerk.id)  # 6650 → 金卡
    assert Member.get_by_id(m.id).tier == "金卡"
    # A year later nothing was bought: review downgrades to 普卡 (after a 30-day grace).
    settings.put(config.GRACE_DAYS.key, 30)
    assert tiers.review(dt.date(2027, 3, 1)) == []
    assert Member.get_by_id(m.id).tier == "金卡"
    assert [x.new for x in tiers.grace_due(dt.date(2027, 3, 31))] == ["普卡"]
    assert TierChange.select().where(TierChange.member == m.id).order_by(TierChange.id.desc()).get().reason \
        == "宽限期结束降级"
    # A locked member is never moved.
    other = members.enrol("店员家属", "13600000000")
    tiers.set_tier(other.id, "金卡", "特殊情况")
    tiers.lock(other.id, True, "店长批准")
    settings.put(config.GRACE_DAYS.key, 0)
    tiers.review(dt.date(2027, 4, 1))
    assert Member.get_by_id(other.id).tier == "金卡"


def test_points_expiry_keeps_earned_dates(shop):
    clerk, _, m = shop
    settings.put(config.L5_AUTO.key, False)
    settings.put(config.EXPIRY_ENABLED.key, True)  # points of 2026 expire 2027-12-31
    buy(m.id, 500, dt.datetime(2026, 3, 1, 10, 0), clerk.id)  # 475
    settings.put(config.EXPIRY_MODE.key, "months")  # change of policy: later points only
    settings.put(config.EXPIRY_MONTHS.key, 6)
    buy(m.id, 200, dt.datetime(2026, 4, 1, 10, 0), clerk.id)  # 190, expire 2026-10-01
    assert ledger.expiry_forecast(m.id, dt.date(2026, 4, 2)) == [
        (dt.date(2026, 10, 1), 190), (dt.date(2027, 12, 31), 475)]
    assert ledger.expiring_soon(200, dt.date(2026, 4, 2)) == [(m.id, dt.date(2026, 10, 1), 190)]
    gifts.redeem(m.id, gifts.catalogue()[0].id)  # 600 points: earliest-expiring first
    assert ledger.expiring_soon(200, dt.date(2026, 4, 2)) == []
    assert ledger.expiry_forecast(m.id, dt.date(2026, 4, 2)) == [(dt.date(2027, 12, 31), 65)]
    # 65 of hers + the referrer's 200 referral points of 2026 expire after 2027-12-31.
    assert daily.run_daily(dt.date(2028, 1, 2))["points_expired"] == 65 + 200
    assert ledger.balance(m.id) == 0
    assert daily.run_daily(dt.date(2028, 1, 3))["points_expired"] == 0


def test_inactive_after_24_months_and_back(shop):
    clerk, _, m = shop
    buy(m.id, 100, dt.datetime(2026, 1, 10, 10, 0), clerk.id)
    assert daily.mark_inactive(dt.date(2027, 12, 1)) == 1  # the referrer enrolled 2025-01-01, never bought
    assert daily.mark_inactive(dt.date(2028, 2, 1)) == 1
    assert Member.get_by_id(m.id).status == "inactive"
    buy(m.id, 100, dt.datetime(2028, 2, 2, 10, 0), clerk.id)
    assert Member.get_by_id(m.id).status == "active"


def test_tier_rule_preview_and_spend_basis(shop):
    clerk, _, m = shop
    settings.put(config.L5_AUTO.key, False)
    buy(m.id, 4000, dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=2), clerk.id)  # 3800 pts
    assert Member.get_by_id(m.id).tier == "银卡"
    new_rules = [{"name": "普卡", "threshold": 0, "discount": 950},
                 {"name": "银卡", "threshold": 2000, "discount": 900},
                 {"name": "金卡", "threshold": 3500, "discount": 850}]
    moves = tiers.preview_rules(new_rules, "points")
    assert [(x.member_id, x.old, x.new, x.up) for x in moves if x.member_id == m.id] == [(m.id, "银卡", "金卡", True)]
    assert Member.get_by_id(m.id).tier == "银卡"  # preview writes nothing
    tiers.save_rules(new_rules, "points")
    assert Member.get_by_id(m.id).tier == "金卡"
    # Spend basis in yuan: 3800 yuan spent in 12 months against thresholds 5000/10000 → would drop to 普卡.
    spend_rules = [{"name": "普卡", "threshold": 0, "discount": 950},
                   {"name": "金卡", "threshold": 5000, "discount": 850}]
    assert [(x.new, x.up) for x in tiers.preview_rules(spend_rules, "spend") if x.member_id == m.id] == [
        ("普卡", False)]
    with pytest.raises(ValidationError):
        tiers.preview_rules([{"name": "A", "threshold": 10, "discount": 900}], "points")


def test_points_spent_before_expiry_was_switched_on_do_not_hide_new_dated_points(shop):
    clerk, _, m = shop
    settings.put(config.L5_AUTO.key, False)
    buy(m.id, 3200, dt.datetime(2026, 2, 1, 10, 0), clerk.id)  # 3040, never expire
    vouchers.convert_points(m.id, at=dt.datetime(2026, 2, 2, 10, 0))  # −3000 from those
    settings.put(config.EXPIRY_ENABLED.key, True)
    buy(m.id, 300, dt.datetime(2026, 3, 1, 10, 0), clerk.id)  # 银卡 9折: 270, expire 2027-12-31
    assert ledger.expiry_forecast(m.id, dt.date(2026, 3, 2)) == [(dt.date(2027, 12, 31), 270)]
    assert ledger.balance(m.id) == 310


def test_birthday_month_discount_when_better(shop):
    clerk, _, m = shop
    settings.put(config.BIRTHDAY_DISCOUNT.key, 880)  # 8.8折 in the birthday month (May)
    q = sales.quote(m.id, [sales.LineInput("A", 10000, 1)], dt.datetime(2026, 5, 3, 10, 0))
    assert q.paid == 8800 and "生日月折扣" in q.notes
    q = sales.quote(m.id, [sales.LineInput("A", 10000, 1)], dt.datetime(2026, 6, 3, 10, 0))
    assert q.paid == 9500 and "生日月折扣" not in q.notes


def test_yearly_review_runs_on_its_day_not_late_on_a_new_install(shop):
    clerk, _, m = shop
    settings.put(config.L5_AUTO.key, False)
    buy(m.id, 7000, dt.datetime(2025, 2, 1, 10, 0), clerk.id)  # 金卡 in 2025
    # First start on 2026-11-23: this year's review day (01-01) is long past → skipped, nobody demoted.
    assert daily.yearly_review(dt.date(2026, 11, 23)) == 0
    assert Member.get_by_id(m.id).tier == "金卡"
    assert daily.season_vouchers(dt.date(2026, 11, 23)) == 0  # autumn began 2026-09-01: too late
    # Next year's review day: she bought nothing for a year → 普卡; only once.
    assert daily.yearly_review(dt.date(2027, 1, 2)) == 1
    assert daily.yearly_review(dt.date(2027, 1, 3)) == 0
    assert Member.get_by_id(m.id).tier == "普卡"
