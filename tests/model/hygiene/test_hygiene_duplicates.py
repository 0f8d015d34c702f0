"""Duplicate finder: each rule finds its pair, groups join, merged/anonymised never listed."""

from __future__ import annotations

from vipdesk.model.hygiene.duplicates import find_duplicates, similar_names, summaries
from vipdesk.model.members import profile as members
from vipdesk.model.members.profile import Birthday
from vipdesk.model.store.tables import Card, Member


def _groups(rule=None):
    return {tuple(g.member_ids): g.reasons for g in find_duplicates([rule] if rule else None)}


def test_same_name_and_birthday(db_path):
    a = members.enrol("王芳", "13800000001", birthday=Birthday(3, 7, 1985))
    b = members.enrol("王芳", "13900000002", birthday=Birthday(3, 7))
    members.enrol("王芳", "13700000003", birthday=Birthday(3, 8))  # other day
    members.enrol("李娜", "13600000004", birthday=Birthday(3, 7))  # other name
    assert _groups("name_birthday") == {(a.id, b.id): ["name_birthday"]}


def test_lunar_and_solar_same_numbers_are_not_the_same_birthday(db_path):
    members.enrol("王芳", "13800000001", birthday=Birthday(8, 15))
    members.enrol("王芳", "13900000002", birthday=Birthday(8, 15, is_lunar=True))
    assert _groups("name_birthday") == {}


def test_same_name_and_phone_tail(db_path):
    a = members.enrol("张伟", "13812345678")
    b = members.enrol("张伟", "13912345678")
    c = members.enrol("张伟", "0571-88885678")
    members.enrol("张伟", "13812340000")
    members.enrol("赵敏", "13712345678")
    assert _groups("name_phone_tail") == {(a.id, b.id, c.id): ["name_phone_tail"]}


def test_same_card(db_path):
    a = members.enrol("甲", "13800000001")
    b = members.enrol("乙", "13900000002")
    members.issue_card(a.id, "80000001")
    Card.create(member=b.id, card_no="80000001", status="lost")  # an old card row typed in twice
    assert _groups("card") == {(a.id, b.id): ["card"]}


def test_similar_names_with_same_birthday(db_path):
    a = members.enrol("王芳", "13800000001", birthday=Birthday(5, 1))
    b = members.enrol("王方", "13900000002", birthday=Birthday(5, 1))  # same pinyin
    c = members.enrol("汪芳", "13700000003", birthday=Birthday(5, 1))  # sounds the same
    d = members.enrol("王芳芳", "13400000006", birthday=Birthday(5, 1))  # one character more
    members.enrol("李芳", "13300000007", birthday=Birthday(5, 1))  # same given name, another family
    members.enrol("陈静", "13600000004", birthday=Birthday(5, 1))
    members.enrol("王方", "13500000005", birthday=Birthday(5, 2))
    assert _groups("similar_name_birthday") == {(a.id, b.id, c.id, d.id): ["similar_name_birthday"]}


def test_similar_names_rule():
    assert similar_names("王芳", "王方")
    assert similar_names("王芳", "王芳芳")
    assert not similar_names("王芳", "李芳")  # another family
    assert not similar_names("王芳", "李娜")
    assert not similar_names("王", "汪")  # one character names say nothing


def test_groups_join_rules_and_skip_hidden(db_path):
    a = members.enrol("王芳", "13812345678", birthday=Birthday(3, 7))
    b = members.enrol("王芳", "13912345678", birthday=Birthday(3, 7))
    c = members.enrol("王芳", "13700000000", birthday=Birthday(3, 7))
    groups = find_duplicates()
    assert [(g.member_ids, g.reasons) for g in groups] == [
        ([a.id, b.id, c.id], ["name_birthday", "name_phone_tail"])]
    assert "姓名和生日相同" in groups[0].reason_text()
    Member.update(status="merged").where(Member.id == c.id).execute()
    Member.update(status="anonymised").where(Member.id == b.id).execute()
    assert find_duplicates() == []


def test_summaries(db_path):
    staff = __import__("vipdesk.model.members.staff", fromlist=["add_staff"]).add_staff("小李")
    a = members.enrol("王芳", "13800000001", birthday=Birthday(8, 15, is_lunar=True), clerk_id=staff.id)
    s = summaries([a.id])[a.id]
    assert (s.name, s.phone, s.birthday, s.clerk) == ("王芳", "13800000001", "农历八月十五", "小李")
