"""Issue 13 item 1: the owner's 员工与权限 screen — staff accounts (add, role,
PIN reset, stop; never delete) and the permission table with the owner's column
fixed, saved in one transaction and audit-logged."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from vipdesk.model import access
from vipdesk.model.store.tables import AuditLog
from vipdesk.ui.access.feature import offer_recovery_code
from vipdesk.ui.access.staff import StaffScreen, UserDialog, open_staff_screen

PINS = {"王店长": "258013", "赵主管": "135792", "小李": "246813"}


@pytest.fixture
def staff(db_path):
    access.create_owner("王店长", PINS["王店长"])
    boss = access.authenticate("王店长", PINS["王店长"])
    mgr = access.add_user(boss, "赵主管", PINS["赵主管"], access.MANAGER)
    clerk = access.add_user(boss, "小李", PINS["小李"], access.CLERK)
    access.sign_out()
    return {"boss": boss, "mgr": mgr, "clerk": clerk}


@pytest.fixture
def screen(qtbot, staff, ui_env):
    s = StaffScreen(None, staff["boss"])
    qtbot.addWidget(s)
    return s


def test_only_the_owner_opens_it(main_window, staff, drive) -> None:
    """Owner-only by a fixed rule (not in the table): a manager is asked for the owner's PIN."""
    access.set_permission_table(staff["boss"], {access.MANAGER: list(access.PERMISSIONS), access.CLERK: []})
    access.sign_in(staff["mgr"])
    names: list[list[str]] = []
    drive.push(lambda d: (names.append([d.who.itemData(i) for i in range(d.who.count())]), d.reject()))
    assert open_staff_screen(main_window) is False
    assert names == [["王店长"]]
    access.sign_in(staff["boss"])
    drive.push(lambda d: d.accept())
    main_window.act_staff_screen.trigger()
    assert drive.seen == ["PinDialog", "StaffScreen"]


def test_add_change_role_reset_pin_and_stop(screen, answers, drive) -> None:
    def fill(name: str, role: str, pin: str):
        def handler(d: UserDialog) -> None:
            if not d.resetting:
                d.name.setText(name)
                d.role.setCurrentIndex(d.role.findData(role))
            d.pin.setText(pin)
            d.repeat.setText(pin)
            d.submit()
        return handler

    drive.push(fill("小王", access.CLERK, "357913"))
    assert screen.add_user() is True
    assert access.authenticate("小王", "357913").role == access.CLERK
    assert screen.selected()[0].name == "小王"

    answers.replies.append(1)  # 主管
    assert screen.change_role() is True
    assert access.authenticate("小王", "357913").role == access.MANAGER

    drive.push(fill("", "", "468024"))
    assert screen.reset_pin() is True
    assert access.authenticate("小王", "468024") is not None

    answers.replies.append(0)  # 是: stop
    assert screen.toggle_active() is True
    assert access.authenticate("小王", "468024") is None
    row = screen.table.findItems("小王", Qt.MatchFlag.MatchExactly)[0].row()
    assert screen.table.item(row, 2).text() == "已停用"  # still listed: nobody is deleted
    assert screen.active_button.text() == "启用"
    assert drive.seen == ["UserDialog", "UserDialog"]


def test_mismatched_pins_keep_the_dialog_open(qtbot, staff, ui_env) -> None:
    d = UserDialog(None)
    qtbot.addWidget(d)
    d.name.setText("小王")
    d.pin.setText("357913")
    d.repeat.setText("357914")
    assert d.submit() is False and "不一样" in d.error.text()


def test_the_last_owner_cannot_be_stopped(screen, answers) -> None:
    screen.select_name("王店长")
    answers.replies.append(0)
    assert screen.toggle_active() is False
    assert "至少要保留一位" in answers.texts()[-1]
    assert access.has_owner()


def test_permission_grid_saves_the_table_and_keeps_the_owner_column_fixed(screen, staff, answers) -> None:
    owner_cell = screen.perms.item(0, 0)
    assert owner_cell.checkState() == Qt.CheckState.Checked
    assert not owner_cell.flags() & Qt.ItemFlag.ItemIsUserCheckable
    screen.set_allowed(access.OWNER, access.RESTORE, False)  # ignored
    screen.set_allowed(access.CLERK, access.IMPORT, True)
    screen.set_allowed(access.MANAGER, access.IMPORT, False)
    screen.limit.setValue(3000)
    assert screen.save_permissions() is True
    assert access.can(access.authenticate("小李", PINS["小李"]), access.IMPORT)
    assert not access.can(access.authenticate("赵主管", PINS["赵主管"]), access.IMPORT)
    assert access.redeem_permission(3001) == access.REDEEM_LARGE
    entry = AuditLog.select().where(AuditLog.detail.contains("角色权限")).order_by(AuditLog.id.desc()).get()
    assert entry.clerk == "王店长" and "import" in entry.detail
    assert "已保存" in answers.texts()[-1]


def test_a_migrated_owner_gets_a_recovery_code_at_sign_in(qtbot, db_path, ui_env, answers) -> None:
    """An owner moved over from the old settings-row PIN had no recovery code."""
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO staff_login (name, role, pin_hash, active, failures, created_at) "
                     "VALUES ('店长', 'owner', ?, 1, 0, '2026-01-01 00:00:00')",
                     (__import__("vipdesk.model.safety.pin", fromlist=["hash_pin"]).hash_pin(PINS["王店长"]),))
        conn.execute("INSERT INTO access_event (at, name, action, source, detail) "
                     "VALUES ('2026-01-01 00:00:00', '店长', 'owner_created', 'migration', '')")
    conn.close()
    access.sign_in(access.authenticate("店长", PINS["王店长"]))
    code = offer_recovery_code(None)
    assert code and code in answers.texts()[-1]
    assert offer_recovery_code(None) is None  # once
    access.sign_out()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("DELETE FROM staff_login")
    conn.close()
    assert access.locked()
    access.recover(code, "店长", "802468")
    assert not access.locked()
