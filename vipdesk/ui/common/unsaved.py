"""The one unsaved-edits policy (issue 17): leaving a form with edits asks 保存 / 不保存 / 取消.

``UnsavedGuard`` is mixed into a dialog ahead of QDialog.  The dialog calls ``mark_clean()``
once its fields are loaded (and after each save); Esc, 取消, the title-bar ×, and — for editors
whose 关闭 button accepts — ``accept`` too, then ask when the fields differ from that snapshot.
The counter's profile form asks the same question through ``MainWindow.confirm_leave``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
)

from vipdesk.ui.common import dialogs


def _t(text: str) -> str:
    """Context "dialogs", as before; defined here so the catalogue extraction sees the texts."""
    return QCoreApplication.translate("dialogs", text)


def form_state(root: QDialog) -> list[Any]:
    """Every editable value under *root*, in a stable order (a snapshot to compare)."""
    out: list[Any] = []
    for w in root.findChildren(QLineEdit):
        if not w.isReadOnly() and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            out.append(w.text())
    for w in root.findChildren(QPlainTextEdit):
        out.append(w.toPlainText() if not w.isReadOnly() else None)
    for w in root.findChildren(QTextEdit):
        out.append(w.toPlainText() if not w.isReadOnly() else None)
    for w in root.findChildren(QComboBox):
        out.append(w.currentText())
    for w in root.findChildren(QAbstractSpinBox):
        out.append(w.text())
    for w in root.findChildren(QAbstractButton):
        if w.isCheckable():
            out.append(w.isChecked())
    for t in root.findChildren(QTableWidget):
        out.append([[t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
                    for r in range(t.rowCount())])
    return out


class UnsavedGuard:
    """Mixin for dialogs: ask before edits are dropped.  Override ``save_edits()`` (→ bool)."""

    _clean_state: list[Any] | None = None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Forms filled in after construction are snapshotted when first shown."""
        if self._clean_state is None:
            self.mark_clean()
        super().showEvent(event)  # type: ignore[misc]

    def mark_clean(self) -> None:
        self._clean_state = form_state(self)  # type: ignore[arg-type]

    def has_unsaved(self) -> bool:
        return self._clean_state is not None and form_state(self) != self._clean_state  # type: ignore[arg-type]

    def save_edits(self) -> bool:
        save = getattr(self, "save", None)
        return bool(save()) if callable(save) else False

    def confirm_leave(self) -> bool:
        """True when the dialog may close: nothing pending, saved, or the clerk chose 不保存."""
        if not self.has_unsaved():
            return True
        choice = dialogs.choose(self, _t("有未保存的修改。"), [_t("保存"), _t("不保存"), _t("取消")],  # type: ignore[arg-type]
                                _t("未保存的修改"))
        if choice == 0:
            try:
                ok = self.save_edits()
            except Exception as exc:  # noqa: BLE001 - shown to the owner, the dialog stays open
                dialogs.show_error(self, exc)  # type: ignore[arg-type]
                return False
            if ok:
                self.mark_clean()
                self._saved_on_leave = True
            return ok
        return choice == 1

    def reject(self) -> None:
        self._saved_on_leave = False
        if not self.confirm_leave():
            return
        if self._saved_on_leave:  # 保存 then close: the caller sees an accepted dialog (things changed)
            QDialog.done(self, QDialog.DialogCode.Accepted)  # type: ignore[arg-type]
        else:
            super().reject()  # type: ignore[misc]
