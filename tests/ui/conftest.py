"""Fixtures of the GUI tests."""

from __future__ import annotations

from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.members.profile import Birthday


def small_shop() -> dict[str, int]:
    wang = staff.add_staff("王丽").id
    li = staff.add_staff("李娜").id
    ids = {
        "wang": wang,
        "li": li,
        "hmh": members.enrol("黄明华", "138 1234 1234", clerk_id=wang,
                             birthday=Birthday(8, 15, 1985, is_lunar=True)).id,
        "lxy": members.enrol("李秀英", "+86 139-8765-1234", clerk_id=li).id,
        "zj": members.enrol("张静", "13700005678", clerk_id=wang).id,
        "zm": members.enrol("赵敏", "13666661234").id,
    }
    members.issue_card(ids["zj"], "80001234")
    return ids


import pytest  # noqa: E402


@pytest.fixture
def shop(db_path) -> dict[str, int]:
    return small_shop()
