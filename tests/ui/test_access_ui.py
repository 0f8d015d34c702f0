"""Issue 13 item 4 and 6 in the GUI: staff sign in, switch user (F12), idle lock,
sales default to the signed-in clerk, permissions instead of "owner only",
fail closed without an owner, and the top-level handler (never a traceback)."""

from __future__ import annotations

import errno
import sqlite3
import time

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from vipdesk.model import access
from vipdesk.model.store import settings
from vipdesk.ui.access.feature import sign_in_at_start
from vipdesk.ui.access.login import LoginDialog
from vipdesk.ui.privacy.pin import require_owner

OWNER_PIN, CLERK_PIN, MANAGER_PIN = "258013", "246813", "135792"


@pytest.fixture
def staff(db_path):
    access.create_owner("王店长", OWNER_PIN)
    boss = access.authenticate("王店长", OWNER_PIN)
    clerk = access.add_user(boss, "小李", CLERK_PIN, access.CLERK)
    manager = access.add_user(boss, "赵主管", MANAGER_PIN, access.MANAGER)
    access.sign_out()
    return {"boss": boss, "clerk": clerk, "manager": manager}


def sign_in_as(name: str, pin: str):
    def handler(d: LoginDialog) -> None:
        d.name.setCurrentIndex(d.name.findData(name))
        d.pin.setText(pin)
        d.box.button(QDialogButtonBox.StandardButton.Ok).click()
    return handler


def test_l10_clerk_signs_in_at_start_and_sales_default_to_her(main_window, staff, drive):
    drive.push(sign_in_as("小李", CLERK_PIN))
    assert sign_in_at_start(main_window) is True
    assert drive.seen == ["LoginDialog"]
    assert access.current().name == "小李"
    assert main_window.last_clerk() == staff["clerk"].staff_id  # sale/enrol dialogs default to her
    assert "小李" in main_window._access_label.text()


def test_wrong_pin_is_refused_rate_limited_and_logged(qtbot, staff, ui_env):
    d = LoginDialog(None)
    qtbot.addWidget(d)
    d.name.setCurrentIndex(d.name.findData("小李"))
    for _ in range(3):
        d.pin.setText("999990")
        assert d.submit() is False
    assert "密码" in d.error.text()
    d.pin.setText(CLERK_PIN)
    assert d.submit() is False and "秒后再试" in d.error.text()  # rate-limited even with the right PIN
    from vipdesk.model.access.tables import AccessEvent

    assert AccessEvent.select().where(AccessEvent.action == "failed").count() == 3


def test_required_login_cannot_be_dismissed(qtbot, staff):
    d = LoginDialog(None, required=True)
    qtbot.addWidget(d)
    d.show()
    d.reject()
    assert d.isVisible()
    assert d.box.button(QDialogButtonBox.StandardButton.Cancel) is None


def test_switch_user_is_one_shortcut(main_window, staff, drive):
    assert main_window.act_switch_user.shortcut().toString() == "F12"
    drive.push(sign_in_as("赵主管", MANAGER_PIN))
    main_window.act_switch_user.trigger()
    assert access.current().name == "赵主管"


def test_idle_lock_signs_out_and_asks_again(main_window, staff, drive):
    access.sign_in(staff["clerk"])
    settings.put(access.core.IDLE_MINUTES.key, 1)
    lock = main_window.sign_in
    assert lock.check_idle(time.monotonic()) is False  # just used
    seen_during_lock: list[object] = []

    def handler(d: LoginDialog) -> None:
        seen_during_lock.append(access.current())
        d.reject()  # ignored: the lock stays until someone signs in
        sign_in_as("王店长", OWNER_PIN)(d)

    drive.push(handler)
    assert lock.check_idle(time.monotonic() + 61) is True
    assert seen_during_lock == [None]
    assert access.current().name == "王店长"


def test_require_owner_asks_for_the_right_permission(qtbot, staff, drive, ui_env):
    access.sign_in(staff["manager"])
    assert require_owner(None, "导入", permission=access.IMPORT) is True  # managers import by default
    assert drive.seen == []
    drive.push(lambda d: d.reject())
    assert require_owner(None, "恢复", permission=access.RESTORE) is False  # not theirs: asks the owner
    assert drive.seen == ["PinDialog"]
    access.sign_in(staff["clerk"])
    drive.push(lambda d: (d.pin.setText(OWNER_PIN), d.submit()))
    assert require_owner(None, "导入", permission=access.IMPORT) is True  # the owner typed her PIN


def test_deleted_owner_row_fails_closed_in_the_gui(qtbot, staff, db_path, answers, ui_env):
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("DELETE FROM staff_login WHERE role='owner'")
    conn.close()
    assert require_owner(None, "设置") is False
    assert any("恢复码" in t for t in answers.texts())


def test_top_level_handler_names_disk_full_and_points_to_the_log(qtbot, ui_env, answers):
    """Item 6: an unexpected exception becomes one Chinese sentence and a log entry."""
    from vipdesk.model.safety import failures
    from vipdesk.ui.safety import errors

    try:
        raise OSError(errno.ENOSPC, "No space left on device")
    except OSError as exc:
        errors.handle(type(exc), exc, exc.__traceback__)
    text = answers.texts()[-1]
    assert "磁盘空间已满" in text and "没有丢失" in text and str(failures.log_path()) in text
    assert "Traceback" not in text
    assert "Traceback" in failures.log_path().read_text(encoding="utf-8")
