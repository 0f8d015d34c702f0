"""Small dialogs for one member: child, other date, card, contact note, visit.

Each dialog calls the model-layer writer itself on 确定; a ValidationError is
shown with its field and the dialog stays open with the clerk's input.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import yuan_text_plain
from vipdesk.model.errors import VipdeskError
from vipdesk.model.members import profile as members
from vipdesk.model.store import settings
from vipdesk.text import tr, tr_noop, untr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.common.unsaved import UnsavedGuard
from vipdesk.ui.common.widgets import BirthdayEdit, StaffCombo, parse_yuan


class FormDialog(UnsavedGuard, QDialog):
    """A form with 确定/取消; ``apply()`` does the write and returns the result."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = button_box(self, Std.Ok | Std.Cancel, on_accept=self.submit)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.buttons)
        self.result_value: Any = None

    def apply(self) -> Any:
        raise NotImplementedError

    def save_edits(self) -> bool:
        """保存 when leaving with edits = the 确定 button (validation and all)."""
        return self.submit()

    def submit(self) -> bool:
        try:
            self.result_value = self.apply()
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.accept()
        return True


class ChildDialog(FormDialog):
    def __init__(self, parent: QWidget | None, member_id: int) -> None:
        super().__init__(parent, self.tr("添加孩子"))
        self.member_id = member_id
        self.name = QLineEdit(self)
        self.gender = QComboBox(self)
        for label, code in ((self.tr("女孩"), "F"), (self.tr("男孩"), "M"), (self.tr("未填"), "")):
            self.gender.addItem(label, code)
        self.birthday = BirthdayEdit(self)
        self.size = QLineEdit(self)
        self.size.setPlaceholderText(self.tr("如 110、120"))
        self.notes = QLineEdit(self)
        self.form.addRow(self.tr("孩子姓名"), self.name)
        self.form.addRow(self.tr("性别"), self.gender)
        self.form.addRow(self.tr("生日"), self.birthday)
        self.form.addRow(self.tr("尺码"), self.size)
        self.form.addRow(self.tr("备注"), self.notes)

    def apply(self):
        return members.add_child(self.member_id, self.name.text(), self.gender.currentData(),
                                 self.birthday.value(), self.size.text(), self.notes.text())


DATE_KINDS = [("wedding", QT_TRANSLATE_NOOP("labels", "结婚纪念日")), ("custom", QT_TRANSLATE_NOOP("labels", "其他纪念日"))]


class DateDialog(FormDialog):
    def __init__(self, parent: QWidget | None, member_id: int) -> None:
        super().__init__(parent, self.tr("添加纪念日"))
        self.member_id = member_id
        self.kind = QComboBox(self)
        for code, label in DATE_KINDS:
            self.kind.addItem(QCoreApplication.translate("labels", label), code)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("如 结婚纪念日、先生生日"))
        self.date = BirthdayEdit(self, allow_empty=False)
        self.date.year.setPlaceholderText(self.tr("年(可不填)"))
        self.form.addRow(self.tr("类型"), self.kind)
        self.form.addRow(self.tr("名称"), self.label)
        self.form.addRow(self.tr("日期"), self.date)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        if self.kind.currentData() == "wedding" and not self.label.text().strip():
            self.label.setText(self.tr("结婚纪念日"))

    def apply(self):
        value = self.date.value()
        return members.add_date(self.member_id, self.label.text(), value, kind=self.kind.currentData())


class CardDialog(FormDialog):
    """Issue (or re-issue) a card: next number suggested; sold at the shop's price or free (P6)."""

    def __init__(self, parent: QWidget | None, member_id: int, clerk_id: int | None = None) -> None:
        super().__init__(parent, self.tr("办理会员卡"))
        self.member_id = member_id
        self.card_no = QLineEdit(members.next_card_no(), self)
        self.sold = QRadioButton(self.tr("售卡"), self)
        self.free = QRadioButton(self.tr("免费"), self)
        group = QButtonGroup(self)
        group.addButton(self.sold)
        group.addButton(self.free)
        self.sold.setChecked(True)
        price = int(settings.get(settings.CARD_PRICE.key))
        self.price = QLineEdit(yuan_text_plain(price), self)
        items = int(settings.get(settings.FREE_CARD_ITEMS.key))
        self.reason = QLineEdit(self.tr("一次购买满{n}件").format(n=items), self)
        self.clerk = StaffCombo(self)
        self.clerk.set_clerk(clerk_id)
        row = QHBoxLayout()
        row.addWidget(self.sold)
        row.addWidget(self.price)
        row.addWidget(self.free)
        row.addWidget(self.reason)
        self.form.addRow(self.tr("卡号"), self.card_no)
        self.form.addRow(self.tr("收费"), row)
        self.form.addRow(self.tr("经办导购"), self.clerk)
        self.sold.toggled.connect(self._mode)
        self._mode()

    def _mode(self) -> None:
        self.price.setEnabled(self.sold.isChecked())
        self.reason.setEnabled(self.free.isChecked())

    def apply(self):
        if self.sold.isChecked():
            price, reason = parse_yuan(self.price.text(), self.tr("售卡金额")), ""
        else:
            price, reason = 0, self.reason.text().strip()
        return members.issue_card(self.member_id, self.card_no.text(), price=price, free_reason=reason,
                                  clerk_id=self.clerk.clerk_id())


CONTACT_OUTCOMES = tr_noop(["已接通,聊得愉快", "已接通,不方便", "未接通", "已回复", "未回复", "约好到店", "不希望再联系"])


class ContactDialog(FormDialog):
    """Log a call or message with its outcome (C12)."""

    def __init__(self, parent: QWidget | None, member_id: int, clerk_id: int | None = None) -> None:
        super().__init__(parent, self.tr("添加联系记录"))
        self.member_id = member_id
        self.channel = QComboBox(self)
        for code, label in members.CONTACT_CHANNELS.items():
            self.channel.addItem(tr(label), code)  # model labels: context "vipdesk"
        self.outcome = QComboBox(self)
        self.outcome.setEditable(True)
        self.outcome.addItem("")
        for text in CONTACT_OUTCOMES:
            self.outcome.addItem(tr(text))  # shown translated, stored Chinese (untr)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.satisfaction = QComboBox(self)
        self.satisfaction.addItem(self.tr("(不评)"), None)
        for n in range(5, 0, -1):
            self.satisfaction.addItem("★" * n, n)
        self.clerk = StaffCombo(self)
        self.clerk.set_clerk(clerk_id)
        self.form.addRow(self.tr("方式"), self.channel)
        self.form.addRow(self.tr("结果"), self.outcome)
        self.form.addRow(self.tr("备注"), self.note)
        self.form.addRow(self.tr("满意度"), self.satisfaction)
        self.form.addRow(self.tr("导购"), self.clerk)
        self.resize(420, 300)

    def apply(self):
        return members.log_contact(self.member_id, clerk_id=self.clerk.clerk_id(),
                                   channel=self.channel.currentData(), outcome=untr(self.outcome.currentText(), CONTACT_OUTCOMES),
                                   note=self.note.toPlainText(), satisfaction=self.satisfaction.currentData())


class VisitDialog(FormDialog):
    """到店未购 (T4): she came in and bought nothing — worth a thank-you message."""

    def __init__(self, parent: QWidget | None, member_id: int, clerk_id: int | None = None) -> None:
        super().__init__(parent, self.tr("到店未购"))
        self.member_id = member_id
        self.clerk = StaffCombo(self)
        self.clerk.set_clerk(clerk_id)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("如 试了新款大衣,嫌颜色深"))
        self.form.addRow(self.tr("接待导购"), self.clerk)
        self.form.addRow(self.tr("备注"), self.note)
        self.resize(380, 120)

    def apply(self):
        return members.log_visit(self.member_id, clerk_id=self.clerk.clerk_id(), note=self.note.text())


class TicketDialog(FormDialog):
    """Find a sale by its ticket number (for returns of walk-in sales, T2/T3)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("按小票号退货"))
        self.ticket = QLineEdit(self)
        self.ticket.setPlaceholderText(self.tr("如 V20261123-0001,或扫描小票条码"))
        from vipdesk.ui.counter.scanner import takes_scans

        takes_scans(self.ticket)
        self.form.addRow(self.tr("小票号"), self.ticket)

    def apply(self):
        from vipdesk.model import codes
        from vipdesk.model.errors import NotFound
        from vipdesk.model.members import detail as member_detail

        text = self.ticket.text()
        sale = member_detail.sale_by_ticket(text)
        if sale is None and codes.looks_like_code(text):
            found = codes.resolve_scan(text)  # the barcode printed on the receipt
            sale = member_detail.sale(found.number) if found.kind == "ticket" else None
        if sale is None:
            raise NotFound(self.tr("找不到小票:") + self.ticket.text().strip())
        if sale.kind != "sale":
            raise NotFound(self.tr("这是一张退货单,请输入原销售小票号"))
        return sale.id


def run_form(dialog: FormDialog, on_saved: Callable[[Any], None] | None = None) -> Any:
    """exec() the dialog; call on_saved(result) when it was saved."""
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    if dialogs.exec_dialog(dialog):
        if on_saved is not None:
            on_saved(dialog.result_value)
        return dialog.result_value
    return None
