"""Run long work (import, export, backup, reports, reminder scans) off the GUI thread.

``run_task(parent, title, fn, on_done, on_error=None)`` runs
``fn(progress, cancelled)`` on a ``QThreadPool`` worker, inside its own
database connection, and posts the result (or the exception) back to the GUI
thread through Qt signals.  A ``QProgressDialog`` with 取消 shows progress and
sets the cancel flag that ``cancelled()`` reports; ``fn`` should check it
between steps and return early (or raise ``TaskCancelled``).

Never touch a widget inside ``fn``: it runs in another thread.  Do the UI
work in ``on_done``, which always runs in the GUI thread.

Tests call ``set_synchronous(True)`` (tests/conftest.py does) so the work
runs at once in the calling thread and ``on_done`` is called before
``run_task`` returns — deterministic, no waiting (Picard's pattern).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from vipdesk.model.store.db import db, stop_when

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
TaskFn = Callable[[Progress, Cancelled], Any]

_synchronous = False
_running: set[Task] = set()  # keep handles alive until their result is delivered


class TaskCancelled(Exception):
    """Raise from ``fn`` to stop; the task ends quietly (on_done is not called)."""


def set_synchronous(on: bool) -> None:
    """Tests: run every task at once in the calling thread."""
    global _synchronous
    _synchronous = on


def is_synchronous() -> bool:
    return _synchronous


class Task(QObject):
    """Handle of one background task.

    Signals:
        progress(int done, int total, str text): posted from the worker.
        succeeded(object result), failed(object exception), finished().
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    # Emitted from the worker; connected to this object's slots, so Qt queues
    # them into the GUI thread (the Task lives there) before the public signals fire.
    _w_progress = Signal(int, int, str)
    _w_outcome = Signal()

    def __init__(self, title: str, fn: TaskFn) -> None:
        super().__init__()
        self.title = title
        self._fn = fn
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._w_progress.connect(self._on_progress)
        self._w_outcome.connect(self._on_outcome)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.emit(done, total, text)

    @Slot()
    def _on_outcome(self) -> None:
        if self.error is not None and not self._cancel.is_set():  # a cancelled task reports nothing
            self.failed.emit(self.error)
        elif not self._cancel.is_set():
            self.succeeded.emit(self.result)
        self.finished.emit()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int, text: str = "") -> None:
        try:
            self._w_progress.emit(int(done), int(total), str(text))
        except RuntimeError:  # shutting down
            self._cancel.set()

    def execute(self) -> None:
        """Run ``fn`` with a connection of this thread; emit the outcome."""
        was_closed = db.is_closed()
        if was_closed and not db.deferred:
            db.connect()
        try:
            with stop_when(self.is_cancelled):  # cancel stops a running statement too (exit, issue 14)
                self.result = self._fn(self._report, self.is_cancelled)
        except TaskCancelled:
            self._cancel.set()
        except BaseException as exc:  # noqa: BLE001 - delivered to on_error in the GUI thread
            if not self._cancel.is_set():  # a cancelled task's interrupted statement is no failure
                log.exception("task %r failed", self.title)
            self.error = exc
        finally:
            # Close what this thread opened (fn may have opened the db itself, e.g. building a demo).
            if was_closed and not db.is_closed():
                db.close()
        try:
            self._w_outcome.emit()
        except RuntimeError:  # the app is shutting down and the Task is gone: nobody to tell
            log.warning("task %r finished after its window closed", self.title)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.execute()


def run_task(parent: QWidget | None, title: str, fn: TaskFn, on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None, *,
             show_progress: bool = True) -> Task:
    """Start ``fn(progress, cancelled)`` in the background; ``on_done(result)`` in the GUI thread.

    ``on_error(exc)`` defaults to an error message box.  Cancelling (the
    dialog's 取消 or ``task.cancel()``) only sets the flag; ``on_done`` is not
    called for a cancelled task.  Returns the ``Task`` handle.
    """
    task = Task(title, fn)
    if on_error is None:
        def on_error(exc: BaseException) -> None:
            from vipdesk.ui.common import dialogs

            dialogs.show_error(parent, exc)

    dialog: QProgressDialog | None = None
    if show_progress and not _synchronous:
        dialog = QProgressDialog(title, QCoreApplication.translate("tasks", "取消"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(task.cancel)

        def show_progress_step(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if text:
                dialog.setLabelText(text)

        task.progress.connect(show_progress_step)

    def finish() -> None:
        task.done = True
        if dialog is not None:
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        _running.discard(task)

    task.succeeded.connect(on_done)
    task.failed.connect(on_error)
    task.finished.connect(finish)
    _running.add(task)
    if _synchronous:
        task.execute()
    else:
        pool().start(_Runnable(task))
    return task


def cancel_all() -> int:
    """Ask every running task to stop (``--smoke`` exit, window closed); returns how many."""
    running = [t for t in _running if not t.done]
    for t in running:
        t.cancel()
    return len(running)


def running_tasks() -> list[Task]:
    return [t for t in _running if not t.done]


_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """The app's worker pool, owned by the QApplication so its threads end with it."""
    global _pool
    if _pool is None:
        _pool = QThreadPool(QCoreApplication.instance())
        _pool.destroyed.connect(_forget_pool)
    return _pool


def _forget_pool() -> None:
    global _pool
    _pool = None


def wait_all(timeout_ms: int = 30000) -> bool:
    """Block until every task is done (used at shutdown so no writer is cut off)."""
    return _pool.waitForDone(timeout_ms) if _pool is not None else True
