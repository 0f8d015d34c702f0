"""The sign-in dialog: pick your name, type your PIN.

Used at start, by "切换用户" (F12) and by the idle lock.  ``required``: the
dialog cannot be dismissed (a locked counter stays locked until someone signs in).
The PIN is checked off the GUI thread (``verify.PinVerifier``): the dialog
shows 正在核对密码… and stays responsive for the ~2 s scrypt takes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from vipdesk.model import access
from vipdesk.model.errors import VipdeskError
from vipdesk.model.safety.pin import PIN_MAX_LEN, PinLocked
from vipdesk.ui.access.verify import PinVerifier
from vipdesk.ui.common.dialogs import Std, button_box


class LoginDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, required: bool = False, reason: str = "") -> None:
        super().__init__(parent)
        self.required = required
        self.user: access.User | None = None
        self.setWindowTitle(self.tr("登录会员管家"))
        intro = QLabel(reason or self.tr("请选择你的名字并输入密码。"), self)
        intro.setWordWrap(True)
        self.name = QComboBox(self)
        self.name.setEditable(False)
        for u in access.users():
            self.name.addItem(f"{u.name}({u.role_label})", u.name)
        current = access.current()
        if current is not None:
            i = self.name.findData(current.name)
            if i >= 0:
                self.name.setCurrentIndex(i)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX_LEN)
        self.pin.setPlaceholderText(self.tr("6–12 位数字"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("密码"), self.pin)
        buttons = Std.Ok if required else Std.Ok | Std.Cancel
        self.box = button_box(self, buttons, texts={Std.Ok: self.tr("登录")})
        self.box.accepted.disconnect()
        self.box.accepted.connect(self.submit)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.box)
        self.setMinimumWidth(380)
        self.verifier = PinVerifier(self)
        self.pin.setFocus()

    def submit(self) -> bool:
        """Start checking the PIN; True once signed in (at once when checks run synchronously)."""
        if self.verifier.busy:
            return False
        name = self.name.currentData()
        pin = self.pin.text().strip()
        try:
            check = access.start_sign_in(name or "")
        except PinLocked as exc:
            self.error.setText(self.tr("密码错误次数过多,请 {n} 秒后再试。").format(n=int(exc.wait_seconds + 0.999)))
            return False
        except VipdeskError as exc:
            self.error.setText(str(exc))
            return False
        self.set_busy(True)
        self.verifier.start(lambda: check.verify(pin), lambda ok: self._finish(check, pin, ok))
        return self.user is not None

    def set_busy(self, busy: bool) -> None:
        self.box.button(Std.Ok).setEnabled(not busy)
        self.pin.setReadOnly(busy)
        self.name.setEnabled(not busy)
        if busy:
            self.error.setStyleSheet("color: #555;")
            self.error.setText(self.tr("正在核对密码…"))
        else:
            self.error.setStyleSheet("color: #b03a2e;")
            self.error.clear()

    def _finish(self, check: access.PinCheck, pin: str, ok: bool) -> None:
        self.set_busy(False)
        try:
            user = access.finish_sign_in(check, pin, ok)
        except VipdeskError as exc:
            self.error.setText(str(exc))
            return
        if user is None:
            self.pin.clear()
            self.error.setText(self.tr("密码不正确"))
            self.pin.setFocus()
            return
        self.user = user
        access.sign_in(user)
        self.accept()

    def reject(self) -> None:
        if self.required:
            return  # a locked counter stays locked until someone signs in
        self.verifier.cancel()
        super().reject()
