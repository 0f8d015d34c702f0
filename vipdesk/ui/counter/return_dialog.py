"""Return (T2) or exchange against an earlier sale: pick lines and quantities.

An exchange is a return followed by a new sale for the same member; the
caller opens the sale dialog when ``exchange`` is set after acceptance.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import fen_to_yuan_text, format_datetime
from vipdesk.model.errors import VipdeskError
from vipdesk.model.members import detail as member_detail
from vipdesk.model.sales import recording as sales
from vipdesk.ui.common import dialogs
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
            for c, text in enumerate((line.style_code, line.category, line.size, fen_to_yuan_text(line.unit_price),
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
        self.return_button = QPushButton(self.tr("退货"), self)
        self.exchange_button = QPushButton(self.tr("退货并换货"), self)
        self.exchange_button.setToolTip(self.tr("先退这些商品,再为她记一笔新销售"))
        cancel = QPushButton(self.tr("取消"), self)
        self.return_button.clicked.connect(lambda: self.submit(False))
        self.exchange_button.clicked.connect(lambda: self.submit(True))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.return_button, self.exchange_button, cancel):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addLayout(buttons)
        self.resize(720, 380)
        if self.spins:
            self.table.setCurrentCell(0, 6)

    def set_quantity(self, row: int, qty: int) -> None:
        self.spins[row].setValue(qty)

    def items(self) -> list[tuple[int, int]]:
        return [(line.id, spin.value()) for (line, _left), spin in zip(self.rows, self.spins, strict=True)
                if spin.value() > 0]

    def submit(self, exchange: bool) -> bool:
        if self.clerk.clerk_id() is None:
            dialogs.show_error(self, self.tr("导购:请选择经办导购"))
            return False
        try:
            self.result_sale = sales.record_return(self.sale_id, self.items(), clerk_id=self.clerk.clerk_id(),
                                                   note=self.note.text())
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.exchange = exchange
        self.accept()
        return True

