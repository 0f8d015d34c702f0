"""R1/R3/R4 with an imported member list (issue 15): members imported without 入会日期 are not
new members of the import month (shown apart as imported), and their opening points are an
opening balance in the points-liability sheet, not points issued that month."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from vipdesk.model.importing.members_import import import_members
from vipdesk.model.importing.runner import SKIP_BAD
from vipdesk.model.members import profile as members
from vipdesk.model.sales.recording import LineInput, record_sale
from vipdesk.model.store.tables import Member
from vipdesk.reports.analyses.money import liability
from vipdesk.reports.analyses.sales import new_vs_existing, overview_table
from vipdesk.reports.analyses.staff import staff_contest
from vipdesk.reports.kpi import overview
from vipdesk.reports.period import month_period


def _file(tmp_path, rows, with_joined: bool):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机", "积分"] + (["入会日期"] if with_joined else []))
    for r in rows:
        ws.append(r)
    path = tmp_path / ("with.xlsx" if with_joined else "without.xlsx")
    wb.save(path)
    return path


def test_R3_imported_members_are_not_new_and_opening_points_are_not_issued(db_path, tmp_path) -> None:
    today = dt.date.today()
    p = month_period(today)
    counter = members.enrol("柜台新客", "13800000051")  # a real new member this month
    without = _file(tmp_path, [["老客甲", "13800000052", 1200], ["老客乙", "13800000053", 800],
                               ["老客丙", "13800000054", None]], with_joined=False)
    assert import_members(without, policy=SKIP_BAD, report=False).written
    joined = _file(tmp_path, [["老客丁", "13800000055", 500, "2019-05-01"]], with_joined=True)
    assert import_members(joined, policy=SKIP_BAD, report=False).written
    flags = {m.name: (m.imported_on, bool(m.enrolled_unknown)) for m in Member.select()}
    assert flags["老客甲"] == (today, True) and flags["老客丁"] == (today, False)
    assert flags["柜台新客"] == (None, False)
    # An imported old customer buys this month: an existing member's sale.
    old = Member.get(Member.name == "老客甲").id
    record_sale(old, [LineInput("A1", 10000)], clerk_id=None)
    record_sale(counter.id, [LineInput("A2", 20000)], clerk_id=None)

    o = overview(p)
    assert o.new_members == 1  # the counter enrolment only, not the three imported old customers
    rows = {r[0]: r for r in overview_table(p).rows}
    assert rows["导入会员(入会日期不详)"][1] == 3
    assert rows["新增会员数"][1] == 1
    nv = {r[0]: r for r in new_vs_existing(p).rows}
    assert nv["新会员(本期入会)"][1] == 1 and nv["新会员(本期入会)"][3] == 20000 * 95 // 100
    assert nv["老会员"][1] == 1
    contest = staff_contest(p)
    assert sum(r[1] for r in contest.rows) == 1  # R6: the counter enrolment only, no clerk gets the imports

    li = {r[0]: r[1] for r in liability(p).rows}
    assert li["本期导入的期初积分(导入会员原有积分)"] == 1200 + 800 + 500
    sale_points = 95 + 190  # 1 point per yuan paid at 9.5折 (普卡)
    assert li["本期发放积分"] == sale_points
    assert li["期末积分余额(未兑付)"] == li["期初积分余额"] + 2500 + sale_points


def test_R3_migration_marks_members_an_older_version_imported(db_path, tmp_path) -> None:
    """A file from before the marker: members imported earlier are found by their 导入定级
    tier change and marked, so the month they were imported stops showing them as new."""
    from vipdesk.model.importing.tables import migrate
    from vipdesk.model.store.db import db

    members.enrol("柜台新客", "13800000061")
    assert import_members(_file(tmp_path, [["老客甲", "13800000062", 100]], with_joined=False),
                          policy=SKIP_BAD, report=False).written
    db.execute_sql("UPDATE member SET imported_on = NULL, enrolled_unknown = 0")  # as an old file has them
    assert overview(month_period(dt.date.today())).new_members == 2
    migrate(db)
    migrate(db)  # idempotent: the lead may reorder migrations at merge time
    m = Member.get(Member.name == "老客甲")
    assert (m.imported_on, bool(m.enrolled_unknown)) == (dt.date.today(), True)
    assert Member.get(Member.name == "柜台新客").imported_on is None
    assert overview(month_period(dt.date.today())).new_members == 1
