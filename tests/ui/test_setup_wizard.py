"""Issue 17 item 4: the first-run wizard, driven through its widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vipdesk.model.setup import first_run


def test_wizard_fills_trade_defaults_and_applies_them(qtbot, db_path, ui_env, answers):
    from vipdesk.model.loyalty import tiers
    from vipdesk.model.privacy import owner
    from vipdesk.model.store import settings
    from vipdesk.ui.setup.wizard import SetupWizard

    w = SetupWizard()
    qtbot.addWidget(w)
    w.show()
    qtbot.keyClicks(w.shop_name, "Lily Kids")
    w.next()
    assert w.currentId() == 1
    w.trade.setCurrentIndex(w.trade.findData("jewelry"))
    assert w.silver.value() == 30000 and "核对" in w.source_note.text()
    w.trade.setCurrentIndex(w.trade.findData("kids"))
    assert (w.silver.value(), w.gold.value(), w.care.value()) == (3000, 6000, 90)
    w.gold.setValue(8000)
    w.next()
    qtbot.keyClicks(w.pin, "258025")
    qtbot.keyClicks(w.pin2, "258925")
    w.next()
    assert w.currentId() == 2 and any("不一样" in t for t in answers.texts())
    w.pin2.clear()
    qtbot.keyClicks(w.pin2, "258025")
    w.next()
    w.start_buttons["import"].setChecked(True)
    w.accept()
    assert w.answers is not None and w.answers.start == "import"
    assert settings.get(settings.SHOP_NAME.key) == "Lily Kids"
    assert [t.threshold for t in tiers.tiers()] == [0, 3000, 8000, 16000]
    assert owner.check_owner_pin("258025")
    assert not first_run.needs_setup()


def test_empty_shop_name_is_refused_on_its_page(qtbot, db_path, ui_env, answers):
    from vipdesk.ui.setup.wizard import SetupWizard

    w = SetupWizard()
    qtbot.addWidget(w)
    w.show()
    qtbot.keyClick(w.shop_name, Qt.Key.Key_Return)
    w.next()
    assert w.currentId() == 0
    assert any("店名" in t for t in answers.texts())


def test_main_window_title_uses_the_shop_name_after_setup(main_window):
    from vipdesk.model.store import settings

    settings.put(settings.SHOP_NAME.key, "丽人服饰")
    main_window.update_title()
    assert main_window.windowTitle() == "丽人服饰 — 会员管家"
