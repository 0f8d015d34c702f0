"""Birthdays (solar and lunar), children's birthdays, anniversaries and holidays on fixed dates."""

from __future__ import annotations

import datetime as dt

import pytest
from care_helpers import kinds_for

from vipdesk.model.care import holidays
from vipdesk.model.care.engine import due_tasks
from vipdesk.model.members.profile import Birthday, add_child, add_date

D = dt.date


@pytest.mark.parametrize("key,year,expected", [
    ("midautumn", 2026, D(2026, 9, 25)), ("midautumn", 2027, D(2027, 9, 15)), ("midautumn", 2028, D(2028, 10, 3)),
    ("spring", 2026, D(2026, 2, 17)), ("spring", 2027, D(2027, 2, 6)), ("spring", 2028, D(2028, 1, 26)),
    ("qixi", 2026, D(2026, 8, 19)), ("chongyang", 2026, D(2026, 10, 18)), ("lantern", 2026, D(2026, 3, 3)),
    ("valentine", 2027, D(2027, 2, 14)), ("national", 2027, D(2027, 10, 1)), ("christmas", 2026, D(2026, 12, 25)),
    ("women", 2026, D(2026, 3, 8)), ("newyear", 2027, D(2027, 1, 1)),
    ("mother", 2026, D(2026, 5, 10)), ("mother", 2027, D(2027, 5, 9)), ("father", 2026, D(2026, 6, 21)),
    ("father", 2027, D(2027, 6, 20)), ("children", 2027, D(2027, 6, 1)), ("chongyang", 2027, D(2027, 10, 8)),
])
def test_holiday_dates_computed_per_year(key, year, expected):
    assert holidays.BY_KEY[key].on_year(year) == expected
    assert [h.key for h in holidays.holidays_on(expected)] == [key]


def test_all_thirteen_holidays_every_year_C2():
    for year in range(2025, 2031):
        assert len(holidays.holidays_in_year(year)) == 13


def test_holiday_greeting_tasks_on_lunar_holidays(mk, no_cap):
    m = mk("黄明华")
    for day in (D(2026, 9, 25), D(2027, 9, 15), D(2026, 2, 17), D(2027, 2, 6)):
        tasks = [t for t in due_tasks(day, today=day) if t.kind == "holiday"]
        assert [t.member_id for t in tasks] == [m.id]
        assert holidays.holidays_on(day)[0].name in tasks[0].text
    assert not [t for t in due_tasks(D(2027, 9, 25), today=D(2027, 9, 25)) if t.kind == "holiday"]


def test_holiday_can_be_switched_off(mk, no_cap):
    from vipdesk.model.store import settings

    mk()
    settings.put("care.holidays", ["spring"])
    assert not [t for t in due_tasks(D(2026, 9, 25)) if t.kind == "holiday"]
    assert [t for t in due_tasks(D(2026, 2, 17)) if t.kind == "holiday"]


def test_lunar_birthday_moves_with_the_lunar_calendar(mk, no_cap):
    m = mk("黄明华", birthday=Birthday(8, 15, 1985, is_lunar=True))
    solar = mk("王芳", birthday=Birthday(9, 25, 1990))
    t2026 = due_tasks(D(2026, 9, 25))
    assert "birthday" in kinds_for(t2026, m.id)
    assert "birthday" in kinds_for(t2026, solar.id)
    t2027 = due_tasks(D(2027, 9, 15))
    assert "birthday" in kinds_for(t2027, m.id)
    assert "birthday" not in kinds_for(t2027, solar.id)
    assert "birthday" in kinds_for(due_tasks(D(2027, 9, 25)), solar.id)
    assert "birthday" not in kinds_for(due_tasks(D(2027, 9, 25)), m.id)
    text = next(t.text for t in t2027 if t.member_id == m.id and t.kind == "birthday")
    assert "黄女士" in text and "生日快乐" in text


def test_birthday_lead_days_default_three(mk, no_cap):
    m = mk("黄明华", birthday=Birthday(8, 15, 1985, is_lunar=True))
    soon = [t for t in due_tasks(D(2027, 9, 12)) if t.member_id == m.id]
    assert [t.kind for t in soon] == ["birthday_soon"]
    assert soon[0].channel == "call"
    assert "9月15日" in soon[0].reason and "农历八月十五" in soon[0].reason
    assert not [t for t in due_tasks(D(2027, 9, 11)) if t.member_id == m.id]


def test_lunar_thirtieth_in_a_short_month_falls_on_the_29th(mk, no_cap):
    # 腊月 of lunar 2025 has 29 days: 除夕 2026 is 腊月廿九 = 2026-02-16
    m = mk("刘洋", birthday=Birthday(12, 30, 1980, is_lunar=True))
    assert "birthday" in kinds_for(due_tasks(D(2026, 2, 16)), m.id)


def test_leap_month_birthday_in_a_year_without_that_leap_month(mk, no_cap):
    # 闰六月初十 2025 = 2025-08-03; 2026 has no 闰六月 → 六月初十 = 2026-07-23
    m = mk("陈静", birthday=Birthday(6, 10, 1987, is_lunar=True, is_leap=True))  # 1987 had a 闰六月
    plain = mk("周敏", birthday=Birthday(6, 10, 1990, is_lunar=True))
    t = due_tasks(D(2025, 8, 3))
    assert "birthday" in kinds_for(t, m.id) and "birthday" not in kinds_for(t, plain.id)
    t = due_tasks(D(2025, 7, 4))  # the ordinary 六月初十 of 2025
    assert "birthday" in kinds_for(t, plain.id) and "birthday" not in kinds_for(t, m.id)
    t = due_tasks(D(2026, 7, 23))
    assert "birthday" in kinds_for(t, m.id) and "birthday" in kinds_for(t, plain.id)


def test_29_february_birthday_on_28th_in_common_years(mk, no_cap):
    m = mk("孙丽", birthday=Birthday(2, 29, 1988))
    assert "birthday" in kinds_for(due_tasks(D(2027, 2, 28)), m.id)
    assert "birthday" not in kinds_for(due_tasks(D(2028, 2, 28)), m.id)
    assert "birthday" in kinds_for(due_tasks(D(2028, 2, 29)), m.id)


def test_child_birthday_and_wedding_anniversary(mk, no_cap):
    m = mk("黄明华")
    add_child(m.id, "乐乐", "男", Birthday(10, 20, 2021))
    add_date(m.id, "结婚纪念日", Birthday(5, 1, 2010), kind="wedding")
    t = [x for x in due_tasks(D(2026, 10, 20)) if x.member_id == m.id]
    assert [x.kind for x in t] == ["child_birthday"]
    assert "乐乐" in t[0].text
    t = [x for x in due_tasks(D(2027, 5, 1)) if x.member_id == m.id and x.kind == "member_date"]
    assert t and "结婚纪念日" in t[0].text


def test_birthday_query_uses_the_member_index(db_path):
    """100,000 members: the daily scan must seek the (birthday_lunar, birth_month, birth_day) index."""
    from vipdesk.model.store.db import db
    from vipdesk.model.store.tables import Member

    q = Member.select().where((Member.birthday_lunar == False) & (Member.birth_month == 9)  # noqa: E712
                              & (Member.birth_day.in_([25])))
    sql, params = q.sql()
    plan = " ".join(str(r) for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "USING INDEX" in plan and "birthday_lunar" in plan


def test_inactive_members_get_no_reminders(mk, no_cap):
    from vipdesk.model.store.tables import Member

    m = mk("黄明华", birthday=Birthday(9, 25, 1990))
    Member.update(status="inactive").where(Member.id == m.id).execute()
    assert not [t for t in due_tasks(D(2026, 9, 25)) if t.member_id == m.id]


@pytest.mark.parametrize("month,day,leap", [(1, 1, False), (8, 15, False), (12, 30, False), (6, 10, True),
                                             (4, 30, False), (11, 29, False)])
def test_a_lunar_birthday_falls_on_exactly_one_day_of_each_lunar_year(mk, month, day, leap):
    """Walk every day from 2025-01-29 (正月初一) to 2029-02-12 (腊月廿九, lunar 2028 ends): one hit per lunar year."""
    from vipdesk.model.care.engine import _member_birthdays
    from vipdesk.model.members.calendar import to_lunar

    m = mk("测试", birthday=Birthday(month, day, 1987 if leap else 1980, is_lunar=True, is_leap=leap))
    hits: dict[int, list[dt.date]] = {}
    d = D(2025, 1, 29)
    while d <= D(2029, 2, 12):
        if to_lunar(d)[1] == month and any(x.id == m.id for x in _member_birthdays(d)):
            hits.setdefault(to_lunar(d)[0], []).append(d)
        d += dt.timedelta(days=1)
    assert sorted(hits) == [2025, 2026, 2027, 2028]
    assert all(len(v) == 1 for v in hits.values()), hits
    for days in hits.values():
        ly, lm, ld, is_leap = to_lunar(days[0])
        assert lm == month and ld <= day
