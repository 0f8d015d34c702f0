"""The counter window: customer list | detail pane | reminder pane.

Panes talk by member id: ``member_changed(int)`` when the clerk opens a
member, ``data_changed()`` after any write so every pane refreshes.
Feature modules plug in through ``vipdesk.ui.features`` using ``menu(name)``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget

from vipdesk.model import settings

log = logging.getLogger(__name__)

MENU_NAMES = ("会员", "销售", "关怀", "报表", "数据", "设置", "帮助")


def ui_settings() -> QSettings:
    """Window geometry and splitter sizes: per PC, kept apart from the shop's settings in the db."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "vipdesk", "vipdesk-ui")


class _FallbackReminderPane(QWidget):
    """Shown until the reminder pane module exists (or if it fails to load)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        lay = QVBoxLayout(self)
        label = QLabel(self.tr("提醒"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(label)

    def refresh(self) -> None:
        pass


class MainWindow(QMainWindow):
    """Signals:
        member_changed(int): the member opened in the detail pane (0 = none).
        data_changed(): something was written; panes refresh.
    """

    member_changed = Signal(int)
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._member_id: int | None = None
        self._menus: dict[str, QMenu] = {}
        self.setObjectName("MainWindow")
        self._build_menus()
        self._build_panes()
        self._build_actions()
        self.update_title()
        self.statusBar()
        self.data_changed.connect(self._on_data_changed)
        self._restore_geometry()
        from vipdesk.ui.features import install_features

        install_features(self)
        self.refresh_status()

    # --- structure
    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name in MENU_NAMES:
            self._menus[name] = bar.addMenu(self.tr(name))

    def menu(self, name: str) -> QMenu:
        """One of 会员/销售/关怀/报表/数据/设置/帮助 for features to add actions to."""
        return self._menus[name]

    def add_action(self, menu: str, text: str, slot, shortcut: str | QKeySequence | None = None,
                   tip: str = "") -> QAction:
        """An action in a menu with its shortcut shown in the menu and in the tooltip."""
        act = QAction(text, self)
        if shortcut:
            seq = QKeySequence(shortcut)
            act.setShortcut(seq)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            tip = f"{tip or text} ({seq.toString(QKeySequence.SequenceFormat.NativeText)})"
        act.setToolTip(tip or text)
        act.setStatusTip(tip or text)
        act.triggered.connect(slot)
        self.menu(menu).addAction(act)
        self.addAction(act)
        return act

    def _build_panes(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.list_pane = QWidget(self)
        self.detail_pane = QWidget(self)
        self.reminder_pane = self._make_reminder_pane()
        for w in (self.list_pane, self.detail_pane, self.reminder_pane):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)

    def _make_reminder_pane(self) -> QWidget:
        try:
            from vipdesk.ui.reminder_pane import ReminderPane
        except ImportError:
            return _FallbackReminderPane(self)
        try:
            return ReminderPane(self)
        except Exception:  # noqa: BLE001 - the counter must open even if reminders fail
            log.exception("reminder pane failed")
            return _FallbackReminderPane(self)

    def _build_actions(self) -> None:
        pass

    # --- state
    def current_member_id(self) -> int | None:
        return self._member_id

    def open_member(self, member_id: int | None) -> None:
        self._member_id = member_id
        self.member_changed.emit(member_id or 0)

    def shop_name(self) -> str:
        return str(settings.get(settings.SHOP_NAME.key))

    def update_title(self) -> None:
        self.setWindowTitle(self.tr("会员管家 vipdesk — {shop}").format(shop=self.shop_name()))

    def refresh_status(self) -> None:
        from vipdesk.model.member_list import member_count

        self.statusBar().showMessage(self.tr("会员 {n} 位").format(n=f"{member_count():,}"))

    def _on_data_changed(self) -> None:
        self.refresh_status()
        refresh = getattr(self.reminder_pane, "refresh", None)
        if callable(refresh):
            try:
                refresh()
            except Exception:  # noqa: BLE001
                log.exception("reminder pane refresh failed")

    # --- geometry
    def _restore_geometry(self) -> None:
        s = ui_settings()
        geo = s.value("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            self.resize(1360, 820)
        split = s.value("main/splitter")
        if split is not None:
            self.splitter.restoreState(split)

    def save_geometry(self) -> None:
        s = ui_settings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        self.save_geometry()
        super().closeEvent(event)
