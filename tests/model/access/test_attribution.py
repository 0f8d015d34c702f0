"""Issue 13 item 4 ("sales and enrolments are attributed to the signed-in clerk,
feeding the staff incentives of L10"): when the caller names no clerk, a counter
sale, a return, an enrolment and a card record whoever is signed in; a clerk the
caller chose still wins; imported sales keep the file's clerk (or none)."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model import access
from vipdesk.model.loyalty.incentives import monthly_table
from vipdesk.model.members import profile as members
from vipdesk.model.members.staff import staff_by_name
from vipdesk.model.sales import recording as sales
from vipdesk.model.store.tables import Card, Staff

PINS = {"王店长": "258013", "小李": "246813"}


@pytest.fixture
def li(db_path) -> access.User:
    access.create_owner("王店长", PINS["王店长"])
    boss = access.authenticate("王店长", PINS["王店长"])
    clerk = access.add_user(boss, "小李", PINS["小李"], access.CLERK)
    Staff.create(name="张姐")
    access.sign_out()
    return clerk


def _line() -> list[sales.LineInput]:
    return [sales.LineInput("C100", 19900)]


def test_counter_sale_and_return_without_a_clerk_name_the_signed_in_person(li) -> None:
    """Issue 13 / L10: record_sale(clerk_id=None) while 小李 is signed in is 小李's sale."""
    m = members.enrol("王芳", "13800001111", clerk_id=staff_by_name("张姐").id)
    access.sign_in(access.authenticate("小李", PINS["小李"]))
    sale = sales.record_sale(m.id, _line(), clerk_id=None)
    assert sale.clerk_id == li.staff_id
    ret = sales.record_return(sale.id, [(sale.lines[0].id, 1)], clerk_id=None)
    assert ret.clerk_id == li.staff_id


def test_chosen_clerk_wins_and_nobody_signed_in_stays_nobody(li) -> None:
    """Issue 13: the 导购 the caller chose is kept; with nobody signed in nothing is invented."""
    zhang = staff_by_name("张姐").id
    access.sign_in(access.authenticate("小李", PINS["小李"]))
    assert sales.record_sale(None, _line(), clerk_id=zhang).clerk_id == zhang
    access.sign_out()
    assert sales.record_sale(None, _line(), clerk_id=None).clerk_id is None


def test_imported_sales_are_not_attributed_to_whoever_runs_the_import(li) -> None:
    """Issue 13: a POS file's ticket without a clerk must not become the importer's sale (L10 money)."""
    access.sign_in(access.authenticate("小李", PINS["小李"]))
    assert sales.record_sale(None, _line(), clerk_id=None, source="import").clerk_id is None


def test_enrolment_and_card_feed_the_signed_in_clerks_incentives(li) -> None:
    """Issue 13 / L10: enrol() and issue_card() without a clerk credit the signed-in clerk."""
    access.sign_in(access.authenticate("小李", PINS["小李"]))
    m = members.enrol("李娜", "13900002222")
    assert m.clerk_id == li.staff_id
    members.issue_card(m.id, "VIP001", price=1000)
    assert Card.get(Card.card_no == "VIP001").clerk_id == li.staff_id
    today = dt.date.today()
    rows = {r.staff_name: r for r in monthly_table(today.year, today.month)}
    assert rows["小李"].sold == 1
    explicit = members.enrol("赵敏", "13700003333", clerk_id=staff_by_name("张姐").id)
    assert explicit.clerk_id == staff_by_name("张姐").id
