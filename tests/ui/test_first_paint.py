"""Issue 14: what the first screen does not need waits until the window has painted once
(ui/common/first_paint.py): the reminder scan, the scanner and idle-lock filters on the whole
application, and the member's 积分 / 分群 tabs (built when first opened)."""

from __future__ import annotations

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
