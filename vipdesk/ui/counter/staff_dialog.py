"""设置 → 导购管理: list, add, rename, deactivate/reactivate clerks.

Leavers are deactivated, never deleted, so their sales and members keep the name.
An owner dialog: the main window asks ``require_owner`` before opening it, and
every change is written to the audit log with the change itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.errors import VipdeskError
from vipdesk.model.members import staff
from vipdesk.model.privacy import audit
from vipdesk.model.store.db import transaction
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box


def _log(detail: str) -> None:
    """Staff changes are owner settings changes: one audit entry each (issue 7)."""
    audit.log(audit.SETTINGS, count=1, detail=detail)


class StaffDialog(QDialog):
    """Signals: changed() after any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导购管理"))
        self.list = QListWidget(self)
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("新导购姓名"))
        add = QPushButton(self.tr("添加"), self)
        add.clicked.connect(self.add)
        self.new_name.returnPressed.connect(self.add)
        rename = QPushButton(self.tr("改名…"), self)
        rename.clicked.connect(self.rename)
        self.toggle_button = QPushButton(self.tr("停用 / 启用"), self)
        self.toggle_button.setToolTip(self.tr("离职导购停用即可,历史销售和会员仍显示其姓名"))
        self.toggle_button.clicked.connect(self.toggle)
        close = button_box(self, Std.Close)
        for b in (add, rename, self.toggle_button):
            b.setAutoDefault(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(add)
        buttons = QHBoxLayout()
        buttons.addWidget(rename)
        buttons.addWidget(self.toggle_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(add_row)
        lay.addLayout(buttons)
        self.resize(360, 400)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.list.clear()
        for s in staff.list_staff(include_inactive=True):
            text = s.name if s.active else self.tr("{name}(已停用)").format(name=s.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (s.id, s.name, 1 if s.active else 0))
            if not s.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            if s.id == select:
                self.list.setCurrentItem(item)

    def _current(self) -> tuple[int, str, bool] | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add(self) -> bool:
        try:
            with transaction():
                s = staff.add_staff(self.new_name.text())
                _log(self.tr("添加导购 {name}").format(name=s.name))
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.new_name.clear()
        self.reload(s.id)
        self.changed.emit()
        return True

    def rename(self, new_name: str | None = None) -> bool:
        cur = self._current()
        if cur is None:
            return False
        if not isinstance(new_name, str):
            new_name, ok = QInputDialog.getText(self, self.tr("改名"), self.tr("新姓名"), text=cur[1])
            if not ok:
                return False
        try:
            with transaction():
                staff.rename_staff(cur[0], new_name)
                _log(self.tr("导购 {old} 改名为 {new}").format(old=cur[1], new=new_name.strip()))
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.reload(cur[0])
        self.changed.emit()
        return True

    def toggle(self) -> None:
        cur = self._current()
        if cur is None:
            return
        with transaction():
            staff.set_staff_active(cur[0], not cur[2])  # cur[2] is 0/1, see reload()
            _log((self.tr("恢复导购 {name}") if not cur[2] else self.tr("停用导购 {name}")).format(name=cur[1]))
        self.reload(cur[0])
        self.changed.emit()
