"""The 分群 combo above the customer list, filled when the clerk first reaches for it.

Issue 14: its items come from the segmentation catalogue, whose import (rules, facts,
classifier: ~20 ms) the counter's first paint does not need; the combo shows 全部会员 until
it is clicked, focused or scrolled, and fills itself then.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class SegmentCombo(QComboBox):
    """全部会员 (data "") then one item per segment (data = the segment's key)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentCombo")
        self.setToolTip(QCoreApplication.translate("reports", "只显示某个会员分群(规则见 帮助 → 会员分群规则)"))
        self.addItem(QCoreApplication.translate("reports", "全部会员"), "")
        self._filled = False

    @property
    def filled(self) -> bool:
        return self._filled

    def fill(self) -> None:
        """Add the segments (once); the current choice stays."""
        if self._filled:
            return
        self._filled = True
        from vipdesk.model.segmentation import SEGMENTS

        blocked = self.blockSignals(True)
        for d in SEGMENTS:
            self.addItem(d.display, d.key)
        self.blockSignals(blocked)

    def showPopup(self) -> None:  # noqa: N802 - Qt name
        self.fill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt name
        self.fill()  # keys (arrows, typing a name) choose from the full list
        super().focusInEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt name
        self.fill()
        super().wheelEvent(event)
