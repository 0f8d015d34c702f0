"""P4 / C11: the care plan — per segment and child age group, the most demanding rule applies,
at least every 120 days for everyone unless the owner lowers it; used by the reminders and call list."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.care import plan
from vipdesk.model.care.engine import due_tasks
from vipdesk.model.care.printing import weekly_call_list
from vipdesk.model.errors import ValidationError
from vipdesk.model.members.profile import Birthday, add_child
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Member

D = dt.date


def test_P4_C11_toddler_parent_gets_the_three_month_rule(mk):
    m = mk("黄明华")
    add_child(m.id, "乐乐", birthday=Birthday(3, 1, 2024))  # 2 years old in 2026
    a = plan.plan_for_member(m.id, D(2026, 9, 10))
    assert (a.rule.scope, a.rule.value, a.rule.days, a.rule.channel) == ("child_age", "1-3", 90, "call")
    text = a.explain()
    assert "每90天电话联系一次" in text and "乐乐2岁" in text and "1–3岁" in text


def test_P4_C11_school_start_theme_only_in_august(mk):
    m = mk("王芳")
    add_child(m.id, "笑笑", birthday=Birthday(1, 5, 2021))  # 5 years old
    aug = plan.plan_for_member(m.id, D(2026, 8, 3))
    sep = plan.plan_for_member(m.id, D(2026, 9, 3))
    assert (aug.rule.days, sep.rule.days) == (30, 73)
    assert "开学装" in aug.explain() and "开学装" not in sep.explain()
    assert sep.rule.channel == "message"


def test_C11_floor_for_everyone_and_the_owner_may_lower_it(mk):
    m = mk("李小红")
    a = plan.plan_for_member(m.id, D(2026, 9, 3))
    assert a.rule.scope == "all" and a.rule.days == 120 and "全体会员" in a.explain()
    teen = mk("张伟")
    add_child(teen.id, "大宝", birthday=Birthday(1, 1, 2010))  # 16: rule says 365 days, the floor wins
    assert plan.plan_for_member(teen.id, D(2026, 9, 3)).rule.days == 120
    settings.put("care.min_care_days", 180)  # the owner lowers "3 calls a year" to 2
    assert plan.plan_for_member(m.id, D(2026, 9, 3)).rule.days == 180


def test_C11_most_demanding_of_several_rules_and_why(mk):
    m = mk("赵敏")
    Member.update(tier="金卡").where(Member.id == m.id).execute()
    add_child(m.id, "小宝", birthday=Birthday(6, 1, 2019))  # 7: 91 days
    rules = plan.rules() + [plan.Rule("tier", "金卡", 45, "call", "新品试穿邀请")]
    plan.save_rules(rules)
    a = plan.plan_for_member(m.id, D(2026, 9, 3))
    assert (a.rule.scope, a.rule.days) == ("tier", 45)
    assert "会员等级为金卡" in a.explain() and "比其余1条适用规则更频繁" in a.explain()


def test_C11_rfm_group_rule_matches_a_pattern(db_path):
    f = plan.Facts(rfm="R5F4M3")
    table = [plan.Rule("rfm", "R5*", 30, "call", "")]
    assert plan.choose(f, D(2026, 1, 1), table).rule.days == 30
    assert plan.choose(plan.Facts(rfm="R4F4M3"), D(2026, 1, 1), table).rule.scope == "all"


def test_C11_bad_rule_names_row_and_field(db_path):
    with pytest.raises(ValidationError) as e:
        plan.save_rules([plan.Rule("child_age", "1-3", 90, "call", ""), plan.Rule("child_age", "3-5", 30, "call", "")])
    assert "第2行" in str(e.value.field) and "1-3" in str(e.value)
    with pytest.raises(ValidationError, match="间隔"):
        plan.save_rules([plan.Rule("tier", "金卡", 0, "call", "")])


def test_P4_C11_stay_in_touch_uses_each_members_interval(mk, clerk):
    """Both last touched 100 days ago: the toddler's parent is due (90 days), the other not (120)."""
    settings.put("care.cap_week", 0)
    settings.put("care.cap_month", 0)
    day = D(2026, 9, 10)
    enrolled = day - dt.timedelta(days=100)
    parent = mk("黄明华", enrolled_on=enrolled)
    add_child(parent.id, "乐乐", birthday=Birthday(3, 1, 2024))
    other = mk("李小红", enrolled_on=enrolled)
    tasks = [t for t in due_tasks(day, today=day) if t.kind == "min_care"]
    assert [t.member_id for t in tasks] == [parent.id]
    t = tasks[0]
    assert t.channel == "call" and "1–3岁" in t.reason and "每90天" in t.reason
    assert "成长价值" in t.text
    later = D(2026, 10, 1)  # 121 days: now the floor brings her in too
    assert other.id in {t.member_id for t in due_tasks(later, today=later) if t.kind == "min_care"}


def test_P4_C11_weekly_call_list_carries_the_plan(mk, clerk):
    settings.put("care.cap_week", 0)
    settings.put("care.cap_month", 0)
    day = D(2026, 9, 7)  # a Monday
    parent = mk("黄明华", enrolled_on=day - dt.timedelta(days=95))
    add_child(parent.id, "乐乐", birthday=Birthday(3, 1, 2024))
    rows = [r for s in weekly_call_list(day, today=day) for r in s.rows]
    assert [r.member_id for r in rows] == [parent.id]
    assert "关怀计划" in rows[0].reason
