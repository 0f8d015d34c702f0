"""Small input widgets shared by the dialogs and the detail pane, and the
exact parsing of what a clerk types (yuan → fen, 折扣 → per-mille)."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import lunar_day_text, lunar_month_text
from vipdesk.model.errors import ValidationError
from vipdesk.model.loyalty.tiers import tier_display
from vipdesk.model.members import staff as staff_model
from vipdesk.model.members.profile import Birthday
from vipdesk.ui.common.dialogs import Std, button_box


def _t(text: str) -> str:
    return QCoreApplication.translate("widgets", text)


def parse_yuan(text: str, field: str) -> int:
    """'1,234.5' → 123450 fen, exactly (Decimal, never float); refuses negative or >2 decimals."""
    raw = unicodedata.normalize("NFKC", text or "").strip().replace(",", "").replace("¥", "").replace("元", "")
    if not raw:
        raise ValidationError(field, _t("请填写金额"))
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(field, _t("不是有效的金额:") + text) from None
    if not value.is_finite():
        raise ValidationError(field, _t("不是有效的金额:") + text)
    if value < 0:
        raise ValidationError(field, _t("金额不能为负数"))
    fen = value * 100
    if fen != fen.to_integral_value():
        raise ValidationError(field, _t("金额最多两位小数"))
    if fen > 100_000_000_00:
        raise ValidationError(field, _t("金额太大"))
    return int(fen)


def parse_discount(text: str, field: str) -> int:
    """How shops write a discount: '9' = 9折, '95' = 9.5折, '8.5' = 8.5折, empty or 10 = none.

    Returns per-mille of the price (900, 950, 850, 1000).
    """
    raw = unicodedata.normalize("NFKC", text or "").strip().rstrip("折").strip()
    if not raw:
        return 1000
    if re.fullmatch(r"\d{1,2}", raw):
        n = int(raw)
        if 1 <= n <= 10:
            return n * 100
        if 11 <= n <= 99:
            return n * 10
    elif re.fullmatch(r"\d\.\d{1,2}", raw):
        value = Decimal(raw)
        if Decimal("0.1") <= value < 10:
            return int(value * 100)
    raise ValidationError(field, _t("折扣写法:9 表示9折,95 表示9.5折,空白表示不打折"))


def parse_quantity(text: str, field: str) -> int:
    raw = unicodedata.normalize("NFKC", text or "").strip()
    if not raw:
        return 1
    if not re.fullmatch(r"-?\d+", raw):
        raise ValidationError(field, _t("数量必须是正整数"))
    n = int(raw)
    if n <= 0:
        raise ValidationError(field, _t("数量必须是正整数"))
    if n > 9999:
        raise ValidationError(field, _t("数量太大"))
    return n


class BirthdayEdit(QWidget):
    """Birthday (or other yearly date) as 公历 or 农历 (+闰月), year optional.

    ``value()`` returns a ``Birthday`` or None when the month is left blank;
    an impossible date is reported by the model's validation on save.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        # ints, not bools, as item data: PySide6 6.x mis-counts references of True/False in QVariants
        self.kind.addItem(_t("公历"), 0)
        self.kind.addItem(_t("农历"), 1)
        self.year = QLineEdit(self)
        self.year.setPlaceholderText(_t("年(可不填)"))
        self.year.setMaximumWidth(86)
        self.month = QComboBox(self)
        self.day = QComboBox(self)
        self.leap = QCheckBox(_t("闰月"), self)
        self._allow_empty = allow_empty
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.year, self.month, self.day, self.leap):
            lay.addWidget(w)
        lay.addStretch(1)
        self._fill()
        self.kind.currentIndexChanged.connect(self._fill)
        for combo in (self.month, self.day, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year.textChanged.connect(lambda _t: self.changed.emit())
        self.leap.toggled.connect(lambda _b: self.changed.emit())

    def is_lunar(self) -> bool:
        return self.kind.currentIndex() == 1

    def _fill(self) -> None:
        lunar = self.is_lunar()
        m, d = self.month.currentData(), self.day.currentData()
        self.month.blockSignals(True)
        self.day.blockSignals(True)
        self.month.clear()
        self.day.clear()
        if self._allow_empty:
            self.month.addItem(_t("月"), None)
            self.day.addItem(_t("日"), None)
        for n in range(1, 13):
            self.month.addItem(lunar_month_text(n) if lunar else _t("{n}月").format(n=n), n)
        for n in range(1, 31 if lunar else 32):
            self.day.addItem(lunar_day_text(n) if lunar else _t("{n}日").format(n=n), n)
        self._select(self.month, m)
        self._select(self.day, d)
        self.month.blockSignals(False)
        self.day.blockSignals(False)
        self.leap.setVisible(lunar)
        if not lunar:
            self.leap.setChecked(False)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(i, 0))

    def value(self) -> Birthday | None:
        month, day = self.month.currentData(), self.day.currentData()
        year_text = unicodedata.normalize("NFKC", self.year.text()).strip()
        if month is None and day is None and not year_text:
            return None
        if month is None or day is None:
            raise ValidationError(_t("生日"), _t("请同时选择月和日"))
        year = None
        if year_text:
            if not year_text.isdigit():
                raise ValidationError(_t("生日"), _t("年份应为数字,如 1985"))
            year = int(year_text)
        return Birthday(month=month, day=day, year=year, is_lunar=self.is_lunar(),
                        is_leap=self.is_lunar() and self.leap.isChecked())

    def set_value(self, b: Birthday | None) -> None:
        self.kind.setCurrentIndex(1 if b and b.is_lunar else 0)
        self._fill()
        self._select(self.month, b.month if b else None)
        self._select(self.day, b.day if b else None)
        self.year.setText(str(b.year) if b and b.year else "")
        self.leap.setChecked(bool(b and b.is_leap))


class StaffCombo(QComboBox):
    """Active clerks; ``clerk_id()`` is None when 未指定 is chosen (only if allowed)."""

    def __init__(self, parent: QWidget | None = None, *, allow_none: bool = True) -> None:
        super().__init__(parent)
        self._allow_none = allow_none
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.clerk_id()
        self.clear()
        if self._allow_none:
            self.addItem(_t("(未指定)"), None)
        for s in staff_model.list_staff():
            self.addItem(s.name, s.id)
        self.set_clerk(keep)

    def clerk_id(self) -> int | None:
        return self.currentData()

    def set_clerk(self, clerk_id: int | None) -> None:
        i = self.findData(clerk_id) if clerk_id is not None else -1
        if i < 0 and clerk_id is not None:
            # an inactive clerk still shows on old members
            s = next((x for x in staff_model.list_staff(include_inactive=True) if x.id == clerk_id), None)
            if s is not None:
                self.addItem(s.name, s.id)
                i = self.count() - 1
        self.setCurrentIndex(i if i >= 0 else 0)


class MemberPicker(QDialog):
    """Pick a member through the counter search (for 介绍人, P8)."""

    def __init__(self, parent: QWidget | None = None, exclude_id: int | None = None) -> None:
        super().__init__(parent)
        from vipdesk.model.members import lists as member_list
        from vipdesk.model.members.phone import mask_phone
        from vipdesk.ui.counter.search_box import SearchBox

        self._member_list = member_list
        self._mask = mask_phone
        self._exclude = exclude_id
        self.setWindowTitle(_t("选择会员"))
        self.search = SearchBox(self)
        self.results = QListWidget(self)
        self.hint = QLabel(_t("输入手机尾号、姓名或拼音"), self)
        buttons = button_box(self, Std.Ok | Std.Cancel, texts={Std.Ok: _t("选择")}, on_accept=self._accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.results)
        lay.addWidget(self.hint)
        lay.addWidget(buttons)
        self.search.search.connect(self._run)
        self.search.down_pressed.connect(self.results.setFocus)
        self.search.enter_pressed.connect(self._accept)
        self.results.itemActivated.connect(lambda _i: self._accept())
        self.resize(360, 380)
        self.chosen_id: int | None = None

    def _run(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            return
        ids = [i for i in self._member_list.member_ids(text, "last_purchase", True) if i != self._exclude][:50]
        rows = self._member_list.rows_for_ids(ids)
        for mid in ids:
            r = rows[mid]
            item = QListWidgetItem(f"{r.name}  {self._mask(r.phone)}  {tier_display(r.tier)}")
            item.setData(Qt.ItemDataRole.UserRole, mid)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _accept(self) -> None:
        if self.search.pending():
            self.search.flush()
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()


def birthday_of(obj) -> Birthday | None:
    """The Birthday stored on a Member or Child row."""
    if not getattr(obj, "birth_month", None) or not getattr(obj, "birth_day", None):
        return None
    return Birthday(month=obj.birth_month, day=obj.birth_day, year=obj.birth_year,
                    is_lunar=bool(obj.birthday_lunar), is_leap=bool(obj.birthday_leap),
                    year_estimated=bool(getattr(obj, "birth_year_estimated", False)))
