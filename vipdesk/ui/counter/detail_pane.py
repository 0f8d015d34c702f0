"""Centre pane: who she is at a glance (header), then tabs for everything on file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.text import tr
from vipdesk.ui.common import dialogs

if TYPE_CHECKING:
    from vipdesk.ui.counter.detail_tabs import CardsTab, ChildrenTab, ContactsTab, DatesTab, HistoryTab
    from vipdesk.ui.counter.profile_tab import ProfileTab

TIER_COLOURS = {"金卡": "#b8860b", "银卡": "#708090", "普卡": "#4a7a4a"}


class DetailPane(QWidget):
    """Signals: changed() after any write from the pane; sale_requested(), visit_requested(),
    contact_requested(), return_requested(int sale id) for the window's actions."""

    changed = Signal()
    sale_requested = Signal()
    visit_requested = Signal()
    contact_requested = Signal()
    return_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        self.stack = QStackedWidget(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.stack)

        empty = QLabel(self.tr("在左侧搜索框输入手机尾号、姓名或拼音,回车打开会员。\n\n"
                               "Ctrl+N 新会员入会   F2 记一笔销售   Shift+F2 非会员销售"), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setObjectName("detailEmpty")
        empty.setStyleSheet("color: #777; font-size: 14px;")
        self.stack.addWidget(empty)
        # Issue 14: the member page (header, six tabs and the features' tabs) is built when a
        # member is first opened or a part of it is first asked for; the counter starts on the
        # empty page, so start-up neither imports nor builds it.
        self._page_built = False
        self._extra_tabs: list[tuple[QWidget, str, int | None]] = []
        self._on_built: list[Callable[[], None]] = []

    # Parts of the member page: asking for one builds the page (``__getattr__`` only runs for
    # attributes not yet set).
    PAGE_PARTS = frozenset({"tabs", "profile", "children_tab", "cards", "dates", "history", "contacts",
                            "name_label", "tier_label", "card_label", "fields", "sale_button", "visit_button",
                            "contact_button"})

    def __getattr__(self, name: str):
        if name in DetailPane.PAGE_PARTS and not self.__dict__.get("_page_built", True):
            self._build_page()
            return getattr(self, name)
        raise AttributeError(name)

    @property
    def page_built(self) -> bool:
        return self._page_built

    def add_tab(self, widget: QWidget, title: str, index: int | None = None) -> None:
        """A feature's tab (at *index*, else last), placed now or when the member page is built;
        until then *widget* should have no parent, so it is not shown with the pane."""
        if self._page_built:
            self._place_tab(widget, title, index)
        else:
            self._extra_tabs.append((widget, title, index))

    def _place_tab(self, widget: QWidget, title: str, index: int | None) -> None:
        if index is None:
            self.tabs.addTab(widget, title)
        else:
            self.tabs.insertTab(index, widget, title)

    def when_built(self, fn: Callable[[], None]) -> None:
        """Run *fn* once the member page exists (at once if it does)."""
        if self._page_built:
            fn()
        else:
            self._on_built.append(fn)

    def _build_page(self) -> None:
        from vipdesk.ui.counter.detail_tabs import CardsTab, ChildrenTab, ContactsTab, DatesTab, HistoryTab
        from vipdesk.ui.counter.profile_tab import ProfileTab

        self._page_built = True
        page = QWidget(self)
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self._build_header(page))
        self.tabs = QTabWidget(page)
        self.profile: ProfileTab = ProfileTab(self.tabs)
        self.children_tab: ChildrenTab = ChildrenTab(self.tabs)
        self.cards: CardsTab = CardsTab(self.tabs)
        self.dates: DatesTab = DatesTab(self.tabs)
        self.history: HistoryTab = HistoryTab(self.tabs)
        self.contacts: ContactsTab = ContactsTab(self.tabs)
        for w, label in ((self.profile, self.tr("档案")), (self.history, self.tr("消费记录")),
                         (self.children_tab, self.tr("孩子")), (self.cards, self.tr("会员卡")),
                         (self.dates, self.tr("纪念日")), (self.contacts, self.tr("联系记录"))):
            self.tabs.addTab(w, label)
        for w, label, index in self._extra_tabs:
            self._place_tab(w, label, index)
        self._extra_tabs.clear()
        pl.addWidget(self.tabs, 1)
        self.stack.addWidget(page)

        self.profile.saved.connect(lambda _m: self.changed.emit())
        for tab in (self.children_tab, self.cards, self.dates, self.contacts):
            tab.changed.connect(self.changed)
        self.history.return_requested.connect(self.return_requested)
        while self._on_built:
            self._on_built.pop(0)()

    def _build_header(self, parent: QWidget) -> QWidget:
        box = QFrame(parent)
        box.setObjectName("memberHeader")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet("#memberHeader { background: #fbf8f2; border: 1px solid #e3dccd; border-radius: 4px; }")
        self.name_label = QLabel(box)
        self.name_label.setObjectName("memberName")
        self.name_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.tier_label = QLabel(box)
        self.card_label = QLabel(box)
        self.card_label.setStyleSheet("color: #666;")
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.tier_label)
        top.addSpacing(12)
        top.addWidget(self.card_label)
        top.addStretch(1)

        self.fields: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        # Two label/value pairs per row (the birthday, the longest, gets a row of its own)
        # so the pane stays narrow enough for the list and the reminders beside it.
        layout = [("phone", self.tr("手机"), 0, 0, 1), ("clerk", self.tr("专属导购"), 0, 2, 1),
                  ("birthday", self.tr("生日"), 1, 0, 3),
                  ("points", self.tr("积分"), 2, 0, 1), ("spend", self.tr("累计消费"), 2, 2, 1),
                  ("last", self.tr("最近消费"), 3, 0, 1), ("enrolled", self.tr("入会"), 3, 2, 1),
                  ("children", self.tr("孩子"), 4, 0, 1), ("referrer", self.tr("介绍人"), 4, 2, 1),
                  ("buys", self.tr("常买"), 5, 0, 3),
                  ("care_plan", self.tr("关怀计划"), 6, 0, 3)]  # P4/C11: which care-plan rule and why
        for key, label, r, c, span in layout:
            cap = QLabel(label, box)
            cap.setStyleSheet("color: #8a7f6a;")
            val = QLabel(box)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = val
            grid.addWidget(cap, r, c)
            grid.addWidget(val, r, c + 1, 1, span)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fields["care_plan"].setWordWrap(True)

        self.sale_button = QPushButton(self.tr("记一笔销售 (F2)"), box)
        self.sale_button.setToolTip(self.tr("为这位会员记一笔销售 (F2)"))
        self.visit_button = QPushButton(self.tr("到店未购 (F3)"), box)
        self.visit_button.setToolTip(self.tr("记录她今天来过但没买 (F3)"))
        self.contact_button = QPushButton(self.tr("联系记录 (Ctrl+L)"), box)
        self.contact_button.setToolTip(self.tr("记录一次电话或消息 (Ctrl+L)"))
        self.sale_button.clicked.connect(self.sale_requested)
        self.visit_button.clicked.connect(self.visit_requested)
        self.contact_button.clicked.connect(self.contact_requested)
        buttons = QHBoxLayout()
        for b in (self.sale_button, self.visit_button, self.contact_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        lay = QVBoxLayout(box)
        lay.addLayout(top)
        lay.addLayout(grid)
        lay.addLayout(buttons)
        return box

    # --- loading
    def set_member(self, member_id: int | None) -> None:
        """Show a member; the window asked about unsaved edits before (``leave_edits``)."""
        if member_id == self.member_id and member_id is not None:
            return
        self.member_id = member_id or None
        self.refresh()

    def leave_edits(self) -> bool:
        """The one unsaved-edits policy: 保存 / 不保存 / 取消.  True when the clerk may move on."""
        if not self._page_built or not (self.profile.dirty and self.member_id is not None):
            return True
        choice = dialogs.choose(
            self, self.tr("{name} 的档案有未保存的修改。").format(name=self.name_label.text()),
            [self.tr("保存"), self.tr("不保存"), self.tr("取消")], self.tr("未保存的修改"))
        if choice == 0:
            return self.profile.save()
        if choice == 1:
            self.profile.dirty = False
            from vipdesk.model.members import detail as member_detail

            d = member_detail.member_detail(self.member_id)
            if d is not None:
                self.profile.load(d)
            return True
        return False

    def refresh(self) -> None:
        from vipdesk.formatting import fen_to_yuan_text, format_date
        from vipdesk.model.care import plan as care_plan
        from vipdesk.model.loyalty.tiers import tier_display
        from vipdesk.model.members import calendar as cal
        from vipdesk.model.members import detail as member_detail
        from vipdesk.model.members.phone import format_phone
        from vipdesk.ui.common.widgets import birthday_of

        d = member_detail.member_detail(self.member_id) if self.member_id else None
        if d is None:
            self.member_id = None
            self.stack.setCurrentIndex(0)
            return
        if not self._page_built:
            self._build_page()
        self.stack.setCurrentIndex(1)
        m = d.member
        today = dt.date.today()
        self.name_label.setText(m.name)
        colour = TIER_COLOURS.get(m.tier, "#555")
        self.tier_label.setText(tier_display(m.tier))
        self.tier_label.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 3px; padding: 1px 6px; font-weight: bold;")
        self.card_label.setText(self.tr("卡号 {card}").format(card=m.card_no) if m.card_no else self.tr("未办卡"))
        b = birthday_of(m)
        if b is not None:
            text = cal.both_calendars_text(b.anniversary(), today)
            age = cal.age_on(m.birth_year, m.birth_month, m.birth_day, today) if not m.birthday_lunar else (
                today.year - m.birth_year if m.birth_year else None)
            if age is not None:
                text += self.tr(" · {n}岁").format(n=age) + (self.tr("(约)") if m.birth_year_estimated else "")
        else:
            text = self.tr("未填")
        kids = member_detail.children(m.id)
        f = self.fields
        f["phone"].setText(format_phone(m.phone))
        f["birthday"].setText(text)
        f["clerk"].setText(d.clerk_name or self.tr("未指定"))
        f["points"].setText(f"{m.points:,}")
        f["spend"].setText(self.tr("{amount}({n} 次)").format(amount=fen_to_yuan_text(m.total_spend),
                                                              n=m.purchase_count))
        f["last"].setText(format_date(m.last_purchase.date()) if m.last_purchase else self.tr("从未消费"))
        f["enrolled"].setText(format_date(m.enrolled_on) + (f" · {tr(m.channel)}" if m.channel else ""))
        f["children"].setText(self.tr("、").join(k.name for k in kids) or self.tr("无"))
        f["referrer"].setText(d.referrer_name or self.tr("无"))
        cats, size = member_detail.buying_summary(m.id)
        buys = self.tr("、").join(self.tr("{category} {n} 件").format(category=tr(c), n=n) for c, n in cats)
        if size:
            buys += (" · " if buys else "") + self.tr("常穿 {size}").format(size=size)
        f["buys"].setText(buys or self.tr("暂无"))
        f["care_plan"].setText(care_plan.explain(m.id, today))
        if not (self.profile.dirty and self.profile.member_id == m.id):
            self.profile.load(d)  # a write elsewhere must not wipe profile edits in progress
        for tab in (self.children_tab, self.cards, self.dates, self.contacts):
            tab.clerk_id = m.clerk_id
            tab.load(m.id)
        self.history.load(m.id)
