"""Templates (C10), batch export for the SMS platform, complaints (C15), printout data."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from care_helpers import buy

from vipdesk.model.care import complaints, printing, sending, templates
from vipdesk.model.care.engine import due_tasks
from vipdesk.model.errors import ValidationError
from vipdesk.model.members import profile as members
from vipdesk.model.store import settings
from vipdesk.model.store.tables import AuditLog

D = dt.date


def test_render_fills_placeholders_and_keeps_unknown_ones():
    text = templates.render("{姓}{称呼}您好,{导购}在{店名}等您。{不存在} {", {
        "姓": "黄", "称呼": "女士", "导购": "小李", "店名": "速购女装"})
    assert text == "黄女士您好,小李在速购女装等您。{不存在} {"
    assert templates.unknown_placeholders("{姓名}{姓明}") == ["姓明"]


def test_salutation_by_gender_and_surname():
    assert templates.salutation("F") == "女士"
    assert templates.salutation("M") == "先生"
    assert templates.surname("欧阳娜娜") == "欧阳"
    assert templates.surname("黄明华") == "黄"


def test_default_templates_cover_every_kind_and_hold_no_sales_pitch():
    from vipdesk.model.care.config import KINDS

    assert set(templates.DEFAULTS) == set(KINDS)
    pitch = ("折", "优惠", "促销", "新品", "特价", "抢购")
    for kind, text in templates.DEFAULTS.items():
        if kind != "event":
            assert not any(w in text for w in pitch), kind
        assert not templates.unknown_placeholders(text), kind


def test_owner_template_is_used_and_can_be_reset(mk, no_cap):
    m = mk("黄明华", gender="F", birthday=members.Birthday(9, 25, 1990))
    mk("张伟", gender="M", birthday=members.Birthday(9, 25, 1991))
    settings.put("shop.name", "速购女装")
    templates.save_template("birthday", "{姓名}{称呼},生日快乐!积分{积分},{等级}。—{导购}@{店名}")
    tasks = {t.name: t for t in due_tasks(D(2026, 9, 25)) if t.kind == "birthday"}
    assert tasks["黄明华"].text == "黄明华女士,生日快乐!积分0,普卡。—小李@速购女装"
    assert tasks["张伟"].text.startswith("张伟先生")
    assert templates.is_custom("birthday")
    templates.reset_template("birthday")
    assert not templates.is_custom("birthday")
    t = next(t for t in due_tasks(D(2026, 9, 25)) if t.member_id == m.id and t.kind == "birthday")
    assert t.text.startswith("亲爱的黄女士")
    with pytest.raises(KeyError):
        templates.save_template("nope", "x")


def test_export_csv_and_xlsx_write_cells_as_text(tmp_path, mk, no_cap):
    from openpyxl import load_workbook

    mk("=HYPERLINK(\"http://x\")", birthday=members.Birthday(9, 25, 1990))
    mk("黄明华", birthday=members.Birthday(9, 25, 1990))
    tasks = [t for t in due_tasks(D(2026, 9, 25)) if t.kind == "birthday"]
    templates.save_template("birthday", "{姓名}")  # the text itself starts with "="
    tasks = [t for t in due_tasks(D(2026, 9, 25)) if t.kind == "birthday"]
    out = tmp_path / "batch.csv"
    assert sending.export_batch(tasks, out, clerk="店长") == 2
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0] == ["手机号", "短信内容", "姓名"]
    texts = sorted(r[1] for r in rows[1:])
    assert texts[0].startswith("'=HYPERLINK") and texts[1] == "黄明华"
    assert all(r[0].isdigit() and len(r[0]) == 11 for r in rows[1:])
    xlsx = tmp_path / "batch.xlsx"
    sending.export_batch(tasks, xlsx)
    ws = load_workbook(xlsx).active
    cells = [ws.cell(row=r, column=2) for r in range(2, 4)]
    assert {c.data_type for c in cells} == {"s"}
    assert any(str(c.value).startswith("=HYPERLINK") for c in cells)
    assert AuditLog.select().where(AuditLog.action == "care_export").count() == 2
    with pytest.raises(ValidationError):
        sending.export_batch(tasks, tmp_path / "batch.txt")


def test_export_leaves_held_tasks_out(tmp_path, mk):
    settings.put("care.min_care_daily", 0)
    mk("甲")
    mk("乙", contact_pref="不要打扰")
    tasks = [t for t in due_tasks(D(2026, 10, 1)) if t.kind == "holiday"]
    assert sending.export_batch(tasks, tmp_path / "b.csv") == 1


def test_complaint_log_and_handling(mk, clerk):
    m = mk()
    c = complaints.log_complaint(m.id, "毛衣洗后缩水", category="质量问题", clerk_id=clerk.id)
    assert complaints.open_count(m.id) == 1
    with pytest.raises(ValidationError):
        complaints.update_complaint(c.id, status="resolved")  # no resolution yet
    complaints.update_complaint(c.id, status="handling", resolution="已换新")
    complaints.update_complaint(c.id, status="resolved", satisfaction=4)
    got = complaints.list_complaints(member_id=m.id)[0]
    assert (got.status, got.resolution, got.satisfaction) == ("resolved", "已换新", 4)
    assert got.resolved_at is not None
    assert complaints.open_count() == 0
    with pytest.raises(ValidationError):
        complaints.log_complaint(m.id, "  ")


def test_weekly_call_list_groups_by_clerk_masks_phones_and_gives_talking_points(mk, no_cap, clerk):
    from vipdesk.model.members import staff

    other = staff.add_staff("小王")
    a = mk("黄明华", hobbies="瑜伽", family="已婚有孩")
    b = mk("王芳", clerk_id=other.id)
    buy(a.id, dt.datetime(2026, 9, 16, 10), clerk.id, category="风衣")
    buy(b.id, dt.datetime(2026, 9, 18, 10), other.id)
    sections = printing.weekly_call_list(D(2026, 9, 24), today=D(2026, 9, 1))  # week of Mon 09-21
    assert [s.clerk for s in sections] == ["小李", "小王"]
    row = sections[0].rows[0]
    assert row.name == "黄明华" and "****" in row.phone and len(row.phone) == 11
    assert "瑜伽" in row.talking_points and "已婚有孩" in row.talking_points
    assert "风衣" in row.last_purchase and "2026-09-16" in row.last_purchase
    full = printing.weekly_call_list(D(2026, 9, 24), today=D(2026, 9, 1), full_phone=True, printed_by="店长")
    assert "****" not in full[0].rows[0].phone
    assert AuditLog.select().where(AuditLog.action == "print_full_phones").count() == 1


def test_birthday_list_of_a_month_solar_and_lunar(mk):
    mk("黄明华", birthday=members.Birthday(8, 15, 1985, is_lunar=True))
    mk("王芳", birthday=members.Birthday(9, 3, 1990))
    mk("李娜", birthday=members.Birthday(10, 3, 1990))
    rows = printing.birthday_list(2026, 9)
    assert [(r.date, r.name) for r in rows] == [(D(2026, 9, 3), "王芳"), (D(2026, 9, 25), "黄明华")]
    assert rows[1].birthday == "农历八月十五(公历9月25日)"
    assert [r.name for r in printing.birthday_list(2027, 9)] == ["王芳", "黄明华"]
    assert printing.next_month(D(2026, 12, 5)) == (2027, 1)
