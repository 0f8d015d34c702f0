"""Issue 17: the counter, trusted — never a sale on the wrong member (T1), never a lost edit (P1/P2).

Everything here drives the real main window by keystrokes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


def _type_search(qtbot, window, text: str) -> None:
    box = window.list_pane.search
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)
    box.flush()


def _open(qtbot, window, text: str) -> None:
    _type_search(qtbot, window, text)
    qtbot.keyClick(window.list_pane.search, Qt.Key.Key_Return)


def test_t1_empty_search_result_clears_the_open_member_and_f2_sells_to_nobody(main_window, shop, drive, answers, qtbot):
    """The reported defect: A open, a search that finds nobody, F2 must not book on A."""
    _open(qtbot, main_window, "5678")
    assert main_window.current_member_id() == shop["zj"]
    _type_search(qtbot, main_window, "0000")
    assert main_window.list_pane.model.rowCount() == 0
    assert main_window.current_member_id() is None
    assert main_window.detail_pane.member_id is None
    qtbot.keyClick(main_window.list_pane.search, Qt.Key.Key_F2)
    assert drive.seen == []  # no sale dialog at all
    assert any("散客" in t or "Shift+F2" in t for t in answers.texts())


def test_t1_new_search_with_several_matches_clears_until_the_clerk_picks(main_window, shop, drive, qtbot):
    _open(qtbot, main_window, "5678")
    assert main_window.current_member_id() == shop["zj"]
    _type_search(qtbot, main_window, "1234")  # three members end in 1234
    assert main_window.list_pane.model.rowCount() == 3
    assert main_window.current_member_id() is None
    qtbot.keyClick(main_window.list_pane.search, Qt.Key.Key_F2)
    assert drive.seen == []
    # Down + Enter picks one deliberately.
    qtbot.keyClick(main_window.list_pane.search, Qt.Key.Key_Down)
    qtbot.keyClick(main_window.list_pane.table, Qt.Key.Key_Return)
    assert main_window.current_member_id() in (shop["hmh"], shop["lxy"], shop["zm"])


def test_t1_new_search_with_a_single_match_shows_her(main_window, shop, qtbot):
    _open(qtbot, main_window, "1234")
    _type_search(qtbot, main_window, "5678")
    assert main_window.current_member_id() == shop["zj"]


def test_t1_sale_dialog_names_the_member_and_walk_in_says_so(main_window, shop, drive, qtbot):
    seen: list[tuple[str, str]] = []

    def look(d):
        seen.append((d.windowTitle(), d.who_label.text()))
        d.reject()

    _open(qtbot, main_window, "5678")
    drive.push(look)
    qtbot.keyClick(main_window.focusWidget(), Qt.Key.Key_F2)
    title, first = seen[-1]
    assert "张静" in title and "张静" in first
    assert "137****5678" in first.replace(" ", "") and "普卡" in first
    drive.push(look)
    qtbot.keyClick(main_window.focusWidget(), Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    title, first = seen[-1]
    assert "散客" in title and "散客" in first


def test_t1_search_typed_while_the_sale_dialog_is_open_keeps_the_dialogs_member(main_window, shop, drive, qtbot):
    """The dialog is bound to the member it names; a search typed meanwhile cannot move the sale."""
    _open(qtbot, main_window, "5678")

    def sell(d):
        _type_search(qtbot, main_window, "1234")  # e.g. a colleague types while the dialog is up
        assert "张静" in d.who_label.text()
        qtbot.keyClicks(d.style_code, "K1")
        qtbot.keyClick(d.style_code, Qt.Key.Key_Tab)
        qtbot.keyClicks(d.price, "88")
        qtbot.keyClick(d.price, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive.push(sell)
    qtbot.keyClick(main_window.focusWidget(), Qt.Key.Key_F2)
    from vipdesk.model.members import profile as members

    assert members.get_member(shop["zj"]).purchase_count == 1
    assert members.get_member(shop["hmh"]).purchase_count == 0
    assert main_window.current_member_id() is None  # the new search cleared the pane afterwards


# --- No silent loss (policy: an explicit 保存 / 不保存 / 取消 question; 0 = 保存, 1 = 不保存, 2 = 取消)

def _edit_profile(qtbot, window, shop, text: str = "Room 501") -> None:
    _open(qtbot, window, "5678")
    field = window.detail_pane.profile.address
    field.setFocus()
    qtbot.keyClicks(field, text)
    assert window.detail_pane.profile.dirty


def _address(shop) -> str:
    from vipdesk.model.members import profile as members

    return members.get_member(shop["zj"]).address


def _leave_by(how: str, qtbot, window) -> None:
    if how == "close":
        window.close()
    elif how == "ctrl_q":
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    elif how == "search":
        _type_search(qtbot, window, "1234")
    elif how == "switch":  # another member picked from the reminder pane or the list
        from vipdesk.model.members.profile import find_by_phone

        window.open_member(find_by_phone("13666661234").id)
    elif how == "logout":
        window.confirm_leave()


import pytest  # noqa: E402

WAYS = ["close", "ctrl_q", "search", "switch", "logout"]


@pytest.mark.parametrize("how", WAYS)
def test_p1_profile_edit_then_leave_asks_and_save_keeps_it(main_window, shop, answers, qtbot, how):
    _edit_profile(qtbot, main_window, shop)
    answers.replies.append(0)  # 保存
    _leave_by(how, qtbot, main_window)
    assert any("未保存" in t for t in answers.texts()), answers.texts()
    assert _address(shop) == "Room 501"


@pytest.mark.parametrize("how", WAYS)
def test_p1_profile_edit_then_leave_discard_drops_it(main_window, shop, answers, qtbot, how):
    _edit_profile(qtbot, main_window, shop)
    answers.replies.append(1)  # 不保存
    _leave_by(how, qtbot, main_window)
    assert _address(shop) == ""
    assert not main_window.detail_pane.profile.dirty


@pytest.mark.parametrize("how", ["close", "ctrl_q", "switch", "logout"])
def test_p1_profile_edit_then_leave_cancel_stays_with_the_edit(main_window, shop, answers, qtbot, how):
    _edit_profile(qtbot, main_window, shop)
    answers.replies.append(2)  # 取消
    _leave_by(how, qtbot, main_window)
    assert main_window.isVisible()
    assert main_window.current_member_id() == shop["zj"]
    assert main_window.detail_pane.profile.address.text() == "Room 501"
    assert main_window.detail_pane.profile.dirty
    assert main_window.confirm_leave.__doc__


def test_p2_soft_profile_notes_edit_survives_close(main_window, shop, answers, qtbot):
    _open(qtbot, main_window, "5678")
    notes = main_window.detail_pane.profile.soft_notes
    notes.setFocus()
    qtbot.keyClicks(notes, "likes grey")
    answers.replies.append(0)
    main_window.close()
    from vipdesk.model.members import profile as members

    assert members.get_member(shop["zj"]).soft_notes == "likes grey"


def test_p1_clean_form_leaves_without_a_question(main_window, shop, answers, qtbot):
    _open(qtbot, main_window, "5678")
    assert main_window.confirm_leave()
    main_window.close()
    assert not any("未保存" in t for t in answers.texts())
