"""C10 templates that fit the member: gender and age agree, no empty field, no empty clerk name."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from vipdesk.model.care import templates
from vipdesk.model.care.base import member_values_by_id
from vipdesk.model.care.config import KINDS
from vipdesk.model.care.engine import due_tasks
from vipdesk.model.members.profile import Birthday, add_child
from vipdesk.model.store import settings

D = dt.date
CHILD_KINDS = {"child_birthday", "size_up"}
# per-occasion values (not about the member): what the generators put in a task's extra
OCCASION_KEYS = {"活动", "日期", "节日", "祝福", "孩子", "纪念日", "新会员", "天气关怀", "购买", "尺码", "建议尺码",
                 "年龄", "到期积分", "主题", "低分"}
FEMININE = ("女士", "她", "美丽")
MASCULINE = ("先生", "他")


@pytest.fixture
def people(mk, db_path):
    man = mk("张伟", gender="M", birthday=Birthday(5, 1, 1980), clerk_id=None)
    woman = mk("黄明华", gender="F", birthday=Birthday(6, 2, 1990))
    mum = mk("王芳", gender="F")
    add_child(mum.id, "乐乐", birthday=Birthday(3, 1, 2021), size="100")
    dad = mk("李建国", gender="M", clerk_id=None)
    add_child(dad.id, "笑笑", birthday=Birthday(4, 1, 2019), size="110")
    return {"man": (man, False), "woman": (woman, False), "mum": (mum, True), "dad": (dad, True)}


def _render(kind, member_id):
    sample = templates.sample_values()
    values = {k: v for k, v in sample.items() if k in OCCASION_KEYS}
    values.update(member_values_by_id(member_id))
    values["主题"] = sample["主题"]
    return templates.render(templates.template_for(kind), values)


def test_every_template_fits_man_woman_with_and_without_children_C10(people):
    settings.put("shop.name", "小雅童装")
    for who, (m, has_children) in people.items():
        for kind in KINDS:
            if kind in CHILD_KINDS and not has_children:
                continue  # the engine never writes a child's reminder for a member without children
            text = _render(kind, m.id)
            where = f"{kind} for {who}"
            assert text.strip(), where
            assert not re.search(r"\{[^{}]*\}", text), f"unfilled field in {where}: {text}"
            assert "None" not in text and "顾问【" not in text and "顾问。" not in text, where
            wrong = FEMININE if m.gender == "M" else MASCULINE
            for word in wrong:
                assert word not in text.replace("小雅", ""), f"{word!r} in {where}: {text}"


def test_clerk_name_never_empty_falls_back_to_the_shop_C9(people):
    settings.put("shop.name", "小雅童装")
    man, _ = people["man"]
    woman, _ = people["woman"]
    assert member_values_by_id(man.id)["导购"] == "小雅童装"
    assert member_values_by_id(woman.id)["导购"] == "小李"
    assert "着装形象顾问小雅童装" in _render("welcome", man.id)


def test_birthday_wish_by_gender_and_age_through_the_engine_C1(mk, no_cap, db_path):
    man = mk("张伟", gender="M", birthday=Birthday(5, 1, 1980))
    woman = mk("黄明华", gender="F", birthday=Birthday(5, 1, 1990))
    elder = mk("刘阿姨", gender="F", birthday=Birthday(5, 1, 1950))
    got = {t.member_id: t.text for t in due_tasks(D(2026, 5, 1), today=D(2026, 5, 1)) if t.kind == "birthday"}
    assert "美丽" not in got[man.id] and "先生" in got[man.id] and "事业顺利" in got[man.id]
    assert "健康美丽" in got[woman.id] and "女士" in got[woman.id]
    assert "健康长寿" in got[elder.id] and "美丽" not in got[elder.id]
    soon = {t.member_id: t.text for t in due_tasks(D(2026, 4, 28), today=D(2026, 4, 28))
            if t.kind == "birthday_soon"}
    assert "告诉他" in soon[man.id] and "她" not in soon[man.id]
    assert "告诉她" in soon[woman.id]
