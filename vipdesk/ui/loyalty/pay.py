"""The 礼券/储值 box the sale dialog embeds: the member's usable vouchers (tick to
use), a stored-value amount, and what is left to pay in cash.

Usage in a sale dialog::

    self.pay = PaymentBox(self, member_id)
    self.pay.changed.connect(self.update_quote)
    q = sales.quote(member_id, lines, **self.pay.quote_kwargs())
    self.pay.show_quote(q)
    sales.record_sale(..., **self.pay.quote_kwargs())
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from vipdesk.formatting import fen_to_yuan_text, format_date
from vipdesk.model.errors import ValidationError
from vipdesk.model.loyalty import stored_value, vouchers
from vipdesk.ui.common.widgets import parse_yuan

VoucherRole = Qt.ItemDataRole.UserRole + 1


class PaymentBox(QGroupBox):
    """Signals: changed() when a voucher is ticked or the stored-value amount edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, member_id: int | None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("礼券 / 储值"))
        self.member_id = member_id
        self.list = QListWidget(self)
        self.list.setMaximumHeight(90)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        self.sv_balance = QLabel(self)
        self.sv_amount = QLineEdit(self)
        self.sv_amount.setPlaceholderText(self.tr("用储值支付(元)"))
        self.sv_amount.textChanged.connect(lambda _t: self.changed.emit())
        self.cash = QLabel(self)
        self.cash.setStyleSheet("font-weight: bold;")
        self.notes = QLabel(self)  # 生日月折扣, 积分 ×2 …
        self.notes.setStyleSheet("color: #b8860b;")
        self.notes.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("可用礼券"), self.list)
        form.addRow(self.tr("储值余额"), self.sv_balance)
        form.addRow(self.tr("储值支付"), self.sv_amount)
        form.addRow(self.tr("现金应收"), self.cash)
        form.addRow(self.notes)
        self.reload()

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        usable = vouchers.usable(self.member_id) if self.member_id else []
        for v in usable:
            text = f"{fen_to_yuan_text(v.value)} {v.kind_text}"
            if v.expires_on:
                text += self.tr(" 至{d}").format(d=format_date(v.expires_on))
            item = QListWidgetItem(text, self.list)
            item.setToolTip(self.tr("券号 {code}").format(code=v.code))
            item.setData(VoucherRole, v.id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
        if not usable:
            QListWidgetItem(self.tr("(无)"), self.list).setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.blockSignals(False)
        bal = stored_value.balance(self.member_id) if self.member_id else 0
        sv_on = bool(self.member_id) and stored_value.enabled() and bal > 0
        self.sv_balance.setText(fen_to_yuan_text(bal))
        for w in (self.sv_balance, self.sv_amount):
            w.setEnabled(sv_on)
        self.setVisible(bool(self.member_id))

    def voucher_ids(self) -> list[int]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(VoucherRole) is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(VoucherRole)))
        return out

    def has_voucher(self, voucher_id: int) -> bool:
        """The voucher is one of the usable ones listed (a scan may tick it)."""
        return any(self.list.item(i).data(VoucherRole) == voucher_id for i in range(self.list.count()))

    def set_checked(self, voucher_id: int, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(VoucherRole) == voucher_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def stored_value(self) -> int:
        text = self.sv_amount.text().strip()
        if not text or not self.sv_amount.isEnabled():
            return 0
        return parse_yuan(text, self.tr("储值支付"))

    def quote_kwargs(self) -> dict[str, Any]:
        """vouchers= and stored_value= for sales.quote / sales.record_sale; a bad amount counts as 0 here
        (``stored_value()`` raises the error at confirmation)."""
        try:
            sv = self.stored_value()
        except ValidationError:
            sv = 0
        return {"vouchers": self.voucher_ids(), "stored_value": sv}

    def show_quote(self, q: Any) -> None:
        if q is None:
            self.cash.setText("")
            self.notes.setText("")
            return
        self.notes.setText(";".join(q.notes))
        parts = [fen_to_yuan_text(q.cash_due)]
        if q.voucher_amount:
            parts.append(self.tr("礼券抵 {v}").format(v=fen_to_yuan_text(q.voucher_amount)))
        if q.stored_value:
            parts.append(self.tr("储值付 {v}").format(v=fen_to_yuan_text(q.stored_value)))
        self.cash.setText("  ".join(parts))


def return_plan_text(plan: Any) -> str:
    """What a return will do (``sales.quote_return``), for the return dialog to show before confirming:
    refund in cash / to stored value, the voucher part kept, points taken back, vouchers cancelled
    and any refund reduction for points already spent."""
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("loyalty", text)

    parts = [t("退款 {cash}").format(cash=fen_to_yuan_text(plan.cash_refund))]
    if plan.stored_value_refund:
        parts.append(t("退回储值 {v}").format(v=fen_to_yuan_text(plan.stored_value_refund)))
    if plan.voucher_kept:
        parts.append(t("礼券抵扣部分 {v} 不退").format(v=fen_to_yuan_text(plan.voucher_kept)))
    if plan.points_reversed:
        parts.append(t("扣回积分 {n}").format(n=f"{plan.points_reversed:,}"))
    for v in plan.vouchers_cancelled:
        parts.append(t("作废礼券 {code}(积分已换成此券)").format(code=v.code))
    if plan.refund_offset:
        parts.append(t("积分已用掉 {n} 分,退款少退 {v}").format(n=f"{plan.points_withheld:,}",
                                                            v=fen_to_yuan_text(plan.refund_offset)))
    return ";".join(parts)
