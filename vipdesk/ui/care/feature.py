"""The 关怀 menu: templates, printouts, events, complaints, weather care, refresh of the pane."""

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
    window.menu("关怀").addSeparator()
    add("关怀", _t("关怀设置…"), lambda: open_settings(window))
