"""员工与权限: the owner's screen for staff logins and the permission table (issue 13).

Top: who signs in (name, role, in use or stopped) with 添加 / 改角色 / 重设密码 /
停用·启用.  Nobody is ever deleted — a person's sales and enrolments keep their
name — so leaving staff are stopped instead.  Bottom: the permission table,
roles across, permissions down; the owner's column is always ticked and cannot
be changed (the shop cannot lock itself out), and the threshold for "large"
redemptions sits beside it.  Saving writes the whole table in one transaction
and the audit log records the change (``access.set_permission_table``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model import access
from vipdesk.model.errors import VipdeskError
from vipdesk.model.safety.pin import PIN_MAX_LEN
from vipdesk.model.store import settings
from vipdesk.text import tr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box


def _t(text: str) -> str:
    return QCoreApplication.translate("access_staff", text)


def _pin_edit(parent: QWidget) -> QLineEdit:
    e = QLineEdit(parent)
    e.setEchoMode(QLineEdit.EchoMode.Password)
    e.setMaxLength(PIN_MAX_LEN)
    e.setPlaceholderText(_t("6–12 位数字"))
    return e


def _role_combo(parent: QWidget, current: str = access.CLERK) -> QComboBox:
    box = QComboBox(parent)
    for role in (access.CLERK, access.MANAGER, access.OWNER):
        box.addItem(tr(access.core.ROLE_LABELS[role]), role)
    box.setCurrentIndex(box.findData(current))
    return box


class UserDialog(QDialog):
    """Add a person (name, role, PIN twice), or set a new PIN for one (``name`` fixed)."""

    def __init__(self, parent: QWidget | None, *, name: str = "") -> None:
        super().__init__(parent)
        self.resetting = bool(name)
        self.setWindowTitle(self.tr("重设密码") if self.resetting else self.tr("添加员工"))
        self.name = QLineEdit(name, self)
        self.name.setReadOnly(self.resetting)
        self.role = _role_combo(self)
        self.pin = _pin_edit(self)
        self.repeat = _pin_edit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        if not self.resetting:
            form.addRow(self.tr("角色"), self.role)
        else:
            self.role.hide()
        form.addRow(self.tr("密码"), self.pin)
        form.addRow(self.tr("再输一次"), self.repeat)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(button_box(self, on_accept=self.submit))
        (self.pin if self.resetting else self.name).setFocus()

    def submit(self) -> bool:
        if not self.resetting and not self.name.text().strip():
            self.error.setText(self.tr("请填写姓名"))
            return False
        if self.pin.text().strip() != self.repeat.text().strip():
            self.error.setText(self.tr("两次输入的密码不一样"))
            return False
        self.accept()
        return True


class StaffScreen(QDialog):
    """The owner's staff list and permission table; *by* is the owner who opened it."""

    def __init__(self, parent: QWidget | None, by: access.User) -> None:
        super().__init__(parent)
        self.by = by
        self.setWindowTitle(self.tr("员工与权限"))
        self.users: list[tuple[access.User, bool]] = []

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("角色"), self.tr("状态")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("添加…"), self)
        self.role_button = QPushButton(self.tr("改角色…"), self)
        self.pin_button = QPushButton(self.tr("重设密码…"), self)
        self.active_button = QPushButton(self.tr("停用"), self)
        self.add_button.clicked.connect(lambda: self.add_user())
        self.role_button.clicked.connect(lambda: self.change_role())
        self.pin_button.clicked.connect(lambda: self.reset_pin())
        self.active_button.clicked.connect(lambda: self.toggle_active())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        user_buttons = QVBoxLayout()
        for b in (self.add_button, self.role_button, self.pin_button, self.active_button):
            user_buttons.addWidget(b)
        user_buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(user_buttons)

        roles = (access.OWNER, access.MANAGER, access.CLERK)
        self.perms = QTableWidget(len(access.PERMISSIONS), len(roles), self)
        self.perms.setHorizontalHeaderLabels(
            [tr(access.core.ROLE_LABELS[r]) for r in roles])
        self.perms.setVerticalHeaderLabels(
            [tr(label) for label in access.PERMISSIONS.values()])
        self.perms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.perms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.limit = QSpinBox(self)
        self.limit.setRange(0, 10_000_000)
        self.limit.setSingleStep(500)
        self.limit.setSuffix(self.tr(" 积分"))
        limit_row = QFormLayout()
        limit_row.addRow(self.tr("“大额积分兑换”指超过"), self.limit)
        note = QLabel(self.tr("店长一列固定全部允许,以免店里把自己锁在门外。空格键勾选或取消。"), self)
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存权限"), self)
        self.save_button.clicked.connect(lambda: self.save_permissions())
        perm_bottom = QHBoxLayout()
        perm_bottom.addLayout(limit_row)
        perm_bottom.addStretch(1)
        perm_bottom.addWidget(self.save_button)

        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("员工账号(离职的员工请停用;有销售记录的人不会被删除)"), self))
        lay.addLayout(top, 2)
        lay.addWidget(QLabel(self.tr("角色权限"), self))
        lay.addWidget(self.perms, 3)
        lay.addWidget(note)
        lay.addLayout(perm_bottom)
        lay.addWidget(button_box(self, Std.Close))
        self.resize(760, 640)
        self.reload()
        self.load_permissions()

    # ---------------------------------------------------------------- staff list
    def reload(self) -> None:
        self.users = access.all_users()
        self.table.setRowCount(len(self.users))
        for r, (u, active) in enumerate(self.users):
            cells = [u.name, u.role_label, self.tr("在用") if active else self.tr("已停用")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        if self.users and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> tuple[access.User, bool] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_name(self, name: str) -> None:
        for r, (u, _active) in enumerate(self.users):
            if u.name == name:
                self.table.selectRow(r)

    def _selection_changed(self) -> None:
        sel = self.selected()
        for b in (self.role_button, self.pin_button, self.active_button):
            b.setEnabled(sel is not None)
        if sel is not None:
            self.active_button.setText(self.tr("停用") if sel[1] else self.tr("启用"))

    def _run(self, fn: Any) -> bool:
        try:
            fn()
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        return True

    def add_user(self, dlg: UserDialog | None = None) -> bool:
        dlg = dlg or UserDialog(self)
        if not dialogs.exec_dialog(dlg):
            return False
        name, pin, role = dlg.name.text().strip(), dlg.pin.text().strip(), dlg.role.currentData()
        ok = self._run(lambda: access.add_user(self.by, name, pin, role))
        self.reload()
        self.select_name(name)
        return ok

    def change_role(self, role: str | None = None) -> bool:
        sel = self.selected()
        if sel is None:
            return False
        if role is None:
            labels = [tr(access.core.ROLE_LABELS[r]) for r in (access.CLERK, access.MANAGER, access.OWNER)]
            i = dialogs.choose(self, self.tr("{name} 的新角色:").format(name=sel[0].name), labels + [self.tr("取消")])
            if i < 0 or i >= 3:
                return False
            role = (access.CLERK, access.MANAGER, access.OWNER)[i]
        ok = self._run(lambda: access.update_user(self.by, sel[0].id, role=role))
        self.reload()
        self.select_name(sel[0].name)
        return ok

    def reset_pin(self, dlg: UserDialog | None = None) -> bool:
        sel = self.selected()
        if sel is None:
            return False
        dlg = dlg or UserDialog(self, name=sel[0].name)
        if not dialogs.exec_dialog(dlg):
            return False
        pin = dlg.pin.text().strip()
        if self._run(lambda: access.reset_pin(self.by, sel[0].id, pin)):
            dialogs.info(self, self.tr("已为 {name} 设置新密码。").format(name=sel[0].name))
            return True
        return False

    def toggle_active(self) -> bool:
        sel = self.selected()
        if sel is None:
            return False
        user, active = sel
        if active and not dialogs.ask(self, self.tr("停用 {name} 的账号?停用后不能再登录;销售和入会记录仍保留在其名下。")
                                      .format(name=user.name)):
            return False
        ok = self._run(lambda: access.update_user(self.by, user.id, active=not active))
        self.reload()
        self.select_name(user.name)
        return ok

    # ---------------------------------------------------------------- permission table
    def load_permissions(self) -> None:
        table = access.permission_table()
        for r, perm in enumerate(access.PERMISSIONS):
            for c, role in enumerate((access.OWNER, access.MANAGER, access.CLERK)):
                item = QTableWidgetItem()
                allowed = role == access.OWNER or perm in table.get(role, [])
                item.setCheckState(Qt.CheckState.Checked if allowed else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, (role, perm))
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if role != access.OWNER:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                else:
                    flags = Qt.ItemFlag.ItemIsSelectable  # fixed: the owner always may
                item.setFlags(flags)
                self.perms.setItem(r, c, item)
        self.limit.setValue(int(settings.get(access.core.REDEEM_LIMIT.key) or 0))

    def set_allowed(self, role: str, permission: str, allowed: bool) -> None:
        """Tick or untick one cell (the owner's column ignores it)."""
        r = list(access.PERMISSIONS).index(permission)
        c = (access.OWNER, access.MANAGER, access.CLERK).index(role)
        item = self.perms.item(r, c)
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Checked if allowed else Qt.CheckState.Unchecked)

    def ticked(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {access.MANAGER: [], access.CLERK: []}
        for r in range(self.perms.rowCount()):
            for c in range(1, self.perms.columnCount()):
                item = self.perms.item(r, c)
                role, perm = item.data(Qt.ItemDataRole.UserRole)
                if item.checkState() == Qt.CheckState.Checked:
                    out[role].append(perm)
        return out

    def save_permissions(self) -> bool:
        table, limit = self.ticked(), int(self.limit.value())

        ok = self._run(lambda: access.set_permission_table(self.by, table, redeem_limit=limit))
        self.load_permissions()
        if ok:
            dialogs.info(self, self.tr("权限已保存。"))
        return ok


def open_staff_screen(window: Any) -> bool:
    """Owner only (a fixed rule, not in the table): the signed-in owner, or her PIN."""
    from vipdesk.ui.privacy.pin import approve

    by = approve(window, _t("修改员工与权限"), None)
    if by is None:
        return False
    dialogs.exec_dialog(StaffScreen(window, by))  # type: ignore[arg-type]
    return True
