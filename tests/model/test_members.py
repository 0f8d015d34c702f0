"""Enrolment (P5), duplicates (P13), profile validation, children (P4), dates (P11), cards (P6)."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.errors import DuplicateMember, NotFound, ValidationError
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.members.pinyin import pinyin_keys
from vipdesk.model.members.profile import Birthday
from vipdesk.model.store.tables import Card, Child, Member, MemberDate


def test_enrol_needs_only_name_and_mobile(db_path) -> None:
    m = members.enrol("黄明华", "138 1234 5678")
    assert m.id and m.name == "黄明华"
    assert m.phone == "13812345678"
    assert m.phone_rev == "87654321831"
    assert (m.py_initials, m.py_full) == ("hmh", "huangminghua")
    assert m.birth_month is None and m.card_no is None and m.clerk_id is None
    assert m.enrolled_on == dt.date.today()
    assert m.points == 0 and m.total_spend == 0
    assert m.tier  # the lowest tier on enrolment


def test_enrol_with_optional_fields(db_path) -> None:
    clerk = staff.add_staff("王丽娜")
    m = members.enrol("曾小贤", "+86 139-0000-1111", birthday=Birthday(8, 15, 1978, is_lunar=True),
                      clerk_id=clerk.id, gender="女", occupation="教师", channel="日常到店")
    m = Member.get_by_id(m.id)
    assert (m.py_initials, m.py_full) == ("zxx", "zengxiaoxian")  # 曾 as a surname is zeng
    assert m.birthday_lunar and (m.birth_month, m.birth_day, m.birth_year) == (8, 15, 1978)
    assert m.gender == "F" and m.occupation == "教师" and m.clerk_id == clerk.id


def test_duplicate_mobile_names_the_existing_member_and_creates_nothing(db_path) -> None:
    first = members.enrol("黄明华", "13812345678")
    with pytest.raises(DuplicateMember) as err:
        members.enrol("黄敏", "+86 138 1234 5678")
    assert err.value.member_id == first.id
    assert "黄明华" in str(err.value)
    assert Member.select().count() == 1


def test_same_name_and_birthday_is_detected_while_typing(db_path) -> None:
    b = Birthday(3, 7, 1985)
    first = members.enrol("李静", "13900001111", birthday=b)
    found = members.same_name_birthday("李静", Birthday(3, 7))
    assert [m.id for m in found] == [first.id]
    assert members.same_name_birthday("李静", Birthday(3, 8)) == []
    assert members.same_name_birthday("李晶", b) == []
    assert members.same_name_birthday("李静", b, exclude_id=first.id) == []
    assert members.same_name_birthday("李静", None) == []


@pytest.mark.parametrize(("birthday", "why"), [
    (Birthday(2, 30), "不存在的日期"),
    (Birthday(2, 29, 2023), "不存在的日期"),
    (Birthday(4, 31), "不存在的日期"),
    (Birthday(13, 1), "月份"),
    (Birthday(8, 31, is_lunar=True), "农历"),
    (Birthday(1, 1, 1850), "年份"),
])
def test_impossible_birthdays_are_refused_naming_the_field(db_path, birthday: Birthday, why: str) -> None:
    with pytest.raises(ValidationError) as err:
        members.enrol("王芳", "13700001111", birthday=birthday)
    assert err.value.field == "生日"
    assert why in err.value.message
    assert Member.select().count() == 0


def test_future_birthday_is_refused(db_path) -> None:
    nxt = dt.date.today() + dt.timedelta(days=400)
    with pytest.raises(ValidationError) as err:
        members.enrol("王芳", "13700001111", birthday=Birthday(nxt.month, nxt.day, nxt.year))
    assert err.value.field == "生日"


def test_lunar_30th_and_29_february_with_unknown_year_are_accepted(db_path) -> None:
    a = members.enrol("王芳", "13700001111", birthday=Birthday(12, 30, is_lunar=True))
    b = members.enrol("王芳芳", "13700002222", birthday=Birthday(2, 29))
    assert (a.birth_month, a.birth_day, a.birthday_lunar) == (12, 30, True)
    assert (b.birth_month, b.birth_day, b.birth_year) == (2, 29, None)


@pytest.mark.parametrize(("phone", "field"), [("12345", "手机"), ("1381234567", "手机"), ("", "手机")])
def test_malformed_mobile_is_refused_on_enrol(db_path, phone: str, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        members.enrol("王芳", phone)
    assert err.value.field == field
    assert Member.select().count() == 0


def test_missing_name_bad_email_and_gender_are_refused(db_path) -> None:
    with pytest.raises(ValidationError) as err:
        members.enrol("  ", "13700001111")
    assert err.value.field == "姓名"
    with pytest.raises(ValidationError) as err:
        members.enrol("王芳", "13700001111", email="not-an-email")
    assert err.value.field == "邮箱"
    with pytest.raises(ValidationError) as err:
        members.enrol("王芳", "13700001111", gender="X")
    assert err.value.field == "性别"
    assert Member.select().count() == 0


def test_update_keeps_keys_in_step_and_refuses_a_taken_mobile(db_path) -> None:
    a = members.enrol("黄明华", "13812345678")
    b = members.enrol("张伟", "13987654321")
    members.update_member(b.id, name="曾志伟", phone="139 8765 0000")
    b = Member.get_by_id(b.id)
    assert (b.py_initials, b.py_full, b.phone, b.phone_rev) == ("zzw", "zengzhiwei", "13987650000", "00005678931")
    with pytest.raises(DuplicateMember) as err:
        members.update_member(b.id, phone="13812345678")
    assert err.value.member_id == a.id
    assert Member.get_by_id(b.id).phone == "13987650000"


def test_referral_cannot_be_self_or_unknown(db_path) -> None:
    a = members.enrol("黄明华", "13812345678")
    with pytest.raises(ValidationError) as err:
        members.update_member(a.id, referred_by_id=a.id)
    assert err.value.field == "介绍人"
    with pytest.raises(ValidationError):
        members.update_member(a.id, referred_by_id=9999)
    b = members.enrol("张伟", "13987654321", referred_by_id=a.id)
    assert b.referred_by_id == a.id


def test_children_and_other_dates(db_path) -> None:
    m = members.enrol("黄明华", "13812345678")
    members.add_child(m.id, "小宝", "男", Birthday(6, 1, 2020), size="110")
    members.add_child(m.id, "朵朵", "女", Birthday(1, 15, 2023, is_lunar=True))
    kids = list(Child.select().where(Child.member == m.id).order_by(Child.id))
    assert [(k.name, k.gender, k.size) for k in kids] == [("小宝", "M", "110"), ("朵朵", "F", "")]
    assert kids[1].birthday_lunar
    with pytest.raises(ValidationError) as err:
        members.add_child(m.id, "", "男")
    assert err.value.field == "孩子姓名"
    with pytest.raises(ValidationError) as err:
        members.add_child(m.id, "二宝", "男", Birthday(2, 30, 2021))
    assert err.value.field == "孩子生日"
    members.add_date(m.id, "结婚纪念日", Birthday(10, 1, 2010), kind="wedding")
    with pytest.raises(ValidationError) as err:
        members.add_date(m.id, "结婚纪念日", Birthday(9, 31, 2010), kind="wedding")
    assert err.value.field == "结婚纪念日"
    assert [(d.kind, d.month, d.day) for d in MemberDate.select()] == [("wedding", 10, 1)]


def test_cards_one_active_and_resolve_by_id_phone_or_card(db_path) -> None:
    m = members.enrol("黄明华", "13812345678")
    first = members.issue_card(m.id, "80000001", price=3800)
    second = members.issue_card(m.id, "80000002", free_reason="一次购买满3件")
    assert Card.get_by_id(first.id).status == "cancelled"
    assert Member.get_by_id(m.id).card_no == "80000002"
    assert members.next_card_no() == "80000003"
    other = members.enrol("张伟", "13987654321")
    with pytest.raises(ValidationError) as err:
        members.issue_card(other.id, "80000002")
    assert err.value.field == "卡号"
    with pytest.raises(ValidationError) as err:
        members.issue_card(other.id, "80000009", price=-1)
    assert err.value.field == "售卡金额"
    members.set_card_status(second.id, "lost")
    assert Member.get_by_id(m.id).card_no is None
    members.set_card_status(second.id, "active")
    assert members.resolve(str(m.id)).id == m.id
    assert members.resolve("138-1234-5678").id == m.id
    assert members.resolve("80000002").id == m.id
    with pytest.raises(NotFound):
        members.resolve("99999999999")


def test_contacts_and_visits(db_path) -> None:
    clerk = staff.add_staff("王丽娜")
    m = members.enrol("黄明华", "13812345678")
    c = members.log_contact(m.id, clerk_id=clerk.id, channel="call", outcome="穿着满意", satisfaction=5)
    assert c.id and c.channel == "call"
    with pytest.raises(ValidationError) as err:
        members.log_contact(m.id, clerk_id=clerk.id, channel="call")
    assert err.value.field == "结果"
    with pytest.raises(ValidationError) as err:
        members.log_contact(m.id, clerk_id=clerk.id, channel="fax", outcome="x")
    assert err.value.field == "方式"
    with pytest.raises(ValidationError):
        members.log_contact(m.id, clerk_id=clerk.id, outcome="x", satisfaction=6)
    v = members.log_visit(m.id, clerk_id=clerk.id, note="试穿了大衣")
    assert v.member_id == m.id


@pytest.mark.parametrize(("name", "keys"), [
    ("黄明华", ("hmh", "huangminghua")),
    ("曾志伟", ("zzw", "zengzhiwei")),
    ("单田芳", ("stf", "shantianfang")),
    ("王芳", ("wf", "wangfang")),
    ("Jenny 李", ("jl", "jennyli")),
    ("", ("", "")),
])
def test_pinyin_keys(name: str, keys: tuple[str, str]) -> None:
    assert pinyin_keys(name) == keys
