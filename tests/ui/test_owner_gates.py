"""Owner-only menu actions ask the PIN before their window even opens (issue 7):
imports are bulk actions; without the PIN nothing opens and nothing is written."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _action(window, menu: str, text: str):
    return next(a for a in window.menu(menu).actions() if a.text() == text)


@pytest.mark.parametrize("text, dialog", [("导入会员…", "ImportWizard"), ("导入销售明细…", "SalesImportDialog")])
def test_imports_need_the_owner(main_window, drive, owner_pin, text, dialog):
    act = _action(main_window, "数据", text)
    owner_pin.deny()
    act.trigger()
    owner_pin.cancel()
    act.trigger()
    assert drive.seen == ["PinDialog", "PinDialog"]
    owner_pin.allow()
    act.trigger()  # the import window opens (and is closed unanswered)
    assert drive.seen[2:] == ["PinDialog", dialog]


def test_without_a_pin_the_owner_must_set_one_first(main_window, drive, answers):
    """No default PIN: the first owner action asks to set one; postponing opens nothing."""
    drive.push(lambda d: d.reject())
    _action(main_window, "数据", "导入会员…").trigger()
    assert drive.seen == ["SetPinDialog"]
    assert any("还没有设置" in t for t in answers.texts())
