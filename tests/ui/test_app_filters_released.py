"""A closed main window must stop watching the whole application's events.

The scanner filter (issue 17 item 6) and the idle-lock filter (issue 13 item 4) are
installed on the QApplication.  A window that was closed but not yet deleted kept them
there, so every later event still ran through its Python filters: with 80 closed windows
50 rounds of processEvents took 3.9 s instead of 0.1 s, and the full test suite (hundreds
of windows in one process) slowed to a standstill inside pytest-qt's event processing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit


def _type_into(widget: QLineEdit, text: str) -> None:
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_closed_window_no_longer_sees_other_widgets_keys(main_window, qtbot) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    _type_into(other, "7")
    assert main_window.scan_filter._digits.endswith("7")  # while open it hears every key (scans anywhere)

    main_window.close()
    main_window.scan_filter.reset()
    idle_before = main_window.sign_in.last_input
    _type_into(other, "123")
    assert main_window.scan_filter._digits == ""
    assert main_window.sign_in.last_input == idle_before


def test_a_reopened_window_listens_again(main_window, qtbot) -> None:
    main_window.close()
    main_window.show()
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    main_window.scan_filter.reset()
    _type_into(other, "42")
    assert main_window.scan_filter._digits == "42"
