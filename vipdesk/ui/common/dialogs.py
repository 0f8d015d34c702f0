"""The one place message boxes are shown, so tests can answer them.

Every widget calls ``show_error``, ``ask`` and ``info`` instead of
``QMessageBox`` directly; ``tests/conftest.py`` replaces ``_show`` with a
recorder that answers from a queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QScrollArea, QWidget

from vipdesk.model.errors import ValidationError, VipdeskError

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def error_text(exc_or_text: BaseException | str) -> str:
    """The Chinese text a clerk sees: field and reason for a validation error."""
    if isinstance(exc_or_text, str):
        return exc_or_text
    if isinstance(exc_or_text, ValidationError):
        return _t("{field}:{message}").format(field=exc_or_text.field, message=exc_or_text.message)
    if isinstance(exc_or_text, VipdeskError):
        return str(exc_or_text)
    return _t("操作未完成,发生了意外错误:") + f"{type(exc_or_text).__name__}: {exc_or_text}"


def _default_show(kind: str, parent: QWidget | None, title: str, text: str,
                  buttons: list[str] | None = None) -> int:
    """Show a box; returns the index of the pressed button (0 = yes/ok)."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    box.setIcon({"error": QMessageBox.Icon.Warning, "ask": QMessageBox.Icon.Question}.get(
        kind, QMessageBox.Icon.Information))
    pushed = []
    labels = buttons or ([_t("是"), _t("否")] if kind == "ask" else [_t("确定")])
    for n, label in enumerate(labels):
        role = QMessageBox.ButtonRole.AcceptRole if n == 0 else QMessageBox.ButtonRole.RejectRole
        pushed.append(box.addButton(label, role))
    box.setDefaultButton(pushed[0])
    box.exec()
    clicked = box.clickedButton()
    return pushed.index(clicked) if clicked in pushed else len(pushed) - 1


# Tests replace this (see tests/conftest.py): (kind, parent, title, text, buttons) -> button index.
_show: Callable[..., int] = _default_show


def unattended() -> list[str]:
    """Boxes from now on print to stderr and answer with their last button (否 / 取消 / 确定):
    a ``--smoke`` start has nobody to click, and a modal box would wait forever.  Returns the
    list of the kinds shown ("error", "ask", …), which the caller reads to fail the start."""
    import sys

    shown: list[str] = []

    def show(kind: str, _parent: QWidget | None, title: str, text: str, buttons: list[str] | None = None) -> int:
        shown.append(kind)
        print(f"{title}:{text}", file=sys.stderr, flush=True)
        return len(buttons or ([_t("是"), _t("否")] if kind == "ask" else [_t("确定")])) - 1

    global _show
    _show = show
    return shown


def show_error(parent: QWidget | None, exc_or_text: BaseException | str, title: str | None = None) -> None:
    if isinstance(exc_or_text, BaseException) and not isinstance(exc_or_text, VipdeskError):
        log.error("unexpected error", exc_info=exc_or_text)
    _show("error", parent, title or _t("无法完成"), error_text(exc_or_text))


def ask(parent: QWidget | None, question: str, title: str | None = None) -> bool:
    return _show("ask", parent, title or _t("请确认"), question) == 0


def choose(parent: QWidget | None, text: str, buttons: list[str], title: str | None = None) -> int:
    """A message with custom buttons; returns the index of the one pressed (last = cancel)."""
    return _show("choose", parent, title or _t("提示"), text, buttons)


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _show("info", parent, title or _t("提示"), text)


def _default_exec(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


# Tests replace this to fill in and confirm a dialog instead of running its event loop.
_exec: Callable[[QDialog], bool] = _default_exec


def exec_dialog(dialog: QDialog) -> bool:
    """Run a modal dialog; True when it was accepted.  Every app dialog goes through here."""
    fit_to_screen(dialog)
    return bool(_exec(dialog))


def fit_to_screen(dialog: QWidget) -> None:
    """Issue 17: a dialog never opens taller or wider than the screen it is on (1024×768, or
    1366×768 at 125% = 1093×614 device-independent pixels); its minimum size is the floor."""
    screen = dialog.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    w = max(min(dialog.width(), room.width()), dialog.minimumWidth())
    h = max(min(dialog.height(), room.height()), dialog.minimumHeight())
    if (w, h) != (dialog.width(), dialog.height()):
        dialog.resize(w, h)


def scrolled(content: QWidget) -> QScrollArea:
    """*content* in a frameless scroll area: a long form scrolls instead of outgrowing a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


Std = QDialogButtonBox.StandardButton
_STD_TEXT = {
    Std.Ok: QT_TRANSLATE_NOOP("dialogs", "确定"), Std.Cancel: QT_TRANSLATE_NOOP("dialogs", "取消"),
    Std.Save: QT_TRANSLATE_NOOP("dialogs", "保存"), Std.Close: QT_TRANSLATE_NOOP("dialogs", "关闭"),
    Std.Yes: QT_TRANSLATE_NOOP("dialogs", "是"), Std.No: QT_TRANSLATE_NOOP("dialogs", "否"),
    Std.Discard: QT_TRANSLATE_NOOP("dialogs", "不保存"), Std.Apply: QT_TRANSLATE_NOOP("dialogs", "应用"),
    Std.Reset: QT_TRANSLATE_NOOP("dialogs", "恢复"), Std.Help: QT_TRANSLATE_NOOP("dialogs", "帮助"),
}


def button_box(dialog: QDialog, buttons: Std = Std.Ok | Std.Cancel, *,
               texts: dict[Std, str] | None = None,
               extra: list[tuple[str, QDialogButtonBox.ButtonRole]] | None = None,
               on_accept: Callable[[], object] | None = None) -> QDialogButtonBox:
    """The one way a dialog gets its button row.

    Standard buttons get Chinese texts (through the translator, so the English
    build reads OK/Cancel), the platform's button order (Windows: OK left of
    Cancel), accepted/rejected wired to the dialog, the accept button as the
    default (Enter) and Esc as reject (QDialog's own).  ``texts`` renames a
    standard button (e.g. Ok → "入会"); ``extra`` adds buttons by role;
    ``on_accept`` replaces ``accept`` for dialogs that validate and save first
    (the method accepts the dialog itself when all went well).
    Tests find buttons by role: ``box.button(Std.Ok)``.
    """
    box = QDialogButtonBox(buttons, dialog)
    for std, text in _STD_TEXT.items():
        b = box.button(std)
        if b is not None:
            b.setText((texts or {}).get(std) or _t(text))
    for std, text in (texts or {}).items():
        b = box.button(std)
        if b is not None:
            b.setText(text)
    for text, role in extra or []:
        box.addButton(text, role)
    box.accepted.connect(on_accept if on_accept is not None else dialog.accept)
    # A lone Close button ends a dialog whose work is already done: accepted, so
    # callers refresh; Esc still rejects through QDialog itself.
    box.rejected.connect(dialog.accept if buttons == Std.Close else dialog.reject)
    default = next((box.button(s) for s in (Std.Ok, Std.Save, Std.Yes) if box.button(s) is not None), None)
    for b in box.buttons():
        # Enter in a field must never press Close/Cancel: only the accept button is a default.
        b.setAutoDefault(b is default)
    if default is not None:
        default.setDefault(True)
    return box


def accept_button(box: QDialogButtonBox) -> QPushButton | None:
    """The button that accepts (Ok, Save, Yes or a custom AcceptRole one)."""
    for std in (Std.Ok, Std.Save, Std.Yes):
        if box.button(std) is not None:
            return box.button(std)
    for b in box.buttons():
        if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole:
            return b
    return None


def save_then_accept(dialog: QDialog, save: Callable[[], bool]) -> None:
    """OK on an editing dialog: close only when *save* stored everything; a refusal (False)
    keeps the dialog open with what was typed, an error is shown in Chinese and keeps it too."""
    try:
        if not save():
            return
    except Exception as exc:  # noqa: BLE001
        show_error(dialog, exc)
        return
    dialog.accept()
