"""Data safety and privacy in the main window: menus under 数据, 设置 and 会员, and the auto-backup timer.

数据: 备份与恢复…, 复制到U盘/新电脑…, 打开副本(搬到新电脑)…, 待匿名化名单…, 审计日志…
设置: 店长密码…, 隐私设置…
会员 → 隐私与同意 (also on a right-click on the detail pane's member header): 同意记录…, 同意接收营销信息, 撤回营销同意, 记录监护人同意…,
导出该会员数据…, 注销(匿名化)会员…
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from vipdesk.ui.common import dialogs
from vipdesk.ui.privacy import pin as privacy_pin
from vipdesk.ui.safety.backups import AutoBackup, BackupsDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("safety_feature", text)


def _privacy() -> Any:
    """ui/privacy/actions.py, loaded at the first privacy action (issue 14: it brings the
    consent, anonymisation and member-detail models, which the counter's start does not need)."""
    from vipdesk.ui.privacy import actions

    return actions


class SafetyFeature:
    """What ``install`` adds, kept on the window as ``window.safety_feature``."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.auto_backup = AutoBackup(window)

    def add(self, menu: Any, key: str, text: str, slot) -> QAction:
        act = QAction(text, self.window)
        act.triggered.connect(lambda _checked=False: slot())
        menu.addAction(act)
        self.actions[key] = act
        return act

    # --- slots
    def backups(self) -> BackupsDialog:
        dlg = BackupsDialog(self.window)
        dialogs.exec_dialog(dlg)
        return dlg

    def copy_to_usb(self) -> None:
        BackupsDialog(self.window).copy_to_folder()

    def open_copy(self) -> None:
        BackupsDialog(self.window).open_copy()

    def retention(self) -> None:
        dialogs.exec_dialog(_privacy().RetentionDialog(self.window))

    def audit_log(self) -> None:
        dialogs.exec_dialog(_privacy().AuditDialog(self.window))


def install(window: Any) -> SafetyFeature:
    f = SafetyFeature(window)
    data = window.menu("数据")
    data.addSeparator()
    f.add(data, "backups", _t("备份与恢复…"), f.backups)
    f.add(data, "copy", _t("复制到U盘/新电脑…"), f.copy_to_usb)
    f.add(data, "open_copy", _t("打开副本(搬到新电脑)…"), f.open_copy)
    data.addSeparator()
    f.add(data, "retention", _t("待匿名化名单…"), f.retention)
    f.add(data, "audit", _t("审计日志…"), f.audit_log)

    conf = window.menu("设置")
    f.add(conf, "pin", _t("店长密码…"), lambda: privacy_pin.change_pin(window))
    f.add(conf, "privacy_settings", _t("隐私设置…"), lambda: _privacy().privacy_settings(window))

    member = window.menu("会员").addMenu(_t("隐私与同意"))
    f.member_menu = member
    f.add(member, "consent", _t("同意记录…"), lambda: _privacy().show_consent(window))
    f.add(member, "grant", _t("同意接收营销信息"), lambda: _privacy().grant_marketing(window))
    f.add(member, "withdraw", _t("撤回营销同意"), lambda: _privacy().withdraw_marketing(window))
    f.add(member, "guardian", _t("记录监护人同意…"), lambda: _privacy().record_guardian(window))
    member.addSeparator()
    f.add(member, "export_member", _t("导出该会员数据…"), lambda: _privacy().export_member(window))
    f.add(member, "anonymise", _t("注销(匿名化)会员…"), lambda: _privacy().anonymise_member(window))
    _add_header_menu(window, [f.actions[k] for k in ("consent", "grant", "withdraw", "guardian", "export_member",
                                                       "anonymise")])
    window.safety_feature = f
    return f


def _add_header_menu(window: Any, actions: list[QAction]) -> None:
    """Right-click on the member header of the detail pane: the same privacy actions (added
    when the pane builds its member page, at the first member opened)."""
    pane = getattr(window, "detail_pane", None)
    if pane is not None and hasattr(pane, "when_built"):
        pane.when_built(lambda: _header_menu_now(pane, actions))


def _header_menu_now(pane: Any, actions: list[QAction]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    header = pane.findChild(QWidget, "memberHeader")
    if header is None or header.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
        return  # the pane has a menu of its own: the 会员 menu still has everything
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for act in actions:
        header.addAction(act)
