"""C7: the shop's minimum and maximum of non-sales care messages per member per calendar month."""

from __future__ import annotations

import datetime as dt

from vipdesk.model.care import cap
from vipdesk.model.care.engine import due_tasks
from vipdesk.model.members import profile as members
from vipdesk.model.store import settings

D = dt.date
T = dt.datetime


def _log(member_id, clerk_id, at, kind="holiday", channel="sms"):
    return members.log_contact(member_id, clerk_id=clerk_id, channel=channel, outcome="已发", kind=kind, at=at)


def test_C7_settings_defaults_are_one_a_month(db_path):
    assert settings.get("care.monthly_min_messages") == 1
    assert settings.get("care.monthly_max_messages") == 1


def test_C7_counts_only_care_contacts_of_the_calendar_month(mk, clerk):
    m = mk()
    _log(m.id, clerk.id, T(2026, 10, 31, 20))  # last month
    _log(m.id, clerk.id, T(2026, 11, 3, 10))  # care: counts
    _log(m.id, clerk.id, T(2026, 11, 5, 10), kind="event")  # a promotion notice is a sales message
    _log(m.id, clerk.id, T(2026, 11, 6, 10), kind="weather", channel="call")  # a care call counts
    assert cap.care_messages_in_month(m.id, D(2026, 11, 30)) == 2
    assert cap.care_messages_in_month(m.id, D(2026, 10, 1)) == 1
    assert cap.care_messages_in_month(m.id, D(2026, 12, 1)) == 0


def test_C7_cap_reason_names_the_next_month(mk, clerk):
    m = mk()
    assert cap.cap_reason(m.id, D(2026, 12, 10)) is None
    _log(m.id, clerk.id, T(2026, 12, 2, 10))
    reason = cap.cap_reason(m.id, D(2026, 12, 10))
    assert reason is not None and "2027年1月" in reason and "最多1次" in reason
    settings.put("care.monthly_max_messages", 2)
    assert cap.cap_reason(m.id, D(2026, 12, 10)) is None
    settings.put("care.monthly_max_messages", 0)  # 0 = no limit
    _log(m.id, clerk.id, T(2026, 12, 3, 10))
    assert cap.cap_reason(m.id, D(2026, 12, 10)) is None


def test_C7_reminder_list_defers_the_second_care_message_of_the_month(mk, no_cap, clerk, tmp_path):
    """A member already sent weather care this month: the Christmas greeting is held with the reason,
    and a batch export leaves her out."""
    from vipdesk.model.care.sending import export_batch

    m = mk("黄明华")
    other = mk("李小红")
    settings.put("care.holidays", ["christmas"])
    _log(m.id, clerk.id, T(2026, 12, 1, 10), kind="weather")
    tasks = [t for t in due_tasks(D(2026, 12, 25), today=D(2026, 12, 25)) if t.kind == "holiday"]
    by = {t.member_id: t for t in tasks}
    assert "2027年1月" in by[m.id].held_reason
    assert by[other.id].held_reason == ""
    out = tmp_path / "batch.csv"
    assert export_batch(tasks, out) == 1
    text = out.read_text(encoding="utf-8-sig")
    assert "李小红" in text and "黄明华" not in text


def test_C7_two_care_messages_planned_in_one_window_keep_the_first(mk, no_cap, clerk):
    m = mk("黄明华")
    settings.put("care.holidays", ["christmas", "newyear"])
    tasks = [t for t in due_tasks(D(2026, 12, 25), days=8, today=D(2026, 12, 20)) if t.member_id == m.id
             and t.kind == "holiday"]
    held = {t.date: t.held_reason for t in tasks}
    assert held[D(2026, 12, 25)] == ""
    assert held[D(2027, 1, 1)] == ""  # a new month, a new allowance


def test_C7_uncontacted_this_month_serves_the_minimum(mk, clerk):
    a, b, _c = mk("甲"), mk("乙"), mk("丙")
    _log(a.id, clerk.id, T(2026, 11, 3, 10))
    _log(b.id, clerk.id, T(2026, 11, 3, 10), kind="event")  # a sales notice does not count
    names = [u.name for u in cap.uncontacted_in_month(D(2026, 11, 15))]
    assert names == ["乙", "丙"]
    settings.put("care.monthly_min_messages", 2)
    assert [u.name for u in cap.uncontacted_in_month(D(2026, 11, 15))] == ["甲", "乙", "丙"]
    settings.put("care.monthly_min_messages", 0)
    assert cap.uncontacted_in_month(D(2026, 11, 15)) == []
