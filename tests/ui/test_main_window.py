from vipdesk.ui.main_window import MENU_NAMES


def test_window_has_menus_title_and_status(main_window):
    assert "会员管家" in main_window.windowTitle()
    for name in MENU_NAMES:
        assert main_window.menu(name).title() == name
    assert "会员 0 位" in main_window.statusBar().currentMessage()
