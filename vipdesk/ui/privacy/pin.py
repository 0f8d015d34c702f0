"""The owner PIN in the GUI: set it at first run (or later), and ``require_owner`` before
settings, exports with full numbers, bulk actions, deletion and restore.

Clerks never log in for ordinary work; only these owner actions ask.  Until a
PIN is set, an owner action first asks to set one (there is no default PIN).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.errors import ValidationError, VipdeskError
from vipdesk.model.privacy import owner
from vipdesk.model.safety.pin import PIN_MAX_LEN, PinLocked
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box


def _t(text: str) -> str:
    return QCoreApplication.translate("privacy_pin", text)


def _pin_edit(parent: QWidget) -> QLineEdit:
    e = QLineEdit(parent)
    e.setEchoMode(QLineEdit.EchoMode.Password)
    e.setMaxLength(PIN_MAX_LEN)
    e.setInputMask("")
    e.setPlaceholderText(_t("6–12 位数字"))
    return e


class SetPinDialog(QDialog):
    """Set the owner PIN (first run: may be postponed with 以后再说), or change it."""

    def __init__(self, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.changing = owner.has_pin()
        self.setWindowTitle(self.tr("修改店长密码") if self.changing else self.tr("设置店长密码"))
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(self.tr(
            "店长密码用于:修改设置、导出完整手机号、批量操作、注销会员和恢复备份。"
            "导购日常收银、入会、记联系不需要密码。\n请设置 6–12 位数字,不要用 111111、123456 这类容易猜的数字。"))
        self.old = _pin_edit(self)
        self.new = _pin_edit(self)
        self.repeat = _pin_edit(self)
        form = QFormLayout()
        if self.changing:
            form.addRow(self.tr("原密码"), self.old)
        else:
            self.old.hide()
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再输一次"), self.repeat)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("保存密码"), self)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        later = QPushButton(self.tr("以后再说") if first_run else self.tr("取消"), self)
        later.setAutoDefault(False)
        later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(later)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.setMinimumWidth(460)
        (self.old if self.changing else self.new).setFocus()

    def submit(self) -> bool:
        new = self.new.text().strip()
        if new != self.repeat.text().strip():
            self.error.setText(self.tr("两次输入的密码不一样"))
            return False
        try:
            code = owner.set_pin(new, self.old.text().strip() if self.changing else None)
        except PinLocked as exc:
            self.error.setText(str(exc))
            return False
        except ValidationError as exc:
            self.error.setText(dialogs.error_text(exc))
            return False
        except VipdeskError as exc:
            self.error.setText(str(exc))
            return False
        if code:
            # Issue 13: the first PIN creates the owner's login; the recovery code is
            # the only way back if that login is ever lost or deleted.
            self.recovery_code = code
            dialogs.info(self, self.tr(
                "店长账号已建立。请把下面的恢复码抄在纸上,放在安全的地方(不要存在这台电脑里):\n\n{code}\n\n"
                "忘记密码或店长账号丢失时,只有用这个恢复码才能恢复店长权限。").format(code=code), self.tr("恢复码"))
        self.accept()
        return True


class PinDialog(QDialog):
    """Ask someone who may do it — the owner, or a manager the permission table
    allows — for their PIN; wrong tries make them wait longer (the wait is shown).
    The PIN is checked off the GUI thread (issue 13), with a busy state."""

    def __init__(self, parent: QWidget | None = None, reason: str = "", permission: str | None = None) -> None:
        super().__init__(parent)
        from vipdesk.model import access
        from vipdesk.ui.access.verify import PinVerifier

        self.setWindowTitle(self.tr("需要有权限的人员确认"))
        # Issue 13: what is approved and who may approve it, from the permission table.
        self.reason = QLabel(access.approval_prompt(permission, reason), self)
        self.reason.setWordWrap(True)
        self.who = QComboBox(self)
        for u in access.users_who_can(permission):
            self.who.addItem(f"{u.name}({u.role_label})", u.name)
        self.pin = _pin_edit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setWordWrap(True)
        box = button_box(self, Std.Ok | Std.Cancel, on_accept=self.submit)
        self.ok_button = box.button(Std.Ok)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(box)
        form = QFormLayout()
        if self.who.count():
            form.addRow(self.tr("谁来确认"), self.who)
        else:
            self.who.hide()
        form.addRow(self.tr("密码"), self.pin)
        lay = QVBoxLayout(self)
        lay.addWidget(self.reason)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.setMinimumWidth(360)
        self.verifier = PinVerifier(self)
        self.approver: str | None = None
        self.show_wait()
        self.pin.setFocus()

    def show_wait(self, now: float | None = None) -> float:
        """Show how long the approver must still wait; returns the seconds."""
        from vipdesk.model import access

        name = self.who.currentData()
        wait = access.core.wait_seconds(name, now) if name else owner.wait_seconds(now)
        if wait > 0:
            self.error.setText(self.tr("密码错误次数过多,请 {n} 秒后再试。").format(n=int(wait + 0.999)))
        return wait

    def submit(self, now: float | None = None) -> bool:
        """Start the check; True once approved (at once when checks run synchronously)."""
        from vipdesk.model import access

        if self.verifier.busy:
            return False
        pin = self.pin.text().strip()
        name = self.who.currentData()
        try:
            if not name:  # an old shop with only the settings-row PIN
                self._done(owner.check_owner_pin(pin, now=now), now)
                return self.approver is not None
            check = access.start_sign_in(name, at=now)
        except PinLocked as exc:
            self.error.setText(self.tr("密码错误次数过多,请 {n} 秒后再试。").format(
                n=int(exc.wait_seconds + 0.999)))
            return False
        except VipdeskError as exc:
            self.error.setText(str(exc))
            return False
        self.set_busy(True)
        self.verifier.start(lambda: check.verify(pin),
                            lambda ok: self._done(access.finish_sign_in(check, pin, ok) is not None, now, name))
        return self.approver is not None

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.pin.setReadOnly(busy)
        self.who.setEnabled(not busy)
        self.error.setText(self.tr("正在核对密码…") if busy else "")

    def _done(self, ok: bool, now: float | None, name: str | None = None) -> None:
        self.set_busy(False)
        if not ok:
            self.pin.clear()
            self.error.setText(self.tr("密码不正确"))
            self.show_wait(time.time() if now is None else now)
            self.pin.setFocus()
            return
        self.approver = name or self.tr("店长")
        self.accept()

    def reject(self) -> None:
        self.verifier.cancel()
        super().reject()


def require_owner(window: QWidget | None, reason: str = "", permission: str | None = None) -> bool:
    """True when someone allowed is present: the signed-in person's role has
    *permission* in the owner's table (the owner always; None = owner only), or
    someone allowed typed their PIN, or the owner just set the first PIN.

    Issue 13: every gate names its permission.  A shop that lost its owner login
    (failing closed) says so and refuses."""
    return approve(window, reason, permission) is not None


def approve(window: QWidget | None, reason: str = "", permission: str | None = None) -> object | None:
    """Like ``require_owner``, but returns *who* approved (an ``access.User``), or None.

    The signed-in person when their role may; otherwise whoever typed their PIN.
    Without a PIN yet, the owner is asked to set one first (there is no default)."""
    from vipdesk.model import access

    if permission is not None and permission not in access.PERMISSIONS:
        raise KeyError(permission)  # a typo at a gate must not silently mean "owner only"
    if access.locked():
        dialogs.show_error(window, access.AccessLocked(), _t("店长账号"))
        return None
    current = access.current()
    if access.can(current, permission):
        return current
    if not owner.has_pin():
        dialogs.info(window, _t("这个操作需要店长密码,但还没有设置。请先设置店长密码。"), _t("店长密码"))
        if not dialogs.exec_dialog(SetPinDialog(window)):
            return None
        owners = access.users_who_can(None)
        return owners[0] if owners else None
    dlg = PinDialog(window, reason, permission)
    if not dialogs.exec_dialog(dlg):
        return None
    if dlg.approver is not None and dlg.who.currentData():
        return access.core.find_user(dlg.who.currentData())
    owners = access.users_who_can(None)
    return owners[0] if owners else None


def first_run_pin(window: QWidget | None) -> bool:
    """At start: no PIN yet → offer to set it now (可以以后再设)."""
    if owner.has_pin():
        return True
    return dialogs.exec_dialog(SetPinDialog(window, first_run=True))


def change_pin(window: QWidget | None) -> bool:
    return dialogs.exec_dialog(SetPinDialog(window))
