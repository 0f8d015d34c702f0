from vipdesk.ui.main_window import MENU_NAMES


def test_window_has_menus_title_and_status(main_window):
    assert "会员管家" in main_window.windowTitle()
    for name in MENU_NAMES:
        assert main_window.menu(name).title() == name
    assert main_window.windowTitle().endswith(" — 会员管家")
    assert main_window.windowTitle().count("会员管家") == main_window.shop_name().count("会员管家") + 1
    # Issue 17 polish: one member count (under the list), not a second one in the status bar.
    assert main_window.list_pane.count_label.text() == "共 0 位会员"
    assert "位" not in main_window.statusBar().currentMessage()


def test_no_two_actions_share_a_shortcut(main_window):
    """Qt fires neither of two actions with the same key ("ambiguous shortcut")."""
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    clashes = []
    for act in main_window.findChildren(QAction):
        for seq in act.shortcuts():
            key = seq.toString()
            if not key:
                continue
            if key in seen and seen[key] != act.text():
                clashes.append((key, seen[key], act.text()))
            seen[key] = act.text()
    assert clashes == []


def test_shortcut_help_lists_every_action_key(main_window, answers):
    main_window.show_shortcuts()
    text = answers.texts()[0]
    for key in ("Ctrl+F / F6", "Ctrl+N", "F2", "Shift+F2", "F3", "Ctrl+L", "Ctrl+Enter"):
        assert key in text
