"""The detail pane's list tabs: children (P4), cards (P6), dates (P11),
purchase history (P12) and contact log (C12).  Each has ``load(member_id)``
and emits ``changed`` after it wrote something."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import fen_to_yuan_text, format_date, format_datetime, format_discount
from vipdesk.model.errors import VipdeskError
from vipdesk.model.members import calendar as cal
from vipdesk.model.members import detail as member_detail
from vipdesk.model.members import profile as members
from vipdesk.model.sales import refunds
from vipdesk.text import tr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.widgets import birthday_of
from vipdesk.ui.counter.member_dialogs import CardDialog, ChildDialog, ContactDialog, DateDialog, run_form

SaleIdRole = Qt.ItemDataRole.UserRole + 1
RowIdRole = Qt.ItemDataRole.UserRole + 2


def age_group(age: int | None) -> str:
    """P4: the child's age group decides what and how often to communicate."""
    if age is None:
        return ""
    if age <= 3:
        return QT_TRANSLATE_NOOP("labels", "1–3岁")
    if age <= 6:
        return QT_TRANSLATE_NOOP("labels", "4–6岁")
    if age <= 11:
        return QT_TRANSLATE_NOOP("labels", "7–11岁")
    return QT_TRANSLATE_NOOP("labels", "12岁以上")


class _TableTab(QWidget):
    changed = Signal()
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        self.clerk_id: int | None = None
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("labels", h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QHBoxLayout()
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(self.buttons)

    def add_button(self, text: str, slot, tip: str = "") -> QPushButton:
        b = QPushButton(text, self)
        b.clicked.connect(slot)
        if tip:
            b.setToolTip(tip)
        self.buttons.addWidget(b)
        return b

    def set_rows(self, rows: list[tuple[int, list[str]]]) -> None:
        self.table.setRowCount(len(rows))
        for r, (row_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(RowIdRole, row_id)
                self.table.setItem(r, c, item)

    def selected_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(RowIdRole) if item else None

    def _done(self, *_a) -> None:
        self.load(self.member_id)
        self.changed.emit()

    def load(self, member_id: int | None) -> None:
        raise NotImplementedError


class ChildrenTab(_TableTab):
    HEADERS = (QT_TRANSLATE_NOOP("labels", "姓名"), QT_TRANSLATE_NOOP("labels", "性别"), QT_TRANSLATE_NOOP("labels", "生日"), QT_TRANSLATE_NOOP("labels", "年龄"), QT_TRANSLATE_NOOP("labels", "年龄段"), QT_TRANSLATE_NOOP("labels", "尺码"), QT_TRANSLATE_NOOP("labels", "备注"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.add_button(self.tr("添加孩子"), self.add)
        self.add_button(self.tr("删除"), self.remove)
        self.buttons.addStretch(1)

    def load(self, member_id):
        self.member_id = member_id
        rows = []
        today = dt.date.today()
        for c in member_detail.children(member_id) if member_id else []:
            b = birthday_of(c)
            age = cal.age_on(c.birth_year, c.birth_month, c.birth_day, today) if not c.birthday_lunar else (
                today.year - c.birth_year if c.birth_year else None)
            rows.append((c.id, [c.name, tr(members.GENDERS.get(c.gender, "")),
                                cal.both_calendars_text(b.anniversary(), today) if b else "",
                                self.tr("{n}岁").format(n=age) if age is not None else "",
                                QCoreApplication.translate("labels", age_group(age)), c.size, c.notes]))
        self.set_rows(rows)

    def add(self):
        if self.member_id:
            run_form(ChildDialog(self, self.member_id), self._done)

    def remove(self):
        cid = self.selected_id()
        if cid and dialogs.ask(self, self.tr("删除这条孩子记录?")):
            members.remove_child(cid)
            self._done()


class DatesTab(_TableTab):
    HEADERS = (QT_TRANSLATE_NOOP("labels", "名称"), QT_TRANSLATE_NOOP("labels", "日期"), QT_TRANSLATE_NOOP("labels", "下次"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.add_button(self.tr("添加纪念日"), self.add)
        self.add_button(self.tr("删除"), self.remove)
        self.buttons.addStretch(1)

    def load(self, member_id):
        self.member_id = member_id
        today = dt.date.today()
        rows = []
        for d in member_detail.dates(member_id) if member_id else []:
            a = cal.Anniversary(d.month, d.day, d.is_lunar, d.is_leap, d.year)
            nxt = cal.next_occurrence(a, today)
            rows.append((d.id, [d.label, cal.both_calendars_text(a, today),
                                self.tr("{date}(还有 {n} 天)").format(date=format_date(nxt), n=(nxt - today).days)]))
        self.set_rows(rows)

    def add(self):
        if self.member_id:
            run_form(DateDialog(self, self.member_id), self._done)

    def remove(self):
        did = self.selected_id()
        if did and dialogs.ask(self, self.tr("删除这个纪念日?")):
            members.remove_date(did)
            self._done()


class CardsTab(_TableTab):
    HEADERS = (QT_TRANSLATE_NOOP("labels", "卡号"), QT_TRANSLATE_NOOP("labels", "办卡日期"), QT_TRANSLATE_NOOP("labels", "状态"), QT_TRANSLATE_NOOP("labels", "售价"), QT_TRANSLATE_NOOP("labels", "说明"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.add_button(self.tr("办卡 / 补卡"), self.issue)
        self.add_button(self.tr("挂失"), lambda: self.set_status("lost"))
        self.add_button(self.tr("注销"), lambda: self.set_status("cancelled"))
        self.add_button(self.tr("恢复正常"), lambda: self.set_status("active"))
        self.buttons.addStretch(1)

    def load(self, member_id):
        self.member_id = member_id
        rows = []
        for c in member_detail.cards(member_id) if member_id else []:
            rows.append((c.id, [c.card_no, format_date(c.issued_on), tr(members.CARD_STATUSES.get(c.status, c.status)),
                                fen_to_yuan_text(c.price) if c.price else self.tr("免费"), c.free_reason]))
        self.set_rows(rows)

    def issue(self):
        if self.member_id:
            run_form(CardDialog(self, self.member_id, self.clerk_id), self._done)

    def set_status(self, status: str):
        cid = self.selected_id()
        if cid is None:
            dialogs.info(self, self.tr("请先选中一张卡"))
            return
        try:
            members.set_card_status(cid, status)
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return
        self._done()


class HistoryTab(QWidget):
    """Purchase history (P12): tickets newest first, lines underneath; returns against a ticket."""

    return_requested = Signal(int)  # sale id

    HEADERS = (QT_TRANSLATE_NOOP("labels", "日期"), QT_TRANSLATE_NOOP("labels", "小票号"), QT_TRANSLATE_NOOP("labels", "类型"), QT_TRANSLATE_NOOP("labels", "件数"), QT_TRANSLATE_NOOP("labels", "金额"), QT_TRANSLATE_NOOP("labels", "积分"), QT_TRANSLATE_NOOP("labels", "导购"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([QCoreApplication.translate("labels", h) for h in self.HEADERS])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel(self)
        self.return_button = QPushButton(self.tr("退货 / 换货"), self)
        self.return_button.setToolTip(self.tr("对选中的销售小票办理退货或换货"))
        self.return_button.clicked.connect(self._return)
        self.tree.itemActivated.connect(lambda *_: None)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.return_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tree, 1)
        lay.addLayout(row)

    def load(self, member_id):
        self.member_id = member_id
        self.tree.clear()
        total = count = 0
        rows = member_detail.sales_with_lines(member_id) if member_id else []
        methods = refunds.methods_of([s.sale.id for s in rows if s.sale.kind == "return"])
        for s in rows:
            sale = s.sale
            kind = self.tr("退货") if sale.kind == "return" else self.tr("销售")
            if sale.id in methods:  # issue 17: how the money went back
                kind = self.tr("{kind}({method})").format(kind=kind, method=refunds.label(methods[sale.id]))
            top = QTreeWidgetItem([format_datetime(sale.sold_at), sale.ticket_no, kind, str(sale.items),
                                   fen_to_yuan_text(sale.paid), str(sale.points), s.clerk_name])
            top.setData(0, SaleIdRole, sale.id)
            top.setData(2, SaleIdRole, sale.kind)
            for c in (3, 4, 5):
                top.setTextAlignment(c, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for line in s.lines:
                desc = " ".join(x for x in (line.style_code, tr(line.category), line.size) if x)
                price = self.tr("{price} × {qty}").format(price=fen_to_yuan_text(line.unit_price), qty=line.quantity)
                disc = format_discount(line.discount) if line.discount < 1000 else ""
                child = QTreeWidgetItem(["   " + desc, price, disc, str(line.quantity),
                                         fen_to_yuan_text(line.amount), str(line.points), ""])
                child.setData(0, SaleIdRole, sale.id)
                child.setData(2, SaleIdRole, sale.kind)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            total += sale.paid
            count += 1 if sale.kind == "sale" else 0
        self.summary.setText(self.tr("共 {n} 张销售小票,净额 {total}").format(n=count, total=fen_to_yuan_text(total)))

    def selected_sale(self) -> tuple[int, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, SaleIdRole), item.data(2, SaleIdRole)

    def select_sale(self, sale_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, SaleIdRole) == sale_id:
                self.tree.setCurrentItem(item)
                return

    def _return(self):
        sel = self.selected_sale()
        if sel is None or sel[1] != "sale":
            dialogs.info(self, self.tr("请先选中一张销售小票(不是退货单)"))
            return
        self.return_requested.emit(sel[0])


class ContactsTab(_TableTab):
    HEADERS = (QT_TRANSLATE_NOOP("labels", "时间"), QT_TRANSLATE_NOOP("labels", "方式"), QT_TRANSLATE_NOOP("labels", "结果"), QT_TRANSLATE_NOOP("labels", "备注"), QT_TRANSLATE_NOOP("labels", "满意度"), QT_TRANSLATE_NOOP("labels", "导购"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.add_button(self.tr("添加联系记录 (Ctrl+L)"), self.add, self.tr("记录一次电话或消息 (Ctrl+L)"))
        self.buttons.addStretch(1)

    def load(self, member_id):
        self.member_id = member_id
        rows: list[tuple[dt.datetime, int, list[str]]] = []
        if member_id:
            for c, clerk in member_detail.contacts(member_id):
                rows.append((c.at, c.id, [format_datetime(c.at), tr(members.CONTACT_CHANNELS.get(c.channel, c.channel)),
                                          tr(c.outcome), c.note, "★" * (c.satisfaction or 0), clerk]))
            for v, clerk in member_detail.visits(member_id):
                rows.append((v.visited_at, -v.id, [format_datetime(v.visited_at), self.tr("到店未购"), "", v.note, "",
                                                   clerk]))
        rows.sort(key=lambda r: r[0], reverse=True)
        self.set_rows([(rid, cells) for _, rid, cells in rows])

    def add(self):
        if self.member_id:
            run_form(ContactDialog(self, self.member_id, self.clerk_id), self._done)
