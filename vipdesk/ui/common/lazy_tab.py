"""A tab page built the first time the clerk opens it (issue 14).

The member's 积分 and 分群 tabs import their features' models and widgets (~0.1 s
together); the counter paints without them, and a clerk who never opens them never
pays.  The page keeps the tab's place, title and shortcut from the start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Holds the place of ``build(parent)``'s widget until the tab is first shown (or ``page()``)."""

    def __init__(self, parent: QWidget | None, build: Callable[[QWidget], QWidget]) -> None:
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        """The real tab, built now if it was not yet."""
        if self._page is None:
            self._page = self._build(self)
            self.layout().addWidget(self._page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        self.page()
        super().showEvent(event)
