"""C2: 六一 to members with children, 三八 to women, 母亲节 / 父亲节 to mothers / fathers, the owner's own holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.care import holidays
from vipdesk.model.care.engine import due_tasks
from vipdesk.model.errors import ValidationError
from vipdesk.model.members.profile import Birthday, add_child
from vipdesk.model.store import settings

D = dt.date


def _greeted(day):
    return {t.member_id: t for t in due_tasks(day, today=day) if t.kind == "holiday"}


@pytest.fixture
def family(mk, no_cap):
    mum = mk("黄明华", gender="F")
    add_child(mum.id, "乐乐", gender="M", birthday=Birthday(3, 1, 2020))
    dad = mk("王建国", gender="M")
    add_child(dad.id, "笑笑", gender="F", birthday=Birthday(4, 1, 2018))
    woman = mk("李小红", gender="F")
    man = mk("张伟", gender="M")
    return mum, dad, woman, man


def test_C2_children_day_goes_to_members_with_children(family):
    mum, dad, woman, man = family
    got = _greeted(D(2026, 6, 1))
    assert set(got) == {mum.id, dad.id}
    assert "六一儿童节" in got[mum.id].text


def test_C2_womens_day_only_to_women(family):
    mum, dad, woman, man = family
    assert set(_greeted(D(2027, 3, 8))) == {mum.id, woman.id}


def test_C2_mothers_and_fathers_day_on_the_nth_sunday(family):
    mum, dad, woman, man = family
    assert set(_greeted(D(2026, 5, 10))) == {mum.id}  # second Sunday of May
    assert not _greeted(D(2026, 5, 3))
    got = _greeted(D(2026, 6, 21))  # third Sunday of June
    assert set(got) == {dad.id} and "父亲节" in got[dad.id].text


def test_C2_chongyang_is_lunar_nine_nine(family):
    assert len(_greeted(D(2027, 10, 8))) == 4


def test_C2_owner_adds_a_yearly_lunar_and_a_one_off_solar_holiday(family):
    mum, dad, woman, man = family
    settings.put("care.holidays", [])
    anniv = holidays.add_custom("店庆", 8, 8, wish="感谢您一路相伴")  # solar, every year
    lunar = holidays.add_custom("腊八节", 12, 8, lunar=True, audience="female")  # lunar 腊月初八
    once = holidays.add_custom("新店开业", 11, 20, year=2026)
    assert anniv.key != lunar.key != once.key
    got = _greeted(D(2027, 8, 8))
    assert len(got) == 4 and "感谢您一路相伴" in got[man.id].text and "店庆" in got[man.id].text
    # 腊八 of lunar 2026 falls on 2027-01-15 (solar)
    assert set(_greeted(D(2027, 1, 15))) == {mum.id, woman.id}
    assert len(_greeted(D(2026, 11, 20))) == 4
    assert not _greeted(D(2027, 11, 20))  # one-off: not again next year
    holidays.remove_custom(once.key)
    assert not _greeted(D(2026, 11, 20))


def test_C2_custom_holiday_refuses_bad_dates(db_path):
    with pytest.raises(ValidationError, match="2月30日"):
        holidays.add_custom("假日", 2, 30)
    with pytest.raises(ValidationError, match="名称"):
        holidays.add_custom(" ", 5, 5)
