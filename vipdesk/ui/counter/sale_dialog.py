"""Record a sale (T1) for a member or a walk-in (T3).

The clerk types a line in the entry row and presses Enter (or Insert) to add
it; the quote panel shows what ``sales.quote`` computes (tier discount,
amount due, points, upgrade).  Ctrl+Enter confirms through
``sales.record_sale``.  Prices are parsed from yuan to fen exactly.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import fen_to_yuan_text, format_discount, yuan_text_plain
from vipdesk.model.errors import ValidationError, VipdeskError
from vipdesk.model.loyalty.tiers import tier_display
from vipdesk.model.members import detail as member_detail
from vipdesk.model.members.phone import mask_phone
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales.recording import LineInput
from vipdesk.model.store import settings
from vipdesk.text import tr, untr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.widgets import StaffCombo, parse_discount, parse_quantity, parse_yuan
from vipdesk.ui.loyalty.pay import PaymentBox


class SaleDialog(QDialog):
    HEADERS = (QT_TRANSLATE_NOOP("labels", "款号"), QT_TRANSLATE_NOOP("labels", "品类"), QT_TRANSLATE_NOOP("labels", "尺码"), QT_TRANSLATE_NOOP("labels", "单价"), QT_TRANSLATE_NOOP("labels", "数量"), QT_TRANSLATE_NOOP("labels", "折扣"), QT_TRANSLATE_NOOP("labels", "金额"))

    def __init__(self, parent: QWidget | None, member_id: int | None, clerk_id: int | None = None) -> None:
        super().__init__(parent)
        self.member_id = member_id
        self.lines: list[LineInput] = []
        self.sale = None
        d = member_detail.member_detail(member_id) if member_id else None
        # Who am I selling to (issue 17): the title and a large first line always name her, or 散客.
        if d is not None:
            m = d.member
            who = self.tr("会员:{name}  {phone}  {tier}").format(name=m.name, phone=mask_phone(m.phone),
                                                                   tier=tier_display(m.tier))
            self.setWindowTitle(self.tr("记一笔销售 — {name} {phone} {tier}").format(
                name=m.name, phone=mask_phone(m.phone), tier=tier_display(m.tier)))
            initial = m.name[:1]
            clerk_id = m.clerk_id or clerk_id  # her own clerk (P7), else who sold last
        else:
            who = self.tr("散客(非会员)销售")
            self.setWindowTitle(self.tr("非会员销售 — 散客"))
            initial = self.tr("散")
        self.initial_label = QLabel(initial, self)
        self.initial_label.setObjectName("memberInitial")  # member data: the first character of her name
        self.initial_label.setFixedSize(44, 44)
        self.initial_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.initial_label.setStyleSheet("font-size: 22px; font-weight: bold; color: white; border-radius: 22px;"
                                         f"background: {'#8a5a44' if d is not None else '#777'};")
        self.who_label = QLabel(who, self)
        self.who_label.setObjectName("saleWho")
        self.who_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.scan_message = QLabel(self)
        self.scan_message.setObjectName("saleScanMessage")
        self.scan_message.setStyleSheet("color: #b03a2e;")
        who_row = QHBoxLayout()
        who_row.addWidget(self.initial_label)
        who_row.addWidget(self.who_label, 1)

        entry = QGroupBox(self.tr("录入商品(回车或 Insert 添加一行)"), self)
        eg = QGridLayout(entry)
        self.style_code = QLineEdit(entry)
        self.category = QComboBox(entry)
        self.category.addItem("")
        self.category.addItems([tr(c) for c in sales.CATEGORIES])  # shown translated, stored Chinese (untr)
        self.size = QLineEdit(entry)
        self.price = QLineEdit(entry)
        self.price.setPlaceholderText(self.tr("元"))
        self.quantity = QLineEdit("1", entry)
        self.discount = QLineEdit(entry)
        self.discount.setPlaceholderText(self.tr("9=9折"))
        self.discount.setToolTip(self.tr("单品折扣:9 表示9折,95 表示9.5折,空白不打折;会员折扣另外自动计算"))
        self.add_button = QPushButton(self.tr("添加 (Enter)"), entry)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_line)
        for col, (label, w, stretch) in enumerate(((self.tr("款号"), self.style_code, 3), (self.tr("品类"), self.category, 2),
                                                   (self.tr("尺码"), self.size, 1), (self.tr("单价"), self.price, 2),
                                                   (self.tr("数量"), self.quantity, 1), (self.tr("折扣"), self.discount, 1))):
            eg.addWidget(QLabel(label, entry), 0, col)
            eg.addWidget(w, 1, col)
            eg.setColumnStretch(col, stretch)
        eg.addWidget(self.add_button, 1, 6)
        self._entry_widgets = (self.style_code, self.category, self.size, self.price, self.quantity, self.discount)

        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("labels", h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("删除选中行 (Delete)"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_line)

        self.clerk = StaffCombo(self)
        self.clerk.set_clerk(clerk_id)
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("导购(必选)"), self.clerk)
        form.addRow(self.tr("备注"), self.note)

        quote_box = QGroupBox(self.tr("结算"), self)
        qf = QFormLayout(quote_box)
        self.q_list = QLabel(quote_box)
        self.q_discount = QLabel(quote_box)
        self.q_paid = QLabel(quote_box)
        self.q_paid.setStyleSheet("font-size: 18px; font-weight: bold; color: #b03a2e;")
        self.q_points = QLabel(quote_box)
        self.q_upgrade = QLabel(quote_box)
        self.q_upgrade.setWordWrap(True)
        self.q_upgrade.setStyleSheet("color: #b8860b; font-weight: bold;")
        qf.addRow(self.tr("原价合计"), self.q_list)
        qf.addRow(self.tr("会员折扣"), self.q_discount)
        qf.addRow(self.tr("应收"), self.q_paid)
        qf.addRow(self.tr("本单积分"), self.q_points)
        qf.addRow(self.q_upgrade)

        self.confirm_button = QPushButton(self.tr("确认收款 (Ctrl+Enter)"), self)
        self.confirm_button.setToolTip(self.tr("记录这笔销售 (Ctrl+Enter)"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        cancel = QPushButton(self.tr("取消 (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        self.pay = PaymentBox(self, member_id)  # vouchers usable and stored value (loyalty)
        self.pay.changed.connect(self.update_quote)
        right = QVBoxLayout()
        right.addWidget(quote_box)
        right.addWidget(self.pay)
        right.addWidget(self.scan_message)
        right.addLayout(form)
        right.addStretch(1)
        right.addWidget(self.confirm_button)
        right.addWidget(cancel)
        left = QVBoxLayout()
        left.addLayout(who_row)
        left.addWidget(entry)
        left.addWidget(self.table, 1)
        left.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay = QHBoxLayout(self)
        lay.addLayout(left, 3)
        lay.addLayout(right, 1)

        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.confirm)
        QShortcut(QKeySequence("Insert"), self, self.add_line)
        delete = QShortcut(QKeySequence("Delete"), self.table, self.remove_line)
        delete.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # Delete in a field edits the field
        self.resize(900, 520)
        self.price.setFocus()  # the amount first: F2, amount, Ctrl+Enter (款号 is optional with Shift+Tab)
        self.update_quote()

    # --- lines
    def entry_line(self) -> LineInput | None:
        """The line in the entry row, or None when it is empty; raises ValidationError naming the field."""
        code = self.style_code.text().strip()
        if not code and not self.price.text().strip():
            return None
        if not code and self.line_is_amount_only():
            code = "-"  # F2, amount, Ctrl+Enter: a quick sale without a style code
        n = len(self.lines) + 1
        where = self.tr("第 {n} 行").format(n=n)
        if not code:
            raise ValidationError(where + self.tr("款号"), self.tr("请填写款号"))

        price = parse_yuan(self.price.text(), where + self.tr("单价"))
        qty = parse_quantity(self.quantity.text(), where + self.tr("数量"))
        disc = parse_discount(self.discount.text(), where + self.tr("折扣"))
        return LineInput(style_code=code.upper(), unit_price=price, quantity=qty, discount=disc,
                         category=untr(self.category.currentText(), sales.CATEGORIES), size=self.size.text().strip())

    def line_is_amount_only(self) -> bool:
        """Only a price typed (no style, category or size): the counter's fastest sale."""
        return bool(self.price.text().strip()) and not (self.size.text().strip() or self.category.currentText())

    def add_line(self) -> bool:
        try:
            line = self.entry_line()
        except ValidationError as exc:
            dialogs.show_error(self, exc)
            return False
        if line is None:
            return False
        self.lines.append(line)
        self.style_code.clear()
        self.size.clear()
        self.price.clear()
        self.quantity.setText("1")
        self.discount.clear()
        self.style_code.setFocus()
        self.update_quote()
        return True

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self.update_quote()

    def update_quote(self) -> None:
        q = None
        if self.lines:
            try:
                q = sales.quote(self.member_id, self.lines, **self.pay.quote_kwargs())
            except VipdeskError as exc:
                self.q_upgrade.setText(dialogs.error_text(exc))
        self.table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            amount = q.lines[r].amount if q else None
            cells = [line.style_code, tr(line.category), line.size, yuan_text_plain(line.unit_price), str(line.quantity),
                     format_discount(line.discount) if line.discount < 1000 else "",
                     yuan_text_plain(amount) if amount is not None else ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if q is None:
            self.q_list.setText(fen_to_yuan_text(0))
            self.q_discount.setText("")
            self.q_paid.setText(fen_to_yuan_text(0))
            self.q_points.setText("0")
            if not self.lines:
                self.q_upgrade.setText("")
            self.quote = None
            return
        self.quote = q
        self.pay.show_quote(q)
        self.q_list.setText(fen_to_yuan_text(q.list_total))
        if self.member_id:
            self.q_discount.setText(f"{q.tier_name} {format_discount(q.tier_discount)}")
        else:
            self.q_discount.setText(self.tr("非会员无折扣"))
        self.q_paid.setText(fen_to_yuan_text(q.paid))
        self.q_points.setText(f"{q.points:,}")
        hint = self.tr("本单后升级为 {tier}!").format(tier=q.upgrade_to) if q.upgrade_to else ""
        free_items = int(settings.get(settings.FREE_CARD_ITEMS.key))
        if not self.member_id and free_items and q.items >= free_items:
            # P6: a card is free with this many items in one purchase — a walk-in worth enrolling.
            hint = self.tr("本单满 {n} 件,可免费办卡入会").format(n=free_items)
        self.q_upgrade.setText(hint)

    # --- scans (issue 17, item 6)
    def apply_scan(self, digits: str) -> None:
        """A voucher scanned while the sale is open is ticked; anything else is refused, nothing changes."""
        from PySide6.QtWidgets import QApplication

        from vipdesk.model import codes

        try:
            code = codes.resolve_scan(digits)
            if code.kind != "voucher":
                raise ValidationError(self.tr("条码"), self.tr("销售窗口只能扫礼券"))
            if not self.pay.has_voucher(code.number):
                raise ValidationError(self.tr("礼券"), self.tr("这张礼券不属于本单会员或已不能使用"))
        except VipdeskError as exc:
            self.scan_message.setText(dialogs.error_text(exc))
            QApplication.beep()
            return
        self.pay.set_checked(code.number)
        self.scan_message.setText(self.tr("已使用礼券"))
        self.update_quote()

    # --- confirm
    def confirm(self) -> bool:
        """Record the sale; a line still in the entry row is added first."""
        try:
            pending = self.entry_line()
        except ValidationError as exc:
            dialogs.show_error(self, exc)
            return False
        if pending is not None:
            self.add_line()
        if not self.lines:
            dialogs.show_error(self, ValidationError(self.tr("商品"), self.tr("请至少录入一件商品")))
            return False
        if self.clerk.clerk_id() is None:
            dialogs.show_error(self, ValidationError(self.tr("导购"), self.tr("请选择导购")))
            self.clerk.setFocus()
            return False
        try:
            self.sale = sales.record_sale(self.member_id, self.lines, clerk_id=self.clerk.clerk_id(),
                                          note=self.note.text(), vouchers=self.pay.voucher_ids(),
                                          stored_value=self.pay.stored_value())
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.confirm()
                return
            if self.focusWidget() in self._entry_widgets or self.focusWidget() is self.add_button:
                self.add_line()
            return  # never close the dialog on a bare Enter
        super().keyPressEvent(event)
