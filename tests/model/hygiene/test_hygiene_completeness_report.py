"""Per-clerk profile contest table (P10)."""

from __future__ import annotations

import datetime as dt

from vipdesk.model.hygiene.completeness_report import clerk_completeness, totals
from vipdesk.model.members import profile as members
from vipdesk.model.members.completeness import completeness
from vipdesk.model.members.profile import Birthday
from vipdesk.model.members.staff import add_staff
from vipdesk.model.store.tables import Member

D = dt.date(2026, 10, 10)


def test_per_clerk_counts_and_average(db_path):
    li, wang = add_staff("小李"), add_staff("小王")
    full = members.enrol("甲", "13800000001", clerk_id=li.id, enrolled_on=D, gender="女",
                         birthday=Birthday(3, 7), address="西湖区")
    part = members.enrol("乙", "13800000002", clerk_id=li.id, enrolled_on=D)
    members.enrol("丙", "13800000003", clerk_id=wang.id, enrolled_on=D, gender="男")
    members.enrol("丁", "13800000004", enrolled_on=D)
    members.enrol("戊", "13800000005", clerk_id=wang.id, enrolled_on=dt.date(2026, 9, 30))  # outside
    gone = members.enrol("己", "13800000006", clerk_id=wang.id, enrolled_on=D, gender="女",
                         birthday=Birthday(3, 7), address="x")
    Member.update(status="merged").where(Member.id == gone.id).execute()

    rows = clerk_completeness(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    by = {r.clerk: r for r in rows}
    assert set(by) == {"小李", "小王", "未分配"}
    assert (by["小李"].enrolled, by["小李"].complete) == (2, 1)
    expected = (completeness(Member.get_by_id(full.id)) + completeness(Member.get_by_id(part.id))) / 2
    assert by["小李"].average_score == round(expected, 1)
    assert (by["小王"].enrolled, by["小王"].complete, by["小王"].average_score) == (1, 0, 30.0)
    assert rows[0].clerk == "小李"  # most complete profiles first
    t = totals(rows)
    assert (t.enrolled, t.complete) == (4, 1)
    assert by["小李"].complete_rate == 0.5


def test_empty_period(db_path):
    assert clerk_completeness(D, D) == []
    assert totals([]).enrolled == 0
