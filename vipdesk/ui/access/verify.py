"""Check a PIN off the GUI thread (issue 13): scrypt at the real cost takes about
2 s, and the counter must not freeze meanwhile.  The dialog shows a busy state,
its event loop keeps running (Esc, typing, repaints), and the result comes back
on the GUI thread through a timer — the worker touches no widget and no database.

Under ``tasks.set_synchronous(True)`` (the test suite) the check runs at once,
like every other background task, unless a test asks for the real thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from vipdesk.ui.common import tasks


class PinVerifier(QObject):
    """Runs one slow ``verify() -> bool`` at a time; calls *on_done(ok)* on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, threaded: bool | None = None) -> None:
        super().__init__(parent)
        self.threaded = threaded
        self.busy = False
        self._result: tuple[str, object] | None = None
        self._on_done: Callable[[bool], None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)

    def start(self, verify: Callable[[], bool], on_done: Callable[[bool], None]) -> None:
        if self.busy:
            return
        threaded = (not tasks.is_synchronous()) if self.threaded is None else self.threaded
        if not threaded:
            on_done(bool(verify()))
            return
        self.busy = True
        self._result = None
        self._on_done = on_done
        threading.Thread(target=self._run, args=(verify,), daemon=True, name="vipdesk-pin").start()
        self._timer.start()

    def _run(self, verify: Callable[[], bool]) -> None:
        try:
            self._result = ("ok", bool(verify()))
        except Exception as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            self._result = ("error", exc)

    def _poll(self) -> None:
        if self._result is None:
            return
        self._timer.stop()
        kind, value = self._result
        self.busy = False
        callback, self._on_done = self._on_done, None
        if kind == "error":
            raise value  # type: ignore[misc]  # the GUI's top-level handler reports it
        if callback is not None:
            callback(bool(value))

    def cancel(self) -> None:
        """Forget a running check (the dialog was closed); the thread ends on its own."""
        self._on_done = None
