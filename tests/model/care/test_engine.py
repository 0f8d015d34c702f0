"""Follow-ups, carry-over, done/skip, the cap, dormant/churn thresholds, minimum care and the other kinds."""

from __future__ import annotations

import datetime as dt

import pytest
from care_helpers import buy, kinds_for

from vipdesk.model.care import engine
from vipdesk.model.care.engine import due_tasks
from vipdesk.model.errors import ValidationError
from vipdesk.model.members import profile as members
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Contact

D = dt.date
T = dt.datetime


def _only(tasks, kind, member_id=None):
    return [t for t in tasks if t.kind == kind and (member_id is None or t.member_id == member_id)]


# --- C4 day 7 / day 30

def test_followup_call_on_day_7_and_revisit_message_on_day_30(mk, no_cap, clerk):
    m = mk("黄明华")
    buy(m.id, T(2026, 9, 1, 15, 30), clerk.id, category="连衣裙", size="M")
    assert not _only(due_tasks(D(2026, 9, 7), today=D(2026, 9, 7)), "followup")
    f = _only(due_tasks(D(2026, 9, 8), today=D(2026, 9, 8)), "followup")
    assert [t.member_id for t in f] == [m.id]
    assert f[0].channel == "call" and f[0].clerk == "小李"
    assert "连衣裙" in f[0].reason and "连衣裙" in f[0].text
    assert not _only(due_tasks(D(2026, 9, 30), today=D(2026, 9, 30)), "revisit")
    r = _only(due_tasks(D(2026, 10, 1), today=D(2026, 10, 1)), "revisit")
    assert [t.member_id for t in r] == [m.id]
    assert r[0].channel == "message" and r[0].window == "10:00-12:00"


def test_followup_days_are_configurable(mk, no_cap, clerk):
    """C4: the follow-up day is the owner's setting — day 3 instead of day 7, and never both."""
    m = mk()
    settings.put("care.followup_days", 3)
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    assert not _only(due_tasks(D(2026, 9, 3), days=1, today=D(2026, 9, 1)), "followup", m.id)
    on_day_3 = _only(due_tasks(D(2026, 9, 4), days=1, today=D(2026, 9, 1)), "followup", m.id)
    assert [(t.date, t.reason) for t in on_day_3] == [(D(2026, 9, 4), "9月1日购买了上衣(M)(第3天)")]
    # the default day 7 no longer produces a follow-up of its own
    assert not _only(due_tasks(D(2026, 9, 8), days=1, today=D(2026, 9, 1)), "followup", m.id)


# --- done / skipped / carry-over

def test_mark_done_logs_a_contact_and_removes_the_task(mk, no_cap, clerk):
    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    day = D(2026, 9, 8)
    task = _only(due_tasks(day, today=day), "followup")[0]
    contact = engine.complete(task, outcome="穿着合适,很满意", clerk_id=clerk.id, satisfaction=5)
    row = Contact.get_by_id(contact.id)
    assert (row.member_id, row.kind, row.channel, row.outcome, row.satisfaction) == (
        m.id, "followup", "call", "穿着合适,很满意", 5)
    assert not _only(due_tasks(day, today=day), "followup")
    assert not _only(due_tasks(D(2026, 9, 9), today=D(2026, 9, 9)), "followup")
    closed = _only(due_tasks(day, today=day, include_closed=True), "followup")
    assert closed[0].status == "done"


def test_mark_done_needs_an_outcome(mk, no_cap, clerk):
    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    task = _only(due_tasks(D(2026, 9, 8), today=D(2026, 9, 8)), "followup")[0]
    with pytest.raises(ValidationError):
        engine.complete(task, outcome="", clerk_id=clerk.id)
    assert Contact.select().count() == 0
    assert _only(due_tasks(D(2026, 9, 8), today=D(2026, 9, 8)), "followup")


def test_undone_call_is_carried_over_until_done(mk, no_cap, clerk):
    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    due_tasks(D(2026, 9, 8), today=D(2026, 9, 8))  # the morning scan of the 8th
    later = _only(due_tasks(D(2026, 9, 12), today=D(2026, 9, 12)), "followup")
    assert len(later) == 1 and later[0].overdue and later[0].date == D(2026, 9, 8)
    engine.complete(later[0], outcome="已回访", clerk_id=clerk.id)
    assert not _only(due_tasks(D(2026, 9, 13), today=D(2026, 9, 13)), "followup")


def test_skipped_task_keeps_its_reason_and_is_not_carried(mk, no_cap, clerk):
    from vipdesk.model.care.tables import CareTask

    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    task = _only(due_tasks(D(2026, 9, 8), today=D(2026, 9, 8)), "followup")[0]
    with pytest.raises(ValidationError):
        engine.skip(task, "  ")
    engine.skip(task, "顾客出国了")
    assert CareTask.get(CareTask.member == m.id, CareTask.kind == "followup").status_reason == "顾客出国了"
    assert not _only(due_tasks(D(2026, 9, 9), today=D(2026, 9, 9)), "followup")


def test_a_closed_day_is_caught_up(mk, no_cap, clerk):
    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    due_tasks(D(2026, 9, 6), today=D(2026, 9, 6))  # the shop opened on the 6th, then was closed 7th–9th
    t = _only(due_tasks(D(2026, 9, 10), today=D(2026, 9, 10)), "followup")
    assert len(t) == 1 and t[0].overdue and t[0].date == D(2026, 9, 8)


def test_greetings_do_not_carry_over(mk, no_cap):
    m = mk(birthday=members.Birthday(9, 25, 1990))
    due_tasks(D(2026, 9, 25), today=D(2026, 9, 25))
    assert "birthday" not in kinds_for(due_tasks(D(2026, 9, 26), today=D(2026, 9, 26)), m.id)


def test_future_days_are_previewed_without_being_written(mk, no_cap, clerk):
    from vipdesk.model.care.tables import CareTask

    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    assert _only(due_tasks(D(2026, 9, 8), today=D(2026, 9, 1)), "followup")
    assert CareTask.select().count() == 0


# --- C13 cap

def _contact(member_id, clerk_id, when):
    members.log_contact(member_id, clerk_id=clerk_id, outcome="聊了几句", at=when)


def test_cap_holds_back_capped_tasks_with_a_reason(mk, clerk):
    settings.put("care.min_care_daily", 0)
    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    _contact(m.id, clerk.id, T(2026, 9, 27, 10))
    _contact(m.id, clerk.id, T(2026, 9, 29, 10))
    tasks = [t for t in due_tasks(D(2026, 10, 1), today=D(2026, 10, 1)) if t.member_id == m.id]
    revisit = _only(tasks, "revisit")[0]
    assert "近7天已联系2次" in revisit.held_reason and "上限2次" in revisit.held_reason
    holiday = _only(tasks, "holiday")[0]  # 国庆
    assert holiday.held_reason


def test_cap_is_per_week_and_month_and_configurable(mk, clerk):
    settings.put("care.min_care_daily", 0)
    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    for day in (5, 10, 15, 20):
        _contact(m.id, clerk.id, T(2026, 9, day, 10))
    revisit = _only(due_tasks(D(2026, 10, 1), today=D(2026, 10, 1)), "revisit")[0]
    assert "近30天已联系4次" in revisit.held_reason
    settings.put("care.cap_month", 10)
    revisit = _only(due_tasks(D(2026, 10, 1), today=D(2026, 10, 1)), "revisit")[0]
    assert revisit.held_reason == ""


def test_exempt_kinds_are_never_held_but_count(mk, clerk):
    settings.put("care.min_care_daily", 0)
    m = mk(birthday=members.Birthday(10, 1, 1990))
    buy(m.id, T(2026, 9, 24, 10), clerk.id)  # day-7 follow-up on 10-01, plus birthday and 国庆 greeting
    tasks = [t for t in due_tasks(D(2026, 10, 1), today=D(2026, 10, 1)) if t.member_id == m.id]
    by_kind = {t.kind: t for t in tasks}
    assert by_kind["birthday"].held_reason == "" and by_kind["followup"].held_reason == ""
    assert by_kind["holiday"].held_reason  # two contacts planned today already reach the weekly cap


def test_do_not_disturb_members_are_held(mk, clerk):
    settings.put("care.min_care_daily", 0)
    m = mk(contact_pref="不要打扰")
    t = _only(due_tasks(D(2026, 10, 1), today=D(2026, 10, 1)), "holiday", m.id)[0]
    assert t.held_reason == "会员希望不被打扰"


# --- S8 dormant, S9 churn

def test_dormant_at_6_and_12_months(mk, no_cap, clerk):
    m = mk()
    buy(m.id, T(2026, 3, 25, 10), clerk.id)
    assert not _only(due_tasks(D(2026, 9, 24), today=D(2026, 9, 24)), "dormant")
    d6 = _only(due_tasks(D(2026, 9, 25), today=D(2026, 9, 25)), "dormant")
    assert [t.member_id for t in d6] == [m.id] and "6个月" in d6[0].reason
    d12 = _only(due_tasks(D(2027, 3, 25), today=D(2027, 3, 25)), "dormant")
    assert [t.ref for t in d12 if not t.overdue] == ["12m"]


def test_dormant_task_lapses_when_she_buys_again(mk, no_cap, clerk):
    m = mk()
    buy(m.id, T(2026, 3, 25, 10), clerk.id)
    due_tasks(D(2026, 9, 25), today=D(2026, 9, 25))
    assert _only(due_tasks(D(2026, 9, 27), today=D(2026, 9, 27)), "dormant")
    buy(m.id, T(2026, 9, 28, 10), clerk.id)
    assert not _only(due_tasks(D(2026, 9, 29), today=D(2026, 9, 29)), "dormant")


def test_churn_when_gap_passes_twice_her_usual_gap(mk, no_cap, clerk):
    m = mk()
    for day in (T(2026, 1, 1, 10), T(2026, 1, 31, 10), T(2026, 3, 2, 10)):  # every 30 days
        buy(m.id, day, clerk.id)
    # 60 days after 03-02 is 05-01: not yet "more than twice"; 05-02 is
    assert not _only(due_tasks(D(2026, 5, 1), today=D(2026, 5, 1)), "churn")
    c = _only(due_tasks(D(2026, 5, 2), today=D(2026, 5, 2)), "churn")
    assert [t.member_id for t in c] == [m.id]
    assert "30天" in c[0].reason


def test_churn_needs_a_regular(mk, no_cap, clerk):
    m = mk()
    for day in (T(2026, 1, 1, 10), T(2026, 1, 31, 10)):  # two purchases only
        buy(m.id, day, clerk.id)
    for n in (59, 60, 61, 62, 90, 120):
        d = D(2026, 1, 31) + dt.timedelta(days=n)
        assert not _only(due_tasks(d, today=D(2026, 1, 1)), "churn")


# --- C11 minimum care

def test_minimum_care_after_four_months_without_contact(mk, clerk):
    settings.put("care.cap_week", 0)
    m = mk(enrolled_on=D(2026, 1, 1))
    assert not _only(due_tasks(D(2026, 4, 30), today=D(2026, 1, 1)), "min_care")
    t = _only(due_tasks(D(2026, 5, 1), today=D(2026, 1, 1)), "min_care")
    assert [x.member_id for x in t] == [m.id] and t[0].channel == "call"


def test_any_logged_contact_resets_minimum_care(mk, clerk):
    settings.put("care.cap_week", 0)
    m = mk(enrolled_on=D(2026, 1, 1))
    _contact(m.id, clerk.id, T(2026, 4, 30, 16))
    assert not _only(due_tasks(D(2026, 5, 1), today=D(2026, 1, 1)), "min_care")
    assert _only(due_tasks(D(2026, 8, 28), today=D(2026, 1, 1)), "min_care")


def test_minimum_care_daily_quota_oldest_first(mk, clerk):
    settings.put("care.min_care_daily", 2)
    a = mk("甲", enrolled_on=D(2025, 1, 1))
    b = mk("乙", enrolled_on=D(2025, 2, 1))
    mk("丙", enrolled_on=D(2025, 3, 1))
    day = D(2026, 6, 3)
    t = _only(due_tasks(day, today=day), "min_care")
    assert [x.member_id for x in t] == [a.id, b.id]
    engine.complete(t[0], outcome="问候了", clerk_id=clerk.id)
    again = _only(due_tasks(day, today=day), "min_care")
    assert [x.member_id for x in again] == [b.id]  # today's quota is not refilled after each call


# --- C9 welcome, C5 referral, C8 visits

def test_welcome_referral_thanks_and_referral_followup(mk, no_cap):
    old = mk("黄明华", enrolled_on=D(2025, 5, 1))
    new = mk("王芳", enrolled_on=D(2026, 9, 10), referred_by_id=old.id)
    tasks = due_tasks(D(2026, 9, 10), today=D(2026, 9, 10))
    welcome = _only(tasks, "welcome", new.id)[0]
    assert "王芳女士" in welcome.text and "小李" in welcome.text and "积分是0分" in welcome.text
    thanks = _only(tasks, "referral_thanks", old.id)[0]
    assert "王芳" in thanks.text
    assert _only(due_tasks(D(2026, 9, 17), today=D(2026, 9, 17)), "referral_followup", new.id)


def test_visit_thank_you_same_day_or_next_morning(mk, no_cap, clerk):
    early = mk("甲")
    late = mk("乙")
    bought = mk("丙")
    members.log_visit(early.id, clerk_id=clerk.id, at=T(2026, 9, 10, 15, 0))
    members.log_visit(late.id, clerk_id=clerk.id, at=T(2026, 9, 10, 19, 30))
    members.log_visit(bought.id, clerk_id=clerk.id, at=T(2026, 9, 10, 11, 0))
    buy(bought.id, T(2026, 9, 10, 11, 30), clerk.id)
    day10 = _only(due_tasks(D(2026, 9, 10), today=D(2026, 9, 10)), "visit_thanks")
    assert [(t.member_id, t.window) for t in day10] == [(early.id, "14:00-16:00")]
    day11 = _only(due_tasks(D(2026, 9, 11), today=D(2026, 9, 11)), "visit_thanks")
    assert [(t.member_id, t.window) for t in day11] == [(late.id, "10:00-12:00")]


# --- C6/C14 events, C3 weather, P4 size-up

def test_event_notice_three_days_before_to_invitees_not_declining(mk, no_cap):
    from vipdesk.model.care import events
    from vipdesk.model.privacy import consent

    a, b, c = mk("甲"), mk("乙"), mk("丙")
    for m in (a, b, c):  # a promotion notice needs marketing consent (issue 7)
        consent.record_marketing_consent(m.id, True)
    ev = events.create_event("秋季VIP专场", T(2026, 10, 10, 14, 0))
    assert events.invite(ev.id, [a.id, b.id]) == 2
    assert events.invite(ev.id, [a.id]) == 0
    events.set_reply(ev.id, b.id, "no")
    t = _only(due_tasks(D(2026, 10, 7), today=D(2026, 10, 7)), "event")
    assert [x.member_id for x in t] == [a.id]
    assert "秋季VIP专场" in t[0].text and "10月10日 14:00" in t[0].text
    assert t[0].window == "10:00-12:00 / 14:00-16:00"
    assert not _only(due_tasks(D(2026, 10, 8), today=D(2026, 10, 8)), "event")
    events.set_attended(ev.id, a.id)
    events.set_attended(ev.id, c.id)  # walked in without an invitation
    s = events.summary(ev.id)
    assert (s.invited, s.no, s.attended) == (3, 1, 2)


def test_event_invite_by_tier_or_clerk(mk, clerk):
    from vipdesk.model.care import events
    from vipdesk.model.members import staff
    from vipdesk.model.store.tables import Member

    other = staff.add_staff("小王")
    a = mk("甲")
    b = mk("乙", clerk_id=other.id)
    Member.update(tier="金卡").where(Member.id == a.id).execute()
    ev = events.create_event("VIP 茶话会", T(2026, 12, 1, 15))
    assert events.invite(ev.id, tier="金卡") == 1
    assert events.invite(ev.id, clerk_id=other.id) == 1
    assert {i.member_id for i in events.invites(ev.id)} == {a.id, b.id}


def test_weather_care_for_chosen_members(mk, no_cap):
    from vipdesk.model.care import weather

    a, b = mk("甲"), mk("乙")
    weather.create_weather_care("cold", D(2026, 11, 20), member_ids=[a.id])
    t = _only(due_tasks(D(2026, 11, 20), today=D(2026, 11, 20)), "weather")
    assert [x.member_id for x in t] == [a.id]
    assert "添衣保暖" in t[0].text
    weather.create_weather_care("typhoon", D(2026, 11, 21))  # everyone
    assert {x.member_id for x in _only(due_tasks(D(2026, 11, 21)), "weather")} == {a.id, b.id}
    with pytest.raises(ValidationError):
        weather.create_weather_care("snow", D(2026, 11, 21))


def test_size_up_prompt_a_month_before_the_birthday(mk, no_cap):
    from vipdesk.model.care import sizeup

    m = mk("黄明华")
    members.add_child(m.id, "乐乐", "男", members.Birthday(10, 20, 2021), size="110")
    t = _only(due_tasks(D(2026, 9, 20), today=D(2026, 9, 1)), "size_up", m.id)
    assert len(t) == 1
    assert "乐乐" in t[0].reason and "5岁" in t[0].reason and "110" in t[0].reason and "120" in t[0].reason
    sizeup.save_size_table([(5, "110"), (6, "120")])
    assert not _only(due_tasks(D(2026, 9, 20), today=D(2026, 9, 1)), "size_up", m.id)
    with pytest.raises(ValidationError):
        sizeup.save_size_table([(5, "大号")])


# --- switches, clerk filter

def test_kinds_can_be_switched_off(mk, no_cap, clerk):
    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    enabled = settings.get("care.kinds_enabled")
    enabled["followup"] = False
    settings.put("care.kinds_enabled", enabled)
    assert not _only(due_tasks(D(2026, 9, 8), today=D(2026, 9, 8)), "followup")


def test_only_my_members(mk, no_cap, clerk):
    from vipdesk.model.members import staff

    other = staff.add_staff("小王")
    a = mk("甲", birthday=members.Birthday(9, 25, 1990))
    b = mk("乙", birthday=members.Birthday(9, 25, 1991), clerk_id=other.id)
    mine = due_tasks(D(2026, 9, 25), clerk_id=other.id)
    assert {t.member_id for t in mine} == {b.id}
    assert {t.member_id for t in due_tasks(D(2026, 9, 25))} == {a.id, b.id}
    assert all(t.clerk == "小王" for t in mine)


def test_window_of_several_days_and_json(mk, no_cap):
    m = mk(birthday=members.Birthday(9, 25, 1990))
    tasks = due_tasks(D(2026, 9, 20), days=7, today=D(2026, 9, 1))
    assert [(t.date, t.kind) for t in tasks if t.member_id == m.id] == [
        (D(2026, 9, 22), "birthday_soon"), (D(2026, 9, 25), "birthday"), (D(2026, 9, 25), "holiday")]
    j = tasks[0].as_json()
    assert {"date", "kind", "member_id", "name", "phone", "clerk", "text"} <= set(j)
    with pytest.raises(ValidationError):
        due_tasks(D(2026, 9, 20), days=0)


def test_looking_at_a_past_day_writes_nothing(mk, no_cap, clerk):
    from vipdesk.model.care.tables import CareScan, CareTask

    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    assert _only(due_tasks(D(2026, 9, 8), today=D(2026, 9, 20)), "followup", m.id)
    assert CareTask.select().count() == 0 and CareScan.select().count() == 0
    assert not _only(due_tasks(D(2026, 9, 20), today=D(2026, 9, 20)), "followup")  # nothing carried from a preview


def test_minimum_care_picks_different_members_on_each_day_of_a_week(mk, clerk):
    settings.put("care.min_care_daily", 1)
    a = mk("甲", enrolled_on=D(2025, 1, 1))
    b = mk("乙", enrolled_on=D(2025, 2, 1))
    tasks = _only(due_tasks(D(2026, 6, 1), days=2, today=D(2026, 1, 1)), "min_care")
    assert [(t.date, t.member_id) for t in tasks] == [(D(2026, 6, 1), a.id), (D(2026, 6, 2), b.id)]


def test_carried_call_leaves_when_the_member_is_made_inactive(mk, no_cap, clerk):
    from vipdesk.model.store.tables import Member

    m = mk()
    buy(m.id, T(2026, 9, 1, 10), clerk.id)
    due_tasks(D(2026, 9, 8), today=D(2026, 9, 8))
    assert _only(due_tasks(D(2026, 9, 9), today=D(2026, 9, 9)), "followup", m.id)
    Member.update(status="inactive").where(Member.id == m.id).execute()
    assert not _only(due_tasks(D(2026, 9, 10), today=D(2026, 9, 10)), "followup", m.id)


def test_stay_in_touch_task_lapses_after_any_contact(mk, clerk):
    settings.put("care.cap_week", 0)
    m = mk(enrolled_on=D(2026, 1, 1))
    due_tasks(D(2026, 5, 1), today=D(2026, 5, 1))
    assert _only(due_tasks(D(2026, 5, 2), today=D(2026, 5, 2)), "min_care", m.id)[0].overdue
    _contact(m.id, clerk.id, T(2026, 5, 2, 15))
    assert not _only(due_tasks(D(2026, 5, 3), today=D(2026, 5, 3)), "min_care", m.id)


def test_invite_a_named_segment(mk, clerk):
    from vipdesk.model.care import events

    a = mk("甲")
    mk("乙")
    for day in (T(2026, 1, 5, 10), T(2026, 2, 5, 10), T(2026, 3, 5, 10)):
        buy(a.id, day, clerk.id)
    ev = events.create_event("老客答谢会", T(2026, 12, 1, 15))
    assert events.invite(ev.id, segment="validity:有效会员") == 1  # bought twice or more (R2)
    assert [i.member_id for i in events.invites(ev.id)] == [a.id]
