"""Menu entries of the import / data-hygiene feature (issue 3).

数据 → 导入会员… (Ctrl+I), 查找重复会员…, 导出会员…;  报表 → 档案完整度(按导购).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from vipdesk.ui.common import dialogs


def _t(text: str) -> str:
    return QCoreApplication.translate("HygieneFeature", text)


def _clerk_name(window: Any) -> str:
    """The clerk last chosen at this counter, for the audit log."""
    from vipdesk.model.members.staff import list_staff

    last = getattr(window, "last_clerk", lambda: None)()
    if last is None:
        return ""
    return next((s.name for s in list_staff(include_inactive=True) if s.id == last), "")


def open_import(window: Any) -> None:
    """A bulk action (thousands of members at once): the owner's (issue 7)."""
    from vipdesk.ui.importing.wizard import ImportWizard
    from vipdesk.ui.privacy.pin import require_owner

    if not require_owner(window, _t("导入会员"), "import"):
        return
    wizard = ImportWizard(window)
    wizard.imported.connect(window.data_changed)
    dialogs.exec_dialog(wizard)


def open_duplicates(window: Any) -> None:
    from vipdesk.ui.hygiene.dialogs import DuplicatesDialog

    dlg = DuplicatesDialog(window, clerk=_clerk_name(window))
    dlg.merged.connect(lambda _mid: window.data_changed.emit())
    dialogs.exec_dialog(dlg)


def open_export(window: Any) -> None:
    from vipdesk.ui.hygiene.dialogs import ExportDialog

    dialogs.exec_dialog(ExportDialog(window, clerk=_clerk_name(window)))


def open_completeness(window: Any) -> None:
    from vipdesk.ui.hygiene.dialogs import CompletenessDialog

    dialogs.exec_dialog(CompletenessDialog(window))


def install(window: Any) -> None:
    window.add_action("数据", _t("导入会员…"), lambda: open_import(window), "Ctrl+I",
                      _t("从 Excel/CSV 导入已有的会员资料"))
    window.add_action("数据", _t("查找重复会员…"), lambda: open_duplicates(window), None,
                      _t("找出同一人的多条档案并合并"))
    window.add_action("数据", _t("导出会员…"), lambda: open_export(window), None,
                      _t("导出为可再导入的 Excel 文件"))
    window.add_action("报表", _t("档案完整度(按导购)"), lambda: open_completeness(window), None,
                      _t("每位导购新入会会员的档案完整情况,用于档案评比"))
