"""The counter window: customer list | detail pane | reminder pane.

Panes talk by member id: ``member_changed(int)`` when the clerk opens a
member, ``data_changed()`` after any write so every pane refreshes.
Feature modules plug in through ``vipdesk.ui.common.features`` using ``menu(name)``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import fen_to_yuan_text
from vipdesk.model.store import settings
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.first_paint import AfterFirstPaint
from vipdesk.ui.counter.scanner import ScanHandling
from vipdesk.ui.printing.window_actions import PrintingActions

log = logging.getLogger(__name__)

# Keys for menu(name) are always these Chinese names; the titles shown are translated.
MENU_NAMES = (QT_TRANSLATE_NOOP("MainWindow", "会员"), QT_TRANSLATE_NOOP("MainWindow", "销售"),
              QT_TRANSLATE_NOOP("MainWindow", "关怀"), QT_TRANSLATE_NOOP("MainWindow", "报表"),
              QT_TRANSLATE_NOOP("MainWindow", "数据"), QT_TRANSLATE_NOOP("MainWindow", "设置"),
              QT_TRANSLATE_NOOP("MainWindow", "帮助"))


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


class MainWindow(ScanHandling, PrintingActions, AfterFirstPaint, QMainWindow):
    """Signals:
        member_changed(int): the member opened in the detail pane (0 = none).
        data_changed(): something was written; panes refresh.

    The scanner handlers live in ui/counter/scanner.py (``ScanHandling``), the printing actions
    in ui/printing/window_actions.py (``PrintingActions``).
    """

    member_changed = Signal(int)
    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._member_id: int | None = None
        self._menus: dict[str, QMenu] = {}
        self._init_first_paint()  # ui/common/first_paint.py: what the first screen does not need waits
        self.setObjectName("MainWindow")
        self._build_menus()
        self._build_panes()
        self._build_actions()
        self.update_title()
        self.statusBar()
        self.data_changed.connect(self._on_data_changed)
        self._restore_geometry()
        from vipdesk.ui.common.features import install_features

        install_features(self)
        self.refresh_status()
        self._install_scanner()
        self.list_pane.search.setFocus()

    # --- structure
    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name in MENU_NAMES:
            self._menus[name] = bar.addMenu(QCoreApplication.translate("MainWindow", name))

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
        from vipdesk.ui.counter.detail_pane import DetailPane
        from vipdesk.ui.counter.list_pane import MemberListPane

        self.list_pane = MemberListPane(self)
        self.detail_pane = DetailPane(self)
        self.reminder_pane = self._make_reminder_pane()
        # The centre holds the member; on a small screen the reminders become its second tab.
        self.centre_tabs = QTabWidget(self)
        self.centre_tabs.setObjectName("centreTabs")
        self.centre_tabs.setDocumentMode(True)
        # Each pane scrolls instead of forcing the window wider than a 1024 px screen (issue 17).
        self.detail_scroll = self._scroller(self.detail_pane)
        self.reminder_scroll = self._scroller(self.reminder_pane)
        self.centre_tabs.addTab(self.detail_scroll, self.tr("会员"))
        self.centre_tabs.tabBar().hide()
        for w in (self.list_pane, self.centre_tabs, self.reminder_scroll):
            self.splitter.addWidget(w)
        self.splitter.setChildrenCollapsible(True)  # drag a pane shut at 1024×768
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.setCentralWidget(self.splitter)
        self.splitter.setSizes([470, 560, 390])
        self.reminders_tabbed = False
        self.list_pane.member_selected.connect(self.open_member)
        self.list_pane.member_opened.connect(self.activate_member)
        self.list_pane.enrol_requested.connect(self._offer_enrol)
        self.list_pane.member_cleared.connect(lambda: self.open_member(None))
        self.member_changed.connect(lambda mid: self.detail_pane.set_member(mid or None))
        self.detail_pane.changed.connect(self.data_changed)
        self.detail_pane.sale_requested.connect(self.new_sale)
        self.detail_pane.visit_requested.connect(self.log_visit)
        self.detail_pane.contact_requested.connect(self.add_contact)
        self.detail_pane.return_requested.connect(self.return_sale)

    def _scroller(self, pane: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidget(pane)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setMinimumWidth(240)
        return area

    def _make_reminder_pane(self) -> QWidget:
        try:
            from vipdesk.ui.care.reminder_pane import ReminderPane
        except ImportError:
            return _FallbackReminderPane(self)
        try:
            return ReminderPane(self)
        except Exception:  # noqa: BLE001 - the counter must open even if reminders fail
            log.exception("reminder pane failed")
            return _FallbackReminderPane(self)

    def _build_actions(self) -> None:
        self.act_search = self.add_action("会员", self.tr("查找会员"), self.focus_search, "Ctrl+F",
                                          self.tr("手机尾号、卡号、姓名或拼音"))
        self.act_search.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("F6")])
        self.act_search.setToolTip(self.tr("手机尾号、卡号、姓名或拼音 (Ctrl+F / F6)"))
        self.act_enrol = self.add_action("会员", self.tr("新会员入会…"), lambda: self.enrol(), "Ctrl+N")
        self.act_visit = self.add_action("会员", self.tr("到店未购"), self.log_visit, "F3",
                                         self.tr("记录当前会员到店但没买"))
        self.act_contact = self.add_action("会员", self.tr("添加联系记录…"), self.add_contact, "Ctrl+L",
                                           self.tr("记录一次电话或消息"))
        self.act_sale = self.add_action("销售", self.tr("会员销售…"), self.new_sale, "F2", self.tr("为当前会员记一笔销售"))
        self.act_walk_in = self.add_action("销售", self.tr("非会员销售…"), self.walk_in_sale, "Shift+F2",
                                           self.tr("散客销售也要记录,用于统计会员销售占比"))
        self.act_return = self.add_action("销售", self.tr("退货 / 换货…"), self.return_for_member, "F4",
                                          self.tr("当前会员的退货:选小票、商品和数量"))
        self.act_return_ticket = self.add_action("销售", self.tr("按小票号退货…"), self.return_by_ticket, "Shift+F4",
                                                 self.tr("输入或扫描小票号找到原销售(散客也可以)"))
        self._build_printing_actions()  # ui/printing/window_actions.py
        self.act_staff = self.add_action("设置", self.tr("导购管理…"), self.manage_staff)
        self.act_reminder_tab = self.add_action("设置", self.tr("提醒放在标签页里(小屏幕)"),
                                                lambda on: self.set_reminders_tabbed(bool(on)))
        self.act_reminder_tab.setCheckable(True)
        self.act_quit = self.add_action("会员", self.tr("退出"), self.close, "Ctrl+Q",
                                        self.tr("关闭会员管家(未保存的修改会先问)"))
        from vipdesk.ui.common.write_gate import WriteGate

        self.write_gate = WriteGate(self, [self.act_enrol, self.act_visit, self.act_contact, self.act_sale,
                                           self.act_walk_in, self.act_return, self.act_return_ticket])
        self.add_action("帮助", self.tr("快捷键"), self.show_shortcuts)
        self.add_action("帮助", self.tr("关于会员管家"), self.show_about)

    # --- actions
    def focus_search(self) -> None:
        self.list_pane.search.setFocus()
        self.list_pane.search.selectAll()

    def activate_member(self, member_id: int) -> None:
        """Enter on a result: open her and move the keyboard to the detail pane."""
        self.list_pane.select_member(member_id)
        self.open_member(member_id)
        self.detail_pane.tabs.setFocus()

    def last_clerk(self) -> int | None:
        from vipdesk.model.access import current_staff_id

        signed_in = current_staff_id()  # issue 13: sales and enrolments go to who is signed in
        if signed_in is not None:
            return signed_in
        value = ui_settings().value("counter/clerk")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def remember_clerk(self, clerk_id: int | None) -> None:
        if clerk_id is not None:
            ui_settings().setValue("counter/clerk", clerk_id)

    def _need_member(self) -> int | None:
        mid = self.current_member_id()
        if mid is None:
            dialogs.info(self, self.tr("请先在左侧查找并选中一位会员"))
        return mid

    def _offer_enrol(self, phone: str) -> None:
        if dialogs.ask(self, self.tr("没有手机号为 {phone} 的会员,现在为她办理入会吗?").format(phone=phone)):
            self.enrol(phone)

    def enrol(self, phone: str = "") -> int | None:
        from vipdesk.ui.counter.enrol_dialog import EnrolDialog

        if not self.write_gate.allow():
            return None
        dlg = EnrolDialog(self, clerk_id=self.last_clerk())
        if phone:
            dlg.phone.setText(phone)
        if not dialogs.exec_dialog(dlg) or dlg.member_id is None:
            return None
        if not dlg.opened_existing:
            self.remember_clerk(dlg.clerk.clerk_id())
            self.list_pane.search.clear()
            self.data_changed.emit()
            self.statusBar().showMessage(self.tr("已入会:{name}").format(name=dlg.name.text().strip()), 8000)
        self.show_member(dlg.member_id)
        return dlg.member_id

    def show_member(self, member_id: int) -> None:
        """Open a member even if the current search does not list her."""
        if not self.list_pane.select_member(member_id):
            self.list_pane.search.clear()
            self.list_pane.refresh()
            self.list_pane.select_member(member_id)
        self.open_member(member_id)

    def new_sale(self):
        mid = self.current_member_id()
        if mid is None:
            dialogs.info(self, self.tr("请先选中一位会员;非会员销售请按 Shift+F2"))
            return None
        return self._sale(mid)

    def walk_in_sale(self):
        return self._sale(None)

    def _sale(self, member_id: int | None):
        from vipdesk.ui.counter.sale_dialog import SaleDialog

        if not self.write_gate.allow():
            return None
        dlg = SaleDialog(self, member_id, self.last_clerk())
        if not dialogs.exec_dialog(dlg) or dlg.sale is None:
            return None
        sale = dlg.sale
        self.remember_clerk(sale.clerk_id)
        self.data_changed.emit()
        self.till.after_sale(sale.id)  # the sale is saved; a printer problem only costs the slip
        msg = self.tr("已记录小票 {no}:实收 {paid}").format(no=sale.ticket_no, paid=fen_to_yuan_text(sale.paid))
        if member_id:
            msg += self.tr(",积分 +{n}").format(n=sale.points)
        self.statusBar().showMessage(msg, 15000)
        return sale

    def return_for_member(self):
        """F4: the ticket selected in her history, else pick one of her tickets; no member → by ticket number."""
        mid = self.current_member_id()
        if mid is None:
            return self.return_by_ticket()
        sel = self.detail_pane.history.selected_sale()
        if sel is not None and sel[1] == "sale" and self.detail_pane.tabs.currentWidget() is self.detail_pane.history:
            return self.return_sale(sel[0])
        from vipdesk.ui.counter.return_dialog import TicketPicker

        picker = TicketPicker(self, mid)
        if not picker.sales:
            dialogs.info(self, self.tr("{name} 没有可退的小票").format(name=picker.member_name))
            return None
        if not dialogs.exec_dialog(picker) or picker.chosen is None:
            return None
        return self.return_sale(picker.chosen)

    def return_selected_sale(self) -> None:
        sel = self.detail_pane.history.selected_sale() if self.current_member_id() else None
        if sel is None or sel[1] != "sale":
            dialogs.info(self, self.tr("请在会员的“消费记录”里选中要退换的销售小票"))
            self.detail_pane.tabs.setCurrentWidget(self.detail_pane.history)
            return
        self.return_sale(sel[0])

    def return_by_ticket(self):
        from vipdesk.ui.counter.member_dialogs import TicketDialog, run_form

        sale_id = run_form(TicketDialog(self))
        return self.return_sale(sale_id) if sale_id is not None else None

    def return_sale(self, sale_id: int):
        from vipdesk.model.sales import recording as sales
        from vipdesk.ui.counter.return_dialog import ReturnDialog

        if not self.write_gate.allow():
            return None
        if not any(left > 0 for _line, left in sales.returnable(sale_id)):
            dialogs.show_error(self, self.tr("小票:这张小票已全部退货,不能再退"))
            return None
        dlg = ReturnDialog(self, sale_id, self.last_clerk())
        if not dialogs.exec_dialog(dlg) or dlg.result_sale is None:
            return None
        ret = dlg.result_sale
        self.data_changed.emit()
        self.till.after_sale(ret.id)  # the refund slip (method, points back), if receipts are on
        self.statusBar().showMessage(self.tr("已退货 {no}:退款 {paid}").format(
            no=ret.ticket_no, paid=fen_to_yuan_text(-ret.paid)), 15000)
        if dlg.exchange:
            if ret.member_id:
                self._sale(ret.member_id)
            else:
                self.walk_in_sale()
        return ret

    def log_visit(self) -> None:
        from vipdesk.ui.counter.member_dialogs import VisitDialog, run_form

        if not self.write_gate.allow():
            return
        mid = self._need_member()
        if mid is None:
            return
        clerk = self.detail_pane.profile.clerk.clerk_id() or self.last_clerk()
        if run_form(VisitDialog(self, mid, clerk)) is not None:
            self.data_changed.emit()
            self.statusBar().showMessage(self.tr("已记录到店未购"), 8000)

    def add_contact(self) -> None:
        from vipdesk.ui.counter.member_dialogs import ContactDialog, run_form

        if not self.write_gate.allow():
            return
        mid = self._need_member()
        if mid is None:
            return
        clerk = self.detail_pane.profile.clerk.clerk_id() or self.last_clerk()
        if run_form(ContactDialog(self, mid, clerk)) is not None:
            self.data_changed.emit()

    def manage_staff(self) -> None:
        from vipdesk.ui.counter.staff_dialog import StaffDialog
        from vipdesk.ui.privacy.pin import require_owner

        if not require_owner(self, self.tr("管理导购"), "manage_staff"):
            return
        dlg = StaffDialog(self)
        dlg.changed.connect(self.data_changed)
        dialogs.exec_dialog(dlg)

    def shortcut_lines(self) -> list[str]:
        """Every menu action with a key (features' too), then the keys that are not actions."""
        lines = []
        for act in self.actions():
            keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())
            if keys:
                lines.append(f"{keys}\t{act.text().rstrip('…')}")
        lines += [self.tr("回车\t打开选中的会员"), self.tr("↓\t从搜索框进入会员列表"), self.tr("Esc\t清空搜索"),
                  self.tr("Ctrl+S\t保存档案"),
                  self.tr("销售窗口:回车 / Insert 添加一行,Delete 删除选中行,Ctrl+Enter 确认收款")]
        return lines

    def show_shortcuts(self) -> None:
        dialogs.info(self, "\n".join(self.shortcut_lines()), self.tr("快捷键"))

    def show_about(self) -> None:
        from vipdesk import __version__

        dialogs.info(self, self.tr("会员管家 vipdesk {v}\n离线的店铺会员管理:档案、销售、积分与关怀。\n"
                                   "会员资料只保存在本机,绝不外泄。").format(v=__version__), self.tr("关于"))

    # --- state
    def current_member_id(self) -> int | None:
        return self._member_id

    def confirm_leave(self) -> bool:
        """Ask about unsaved edits (保存 / 不保存 / 取消) before the clerk leaves them.

        Called before switching member, a new search, closing, Ctrl+Q — and by staff
        logout.  True when nothing is pending any more; False = stay where you are.
        """
        return self.detail_pane.leave_edits()

    def open_member(self, member_id: int | None) -> None:
        """Show a member in the detail pane (and every pane listening to member_changed)."""
        if member_id == self._member_id:
            return
        if not self.confirm_leave():
            # 取消: stay with her and her edits; put the list's highlight back on her.
            sel = self.list_pane.table.selectionModel()
            sel.blockSignals(True)
            try:
                if self._member_id is None or not self.list_pane.select_member(self._member_id):
                    self.list_pane.table.clearSelection()
            finally:
                sel.blockSignals(False)
            return
        self._member_id = member_id
        # Opened from elsewhere (reminder pane, a feature): highlight her in the list if she is listed.
        if member_id:
            self.list_pane.select_member(member_id)  # re-enters here with the same id and returns
        else:
            self.list_pane.table.clearSelection()
            self.list_pane.table.setCurrentIndex(self.list_pane.model.index(-1, -1))
        self.member_changed.emit(member_id or 0)

    def shop_name(self) -> str:
        return str(settings.get(settings.SHOP_NAME.key))

    def update_title(self) -> None:
        self.setWindowTitle(self.tr("{shop} — 会员管家").format(shop=self.shop_name()))

    def refresh_status(self) -> None:
        """The member count lives under the list (one count, not two); the status bar stays for messages."""
        self.list_pane._update_count()

    def _on_data_changed(self) -> None:
        self.list_pane.refresh(keep_member=self._member_id)
        self.detail_pane.refresh()
        self.refresh_status()
        refresh = getattr(self.reminder_pane, "refresh", None)
        if callable(refresh):
            try:
                refresh()
            except Exception:  # noqa: BLE001
                log.exception("reminder pane refresh failed")

    # --- small screens
    def set_reminders_tabbed(self, on: bool) -> None:
        """Reminders as a tab beside the member (1024×768) or as the third pane (wide screens)."""
        if on == self.reminders_tabbed:
            return
        self.reminders_tabbed = on
        if on:
            self.centre_tabs.addTab(self.reminder_scroll, self.tr("今日提醒"))
            self.centre_tabs.tabBar().show()
        else:
            self.centre_tabs.removeTab(self.centre_tabs.indexOf(self.reminder_scroll))
            self.splitter.addWidget(self.reminder_scroll)
            self.reminder_scroll.show()
            self.centre_tabs.tabBar().hide()
        self.act_reminder_tab.setChecked(on)
        ui_settings().setValue("main/reminders_tabbed", on)

    def fit_small_screen(self) -> None:
        """Screens narrower than 1280 px start with the reminders as a tab."""
        saved = ui_settings().value("main/reminders_tabbed")
        screen = self.screen().availableGeometry() if self.screen() else None
        if saved is not None:
            self.set_reminders_tabbed(str(saved).lower() in ("true", "1"))
        elif screen is not None and screen.width() < 1280:
            self.set_reminders_tabbed(True)

    # --- geometry
    def _restore_geometry(self) -> None:
        s = ui_settings()
        geo = s.value("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        else:
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None:
                self.resize(min(1360, screen.width()), min(820, screen.height()))
            else:
                self.resize(1360, 820)
        split = s.value("main/splitter")
        if split is not None:
            self.splitter.restoreState(split)
        self.fit_small_screen()

    def save_geometry(self) -> None:
        s = ui_settings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        if not self.confirm_leave():
            event.ignore()
            return
        self.save_geometry()
        self._watch_application(False)
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        # Issue 14: not before the first paint (see first_paint.py); keys only arrive after it.
        self.after_first_paint(lambda: self._watch_application(self.isVisible()))
        super().showEvent(event)

    def _watch_application(self, on: bool) -> None:
        """The scanner and idle-lock filters hear the whole application only while this window
        is open: a closed window left on the QApplication made every later event slower."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is None:
            return
        for f in (getattr(self, "scan_filter", None), getattr(self, "sign_in", None)):
            if f is not None:
                app.removeEventFilter(f)  # never twice: a filter installed twice runs twice
                if on:
                    app.installEventFilter(f)
