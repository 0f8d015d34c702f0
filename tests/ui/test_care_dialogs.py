"""Care dialogs: template editor live preview, events, complaints, weather care, print dialogs, the 关怀 menu."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from vipdesk.model.care import templates
from vipdesk.model.care.engine import due_tasks
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff

pytestmark = pytest.mark.gui


@pytest.fixture
def member(db_path):
    li = staff.add_staff("小李")
    return members.enrol("黄明华", "13800001111", gender="F", clerk_id=li.id,
                         birthday=members.Birthday(9, 25, 1990))


def test_template_edit_updates_the_preview_live(qtbot, member, ui_env, answers, owner_pin):
    from PySide6.QtGui import QTextCursor

    from vipdesk.ui.care.templates import TemplateEditor

    ed = TemplateEditor(None, member.id)
    qtbot.addWidget(ed)
    ed.select_kind("birthday")
    assert ed.preview.text().startswith("亲爱的黄女士")
    ed.edit.setPlainText("{姓名}{称呼},生日快乐!")
    assert ed.preview.text() == "黄明华女士,生日快乐!"
    ed.edit.moveCursor(QTextCursor.MoveOperation.End)
    ed.insert_placeholder("导购")
    assert ed.preview.text().endswith("小李")
    ed.edit.setPlainText("{姓明}你好")
    assert "{姓明}" in ed.warning.text()
    ed.edit.setPlainText("{姓}{称呼}:生日快乐,{店名}")
    owner_pin.deny()
    assert not ed.save()
    owner_pin.cancel()
    assert not ed.save()
    assert not templates.is_custom("birthday")
    owner_pin.allow()
    assert ed.save()
    assert templates.template_for("birthday") == "{姓}{称呼}:生日快乐,{店名}"
    assert "已修改" in ed.kinds.currentItem().text()
    task = next(t for t in due_tasks(dt.date(2026, 9, 25)) if t.kind == "birthday")
    assert task.text.startswith("黄女士:生日快乐")
    owner_pin.cancel()
    assert not ed.reset()
    assert templates.is_custom("birthday")
    owner_pin.allow()
    assert ed.reset()
    assert not templates.is_custom("birthday")
    assert ed.edit.toPlainText() == templates.DEFAULTS["birthday"]


def test_template_preview_without_a_member_uses_a_sample(qtbot, db_path, ui_env):
    from vipdesk.ui.care.templates import TemplateEditor

    ed = TemplateEditor(None, None)
    qtbot.addWidget(ed)
    ed.select_kind("welcome")
    assert "{" not in ed.preview.text()
    assert "条短信" in ed.warning.text()


def test_events_dialog_create_invite_and_attendance(qtbot, member, ui_env, answers, drive):
    from PySide6.QtCore import Qt

    from vipdesk.model.care import events
    from vipdesk.ui.care.events import EventsDialog

    dlg = EventsDialog(None)
    qtbot.addWidget(dlg)

    def fill(d):
        d.name.setText("秋季VIP专场")
        d.accept()

    drive.push(fill)
    ev_id = dlg.new_event()
    assert ev_id is not None
    drive.push(lambda d: d.accept())  # invite everyone
    assert dlg.invite() == 1
    assert dlg.invites.rowCount() == 1
    dlg.invites.cellWidget(0, 1).setCurrentIndex(dlg.invites.cellWidget(0, 1).findData("yes"))
    dlg.invites.item(0, 2).setCheckState(Qt.CheckState.Checked)
    s = events.summary(ev_id)
    assert (s.invited, s.yes, s.attended) == (1, 1, 1)


def test_complaints_dialog(qtbot, member, ui_env, answers, drive):
    from vipdesk.model.care import complaints
    from vipdesk.ui.care.complaints import ComplaintsDialog

    dlg = ComplaintsDialog(None, member.id)
    qtbot.addWidget(dlg)

    def new(d):
        d.description.setPlainText("裤脚开线")
        d.accept()

    drive.push(new)
    assert dlg.new_complaint()
    assert dlg.table.rowCount() == 1
    dlg.table.selectRow(0)

    def handle(d):
        d.status.setCurrentIndex(d.status.findData("resolved"))
        d.resolution.setPlainText("免费修补")
        d.accept()

    drive.push(handle)
    assert dlg.handle()
    c = complaints.list_complaints(member_id=member.id)[0]
    assert (c.status, c.resolution) == ("resolved", "免费修补")


def test_weather_dialog_creates_caring_messages(qtbot, member, ui_env, answers, drive):
    from vipdesk.ui.care import weather as care_weather

    def fill(d):
        d.kind.setCurrentIndex(d.kind.findData("typhoon"))
        d.accept()

    drive.push(fill)
    assert care_weather.run(None)
    t = [x for x in due_tasks(dt.date.today()) if x.kind == "weather"]
    assert [x.member_id for x in t] == [member.id]
    assert "台风" in t[0].text


def test_print_dialogs_write_pdfs(qtbot, member, ui_env, tmp_path):
    from PySide6.QtCore import QDate

    from vipdesk.ui.care.print_dialogs import BirthdayListDialog, CallListDialog

    b = BirthdayListDialog(None)
    qtbot.addWidget(b)
    b.month.setDate(QDate(2026, 9, 1))
    out = b.save_pdf(str(tmp_path / "b.pdf"))
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "黄明华" in text and "13800001111" not in text
    c = CallListDialog(None)
    qtbot.addWidget(c)
    assert c.save_pdf(str(tmp_path / "c.pdf"))
    assert "回访清单" in "".join(p.extract_text() for p in PdfReader(tmp_path / "c.pdf").pages)


def test_call_list_with_full_phones_needs_the_owner(qtbot, member, ui_env, answers, tmp_path, owner_pin):
    from vipdesk.model.privacy import audit
    from vipdesk.model.sales import recording as sales
    from vipdesk.ui.care.print_dialogs import CallListDialog

    sold = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=7)  # the day-7 follow-up call
    sales.record_sale(member.id, [sales.LineInput("A1", 59900, 1)], clerk_id=member.clerk_id, sold_at=sold)
    c = CallListDialog(None)
    qtbot.addWidget(c)
    c.full_phone.setChecked(True)
    owner_pin.deny()
    assert c.save_pdf(str(tmp_path / "denied.pdf")) is None
    owner_pin.cancel()
    assert c.save_pdf(str(tmp_path / "denied.pdf")) is None
    assert not (tmp_path / "denied.pdf").exists() and audit.entries(action="print_full_phones") == []
    owner_pin.allow()
    out = c.save_pdf(str(tmp_path / "full.pdf"))
    assert "13800001111" in "".join(p.extract_text() for p in PdfReader(out).pages)
    assert audit.entries(action="print_full_phones")[0].count >= 1
    c.full_phone.setChecked(False)  # masked: no PIN asked (no answer pushed)
    out = c.save_pdf(str(tmp_path / "masked.pdf"))
    assert "138****1111" in "".join(p.extract_text() for p in PdfReader(out).pages)


def test_care_menu_in_the_main_window(main_window):
    texts = [a.text() for a in main_window.menu("关怀").actions() if a.text()]
    for expected in ("刷新今日提醒", "短信模板…", "打印本周回访清单…", "下月生日名单…", "会员活动…", "天气关怀…",
                     "投诉记录…"):
        assert expected in texts
    from vipdesk.ui.common.features import failed_features

    assert "vipdesk.ui.care.feature" not in failed_features


def test_care_settings_dialog_saves_and_refuses_bad_input(qtbot, db_path, ui_env, answers, owner_pin):
    from vipdesk.model.store import settings
    from vipdesk.ui.care.settings import CareSettingsDialog

    dlg = CareSettingsDialog(None)
    qtbot.addWidget(dlg)
    assert dlg.spins["care.birthday_lead_days"].value() == 3
    dlg.spins["care.birthday_lead_days"].setValue(5)
    dlg.kind_boxes["holiday"].setChecked(False)
    dlg.holiday_boxes["christmas"].setChecked(False)
    dlg.dormant.setText("3,6, 12")
    owner_pin.deny()
    dlg.save_and_close()
    owner_pin.cancel()
    dlg.save_and_close()
    assert settings.get("care.birthday_lead_days") == 3 and dlg.result() == 0
    from vipdesk.model.privacy import audit

    assert audit.entries(action=audit.SETTINGS) == []
    owner_pin.allow()
    dlg.save_and_close()
    assert dlg.result() == 1
    assert "care.birthday_lead_days" in {e.detail for e in audit.entries(action=audit.SETTINGS)}
    assert settings.get("care.birthday_lead_days") == 5
    assert settings.get("care.kinds_enabled")["holiday"] is False
    assert "christmas" not in settings.get("care.holidays")
    assert settings.get("care.dormant_months") == [3, 6, 12]

    dlg2 = CareSettingsDialog(None)
    qtbot.addWidget(dlg2)
    dlg2.dormant.setText("半年")
    dlg2.spins["care.cap_week"].setValue(9)
    dlg2.save_and_close()
    assert any("沉睡" in t for t in answers.texts())
    assert settings.get("care.cap_week") == 2  # nothing written
