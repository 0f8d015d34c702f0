"""Sign-in for the main window: "切换用户" (F12), the idle lock, who is signed in.

The idle lock watches every key press and mouse click of the application; after
``access.idle_minutes`` without one it signs the clerk out and shows the
sign-in dialog, which cannot be dismissed.  Nothing here runs while the shop
has no logins yet (the first-run owner PIN creates the first one).
"""

from __future__ import annotations

import time
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from vipdesk.model import access
from vipdesk.model.store import settings
from vipdesk.ui.access.login import LoginDialog
from vipdesk.ui.common import dialogs

SWITCH_SHORTCUT = "F12"
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


def _t(text: str) -> str:
    return QCoreApplication.translate("access", text)


class SignIn(QObject):
    """Owns the switch-user action and the idle timer of one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_input = time.monotonic()
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()  # the window installs this filter on the application after its first paint

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def idle_limit(self) -> float:
        try:
            minutes = float(settings.get(access.core.IDLE_MINUTES.key) or 0)
        except Exception:  # noqa: BLE001 - no database (closed for a restore): never lock then
            return 0.0
        return minutes * 60

    def check_idle(self, now: float | None = None) -> bool:
        """Lock when idle too long; True if it locked."""
        limit = self.idle_limit()
        now = time.monotonic() if now is None else now
        if self.locked or limit <= 0 or now - self.last_input < limit:
            return False
        if not shiboken6.isValid(self.window) or not self.window.isVisible() or not access.has_users():
            return False  # a closed window (its widgets going away) never locks
        self.lock()
        return True

    def lock(self) -> None:
        self.locked = True
        access.sign_out()
        update_status(self.window)
        try:
            dialogs.exec_dialog(LoginDialog(self.window, required=True,
                                            reason=_t("会员管家已锁定(长时间无操作)。请登录后继续。")))
        finally:
            self.locked = False
            self.last_input = time.monotonic()
            update_status(self.window)

    def switch_user(self) -> bool:
        if not access.has_users():
            dialogs.info(self.window, _t("还没有员工账号。请先设置店长密码,再在“员工与权限”中添加导购。"))
            return False
        ok = dialogs.exec_dialog(LoginDialog(self.window, reason=_t("切换用户:请选择你的名字并输入密码。")))
        update_status(self.window)
        if ok:
            offer_recovery_code(self.window)
        return ok


def offer_recovery_code(window: Any) -> str | None:
    """An owner moved over from the old settings-row PIN never got a recovery code:
    give her one at her first sign-in (the only way back if her login is lost)."""
    user = access.current()
    if user is None or user.role != access.OWNER or not access.needs_recovery_code():
        return None
    code = access.issue_recovery_code(user)
    dialogs.info(window, _t("请把下面的恢复码抄在纸上,放在安全的地方(不要存在这台电脑里):\n\n{code}\n\n"
                            "店长账号丢失或被删除时,只有用这个恢复码才能恢复店长权限。").format(code=code), _t("恢复码"))
    return code


def update_status(window: Any) -> None:
    user = access.current()
    label = getattr(window, "_access_label", None)
    if label is None or not shiboken6.isValid(label):
        return
    label.setText(_t("当前:{name}({role})").format(name=user.name, role=user.role_label) if user
                  else _t("未登录"))


def sign_in_at_start(window: Any) -> bool:
    """Once the window shows: a shop with logins asks who is at the counter."""
    try:
        if not access.has_users() or access.current() is not None:
            return True
    except Exception:  # noqa: BLE001 - e.g. a read-only file without the table
        return True
    ok = dialogs.exec_dialog(LoginDialog(window, required=True))
    update_status(window)
    if ok:
        offer_recovery_code(window)
    return ok


def install(window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    window.sign_in = SignIn(window)
    window.act_switch_user = window.add_action(
        "设置", _t("切换用户"), window.sign_in.switch_user, SWITCH_SHORTCUT,
        _t("换一位导购登录(F12);销售和入会记在登录的人名下"))
    from vipdesk.ui.access.staff import open_staff_screen

    window.act_staff_screen = window.add_action(
        "设置", _t("员工与权限…"), lambda: open_staff_screen(window), None,
        _t("店长添加、停用员工账号,重设密码,设置各角色能做什么"))
    window._access_label = QLabel(window)
    window.statusBar().addPermanentWidget(window._access_label)
    update_status(window)
