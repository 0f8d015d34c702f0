"""Find a member, open her and start a sale without touching the mouse."""

from PySide6.QtCore import Qt


def test_keyboard_only_search_open_sell(main_window, shop, drive, qtbot):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.isActiveWindow(), timeout=5000)
    box = main_window.list_pane.search
    qtbot.waitUntil(box.hasFocus, timeout=5000)
    qtbot.keyClicks(box, "5678")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert main_window.current_member_id() == shop["zj"]

    def sell(d):
        qtbot.keyClicks(d.style_code, "K1")
        qtbot.keyClick(d.style_code, Qt.Key.Key_Tab)
        qtbot.keyClicks(d.price, "88")
        qtbot.keyClick(d.price, Qt.Key.Key_Return)
        qtbot.keyClick(d.style_code, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive.push(sell)
    qtbot.keyClick(main_window.focusWidget() or main_window, Qt.Key.Key_F2)
    assert drive.seen == ["SaleDialog"]
    assert main_window.detail_pane.history.tree.topLevelItemCount() == 1

    # Ctrl+F goes back to the search box from anywhere
    main_window.detail_pane.tabs.setFocus()
    qtbot.keyClick(main_window.focusWidget() or main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()
