"""Work the first screen does not need waits until the window has painted once (issue 14).

Before the first paint the clerk sees nothing, so everything done then is waiting: the
reminder scan's worker competes with painting for the interpreter, and an application-wide
event filter makes Qt wrap every internal object that receives an event (hundreds at start).
Nothing a clerk can do is lost by waiting: keys and clicks only arrive through the event
loop, which runs after the paint.  A window that is never painted (started minimised, a test
that never shows it) runs the work after ``FALLBACK_MS``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent

log = logging.getLogger(__name__)

FALLBACK_MS = 500
# Background work on a Python worker waits this much longer: while a worker runs Python it
# holds the interpreter lock, and the GUI thread waits for it at every event it hands to
# Python (the application's event filters see them all).  Measured at 100,000 members, the
# reminder scan starting at the paint stretched the window's first event pass from ~45 to
# ~95 ms; the clerk's first keys and the list's first screen come before it now.
SETTLE_MS = 250


class AfterFirstPaint:
    """Mixed into the main window (before QMainWindow in its bases)."""

    def _init_first_paint(self) -> None:
        self._painted = False
        self._deferred: list[Callable[[], None]] = []
        self._settling: list[Callable[[], None]] = []  # settled work whose delay is running
        self.deferred_done = False  # the work queued before the first paint has run
        QTimer.singleShot(FALLBACK_MS, self, self.run_deferred)  # type: ignore[call-overload]

    def after_first_paint(self, fn: Callable[[], None], *, settle: bool = False) -> None:
        """Run *fn* once the window has painted (at once if it has); ``settle``: background work
        that starts a Python worker, ``SETTLE_MS`` after that (see above)."""
        if settle:
            fn = self._settled(fn)
        if self.deferred_done:
            fn()
        else:
            self._deferred.append(fn)

    def _settled(self, fn: Callable[[], None]) -> Callable[[], None]:
        def now() -> None:
            if fn not in self._settling:
                return  # run already by settle_now
            self._settling.remove(fn)
            if self._painted and not self.isVisible():  # type: ignore[attr-defined]
                return  # closed meanwhile (quit at once, a test's window): no worker for nobody
            fn()

        def later() -> None:
            self._settling.append(fn)
            QTimer.singleShot(SETTLE_MS, self, now)  # type: ignore[call-overload]

        return later

    def settle_now(self) -> None:
        """Start the settled work at once (``--smoke``: a smoke start exercises the whole start,
        the reminder scan included, before it checks and exits)."""
        self.run_deferred()
        while self._settling:
            fn = self._settling.pop(0)
            try:
                fn()
            except Exception:  # noqa: BLE001 - as run_deferred
                log.exception("start-up step after the first paint failed")

    def run_deferred(self) -> None:
        """Run what waits for the first paint; idempotent.  One failing step is logged and
        the rest still run: the counter must open."""
        self.deferred_done = True
        while self._deferred:
            fn = self._deferred.pop(0)
            try:
                fn()
            except Exception:  # noqa: BLE001 - see the docstring
                log.exception("start-up step after the first paint failed")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt name
        super().paintEvent(event)  # type: ignore[misc]
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.run_deferred)  # type: ignore[call-overload]
