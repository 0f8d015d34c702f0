"""Issue 13 item 2: every GUI gate names a permission and is checked against the
signed-in person's role and the owner's table: a clerk is refused (asked for the
PIN of someone who may, and refused when that is cancelled), a manager allowed
exactly when the table says so, the owner always."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

import vipdesk
from vipdesk.model import access
from vipdesk.model.loyalty import ledger
from vipdesk.model.members import profile as members
from vipdesk.ui.privacy.pin import PinDialog, require_owner

PINS = {"王店长": "258013", "赵主管": "135792", "小李": "246813"}
UI = Path(vipdesk.__file__).parent / "ui"


@pytest.fixture
def staff(db_path):
    access.create_owner("王店长", PINS["王店长"])
    boss = access.authenticate("王店长", PINS["王店长"])
    mgr = access.add_user(boss, "赵主管", PINS["赵主管"], access.MANAGER)
    clerk = access.add_user(boss, "小李", PINS["小李"], access.CLERK)
    access.set_permission_table(boss, {access.MANAGER: [], access.CLERK: []})
    access.sign_out()
    return {"boss": boss, "mgr": mgr, "clerk": clerk}


def _gate_calls() -> list[tuple[str, int, ast.Call]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                    "require_owner", "approve"):
                found.append((str(path.relative_to(UI)), node.lineno, node))
    return found


def test_every_gui_gate_names_a_known_permission() -> None:
    """No gate may fall back to "owner only" by forgetting its permission (the
    staff screen is owner-only on purpose, and says so with an explicit None)."""
    calls = _gate_calls()
    assert len(calls) >= 30
    for where, line, call in calls:
        perm = call.args[2] if len(call.args) > 2 else next((k.value for k in call.keywords
                                                             if k.arg == "permission"), None)
        assert perm is not None, f"{where}:{line} names no permission"
        if isinstance(perm, ast.Constant) and perm.value is not None:
            assert perm.value in access.PERMISSIONS, f"{where}:{line}: {perm.value}"
        elif isinstance(perm, ast.Constant):
            assert where == "access/staff.py", f"{where}:{line}: owner-only gate"
        else:
            # A variable only where it is computed from the table (large redemptions) or passed through.
            assert isinstance(perm, ast.Name) and (perm.id, where) in {("large", "loyalty/dialogs.py"),
                                                                      ("permission", "privacy/pin.py")}, where


@pytest.mark.parametrize("permission", sorted(access.PERMISSIONS))
def test_each_gui_permission_follows_the_table(qtbot, staff, drive, ui_env, permission) -> None:
    access.sign_in(staff["clerk"])
    drive.push(lambda d: d.reject())
    assert require_owner(None, "", permission) is False  # the clerk is asked for someone else's PIN
    assert drive.seen == ["PinDialog"]
    access.sign_in(staff["mgr"])
    drive.push(lambda d: d.reject())
    assert require_owner(None, "", permission) is False  # not in the table yet
    access.set_permission_table(staff["boss"], {access.MANAGER: [permission], access.CLERK: []})
    assert require_owner(None, "", permission) is True
    access.sign_in(staff["boss"])
    access.set_permission_table(staff["boss"], {access.MANAGER: [], access.CLERK: []})
    assert require_owner(None, "", permission) is True
    assert drive.seen == ["PinDialog", "PinDialog"]


def test_an_allowed_manager_can_approve_for_a_clerk(qtbot, staff, drive, ui_env) -> None:
    """The PIN prompt lists only people who may; the manager's PIN lets the clerk go on."""
    access.set_permission_table(staff["boss"], {access.MANAGER: [access.MERGE], access.CLERK: []})
    access.sign_in(staff["clerk"])
    listed: list[list[str]] = []

    def manager_approves(d: PinDialog) -> None:
        listed.append([d.who.itemData(i) for i in range(d.who.count())])
        d.who.setCurrentIndex(d.who.findData("赵主管"))
        d.pin.setText(PINS["赵主管"])
        d.ok_button.click()

    drive.push(manager_approves)
    assert require_owner(None, "合并", access.MERGE) is True
    assert listed == [["王店长", "赵主管"]]
    assert access.current().name == "小李"  # approving does not switch the user
    drive.push(lambda d: (listed.append([d.who.itemData(i) for i in range(d.who.count())]), d.reject()))
    assert require_owner(None, "恢复", access.RESTORE) is False
    assert listed[-1] == ["王店长"]


def test_points_adjustment_in_the_member_tab_obeys_the_table(main_window, staff, drive) -> None:
    """Through the real widget: 调整积分 in the loyalty tab (points_adjust)."""
    from vipdesk.ui.loyalty.tab import LoyaltyTab

    m = members.enrol("王芳", "13800001111")
    tab = LoyaltyTab(main_window)
    tab.load(m.id)
    access.sign_in(staff["clerk"])
    drive.push(lambda d: d.reject())
    assert tab.adjust_points(100, "补登") is False
    assert ledger.balance(m.id) == 0
    access.sign_in(staff["mgr"])
    access.set_permission_table(staff["boss"], {access.MANAGER: [access.POINTS_ADJUST], access.CLERK: []})
    assert tab.adjust_points(100, "补登") is True
    assert ledger.balance(m.id) == 100
    assert drive.seen == ["PinDialog"]
    tab.deleteLater()


def test_restore_in_the_backups_dialog_obeys_the_table(main_window, staff, drive, answers) -> None:
    from vipdesk.model.safety import backup as bk
    from vipdesk.model.store.db import database_path
    from vipdesk.ui.safety.backups import BackupsDialog

    path = database_path()
    first = bk.backup_now(path, bk.backup_dir_for(path), "manual")
    dlg = BackupsDialog(main_window)
    access.sign_in(staff["clerk"])
    drive.push(lambda d: d.reject())
    assert dlg.restore_selected(first) is False
    access.sign_in(staff["mgr"])
    drive.push(lambda d: d.reject())
    assert dlg.restore_selected(first) is False
    assert drive.seen == ["PinDialog", "PinDialog"]
    access.set_permission_table(staff["boss"], {access.MANAGER: [access.RESTORE], access.CLERK: []})
    answers.replies.append(0)
    assert dlg.restore_selected(first) is True
    assert drive.seen == ["PinDialog", "PinDialog"]
    dlg.close()


def test_pin_dialog_ok_button_is_the_standard_one(qtbot, staff, ui_env) -> None:
    d = PinDialog(None, "x", access.IMPORT)
    qtbot.addWidget(d)
    assert d.ok_button is d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
