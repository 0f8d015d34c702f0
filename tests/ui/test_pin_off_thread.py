"""Issue 13 item 5: scrypt at the real cost takes ~2 s; the sign-in and PIN dialogs
used to freeze the counter for that long.  Now the check runs on a worker thread:
the dialog shows a busy state, its event loop keeps running (timers fire, Esc
still closes it) and the result is recorded on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from vipdesk.model import access
from vipdesk.model.access.tables import AccessEvent
from vipdesk.model.safety import pin as pin_mod
from vipdesk.ui.access.login import LoginDialog
from vipdesk.ui.privacy.pin import PinDialog

OWNER_PIN, CLERK_PIN = "258013", "246813"


@pytest.fixture
def slow_staff(db_path, monkeypatch):
    """Hashes slow enough (a few hundred ms) that the check is visibly in flight."""
    monkeypatch.setattr(pin_mod, "current_params", lambda: (15, 8, 2))
    access.create_owner("王店长", OWNER_PIN)
    boss = access.authenticate("王店长", OWNER_PIN)
    access.add_user(boss, "小李", CLERK_PIN, access.CLERK)
    access.sign_out()


def _ticking(parent) -> tuple[QTimer, list[bool]]:
    """A GUI-thread timer; the worker's check is held until it has fired 5 times
    while the check is in flight.  A check on the GUI thread would never finish
    (the timer could not fire), so the test would fail — no timing involved."""
    seen: list[bool] = []
    release = threading.Event()
    timer = QTimer(parent)
    timer.setInterval(5)

    def tick() -> None:
        seen.append(parent.verifier.busy)
        if seen.count(True) >= 5:
            release.set()

    timer.timeout.connect(tick)
    timer.start()
    start = parent.verifier.start

    def held_start(verify, on_done) -> None:
        start(lambda: release.wait(30) and verify(), on_done)

    parent.verifier.start = held_start
    return timer, seen


def test_sign_in_dialog_keeps_its_event_loop_running_while_verifying(qtbot, slow_staff) -> None:
    d = LoginDialog(None)
    qtbot.addWidget(d)
    d.verifier.threaded = True
    d.show()
    d.name.setCurrentIndex(d.name.findData("小李"))
    d.pin.setText(CLERK_PIN)
    _timer, seen = _ticking(d)
    ok = d.box.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert d.verifier.busy and "正在核对密码" in d.error.text()
    assert not ok.isEnabled() and d.pin.isReadOnly()
    qtbot.waitUntil(lambda: d.user is not None, timeout=60_000)
    assert seen.count(True) >= 5  # timers fired on the GUI thread while the PIN was checked
    assert d.result() == QDialog.DialogCode.Accepted and access.current().name == "小李"
    assert ok.isEnabled()


def test_wrong_pin_off_thread_is_still_counted_and_logged(qtbot, slow_staff) -> None:
    d = LoginDialog(None)
    qtbot.addWidget(d)
    d.verifier.threaded = True
    d.name.setCurrentIndex(d.name.findData("小李"))
    d.pin.setText("999990")
    d.submit()
    qtbot.waitUntil(lambda: not d.verifier.busy, timeout=60_000)
    assert d.error.text() == "密码不正确" and d.user is None
    assert AccessEvent.select().where(AccessEvent.action == "failed").count() == 1


def test_escape_still_closes_the_dialog_during_the_check(qtbot, slow_staff) -> None:
    d = LoginDialog(None)
    qtbot.addWidget(d)
    d.verifier.threaded = True
    d.show()
    d.name.setCurrentIndex(d.name.findData("小李"))
    d.pin.setText(CLERK_PIN)
    d.submit()
    assert d.verifier.busy
    QTest.keyClick(d, Qt.Key.Key_Escape)
    assert not d.isVisible() and d.result() == QDialog.DialogCode.Rejected
    qtbot.waitUntil(lambda: not d.verifier.busy, timeout=60_000)
    assert access.current() is None  # a cancelled check signs nobody in


def test_owner_pin_prompt_verifies_off_thread_too(qtbot, slow_staff) -> None:
    d = PinDialog(None, "恢复备份", access.RESTORE)
    qtbot.addWidget(d)
    d.verifier.threaded = True
    d.show()
    d.pin.setText(OWNER_PIN)
    _timer, seen = _ticking(d)
    d.ok_button.click()
    assert d.verifier.busy and "正在核对密码" in d.error.text()
    qtbot.waitUntil(lambda: d.approver is not None, timeout=60_000)
    assert seen.count(True) >= 5
    assert d.result() == QDialog.DialogCode.Accepted
