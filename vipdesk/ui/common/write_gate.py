"""The counter stays read-only until the start-up check passes (issue 14).

The window paints at once and the page check of the database runs on a worker; meanwhile
searching and looking at members work, but every action that writes (sale, enrol, return,
visit, contact) is disabled with a tooltip saying why, and a label in the status bar shows
"正在检查数据…".  Work that writes in the background (the day's jobs, segment refresh, the
start backup) waits in ``when_open`` until the check passes.  A damaged file keeps the gate
shut for good.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow


class WriteGate(QObject):
    """Open (writable) unless ``close_for(reason)``; ``open()`` enables the actions again."""

    opened = Signal()

    def __init__(self, window: QMainWindow, actions: list[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.tips = {id(a): a.toolTip() for a in actions}
        self.reason = ""
        self.is_open = True
        self._waiting: list[Callable[[], None]] = []
        self.label = QLabel(window)
        self.label.setObjectName("writeGateLabel")
        self.label.setStyleSheet("color: #b03a2e; padding: 0 6px;")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)

    def close_for(self, reason: str) -> None:
        """Disable every writing action; *reason* is shown in the status bar and the tooltips."""
        self.is_open = False
        self.reason = reason
        for act in self.actions:
            act.setEnabled(False)
            act.setToolTip(f"{self.tips[id(act)]}\n{reason}")
        self.label.setText(reason)
        self.label.show()

    def open(self) -> None:
        """The check passed: writing actions back, then the work that waited for it."""
        self.is_open = True
        self.reason = ""
        for act in self.actions:
            act.setEnabled(True)
            act.setToolTip(self.tips[id(act)])
        self.label.hide()
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()
        self.opened.emit()

    def when_open(self, fn: Callable[[], None]) -> None:
        """Run *fn* now if writing is allowed, else once the check has passed (never if damaged)."""
        if self.is_open:
            fn()
        else:
            self._waiting.append(fn)

    def allow(self) -> bool:
        """For a slot reached another way (a pane's button, a scan): refuse while shut, saying why."""
        if not self.is_open:
            self.window.statusBar().showMessage(self.reason, 8000)
        return self.is_open
