"""Shared fixtures: Qt offscreen, a temp database, the real main window.

Message boxes are answered in one place: ``main_window``/``answers`` patch
``vipdesk.ui.common.dialogs._show`` with a recorder; push answers with
``answers.replies.append(index)`` (0 = 是/确定/first button).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PIN hashes at a cheap scrypt cost in tests (hundreds of checks); the real cost
# is asserted in tests/model/access/test_access.py and measured by scripts/pin_cost.py.
os.environ.setdefault("VIPDESK_TEST_FAST_PIN_HASH", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _signed_out():
    """Issue 13: who is signed in is process-wide; no test inherits another's clerk."""
    yield
    from vipdesk.model.access import session

    session.sign_out()


@pytest.fixture
def db_path(tmp_path: Path):
    """An opened, migrated SQLite file in tmp_path (closed afterwards)."""
    from vipdesk.model.store.db import close_database, open_database

    path = tmp_path / "vipdesk.db"
    open_database(path)
    yield path
    close_database()


class MessageRecorder:
    """Stands in for every message box: records (kind, title, text) and answers from ``replies``."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.replies: list[int] = []

    def __call__(self, kind, parent, title, text, buttons=None) -> int:
        self.shown.append((kind, title, text))
        return self.replies.pop(0) if self.replies else 0

    def texts(self) -> list[str]:
        return [text for _, _, text in self.shown]


@pytest.fixture
def answers(monkeypatch) -> MessageRecorder:
    from vipdesk.ui.common import dialogs

    rec = MessageRecorder()
    monkeypatch.setattr(dialogs, "_show", rec)
    return rec


@pytest.fixture
def ui_env(tmp_path: Path, monkeypatch):
    """Isolate QSettings and run background tasks synchronously."""
    from PySide6.QtCore import QSettings

    from vipdesk.ui.common import tasks

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    monkeypatch.setenv("VIPDESK_HOME", str(tmp_path / "home"))
    # A worker still running from an earlier test would open *this* test's file through the
    # shared peewee database (it follows open_database) and hold it: wait for it first.
    tasks.cancel_all()
    tasks.wait_all()
    tasks.set_synchronous(True)
    yield
    tasks.cancel_all()
    tasks.wait_all()
    tasks.set_synchronous(False)


@pytest.fixture
def main_window(qtbot, db_path, ui_env, answers):
    """The real MainWindow on a temp database, shown offscreen."""
    from vipdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.deferred_done)  # what waits for the first paint (issue 14) has run
    yield window
    window.close()


class DialogDriver:
    """Stands in for running modal dialogs: each pushed handler fills in the next
    dialog and presses its button (e.g. ``lambda d: d.submit()``)."""

    def __init__(self) -> None:
        self.handlers: list = []
        self.seen: list[str] = []

    def push(self, handler) -> None:
        self.handlers.append(handler)

    def __call__(self, dialog) -> bool:
        from PySide6.QtWidgets import QDialog

        self.seen.append(type(dialog).__name__)
        if not self.handlers:
            dialog.reject()
            return False
        self.handlers.pop(0)(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def drive(monkeypatch) -> DialogDriver:
    from vipdesk.ui.common import dialogs

    driver = DialogDriver()
    monkeypatch.setattr(dialogs, "_exec", driver)
    return driver


OWNER_PIN = "258013"  # issue 13: at least 6 digits


class OwnerGate:
    """Answers the owner-PIN prompts of ``require_owner`` through ``drive``: ``allow()`` types
    the right PIN into the next prompt, ``deny()`` a wrong one (then gives up), ``cancel()``
    presses 取消.  The PIN is set when first needed (no default PIN exists)."""

    def __init__(self, driver: DialogDriver) -> None:
        self.driver = driver

    def set(self) -> None:
        from vipdesk.model.privacy import owner

        if not owner.has_pin():
            owner.set_pin(OWNER_PIN)

    def _type(self, pin: str):
        def handler(dialog) -> None:
            assert type(dialog).__name__ == "PinDialog", type(dialog).__name__
            dialog.pin.setText(pin)
            if not dialog.submit():
                dialog.reject()

        return handler

    def allow(self) -> None:
        self.set()
        self.driver.push(self._type(OWNER_PIN))

    def deny(self) -> None:
        self.set()
        self.driver.push(self._type("9999"))

    def cancel(self) -> None:
        self.set()
        self.driver.push(lambda dialog: dialog.reject())


@pytest.fixture
def owner_pin(drive) -> OwnerGate:
    return OwnerGate(drive)
