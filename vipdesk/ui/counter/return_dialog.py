"""Return (T2) or exchange against an earlier sale: pick lines and quantities.

An exchange is a return followed by a new sale for the same member; the
caller opens the sale dialog when ``exchange`` is set after acceptance.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import fen_to_yuan_text, format_datetime
from vipdesk.model.errors import VipdeskError
from vipdesk.model.loyalty.stored_value import enabled as sv_enabled
from vipdesk.model.members import detail as member_detail
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales import refunds
from vipdesk.text import tr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.common.widgets import StaffCombo


class ReturnDialog(QDialog):
    HEADERS = (QT_TRANSLATE_NOOP("labels", "款号"), QT_TRANSLATE_NOOP("labels", "品类"), QT_TRANSLATE_NOOP("labels", "尺码"), QT_TRANSLATE_NOOP("labels", "单价"), QT_TRANSLATE_NOOP("labels", "已买"), QT_TRANSLATE_NOOP("labels", "可退"), QT_TRANSLATE_NOOP("labels", "退几件"))

    def __init__(self, parent: QWidget | None, sale_id: int, clerk_id: int | None = None) -> None:
        super().__init__(parent)
        self.sale_id = sale_id
        self.exchange = False
        self.result_sale = None
        self.setWindowTitle(self.tr("退货 / 换货"))
        original = member_detail.sale(sale_id)
        if original is None:
            raise ValueError(sale_id)
        head = QLabel(self.tr("原小票 {no}  {when}  实收 {paid}").format(
            no=original.ticket_no, when=format_datetime(original.sold_at), paid=fen_to_yuan_text(original.paid)), self)
        head.setStyleSheet("font-weight: bold;")
        self.rows = sales.returnable(sale_id)
        self.table = QTableWidget(len(self.rows), len(self.HEADERS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("labels", h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.spins: list[QSpinBox] = []
        for r, (line, left) in enumerate(self.rows):
            for c, text in enumerate((line.style_code, tr(line.category), line.size, fen_to_yuan_text(line.unit_price),
                                      str(line.quantity), str(left))):
                self.table.setItem(r, c, QTableWidgetItem(text))
            spin = QSpinBox(self.table)
            spin.setRange(0, max(left, 0))
            spin.setEnabled(left > 0)
            self.table.setCellWidget(r, 6, spin)
            self.spins.append(spin)
        self.clerk = StaffCombo(self)
        self.clerk.set_clerk(clerk_id if clerk_id is not None else original.clerk_id)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("退换原因,如 尺码不合适"))
        form = QFormLayout()
        form.addRow(self.tr("经办导购"), self.clerk)
        form.addRow(self.tr("原因"), self.note)
        # How the cash part goes back (stored value paid goes back to stored value by itself).
        self.refund_method = QComboBox(self)
        for key in refunds.METHODS:
            if key != "stored_value" or (original.member_id and sv_enabled()):
                self.refund_method.addItem(refunds.label(key), key)
        form.addRow(self.tr("退款方式"), self.refund_method)
        # What the return will do, before Ctrl+Enter: refund, how it goes back, points taken back.
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        form.addRow(self.tr("将退"), self.summary)
        for spin in self.spins:
            spin.valueChanged.connect(self.update_summary)
        self.refund_method.currentIndexChanged.connect(self.update_summary)
        self.update_summary()
        self.return_button = QPushButton(self.tr("退货"), self)
        self.exchange_button = QPushButton(self.tr("退货并换货"), self)
        self.exchange_button.setToolTip(self.tr("先退这些商品,再为她记一笔新销售"))
        cancel = button_box(self, Std.Cancel)
        self.return_button.clicked.connect(lambda: self.submit(False))
        self.exchange_button.clicked.connect(lambda: self.submit(True))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.return_button, self.exchange_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addLayout(buttons)
        self.resize(720, 380)
        if self.spins:
            self.table.setCurrentCell(0, 6)
            first = next((sp for sp in self.spins if sp.isEnabled()), None)
            if first is not None:
                first.setFocus()
        self.return_button.setText(self.tr("退货 (Ctrl+Enter)"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt name
        """Ctrl+Enter returns; a bare Enter never closes the dialog (it ends a quantity)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit(False)
            return
        super().keyPressEvent(event)

    def set_quantity(self, row: int, qty: int) -> None:
        self.spins[row].setValue(qty)

    def items(self) -> list[tuple[int, int]]:
        return [(line.id, spin.value()) for (line, _left), spin in zip(self.rows, self.spins, strict=True)
                if spin.value() > 0]

    def update_summary(self) -> None:
        items = self.items()
        if not items:
            self.summary.setText(self.tr("请在“退几件”里填数量"))
            return
        try:
            q = sales.quote_return(self.sale_id, items, refund_method=self.refund_method.currentData())
        except VipdeskError as exc:
            self.summary.setText(dialogs.error_text(exc))
            return
        parts = [self.tr("退款 {total}").format(total=fen_to_yuan_text(q.refund))]
        if q.cash_refund:
            parts.append(self.tr("{method} {amount}").format(method=self.refund_method.currentText(),
                                                             amount=fen_to_yuan_text(q.cash_refund)))
        if q.stored_value_refund:
            parts.append(self.tr("退回储值 {amount}").format(amount=fen_to_yuan_text(q.stored_value_refund)))
        if q.voucher_kept:
            parts.append(self.tr("礼券抵扣部分不退 {amount}").format(amount=fen_to_yuan_text(q.voucher_kept)))
        if q.points:
            parts.append(self.tr("扣回积分 {n}").format(n=q.points))
        sep, colon = self.tr(","), self.tr(":")  # full-width in Chinese, ", " and ": " in English
        text = sep.join([parts[0] + colon + parts[1]] + parts[2:]) if len(parts) > 1 else parts[0]
        self.summary.setText("\n".join([text, *q.notes]))

    def submit(self, exchange: bool) -> bool:
        if self.clerk.clerk_id() is None:
            dialogs.show_error(self, self.tr("导购:请选择经办导购"))
            return False
        try:
            self.result_sale = sales.record_return(self.sale_id, self.items(), clerk_id=self.clerk.clerk_id(),
                                                   note=self.note.text().strip(),
                                                   refund_method=self.refund_method.currentData())
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.exchange = exchange
        self.accept()
        return True



class TicketPicker(QDialog):
    """F4 on a member: her tickets that still have something to return, newest first; Enter picks."""

    def __init__(self, parent: QWidget | None, member_id: int) -> None:
        super().__init__(parent)
        self.chosen: int | None = None
        self.member_name = member_detail.member_name(member_id)
        self.setWindowTitle(self.tr("退货 — {name}:选择小票").format(name=self.member_name))
        self.sales = [s for s in sales.member_sales(member_id) if s.kind == "sale"
                      and any(left > 0 for _line, left in sales.returnable(s.id))]
        self.list = QListWidget(self)
        for s in self.sales:
            item = QListWidgetItem(self.tr("{no}  {when}  实收 {paid}  {n} 件").format(
                no=s.ticket_no, when=format_datetime(s.sold_at), paid=fen_to_yuan_text(s.paid), n=s.items), self.list)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
        if self.sales:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.accept())
        box = dialogs.button_box(self, texts={QDialogButtonBox.StandardButton.Ok: self.tr("退这张")})
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("↑↓ 选小票,回车确定"), self))
        lay.addWidget(self.list, 1)
        lay.addWidget(box)
        self.list.setFocus()
        self.resize(460, 320)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = int(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
