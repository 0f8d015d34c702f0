"""Care windows through their widgets: the care plan (P4/C11) in the detail pane and its editor,
surveys (C15), lapse reasons (C16), the month's uncontacted members (C7), owner holidays (C2)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from vipdesk.model.care import cap, holidays, lapse, plan, surveys
from vipdesk.model.care.feedback_tables import SurveyResponse
from vipdesk.model.members import profile as members
from vipdesk.model.members.profile import Birthday

pytestmark = pytest.mark.gui
Std = QDialogButtonBox.StandardButton


def _action(window, menu, text):
    return next(a for a in window.menu(menu).actions() if a.text() == text)


def test_P4_C11_detail_pane_shows_which_rule_and_why(main_window, shop):
    today = dt.date.today()
    members.add_child(shop["hmh"], "乐乐", birthday=Birthday(1, 1, today.year - 2))
    main_window.show_member(shop["hmh"])
    text = main_window.detail_pane.fields["care_plan"].text()
    assert "每90天电话联系一次" in text and "乐乐2岁" in text and "1–3岁" in text
    main_window.show_member(shop["lxy"])
    assert "全体会员" in main_window.detail_pane.fields["care_plan"].text()


def test_P4_C11_plan_editor_saves_rules_and_floor(main_window, shop, drive, owner_pin):
    from vipdesk.ui.care.plan import CarePlanDialog

    def edit(d: CarePlanDialog):
        assert d.table.rowCount() == len(plan.DEFAULT_RULES)
        r = d.add_row()
        d.table.cellWidget(r, 0).setCurrentIndex(d.table.cellWidget(r, 0).findData("tier"))
        d.table.item(r, 1).setText("金卡")
        d.table.item(r, 2).setText("45")
        d.table.item(r, 4).setText("11、12")
        d.table.item(r, 5).setText("新品试穿邀请")
        d.floor.setValue(100)
        owner_pin.allow()
        d.buttons.button(Std.Save).click()
        assert d.result() == d.DialogCode.Accepted

    drive.push(edit)
    _action(main_window, "关怀", "关怀计划…").trigger()
    rule = plan.rules()[-1]
    assert (rule.scope, rule.value, rule.days, rule.months, rule.theme) == ("tier", "金卡", 45, (11, 12), "新品试穿邀请")
    assert plan.floor_rule().days == 100


def test_P4_C11_plan_editor_bad_interval_names_the_row(qtbot, db_path, ui_env, answers):
    from vipdesk.ui.care.plan import CarePlanDialog

    d = CarePlanDialog(None)
    qtbot.addWidget(d)
    d.table.item(1, 2).setText("九十")
    d.buttons.button(Std.Save).click()
    assert any("第2行" in t and "天数" in t for t in answers.texts())
    assert plan.rules()[1].days == plan.DEFAULT_RULES[1]["days"]  # nothing saved
    assert d.result() != d.DialogCode.Accepted


def test_C2_owner_adds_a_lunar_holiday_in_the_plan_window(qtbot, db_path, ui_env, answers):
    from vipdesk.ui.care.plan import CarePlanDialog

    d = CarePlanDialog(None)
    qtbot.addWidget(d)
    d.h_name.setText("腊八节")
    d.h_month.setValue(12)
    d.h_day.setValue(8)
    d.h_lunar.setChecked(True)
    d.h_audience.setCurrentIndex(d.h_audience.findData("female"))
    assert d.add_holiday()
    assert d.holiday_list.rowCount() == 1 and d.holiday_list.item(0, 1).text().startswith("农历12月8日")
    h = holidays.custom_holidays()[0]
    assert (h.name, h.lunar, h.audience) == ("腊八节", True, "female")
    d.h_name.setText("")
    assert not d.add_holiday()
    assert any("节日名称" in t for t in answers.texts())


def test_C15_survey_recorded_through_the_dialog(main_window, shop, drive):
    from vipdesk.ui.care.feedback import SurveyDialog

    qs = {q.text: q.id for q in surveys.questions()}

    def fill(d: SurveyDialog):
        box = d.inputs[qs["导购服务满意度"]]
        box.setCurrentIndex(box.findData(2))
        d.inputs[qs["其他意见和建议"]].setText("试衣间太小")
        d.channel.setCurrentIndex(d.channel.findData("visit"))
        d.buttons.button(Std.Ok).click()

    main_window.show_member(shop["zj"])
    drive.push(fill)
    _action(main_window, "关怀", "满意度调查…").trigger()
    r = SurveyResponse.get(SurveyResponse.member == shop["zj"])
    assert (r.channel, r.lowest) == ("visit", 2)
    assert sorted((a.score or 0, a.text) for a in r.answers) == [(0, "试衣间太小"), (2, "")]


def test_C15_empty_survey_is_refused_and_stays_open(qtbot, main_window, shop, answers):
    from vipdesk.ui.care.feedback import SurveyDialog

    d = SurveyDialog(None, shop["zj"], None)
    qtbot.addWidget(d)
    assert not d.submit()
    assert any("至少回答一题" in t for t in answers.texts())
    assert SurveyResponse.select().count() == 0


def test_C16_lapse_view_by_reason_segment_clerk_and_win_back_rate(qtbot, main_window, shop, answers):
    from vipdesk.ui.care.feedback import LapseView

    lapse.record_reason(shop["hmh"], "价格", clerk_id=shop["wang"])
    lapse.record_reason(shop["lxy"], "搬家", clerk_id=None)
    v = LapseView(None)
    qtbot.addWidget(v)
    rows = {v.summary.rows[i][0]: v.summary.rows[i] for i in range(v.summary.rowCount())}
    assert rows["价格"][1:4] == [1, 0, "0%"] and rows["价格"][5] == "王丽"
    assert rows["服务"][1] == 0 and rows["服务"][3] == "—"
    assert v.members.rowCount() == 2
    assert v.members_view.model().index(0, 0).data() in ("黄明华", "李秀英")


def test_C16_done_dialog_offers_the_owners_reasons_for_win_back(qtbot, db_path):
    from vipdesk.model.care.engine import Task
    from vipdesk.ui.care.reminder_pane import DoneDialog

    lapse.save_reasons(["搬家", "价格", "尺码不全"])
    d = DoneDialog(None, Task(dt.date.today(), "dormant", 1, name="黄明华"))
    qtbot.addWidget(d)
    assert [d.lapse_reason.itemText(i) for i in range(d.lapse_reason.count())] == ["(没问到)", "搬家", "价格",
                                                                                  "尺码不全"]
    d.lapse_reason.setCurrentIndex(3)
    assert d.values()["lapse_reason"] == "尺码不全"
    other = DoneDialog(None, Task(dt.date.today(), "followup", 1, name="黄明华"))
    qtbot.addWidget(other)
    assert other.lapse_reason is None and other.values()["lapse_reason"] == ""


def test_C7_uncontacted_this_month_window(qtbot, main_window, shop):
    from vipdesk.ui.care.feedback import UncontactedDialog

    members.log_contact(shop["hmh"], clerk_id=shop["wang"], channel="sms", outcome="已发", kind="holiday")
    d = UncontactedDialog(None)
    qtbot.addWidget(d)
    names = [d.model.rows[i][0] for i in range(d.model.rowCount())]
    assert names == [u.name for u in cap.uncontacted_in_month(dt.date.today())]
    assert sorted(names) == sorted(["李秀英", "张静", "赵敏"])
    assert "****" in d.model.rows[0][1]  # phones masked
    assert "3 位会员" in d.title.text()


def test_C7_C15_shop_sets_the_monthly_min_max_and_low_score_line(qtbot, db_path, ui_env, answers, owner_pin):
    from vipdesk.model.store import settings
    from vipdesk.ui.care.settings import CareSettingsDialog

    dlg = CareSettingsDialog(None)
    qtbot.addWidget(dlg)
    assert dlg.spins["care.monthly_min_messages"].value() == 1
    assert dlg.spins["care.monthly_max_messages"].value() == 1
    dlg.spins["care.monthly_max_messages"].setValue(2)
    dlg.spins["care.survey_low_score"].setValue(3)
    owner_pin.allow()
    dlg.save_and_close()
    assert dlg.result() == 1
    assert (settings.get("care.monthly_max_messages"), settings.get("care.survey_low_score")) == (2, 3)
