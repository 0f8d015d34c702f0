"""The 关怀 menu: templates, printouts, events, complaints, weather care, surveys, lapse reasons,
the month's uncontacted members, the care plan, refresh of the pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from vipdesk.ui.common import dialogs


def _t(text: str) -> str:
    return QCoreApplication.translate("CareFeature", text)


def _clerk(window: Any) -> int | None:
    getter = getattr(window, "last_clerk", None)
    return getter() if callable(getter) else None


def open_templates(window: Any) -> None:
    from vipdesk.ui.care.templates import TemplateEditor

    dlg = TemplateEditor(window, window.current_member_id())
    dialogs.exec_dialog(dlg)
    window.data_changed.emit()


def open_call_list(window: Any) -> None:
    from vipdesk.ui.care.print_dialogs import CallListDialog

    dialogs.exec_dialog(CallListDialog(window))


def open_birthdays(window: Any) -> None:
    from vipdesk.ui.care.print_dialogs import BirthdayListDialog

    dialogs.exec_dialog(BirthdayListDialog(window))


def open_events(window: Any) -> None:
    from vipdesk.ui.care.events import EventsDialog

    dialogs.exec_dialog(EventsDialog(window))
    window.data_changed.emit()


def open_complaints(window: Any) -> None:
    from vipdesk.ui.care.complaints import ComplaintsDialog

    dialogs.exec_dialog(ComplaintsDialog(window, window.current_member_id(), _clerk(window)))
    window.data_changed.emit()


def open_weather(window: Any) -> None:
    from vipdesk.ui.care import weather as care_weather

    if care_weather.run(window):
        window.data_changed.emit()


def open_settings(window: Any) -> None:
    from vipdesk.ui.care.settings import CareSettingsDialog

    if dialogs.exec_dialog(CareSettingsDialog(window)):
        window.data_changed.emit()


def open_plan(window: Any) -> None:
    from vipdesk.ui.care.plan import CarePlanDialog

    if dialogs.exec_dialog(CarePlanDialog(window)):
        window.data_changed.emit()


def open_survey(window: Any) -> None:
    from vipdesk.ui.care.feedback import SurveyDialog

    member_id = window.current_member_id()
    if member_id is None:
        dialogs.info(window, _t("请先打开一位会员,再记录她的满意度调查。"))
        return
    if dialogs.exec_dialog(SurveyDialog(window, member_id, _clerk(window))):
        window.data_changed.emit()


def open_survey_questions(window: Any) -> None:
    from vipdesk.ui.care.feedback import SurveyQuestionsDialog

    dialogs.exec_dialog(SurveyQuestionsDialog(window))


def open_lapse(window: Any) -> None:
    from vipdesk.ui.care.feedback import LapseView

    dialogs.exec_dialog(LapseView(window))


def open_uncontacted(window: Any) -> None:
    from vipdesk.ui.care.feedback import UncontactedDialog

    dialogs.exec_dialog(UncontactedDialog(window))


def refresh(window: Any) -> None:
    pane = getattr(window, "reminder_pane", None)
    if pane is not None and hasattr(pane, "refresh"):
        pane.refresh()


def install(window: Any) -> None:
    add = window.add_action
    add("关怀", _t("刷新今日提醒"), lambda: refresh(window), "F5")
    add("关怀", _t("短信模板…"), lambda: open_templates(window))
    window.menu("关怀").addSeparator()
    add("关怀", _t("打印本周回访清单…"), lambda: open_call_list(window))
    add("关怀", _t("下月生日名单…"), lambda: open_birthdays(window))
    window.menu("关怀").addSeparator()
    add("关怀", _t("会员活动…"), lambda: open_events(window))
    add("关怀", _t("天气关怀…"), lambda: open_weather(window))
    add("关怀", _t("投诉记录…"), lambda: open_complaints(window))
    add("关怀", _t("满意度调查…"), lambda: open_survey(window))
    add("关怀", _t("调查问题…"), lambda: open_survey_questions(window))
    add("关怀", _t("流失原因分析…"), lambda: open_lapse(window))
    add("关怀", _t("本月未联系会员…"), lambda: open_uncontacted(window))
    window.menu("关怀").addSeparator()
    add("关怀", _t("关怀计划…"), lambda: open_plan(window))
    add("关怀", _t("关怀设置…"), lambda: open_settings(window))
