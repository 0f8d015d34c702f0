"""Issue 14: what the first screen does not need waits until the window has painted once
(ui/common/first_paint.py): the reminder scan, the scanner and idle-lock filters on the whole
application, and the member's 积分 / 分群 tabs (built when first opened)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit


def _type_into(widget: QLineEdit, text: str) -> None:
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_background_work_starts_after_the_first_paint(qtbot, db_path, ui_env, answers):
    from vipdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    other = QLineEdit()
    qtbot.addWidget(other)
    assert not window.deferred_done
    assert window.reminder_pane.title.text() == "正在计算今日提醒…"
    _type_into(other, "7")
    assert window.scan_filter._digits == ""  # not listening to the application yet
    assert not window.loyalty_tab.built and not window.segment_tab.built

    window.show()
    qtbot.waitUntil(lambda: window.deferred_done)
    assert window._painted  # started by the paint, not by the fallback timer
    qtbot.waitUntil(lambda: window.reminder_pane.title.text().startswith("今日提醒"))
    _type_into(other, "7")
    assert window.scan_filter._digits.endswith("7")
    assert not window.loyalty_tab.built  # still: nobody opened it
    window.close()


def test_a_window_never_painted_still_starts_its_work(qtbot, db_path, ui_env, answers):
    """Started minimised (or hidden): the work runs after the fallback delay."""
    from vipdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.deferred_done, timeout=5000)
    assert not window._painted
    qtbot.waitUntil(lambda: window.reminder_pane.title.text().startswith("今日提醒"))


def test_member_page_is_built_at_the_first_member_opened(qtbot, db_path, ui_env, answers):
    """Issue 14: the counter starts on the detail pane's empty page; the member page (header,
    tabs, the features' 积分 / 分群 tabs in their places, the header's privacy menu) is built
    when the clerk first opens a member."""
    from PySide6.QtWidgets import QWidget

    from vipdesk.model.members import profile as members
    from vipdesk.ui.main_window import MainWindow

    m = members.enrol("周芳", "13812345678")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.deferred_done)
    pane = window.detail_pane
    assert not pane.page_built and pane.findChild(QWidget, "memberHeader") is None
    assert pane.stack.count() == 1 and pane.leave_edits()  # nothing typed, nothing to ask

    window.open_member(m.id)
    assert pane.page_built and pane.stack.currentIndex() == 1
    assert pane.name_label.text() == "周芳"
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    assert titles == ["档案", "消费记录", "积分", "孩子", "会员卡", "纪念日", "联系记录", "分群"]
    header = pane.findChild(QWidget, "memberHeader")
    assert "撤回营销同意" in [a.text() for a in header.actions()]
    window.close()


def test_asking_for_a_part_of_the_member_page_builds_it(qtbot, db_path, ui_env, answers):
    """Code that reaches for the tabs before any member is open (a shortcut, a feature) gets
    the real page, not an error."""
    from vipdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    pane = window.detail_pane
    assert not pane.page_built
    assert pane.tabs.count() == 8 and pane.page_built
    assert pane.stack.currentIndex() == 0  # still the empty page: nobody is open
    with pytest.raises(AttributeError):
        pane.no_such_part  # noqa: B018 - other names still raise
    window.close()


def test_segment_combo_fills_when_the_clerk_reaches_for_it(qtbot, db_path, ui_env, answers):
    """Issue 14: the list's 分群 combo shows 全部会员 at start and lists the segments when it is
    opened, focused from the keyboard or scrolled — the start does not load the catalogue."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    from vipdesk.model.segmentation import SEGMENTS
    from vipdesk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.deferred_done)
    combo = window.segment_combo
    assert combo.count() == 1 and combo.currentText() == "全部会员" and not combo.filled
    combo.showPopup()
    assert combo.count() == 1 + len(SEGMENTS) and combo.currentIndex() == 0
    combo.hidePopup()
    window.close()

    for reach in ("focus", "wheel"):
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        combo = window.segment_combo
        if reach == "focus":
            window.activateWindow()
            combo.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda c=combo: c.filled)
        else:
            QApplication.sendEvent(combo, QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))),
                                                      QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                                                      Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                                                      False))
            assert combo.filled and combo.currentIndex() == 1  # scrolled down one: the first segment
        assert combo.count() == 1 + len(SEGMENTS), reach
        window.close()


def test_background_work_waits_for_the_window_to_settle(qtbot, db_path, ui_env, answers, monkeypatch):
    """Issue 14: work that starts a Python worker (the reminder scan, the instance server's
    QtNetwork) competes with the GUI thread for the interpreter; ``settle=True`` starts it
    ``SETTLE_MS`` after the first paint, while plain deferred work (the scanner filter) runs at once."""
    from vipdesk.ui.common import first_paint
    from vipdesk.ui.main_window import MainWindow

    monkeypatch.setattr(first_paint, "SETTLE_MS", 1500)
    window = MainWindow()
    qtbot.addWidget(window)
    ran: list[str] = []
    window.after_first_paint(lambda: ran.append("settled"), settle=True)
    window.after_first_paint(lambda: ran.append("at once"))
    other = QLineEdit()
    qtbot.addWidget(other)
    window.show()
    qtbot.waitUntil(lambda: window.deferred_done)
    _type_into(other, "7")
    assert window.scan_filter._digits.endswith("7")  # listening at once
    assert ran == ["at once"]
    qtbot.waitUntil(lambda: ran == ["at once", "settled"], timeout=10_000)
    window.after_first_paint(lambda: ran.append("late"), settle=True)  # after the paint: still settles
    assert ran[-1] == "settled"
    qtbot.waitUntil(lambda: ran[-1] == "late", timeout=10_000)
    window.after_first_paint(lambda: ran.append("after close"), settle=True)
    window.close()  # closed before it settles: the work is dropped, not run on a closed window
    qtbot.wait(1800)
    assert ran[-1] == "late"
