"""A small shop on a temp database (tests/conftest.py's db_path) for the privacy tests."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def clerk(db_path):
    from vipdesk.model.members import staff

    return staff.add_staff("王丽")


@pytest.fixture
def member(clerk):
    """黄明华, mobile 13812345678, with a child, a date, a card, two sales and a contact."""
    from vipdesk.model.members import profile as members
    from vipdesk.model.members.profile import Birthday
    from vipdesk.model.sales import recording as sales

    m = members.enrol("黄明华", "13812345678", clerk_id=clerk.id, birthday=Birthday(8, 15, 1985),
                      email="hmh@example.cn", address="杭州市西湖区文三路 1 号", occupation="教师",
                      observations="喜欢深色", notes="老顾客", enrolled_on=dt.date(2024, 3, 1))
    members.add_child(m.id, "小宝", "男", Birthday(6, 1, 2019), size="110")
    members.add_date(m.id, "结婚纪念日", Birthday(5, 20, 2010))
    members.issue_card(m.id, "80001234")
    sales.record_sale(m.id, [sales.LineInput("A100", 39900, category="连衣裙", size="M")], clerk_id=clerk.id,
                      sold_at=dt.datetime(2026, 10, 3, 15, 0), note="给她妈妈买的")
    sales.record_sale(m.id, [sales.LineInput("B200", 19900, 2, category="T恤")], clerk_id=clerk.id,
                      sold_at=dt.datetime(2026, 11, 1, 11, 0))
    members.log_contact(m.id, clerk_id=clerk.id, outcome="接通", note="她说下周带女儿来")
    members.log_visit(m.id, clerk_id=clerk.id, note="试了大衣")
    return m
