"""merge_members: everything moves to the survivor in one transaction, ledgers
stay append-only and consistent, the merge is audited, the merged record is
hidden from search and the list."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import fn

from vipdesk.model.errors import DuplicateMember, ValidationError
from vipdesk.model.hygiene.merge import merge_members, preview
from vipdesk.model.loyalty import config, ledger, stored_value, vouchers
from vipdesk.model.loyalty.tables import PointsLot, StoredValueEntry, Voucher
from vipdesk.model.members import profile as members
from vipdesk.model.members import stats
from vipdesk.model.members.lists import member_count, member_ids
from vipdesk.model.members.profile import Birthday
from vipdesk.model.members.search import search_member_ids
from vipdesk.model.members.staff import add_staff
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales.recording import LineInput
from vipdesk.model.store import settings
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import (
    AuditLog,
    Card,
    Child,
    Contact,
    Member,
    MemberDate,
    PointsEntry,
    Sale,
    Visit,
)


@pytest.fixture
def pair(db_path):
    settings.put(config.L5_AUTO.key, False)
    settings.put(config.SV_ENABLED.key, True)
    clerk = add_staff("小李")
    a = members.enrol("王芳", "13812345678", birthday=Birthday(3, 7, 1985), clerk_id=clerk.id,
                      address="杭州市西湖区", notes="老顾客")
    b = members.enrol("王芳", "13912345678", email="wf@example.com", gender="女",
                      enrolled_on=dt.date(2020, 5, 1), notes="喜欢红色")
    members.issue_card(a.id, "80000001")
    members.issue_card(b.id, "80000002")
    sales.record_sale(a.id, [LineInput("A1", 50000)], clerk_id=clerk.id)
    sales.record_sale(b.id, [LineInput("B1", 120000)], clerk_id=clerk.id)
    sales.record_sale(b.id, [LineInput("B2", 30000)], clerk_id=clerk.id)
    members.log_contact(b.id, clerk_id=clerk.id, outcome="已回访")
    members.log_visit(b.id, clerk_id=clerk.id)
    members.add_child(b.id, "小明", "男", Birthday(6, 1, 2018))
    members.add_date(b.id, "结婚纪念日", Birthday(10, 1, 2010), kind="wedding")
    ledger.post_points(b.id, 3000, "adjust", "测试")
    vouchers.convert_points(b.id)  # open points voucher, costs 3000 points
    vouchers.issue(b.id, "manual", 5000, note="手工券")
    stored_value.top_up(b.id, 20000)
    return clerk, Member.get_by_id(a.id), Member.get_by_id(b.id)


def test_merge_moves_everything(pair):
    clerk, a, b = pair
    b_points = ledger.balance(b.id)
    a_points = ledger.balance(a.id)
    b_sv = stored_value.balance(b.id)
    spend = a.total_spend + b.total_spend
    entries_before = PointsEntry.select().count()

    result = merge_members(a.id, b.id, {"phone": "other", "card_no": "80000002"}, clerk="小李")

    s = Member.get_by_id(a.id)
    o = Member.get_by_id(b.id)
    # profile: chosen phone, filled blanks, joined notes, earlier enrol date
    assert s.phone == "13912345678" and s.card_no == "80000002"
    assert s.email == "wf@example.com" and s.gender == "F" and s.address == "杭州市西湖区"
    assert s.birth_month == 3 and s.birth_year == 1985
    assert s.enrolled_on == dt.date(2020, 5, 1)
    assert "老顾客" in s.notes and "喜欢红色" in s.notes and "另一号码:13812345678" in s.notes
    # history moved
    for model in (Sale, Contact, Visit, Child, MemberDate, Card):
        assert not model.select().where(model.member == b.id).exists(), model
    assert Sale.select().where(Sale.member == a.id).count() == 3
    assert s.total_spend == spend and s.purchase_count == 3
    assert [c.card_no for c in Card.select().where((Card.member == a.id) & (Card.status == "active"))] == ["80000002"]
    # points: pair of merge entries, nothing edited, nothing lost
    assert ledger.balance(b.id) == 0 and o.points == 0
    assert ledger.balance(a.id) == s.points == a_points + b_points
    merge_entries = list(PointsEntry.select().where(PointsEntry.kind == "merge"))
    assert sorted(e.delta for e in merge_entries) == sorted([-result.points_moved, result.points_moved])
    assert PointsEntry.select().count() > entries_before
    assert ledger.ledger_consistent()
    # vouchers: cancelled on the other, re-issued to the survivor at the same points cost
    assert vouchers.member_vouchers(b.id, open_only=True) == []
    moved = vouchers.member_vouchers(a.id, open_only=True)
    assert sorted((v.kind, v.value, v.points_cost) for v in moved) == [("manual", 5000, 0), ("points", 30000, 3000)]
    assert result.vouchers_moved == 2
    # stored value: pair of adjust entries
    assert stored_value.balance(b.id) == 0 and stored_value.balance(a.id) == b_sv == result.stored_value_moved
    assert StoredValueEntry.select().where(StoredValueEntry.kind == "adjust").count() == 2
    # the merged record
    assert o.status == "merged" and o.phone == f"merged-{b.id}" and o.card_no is None
    assert o.notes.startswith(f"已合并到 #{a.id}")
    # audit
    log = AuditLog.get_by_id(result.audit_id)
    assert log.action == "merge" and log.clerk == "小李"
    assert f"#{b.id}" in log.detail and f"#{a.id}" in log.detail


def test_merged_member_not_found(pair):
    _clerk, a, b = pair
    merge_members(a.id, b.id, {"phone": "survivor"})
    assert search_member_ids("王芳") == [a.id]
    assert search_member_ids("13912345678") == []  # the merged phone is gone, not kept by the survivor
    assert search_member_ids("5678") == [a.id]
    assert search_member_ids("80000002") == []
    assert b.id not in member_ids() and member_count() == 1
    # the loser's number stays on the survivor's notes and can enrol nobody twice
    assert "13912345678" in Member.get_by_id(a.id).notes


def test_survivor_can_take_the_freed_phone_and_reenrol_is_refused(pair):
    _clerk, a, b = pair
    merge_members(a.id, b.id, {"phone": "other"})
    assert members.find_by_phone("13912345678").id == a.id
    with pytest.raises(DuplicateMember):
        members.enrol("王芳", "13912345678")


def test_birthday_with_year_preferred_by_default(db_path):
    a = members.enrol("甲", "13800000001", birthday=Birthday(3, 7))
    b = members.enrol("甲", "13900000002", birthday=Birthday(3, 7, 1985))
    assert preview(a.id, b.id)["birthday"].year == 1985
    assert preview(a.id, b.id, {"birthday": "survivor"})["birthday"].year is None


def test_explicit_value_and_preview(pair):
    _clerk, a, b = pair
    p = preview(a.id, b.id, {"name": "王芳芳", "address": "other"})
    assert p["name"] == "王芳芳" and p["address"] == ""
    merge_members(a.id, b.id, {"name": "王芳芳", "address": "other"})
    m = Member.get_by_id(a.id)
    assert m.name == "王芳芳" and m.py_full == "wangfangfang" and m.address == ""


def test_failed_merge_writes_nothing(pair):
    _clerk, a, b = pair
    counts = {t: db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("points_entry", "voucher", "voucher_event", "stored_value_entry", "audit_log")}
    with pytest.raises(ValidationError):
        merge_members(a.id, b.id, {"email": "not an email"})
    after = {t: db.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in counts}
    assert after == counts
    assert Member.get_by_id(b.id).status == "active"
    assert Sale.select().where(Sale.member == b.id).count() == 2


def test_cannot_merge_twice_or_with_self(pair):
    _clerk, a, b = pair
    with pytest.raises(ValidationError):
        merge_members(a.id, a.id)
    merge_members(a.id, b.id)
    with pytest.raises(ValidationError):
        merge_members(a.id, b.id)


def test_points_keep_their_expiry_dates(db_path):
    settings.put(config.L5_AUTO.key, False)
    settings.put(config.EXPIRY_ENABLED.key, True)
    a = members.enrol("甲", "13800000001")
    b = members.enrol("乙", "13900000002")
    ledger.post_points(b.id, 500, "earn", "去年", at=dt.datetime(2025, 3, 1, 10, 0))
    ledger.post_points(b.id, 700, "earn", "今年", at=dt.datetime(2026, 3, 1, 10, 0))
    ledger.post_points(b.id, 100, "adjust", "赠送")  # no expiry
    ledger.post_points(b.id, -200, "redeem", "兑换")  # spends the earliest-expiring first
    before = ledger.expiry_forecast(b.id, dt.date(2025, 1, 1))
    merge_members(a.id, b.id)
    assert ledger.expiry_forecast(a.id, dt.date(2025, 1, 1)) == before == [
        (dt.date(2026, 12, 31), 300), (dt.date(2027, 12, 31), 700)]
    assert ledger.balance(a.id) == 1100
    assert PointsLot.select().where(PointsLot.member == a.id).count() == 2
    assert ledger.ledger_consistent()


def test_referrals_follow_the_survivor(db_path):
    a = members.enrol("甲", "13800000001")
    b = members.enrol("乙", "13900000002")
    c = members.enrol("丙", "13700000003")
    members.update_member(c.id, referred_by_id=b.id)
    members.update_member(a.id, referred_by_id=b.id)  # survivor was referred by the other: cleared
    merge_members(a.id, b.id)
    assert Member.get_by_id(c.id).referred_by_id == a.id
    assert Member.get_by_id(a.id).referred_by_id is None


def test_ledger_rows_never_updated(pair):
    _clerk, a, b = pair
    ids_before = {e.id: (e.member_id, e.delta) for e in PointsEntry.select()}
    merge_members(a.id, b.id)
    for e in PointsEntry.select().where(PointsEntry.id.in_(list(ids_before))):
        assert (e.member_id, e.delta) == ids_before[e.id]
    assert Voucher.select(fn.COUNT(Voucher.id)).where(Voucher.member == b.id).scalar() == 2  # history stays
    stats.refresh_all()
    assert ledger.ledger_consistent()


def test_newest_marketing_choice_follows_the_survivor(db_path):
    from vipdesk.model.privacy import consent

    a = members.enrol("甲", "13800000001")
    b = members.enrol("乙", "13900000002")
    consent.record_marketing_consent(a.id, True)
    c = members.enrol("丙", "13700000003")
    d = members.enrol("丁", "13600000004")
    consent.record_marketing_consent(d.id, True)
    consent.withdraw_marketing(b.id)  # her newest word, on the record that goes away
    merge_members(a.id, b.id)
    merge_members(c.id, d.id)
    assert not consent.marketing_allowed(a.id)  # the later withdrawal wins
    assert consent.marketing_allowed(c.id)  # c had said nothing, d's yes carries over
