"""Issue 13 item 4: an approval prompt says what is being approved and who may
approve it, read from the owner's permission table (one helper, not fixed
"需要店长密码" strings): grant a manager the right and the prompt names 主管
(the manager role); revoke it and it does not."""

from __future__ import annotations

import ast
from pathlib import Path

import vipdesk
from vipdesk.model import access
from vipdesk.ui.privacy.pin import PinDialog

UI = Path(vipdesk.__file__).parent / "ui"


def _shop() -> access.User:
    access.create_owner("王店长", "258013")
    boss = access.authenticate("王店长", "258013")
    access.add_user(boss, "赵主管", "135792", access.MANAGER)
    access.sign_out()
    return boss


def test_prompt_follows_the_permission_table(db_path, qtbot) -> None:
    """Issue 13: granted → "(店长、主管)" and 赵主管 offered; revoked → only 店长."""
    boss = _shop()
    manager = access.core.ROLE_LABELS[access.MANAGER]
    access.set_permission_table(boss, {access.MANAGER: [access.STORED_VALUE_ADJUST], access.CLERK: []})
    d = PinDialog(None, "退回储值", access.STORED_VALUE_ADJUST)
    qtbot.addWidget(d)
    assert d.reason.text() == "退回储值需要有“储值调整”权限的人员确认(店长、主管)。"
    assert manager in d.reason.text() and d.who.count() == 2
    d.close()
    access.set_permission_table(boss, {access.MANAGER: [], access.CLERK: []})
    d = PinDialog(None, "退回储值", access.STORED_VALUE_ADJUST)
    qtbot.addWidget(d)
    assert d.reason.text() == "退回储值需要有“储值调整”权限的人员确认(店长)。"
    assert manager not in d.reason.text() and d.who.count() == 1
    d.close()


def test_sentence_reasons_and_owner_only_gates(db_path) -> None:
    """Issue 13: a full-sentence reason keeps its sentence; owner-only gates say 店长."""
    boss = _shop()
    access.set_permission_table(boss, {access.MANAGER: [access.SMS_SEND], access.CLERK: [access.SMS_SEND]})
    assert access.approval_prompt(access.SMS_SEND, "发送短信会产生费用。") == (
        "发送短信会产生费用。\n需要有“发送短信(产生费用)”权限的人员确认(店长、主管、导购)。")
    assert access.approval_prompt(None, "修改员工与权限") == "修改员工与权限需要店长确认。"
    assert access.approvers_note(access.SMS_SEND) == "需店长、主管、导购确认"


def test_no_gate_hard_codes_who_may_approve() -> None:
    """Issue 13: no reason passed to a gate names 店长 or 主管 itself — the helper adds who."""
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                    "require_owner", "approve") and len(node.args) > 1:
                text = ast.unparse(node.args[1])
                assert "店长" not in text and "主管" not in text, f"{path.relative_to(UI)}:{node.lineno}: {text}"
