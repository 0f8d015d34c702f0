"""Issue 17 item 2: the same 保存 / 不保存 / 取消 question on the care templates and the settings
dialogs, for every way of leaving them (Esc, 取消/关闭, the title-bar ×, and for templates:
switching to another kind).  0 = 保存, 1 = 不保存, 2 = 取消."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

LEAVE = ["esc", "cancel", "close"]


def _leave(qtbot, dlg, how: str) -> None:
    if how == "esc":
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    elif how == "cancel":
        dlg.reject()  # what 取消 / 关闭 are wired to
    else:
        dlg.close()


def _privacy(qtbot):
    from vipdesk.ui.privacy.actions import PrivacySettingsDialog

    d = PrivacySettingsDialog(None)
    qtbot.addWidget(d)
    d.show()
    return d


@pytest.mark.parametrize("how", LEAVE)
def test_c10_template_edit_asks_and_save_keeps_it(qtbot, db_path, ui_env, answers, owner_pin, how):
    from vipdesk.model.care import templates
    from vipdesk.ui.care.templates import TemplateEditor

    d = TemplateEditor(None)
    qtbot.addWidget(d)
    d.show()
    kind = d.kind()
    d.edit.setPlainText("Hello {name}")
    owner_pin.allow()
    answers.replies.append(0)
    _leave(qtbot, d, how)
    assert any("未保存" in t for t in answers.texts())
    assert templates.template_for(kind) == "Hello {name}"
    assert not d.isVisible()


@pytest.mark.parametrize("how", LEAVE)
def test_c10_template_edit_cancel_stays_and_discard_drops(qtbot, db_path, ui_env, answers, how):
    from vipdesk.model.care import templates
    from vipdesk.ui.care.templates import TemplateEditor

    d = TemplateEditor(None)
    qtbot.addWidget(d)
    d.show()
    kind = d.kind()
    before = templates.template_for(kind)
    d.edit.setPlainText("Hello {name}")
    answers.replies.append(2)
    _leave(qtbot, d, how)
    assert d.isVisible() and d.edit.toPlainText() == "Hello {name}"
    answers.replies.append(1)
    _leave(qtbot, d, how)
    assert not d.isVisible()
    assert templates.template_for(kind) == before


def test_c10_switching_template_kind_asks_too(qtbot, db_path, ui_env, answers):
    from vipdesk.ui.care.templates import TemplateEditor

    d = TemplateEditor(None)
    qtbot.addWidget(d)
    d.show()
    first = d.kind()
    d.edit.setPlainText("Hello {name}")
    answers.replies.append(2)  # 取消: stay on the first kind with the text
    d.kinds.setCurrentRow(1)
    assert d.kind() == first and d.edit.toPlainText() == "Hello {name}"
    answers.replies.append(1)  # 不保存
    d.kinds.setCurrentRow(1)
    assert d.kind() != first


@pytest.mark.parametrize("how", LEAVE)
def test_privacy_settings_edit_each_way_of_leaving(qtbot, db_path, ui_env, answers, how):
    from vipdesk.model.privacy import anonymise
    from vipdesk.model.store import settings

    d = _privacy(qtbot)
    old = int(settings.get(anonymise.RETENTION_MONTHS.key))
    d.months.setValue(old + 6)
    answers.replies.append(2)
    _leave(qtbot, d, how)
    assert d.isVisible()
    answers.replies.append(0)
    _leave(qtbot, d, how)
    assert int(settings.get(anonymise.RETENTION_MONTHS.key)) == old + 6


def test_untouched_settings_dialogs_close_without_a_question(qtbot, db_path, ui_env, answers):
    from vipdesk.ui.care.settings import CareSettingsDialog
    from vipdesk.ui.loyalty.settings import LoyaltySettingsDialog

    for cls in (CareSettingsDialog, LoyaltySettingsDialog):
        d = cls(None)
        qtbot.addWidget(d)
        d.show()
        qtbot.keyClick(d, Qt.Key.Key_Escape)
        assert not d.isVisible()
    d = _privacy(qtbot)
    d.reject()
    assert answers.shown == []


@pytest.mark.parametrize("cls_path", ["vipdesk.ui.care.settings:CareSettingsDialog",
                                      "vipdesk.ui.loyalty.settings:LoyaltySettingsDialog"])
def test_care_and_loyalty_settings_ask_on_esc_with_edits(qtbot, db_path, ui_env, answers, cls_path):
    import importlib

    from PySide6.QtWidgets import QAbstractSpinBox

    mod, name = cls_path.split(":")
    d = getattr(importlib.import_module(mod), name)(None)
    qtbot.addWidget(d)
    d.show()
    spin = d.findChildren(QAbstractSpinBox)[0]
    spin.stepUp()
    answers.replies.append(2)
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.isVisible() and any("未保存" in t for t in answers.texts())
    answers.replies.append(1)
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert not d.isVisible()


# --- the counter's own small forms: children (P4) and contact notes (C12), via the real window

def _escape_with(qtbot, answers, reply: int, fill):
    def handler(d):
        d.show()
        fill(d)
        answers.replies.append(reply)
        qtbot.keyClick(d, Qt.Key.Key_Escape)

    return handler


@pytest.mark.parametrize("reply, kept", [(0, 1), (1, 0)])
def test_c12_contact_note_typed_then_esc_asks(main_window, shop, drive, answers, qtbot, reply, kept):
    from vipdesk.model.members import detail

    main_window.show_member(shop["zj"])
    drive.push(_escape_with(qtbot, answers, reply, lambda d: qtbot.keyClicks(d.note, "asked about size")))
    qtbot.keyClick(main_window.focusWidget() or main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert any("未保存" in t for t in answers.texts())
    assert len(detail.contacts(shop["zj"])) == kept


def test_p4_child_form_cancel_keeps_the_dialog_open(main_window, shop, drive, answers, qtbot):
    from vipdesk.model.members import detail

    main_window.show_member(shop["zj"])
    left_open: list[bool] = []

    def fill(d):
        d.show()
        qtbot.keyClicks(d.name, "Xiaoming")
        answers.replies.append(2)  # 取消: stay
        qtbot.keyClick(d, Qt.Key.Key_Escape)
        left_open.append(d.isVisible())
        answers.replies.append(0)  # 保存
        qtbot.keyClick(d, Qt.Key.Key_Escape)

    drive.push(fill)
    main_window.detail_pane.children_tab.add()
    assert left_open == [True]
    assert [c.name for c in detail.children(shop["zj"])] == ["Xiaoming"]
