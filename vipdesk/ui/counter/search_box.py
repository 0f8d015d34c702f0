"""The counter search box: one line, results as you type.

Typing restarts a short timer; when it fires ``search(text)`` is emitted, so
a fast typist causes one query, not one per key.  Esc clears, Down moves into
the result list, Enter opens the (first) result.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    """Signals: search(str) after typing pauses; down_pressed(); enter_pressed()."""

    search = Signal(str)
    down_pressed = Signal()
    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("手机尾号 / 手机号 / 卡号 / 姓名 / 拼音首字母(Ctrl+F)"))
        self.setToolTip(self.tr("输入手机后4位、完整手机号、卡号、姓名或拼音,回车打开会员(Ctrl+F / F6)"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.textChanged.connect(self._on_changed)

    def _on_changed(self, text: str) -> None:
        if not text:  # cleared by Esc, the clear button or code: search at once
            self._timer.stop()
            self.search.emit("")

    def flush(self) -> None:
        """Run the pending search now (Enter does this so a quick typist isn't ahead of the list)."""
        self._timer.stop()
        self.search.emit(self.text())

    def pending(self) -> bool:
        return self._timer.isActive()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.clear()
            return
        if key == Qt.Key.Key_Down:
            if self.pending():
                self.flush()
            self.down_pressed.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.pending():
                self.flush()
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)
