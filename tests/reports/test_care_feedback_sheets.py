"""C15 survey sheet and C16 lapse-reason sheet of the monthly workbook, read back from the file."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from vipdesk.model.care import lapse, surveys
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.sales.recording import LineInput, record_sale
from vipdesk.reports.monthly import export_monthly
from vipdesk.reports.period import month_period

T = dt.datetime


def _rows(ws):
    return [r for r in ws.iter_rows(values_only=True)]


def test_C15_C16_sheets_in_the_monthly_workbook(db_path, tmp_path):
    li = staff.add_staff("小李")
    a = members.enrol("黄明华", "13800001111", clerk_id=li.id, enrolled_on=dt.date(2025, 1, 1))
    b = members.enrol("李小红", "13800002222", clerk_id=li.id, enrolled_on=dt.date(2025, 1, 1))
    qs = {q.text: q.id for q in surveys.questions()}
    service = qs["导购服务满意度"]
    surveys.record_survey(a.id, {service: 5, qs["其他意见和建议"]: "希望多进大码"}, clerk_id=li.id,
                          at=T(2026, 11, 2, 10))
    surveys.record_survey(b.id, {service: 2}, clerk_id=li.id, at=T(2026, 11, 5, 10))
    surveys.record_survey(b.id, {service: 4}, clerk_id=li.id, at=T(2026, 8, 5, 10))
    lapse.record_reason(a.id, "价格", clerk_id=li.id, at=T(2026, 10, 1, 10))
    lapse.record_reason(b.id, "价格", clerk_id=li.id, at=T(2026, 10, 2, 10))
    record_sale(a.id, [LineInput("A1", 39900, 1, category="上衣")], clerk_id=li.id, sold_at=T(2026, 11, 9, 10))

    out = export_monthly(month_period(dt.date(2026, 11, 1)), tmp_path / "vip.xlsx")
    wb = load_workbook(out)
    assert "满意度调查" in wb.sheetnames and "流失原因" in wb.sheetnames
    rows = _rows(wb["满意度调查"])
    header = next(r for r in rows if r and r[0] == "问题")
    assert header[1:3] == ("本月回答数", "本月平均分") and header[-1] == "2026年11月" and header[3] == "2026年6月"
    svc = next(r for r in rows if r and r[0] == "导购服务满意度")
    assert svc[1:3] == (2, 3.5)
    assert svc[3 + 2] == 4  # August
    assert svc[-1] == 3.5
    assert next(r for r in rows if r and r[0] == "调查份数")[1] == 2
    assert any(r and "希望多进大码" in r for r in rows)
    assert all(c is not None for c in svc[:9])  # no blank cells: "—" for months without answers

    rows = _rows(wb["流失原因"])
    price = next(r for r in rows if r and r[0] == "价格")
    assert price[1:4] == (2, 1, 0.5)
    assert next(r for r in rows if r and r[0] == "搬家")[1:4] == (0, 0, "—")
    assert any(r and r[0] == "原因" and "小李" in r for r in rows)  # the by-clerk section
    ws = wb["流失原因"]
    assert len(ws._charts) == 1  # reasons bar chart; the by-segment / by-clerk tables sit below it
    top = ws._charts[0].anchor._from.row + 1
    assert all(c.value in (None, "") for r in range(top, top + 16) for c in ws[r])
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows
