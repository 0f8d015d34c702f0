"""Loyalty dialogs: redemption catalogue (积分兑换), stored value (储值), the voucher
list and the monthly staff incentive table.  Every write goes through the model
layer (vipdesk.model.loyalty); dialogs only show and ask."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import fen_to_yuan_text, format_date, format_datetime
from vipdesk.model.errors import VipdeskError
from vipdesk.model.loyalty import gifts, incentives, ledger, stored_value, vouchers
from vipdesk.model.members.detail import member_names, member_row
from vipdesk.text import tr_noop
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.common.widgets import StaffCombo, parse_yuan

IdRole = Qt.ItemDataRole.UserRole + 1


def make_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def fill(table: QTableWidget, rows: list[tuple[int | None, list[str]]], right_cols: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for r, (row_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(IdRole, row_id)
            if c in right_cols:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def selected_id(table: QTableWidget) -> int | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(IdRole) if item else None


class RedeemDialog(QDialog):
    """积分兑换: the catalogue with stock; redeem the selected gift after a confirmation."""

    def __init__(self, parent: QWidget | None, member_id: int, clerk_id: int | None = None) -> None:
        super().__init__(parent)
        self.member_id = member_id
        self.redeemed = 0
        m = member_row(member_id)
        self.setWindowTitle(self.tr("积分兑换 — {name}").format(name=m.name))
        self.balance = QLabel(self)
        self.balance.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.table = make_table(self, [self.tr("礼品"), self.tr("所需积分"), self.tr("库存"), self.tr("附赠现金券")])
        self.clerk = StaffCombo(self)
        self.clerk.set_clerk(clerk_id if clerk_id is not None else m.clerk_id)
        self.redeem_button = QPushButton(self.tr("兑换所选礼品"), self)
        self.redeem_button.clicked.connect(self.redeem_selected)
        close = button_box(self, Std.Close)
        form = QFormLayout()
        form.addRow(self.tr("经办导购"), self.clerk)
        buttons = QHBoxLayout()
        buttons.addWidget(self.redeem_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.balance)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addLayout(buttons)
        self.resize(620, 380)
        self.load()

    def load(self) -> None:
        bal = ledger.balance(self.member_id)
        self.balance.setText(self.tr("可用积分:{n}").format(n=f"{bal:,}"))
        rows = []
        for g in gifts.catalogue():
            rows.append((g.id, [g.name, f"{g.points:,}", str(g.stock),
                                fen_to_yuan_text(g.voucher_value) if g.voucher_value else ""]))
        fill(self.table, rows, (1, 2, 3))
        for r, g in enumerate(gifts.catalogue()):
            if g.points > bal or g.stock <= 0:
                for c in range(self.table.columnCount()):
                    self.table.item(r, c).setForeground(Qt.GlobalColor.gray)

    def redeem_selected(self) -> bool:
        gid = selected_id(self.table)
        if gid is None:
            dialogs.show_error(self, self.tr("请先选择一件礼品"))
            return False
        g = next(x for x in gifts.catalogue() if x.id == gid)
        if not dialogs.ask(self, self.tr("用 {p} 积分兑换「{name}」?").format(p=f"{g.points:,}", name=g.name)):
            return False
        from vipdesk.model.access import redeem_permission
        from vipdesk.ui.privacy.pin import require_owner

        large = redeem_permission(g.points)  # issue 13: above the owner's limit, someone allowed confirms
        if large and not require_owner(self, self.tr("大额积分兑换"), large):
            return False
        try:
            gifts.redeem(self.member_id, gid, clerk_id=self.clerk.clerk_id())
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.redeemed += 1
        self.load()
        dialogs.info(self, self.tr("已兑换「{name}」,扣 {p} 积分").format(name=g.name, p=f"{g.points:,}"))
        return True


def slip_html(text: str) -> str:
    return "<pre style='font-size:12pt'>" + html.escape(text) + "</pre>"


class StoredValueDialog(QDialog):
    """储值: balance and entries, top up (bonus rule applied), refund a top-up, print a slip."""

    def __init__(self, parent: QWidget | None, member_id: int, clerk_id: int | None = None) -> None:
        super().__init__(parent)
        self.member_id = member_id
        self.last_entry: int | None = None
        m = member_row(member_id)
        self.setWindowTitle(self.tr("储值 — {name}").format(name=m.name))
        self.balance = QLabel(self)
        self.balance.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.off_note = QLabel(self.tr("储值功能未启用:请在 设置 → 积分与等级设置 → 储值 中打开。"), self)
        self.off_note.setStyleSheet("color: #b03a2e;")
        self.table = make_table(self, [self.tr("时间"), self.tr("类型"), self.tr("金额"), self.tr("说明")])
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("元,例如 1000"))
        self.amount.textChanged.connect(self._bonus_hint)
        self.hint = QLabel(self)
        self.clerk = StaffCombo(self)
        self.clerk.set_clerk(clerk_id if clerk_id is not None else m.clerk_id)
        form = QFormLayout()
        form.addRow(self.tr("充值金额"), self.amount)
        form.addRow("", self.hint)
        form.addRow(self.tr("经办导购"), self.clerk)
        self.topup_button = QPushButton(self.tr("充值"), self)
        self.topup_button.clicked.connect(self.top_up)
        self.refund_button = QPushButton(self.tr("退所选充值"), self)
        self.refund_button.clicked.connect(self.refund_selected)
        self.slip_button = QPushButton(self.tr("凭条另存为 PDF"), self)
        self.slip_button.clicked.connect(lambda: self.save_slip())
        self.print_button = QPushButton(self.tr("打印凭条"), self)
        self.print_button.clicked.connect(self.print_slip)
        close = button_box(self, Std.Close)
        buttons = QHBoxLayout()
        for b in (self.topup_button, self.refund_button, self.slip_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.balance)
        lay.addWidget(self.off_note)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addLayout(buttons)
        self.resize(640, 460)
        self.load()

    def load(self) -> None:
        on = stored_value.enabled()
        self.off_note.setVisible(not on)
        self.topup_button.setEnabled(on)
        self.balance.setText(self.tr("储值余额:") + fen_to_yuan_text(stored_value.balance(self.member_id)))
        rows = []
        for e in reversed(stored_value.entries(self.member_id)):
            rows.append((e.id, [format_datetime(e.at), self.tr(stored_value.KINDS.get(e.kind, e.kind)),
                                fen_to_yuan_text(e.delta), e.reason]))
        fill(self.table, rows, (2,))

    def _bonus_hint(self) -> None:
        try:
            fen = parse_yuan(self.amount.text(), self.tr("充值金额"))
        except VipdeskError:
            self.hint.setText("")
            return
        bonus = stored_value.bonus_for(fen)
        self.hint.setText(self.tr("赠送 {b}").format(b=fen_to_yuan_text(bonus)) if bonus else "")

    def top_up(self) -> bool:
        try:
            fen = parse_yuan(self.amount.text(), self.tr("充值金额"))
            bonus = stored_value.bonus_for(fen)
            extra = self.tr(",赠送 {b}").format(b=fen_to_yuan_text(bonus)) if bonus else ""
            if not dialogs.ask(self, self.tr("确认收款 {a} 充值{extra}?").format(a=fen_to_yuan_text(fen), extra=extra)):
                return False
            e = stored_value.top_up(self.member_id, fen, clerk_id=self.clerk.clerk_id())
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.last_entry = e.id
        self.amount.clear()
        self.load()
        return True

    def refund_selected(self) -> bool:
        eid = selected_id(self.table)
        if eid is None:
            dialogs.show_error(self, self.tr("请先选择一笔充值"))
            return False
        if not dialogs.ask(self, self.tr("退回这笔充值(赠送部分一并扣回)?")):
            return False
        from vipdesk.ui.privacy.pin import require_owner

        if not require_owner(self, self.tr("退回储值"), "stored_value_adjust"):
            return False
        try:
            e = stored_value.refund_top_up(eid, clerk_id=self.clerk.clerk_id())
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.last_entry = e.id
        self.load()
        return True

    def print_slip(self) -> None:  # pragma: no cover - modal print preview
        eid = selected_id(self.table) or self.last_entry
        if eid is None:
            dialogs.show_error(self, self.tr("请先选择一笔储值记录"))
            return
        from vipdesk.ui.care.printing import print_preview

        print_preview(self, slip_html(stored_value.slip_text(eid)), self.tr("储值凭条"), landscape=False)

    def save_slip(self, path: str | Path | None = None) -> Path | None:
        eid = selected_id(self.table) or self.last_entry
        if eid is None:
            dialogs.show_error(self, self.tr("请先选择一笔储值记录"))
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存凭条"), f"储值凭条_{eid}.pdf", "PDF (*.pdf)")
            if not path:
                return None
        from vipdesk.ui.care.printing import html_to_pdf

        return html_to_pdf(slip_html(stored_value.slip_text(eid)), path, landscape=False)


class VoucherListDialog(QDialog):
    """All vouchers (or one member's), newest first; cancel an open one with a reason."""

    STATES = tr_noop([("", "全部"), ("open", "可用"), ("redeem", "已使用"), ("expire", "已过期"), ("cancel", "已作废")])

    def __init__(self, parent: QWidget | None, member_id: int | None = None) -> None:
        super().__init__(parent)
        self.member_id = member_id
        self.setWindowTitle(self.tr("礼券"))
        self.state = QComboBox(self)
        for key, label in self.STATES:
            self.state.addItem(self.tr(label), key)
        self.state.currentIndexChanged.connect(self.load)
        self.table = make_table(self, [self.tr("券号"), self.tr("会员"), self.tr("类型"), self.tr("面值"),
                                       self.tr("生效"), self.tr("到期"), self.tr("状态")])
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("作废原因"))
        cancel_btn = QPushButton(self.tr("作废所选"), self)
        cancel_btn.clicked.connect(self.cancel_selected)
        close = button_box(self, Std.Close)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("状态"), self))
        top.addWidget(self.state)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reason, 1)
        bottom.addWidget(cancel_btn)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        self.resize(760, 460)
        self.load()

    def load(self) -> None:
        state = self.state.currentData() or None
        if self.member_id is not None:
            rows = [v for v in vouchers.member_vouchers(self.member_id) if state is None or v.state == state]
        else:
            rows = vouchers.all_vouchers(state)
        names = member_names({v.member_id for v in rows})
        fill(self.table, [(v.id, [v.code, names.get(v.member_id, ""), v.kind_text, fen_to_yuan_text(v.value),
                                  format_date(v.valid_from), format_date(v.expires_on) or self.tr("长期"),
                                  v.state_text]) for v in rows], (3,))

    def cancel_selected(self) -> bool:
        vid = selected_id(self.table)
        if vid is None:
            dialogs.show_error(self, self.tr("请先选择一张券"))
            return False
        v = vouchers.get(vid)
        extra = self.tr("\n由积分换来的券作废后退回 {n} 积分。").format(n=v.points_cost) if v.points_cost else ""
        if not dialogs.ask(self, self.tr("作废礼券 {code}?").format(code=v.code) + extra):
            return False
        try:
            vouchers.cancel(vid, self.reason.text())
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.reason.clear()
        self.load()
        return True


class IncentiveDialog(QDialog):
    """导购激励: cards sold / free cards per clerk in a month, what counts, commission and bonus."""

    HEADERS = tr_noop(["导购", "售卡", "计提成", "免费卡", "计奖励", "合计张数", "提成", "达标奖", "合计", "资料不全的会员"])

    def __init__(self, parent: QWidget | None, month: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导购办卡激励"))
        self.month = QDateEdit(self)
        self.month.setDisplayFormat("yyyy-MM")
        d = month or dt.date.today()
        self.month.setDate(QDate(d.year, d.month, 1))
        self.month.dateChanged.connect(self.load)
        self.table = make_table(self, [self.tr(h) for h in self.HEADERS])
        self.note = QLabel(self.tr("只统计资料完整(姓名、手机、性别、生日、地址)的会员卡;补全资料后自动计入。"), self)
        self.note.setWordWrap(True)
        close = button_box(self, Std.Close)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份"), self))
        top.addWidget(self.month)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.note)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 420)
        self.load()

    def load(self) -> None:
        q = self.month.date()
        self.rows = incentives.monthly_table(q.year(), q.month())
        names = member_names({i for r in self.rows for i in r.incomplete})
        fill(self.table, [(r.staff_id, [r.staff_name, str(r.sold), str(r.sold_counted), str(r.free),
                                        str(r.free_counted), str(r.counted), fen_to_yuan_text(r.commission),
                                        fen_to_yuan_text(r.bonus), fen_to_yuan_text(r.total),
                                        "、".join(names.get(i, str(i)) for i in r.incomplete[:10])])
                          for r in self.rows], (1, 2, 3, 4, 5, 6, 7, 8))


class TextDialog(QDialog):
    """A read-only text (the L2 figures, a preview) with a close button."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(text, self)
        self.text.setReadOnly(True)
        close = button_box(self, Std.Close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(640, 400)
