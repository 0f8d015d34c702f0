"""Keyboard-wedge scanners (issue 17, item 6).

A USB scanner "types" its digits and Enter into whatever has focus.  An
application-level event filter watches every key press: a burst of digits,
each within ``MAX_GAP`` seconds of the last, ended by Enter, is a scan — told
from a clerk typing by speed and by the code's format, not by where the focus
is.  The Enter is swallowed, the digits are taken back out of the field they
landed in, and the handler ``route(widget)`` returns for the window the scan
landed in gets the digits (no handler: the keys pass through untouched).  Mobile numbers typed quickly
(11 digits starting with 1) are left alone: the search box wants them.
Fields marked with :func:`takes_scans` (e.g. the card number at enrolment)
receive the scan as ordinary typing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from vipdesk.model.members.phone import is_mobile
from vipdesk.ui.common import dialogs

MAX_GAP = 0.05  # s between a scanner's keystrokes (people type ≥ 0.1 s apart)
MIN_DIGITS = 8


def takes_scans(widget: QLineEdit) -> QLineEdit:
    """A field meant for scans: input method off, digits keyboard, scans typed into it as text."""
    widget.setProperty("takes_scans", True)
    widget.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    widget.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhPreferLatin)
    return widget


class ScanFilter(QObject):
    """Install on the QApplication; ``route(widget)`` → a handler taking the digits, or None."""

    def __init__(self, parent: QObject | None, route: Callable[[QWidget], Callable[[str], None] | None]) -> None:
        super().__init__(parent)
        self._digits = ""
        self._last = 0.0
        self._route = route

    def reset(self) -> None:
        self._digits = ""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if not isinstance(obj, QWidget):
            return False
        if focus is not None and obj is not focus and obj.isAncestorOf(focus):
            return False  # the same key event propagating up from the focus widget: count it once
        now = time.monotonic()
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if len(text) == 1 and text.isdigit() and mods == Qt.KeyboardModifier.NoModifier:
            if not self._digits or now - self._last > MAX_GAP:
                self._digits = ""
            self._digits += text
            self._last = now
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            digits, fast = self._digits, self._digits and now - self._last <= MAX_GAP
            self._digits = ""
            if not fast or len(digits) < MIN_DIGITS or is_mobile(digits):
                return False
            if obj.property("takes_scans"):
                return False
            handler = self._route(obj)
            if handler is None:
                return False
            if isinstance(obj, QLineEdit) and obj.text().endswith(digits):
                obj.setText(obj.text()[: -len(digits)])  # the scan was not typing
            handler(digits)
            return True
        self._digits = ""
        return False


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class ScanHandling:
    """The main window's scanner handlers, mixed into ``MainWindow`` (moved out of
    ui/main_window.py, issue 14); texts keep the "MainWindow" context."""

    def _install_scanner(self: Any) -> None:
        # Installed on the application by the window's _watch_application, after its first paint.
        self.scan_filter = ScanFilter(self, self._scan_route)

    def _scan_route(self: Any, widget: QWidget):
        """Where a scan goes: this window → open member / return ticket; the sale dialog → voucher."""
        from vipdesk.ui.counter.sale_dialog import SaleDialog

        top = widget.window()
        if top is self:
            return self.handle_scan
        if isinstance(top, SaleDialog) and top.parent() is self:
            return top.apply_scan
        return None

    def scan_refused(self: Any, message: str) -> None:
        """A short message in the status bar and a beep; nothing else changes."""
        self.statusBar().showMessage(message, 10000)
        QApplication.beep()

    def handle_scan(self: Any, digits: str) -> None:
        from vipdesk.model import codes
        from vipdesk.model.errors import VipdeskError

        try:
            code = codes.resolve_scan(digits)
        except VipdeskError as exc:
            self.scan_refused(dialogs.error_text(exc))
            return
        if code.kind == "member":
            self.show_member(code.number)
            self.detail_pane.tabs.setFocus()
            self.statusBar().showMessage(_t("已扫卡打开会员"), 5000)
        elif code.kind == "ticket":
            self.return_sale(code.number)
        else:
            self.scan_refused(_t("礼券请在销售窗口(F2)里扫描"))
