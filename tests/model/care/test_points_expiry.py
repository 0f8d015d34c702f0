"""Issue 4: a reminder "积分到期" N days (default 30) before a member's points expire, with the
points the ledger will really expire (spent points are not counted), only while points expiry
is on, and subject to the don't-pester cap like other marketing-ish messages."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.care.engine import due_tasks
from vipdesk.model.loyalty import config as loyalty_config
from vipdesk.model.loyalty.ledger import post_points
from vipdesk.model.members import profile as members
from vipdesk.model.store import settings

D = dt.date
T = dt.datetime


def _expiring(tasks, member_id=None):
    return [t for t in tasks if t.kind == "points_expiry" and (member_id is None or t.member_id == member_id)]


@pytest.fixture
def shop(mk, no_cap):
    settings.put(loyalty_config.EXPIRY_ENABLED.key, True)  # mode next_year_end: points of 2025 expire 2026-12-31
    a = mk("黄明华")
    b = mk("王芳", gender="M")
    c = mk("李娜")
    post_points(a.id, 300, "earn", "消费积分", at=T(2025, 6, 1, 10))
    post_points(b.id, 500, "earn", "消费积分", at=T(2025, 3, 1, 10))
    post_points(b.id, -200, "redeem", "兑换礼品", at=T(2025, 8, 1, 10))  # spent from the oldest points
    post_points(c.id, 400, "earn", "消费积分", at=T(2026, 2, 1, 10))  # expires 2027-12-31
    return a, b, c


def test_reminder_thirty_days_before_with_the_points_that_expire(shop):
    a, b, c = shop
    assert _expiring(due_tasks(D(2026, 11, 30), today=D(2026, 11, 30))) == []
    tasks = _expiring(due_tasks(D(2026, 12, 1), today=D(2026, 12, 1)))
    assert sorted(t.member_id for t in tasks) == [a.id, b.id]
    ta = _expiring(tasks, a.id)[0]
    assert ta.kind_label == "积分到期" and ta.channel == "message"
    assert "300" in ta.reason and "12月31日" in ta.reason
    assert ta.text.startswith("黄女士您好,您有300积分将于12月31日到期,欢迎来店兑换礼品。")
    tb = _expiring(tasks, b.id)[0]
    assert "您有300积分将于12月31日到期" in tb.text and "王先生" in tb.text  # 500 earned − 200 spent
    assert _expiring(due_tasks(D(2026, 12, 2), today=D(2026, 12, 2)), c.id) == []


def test_lead_days_are_a_setting(shop):
    a, b, _c = shop
    settings.put("care.points_expiry_lead_days", 7)
    assert _expiring(due_tasks(D(2026, 12, 1), today=D(2026, 12, 1))) == []
    assert sorted(t.member_id for t in _expiring(due_tasks(D(2026, 12, 24), today=D(2026, 12, 24)))) == [a.id, b.id]


def test_nothing_while_points_expiry_is_off(shop):
    settings.put(loyalty_config.EXPIRY_ENABLED.key, False)
    assert _expiring(due_tasks(D(2026, 12, 1), days=31, today=D(2026, 12, 1))) == []


def test_unsent_reminder_stays_until_the_points_have_expired(shop):
    a, b, _c = shop
    due_tasks(D(2026, 12, 1), today=D(2026, 12, 1))  # the morning scan writes the carrying tasks down
    later = _expiring(due_tasks(D(2026, 12, 10), today=D(2026, 12, 10)))
    assert sorted(t.member_id for t in later if t.overdue) == [a.id, b.id]
    assert _expiring(due_tasks(D(2027, 1, 1), today=D(2027, 1, 1))) == []  # too late to redeem them


def test_respects_the_dont_pester_cap(shop, clerk):
    a, b, _c = shop
    settings.put("care.cap_week", 2)
    for day in (28, 29):
        members.log_contact(a.id, clerk_id=clerk.id, channel="sms", outcome="问候", at=T(2026, 11, day, 10))
    members.update_member(b.id, contact_pref="不要打扰")
    tasks = {t.member_id: t for t in _expiring(due_tasks(D(2026, 12, 1), today=D(2026, 12, 1)))}
    assert "近7天已联系2次" in tasks[a.id].held_reason
    assert tasks[b.id].held_reason == "会员希望不被打扰"
