"""关怀计划 (P4/C11): the owner's table of contact rules by segment and child age group, the
floor for everyone, and her own holidays (C2).  Saving asks for the owner PIN, like the other
care settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.care import config, holidays, plan
from vipdesk.model.errors import ValidationError
from vipdesk.model.store import settings
from vipdesk.model.store.db import transaction
from vipdesk.text import tr, tr_noop
from vipdesk.ui.common import dialogs
from vipdesk.ui.privacy.pin import require_owner

COLS = tr_noop(("类别", "对象", "间隔(天)", "方式", "月份", "沟通内容"), "CarePlanDialog")


def _t(text: str) -> str:
    return QCoreApplication.translate("CarePlanDialog", text)


class CarePlanDialog(QDialog):
    """Rules table + the everyone floor + owner holidays; ``save()`` writes all in one transaction."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("关怀计划"))
        self.resize(860, 480)
        lay = QVBoxLayout(self)
        tabs = QTabWidget(self)
        lay.addWidget(tabs)

        page = QWidget(self)
        v = QVBoxLayout(page)
        v.addWidget(QLabel(_t("每位会员按适用规则中最频繁的一条联系;孩子年龄段填 1-3、4-6、7-11 或 12+;"
                              "RFM 分组可写 R5* 这样的模式;月份留空表示全年。"), page))
        floor = QHBoxLayout()
        floor.addWidget(QLabel(_t("全体会员至少每"), page))
        self.floor = QSpinBox(page)
        self.floor.setRange(7, 730)
        self.floor.setValue(int(config.get(config.MIN_CARE_DAYS)))
        floor.addWidget(self.floor)
        floor.addWidget(QLabel(_t("天联系一次(120 天 = 一年 3 次)"), page))
        floor.addStretch(1)
        v.addLayout(floor)
        self.table = QTableWidget(0, len(COLS), page)
        self.table.setHorizontalHeaderLabels([_t(c) for c in COLS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r in plan.rules():
            self.add_row(r)
        v.addWidget(self.table)
        row_buttons = QHBoxLayout()
        add = QPushButton(_t("加一行"), page)
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(_t("删除所选行"), page)
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_selected)
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        v.addLayout(row_buttons)
        tabs.addTab(page, _t("联系规则"))

        page = QWidget(self)
        v = QVBoxLayout(page)
        self.holiday_list = QTableWidget(0, 4, page)
        self.holiday_list.setHorizontalHeaderLabels([_t("节日"), _t("日期"), _t("对象"), _t("祝福语")])
        self.holiday_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holiday_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holiday_list.horizontalHeader().setStretchLastSection(True)
        v.addWidget(self.holiday_list)
        form = QFormLayout()
        self.h_name = QLineEdit(page)
        self.h_name.setPlaceholderText(_t("如:店庆、腊八节"))
        self.h_month = QSpinBox(page)
        self.h_month.setRange(1, 12)
        self.h_day = QSpinBox(page)
        self.h_day.setRange(1, 31)
        self.h_lunar = QCheckBox(_t("农历"), page)
        self.h_year = QSpinBox(page)
        self.h_year.setRange(0, 2100)
        self.h_year.setSpecialValueText(_t("每年"))
        self.h_audience = QComboBox(page)
        for key, label in holidays.AUDIENCES.items():
            self.h_audience.addItem(tr(label), key)
        self.h_wish = QLineEdit(page)
        date_row = QHBoxLayout()
        for w in (self.h_month, QLabel(_t("月"), page), self.h_day, QLabel(_t("日"), page), self.h_lunar):
            date_row.addWidget(w)
        date_row.addStretch(1)
        form.addRow(_t("节日名称"), self.h_name)
        form.addRow(_t("日期"), date_row)
        form.addRow(_t("年份"), self.h_year)
        form.addRow(_t("问候对象"), self.h_audience)
        form.addRow(_t("祝福语"), self.h_wish)
        v.addLayout(form)
        hb = QHBoxLayout()
        add_h = QPushButton(_t("添加节日"), page)
        add_h.setAutoDefault(False)
        add_h.clicked.connect(self.add_holiday)
        del_h = QPushButton(_t("删除所选节日"), page)
        del_h.setAutoDefault(False)
        del_h.clicked.connect(self.remove_holiday)
        hb.addWidget(add_h)
        hb.addWidget(del_h)
        hb.addStretch(1)
        v.addLayout(hb)
        tabs.addTab(page, _t("自定义节日"))
        self._fill_holidays()

        self.buttons = dialogs.button_box(self, QDialogButtonBox.StandardButton.Save
                                          | QDialogButtonBox.StandardButton.Cancel, on_accept=self.save_and_close)
        lay.addWidget(self.buttons)

    # --- rules table
    def add_row(self, rule: plan.Rule | None = None) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        scope = QComboBox(self.table)
        for key, label in plan.SCOPES.items():
            scope.addItem(tr(label), key)
        channel = QComboBox(self.table)
        for key, label in config.CHANNEL_LABELS.items():
            channel.addItem(tr(label), key)
        if rule is not None:
            scope.setCurrentIndex(scope.findData(rule.scope))
            channel.setCurrentIndex(channel.findData(rule.channel))
        self.table.setCellWidget(r, 0, scope)
        self.table.setCellWidget(r, 3, channel)
        values = ("", "", "", "", "", "") if rule is None else (
            "", rule.value if rule.scope == "child_age" else plan.shown(rule.value), str(rule.days), "",
            "、".join(str(m) for m in rule.months), plan.shown(rule.theme))
        for c in (1, 2, 4, 5):
            self.table.setItem(r, c, QTableWidgetItem(values[c]))
        return r

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def rules(self) -> list[plan.Rule]:
        """The table as rules; a non-number names its row and column."""
        out = []
        for r in range(self.table.rowCount()):
            def text(c: int, row: int = r) -> str:
                item = self.table.item(row, c)
                return item.text().strip() if item is not None else ""

            if not text(1) and not text(2) and not text(5):
                continue  # an empty row the owner added and left
            where = _t("第{n}行").format(n=r + 1)
            if not text(2).isdigit():
                raise ValidationError(where + _t("间隔"), _t("间隔应为天数,如 90"))
            months = []
            for part in text(4).replace(",", ",").replace("、", ",").split(","):
                if part.strip():
                    if not part.strip().isdigit():
                        raise ValidationError(where + _t("月份"), _t("月份写数字,如 8 或 7、8"))
                    months.append(int(part))
            scope = self.table.cellWidget(r, 0).currentData()  # type: ignore[union-attr]
            channel = self.table.cellWidget(r, 3).currentData()  # type: ignore[union-attr]
            out.append(plan.Rule(scope, plan.stored(text(1)), int(text(2)), channel, plan.stored(text(5)), tuple(months)))
        return out

    # --- holidays
    def _fill_holidays(self) -> None:
        hs = holidays.custom_holidays()
        self.holiday_list.setRowCount(len(hs))
        for r, h in enumerate(hs):
            date = (_t("农历") if h.lunar else "") + _t("{m}月{d}日").format(m=h.month, d=h.day)
            date += _t("(仅{y}年)").format(y=h.year) if h.year else _t("(每年)")
            for c, value in enumerate((h.name, date, tr(holidays.AUDIENCES.get(h.audience, "")), h.wish)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, h.key)
                self.holiday_list.setItem(r, c, item)

    def add_holiday(self) -> bool:
        try:
            with transaction():
                holidays.add_custom(self.h_name.text(), self.h_month.value(), self.h_day.value(),
                                    lunar=self.h_lunar.isChecked(), year=self.h_year.value(),
                                    wish=self.h_wish.text(), audience=self.h_audience.currentData())
        except Exception as exc:  # noqa: BLE001 - shown to the owner
            dialogs.show_error(self, exc)
            return False
        self.h_name.clear()
        self.h_wish.clear()
        self._fill_holidays()
        return True

    def remove_holiday(self) -> None:
        row = self.holiday_list.currentRow()
        item = self.holiday_list.item(row, 0) if row >= 0 else None
        if item is not None:
            holidays.remove_custom(item.data(Qt.ItemDataRole.UserRole))
            self._fill_holidays()

    # --- save
    def save(self) -> bool:
        rules = self.rules()
        if not require_owner(self, _t("修改关怀计划"), "settings"):
            return False
        with transaction():
            plan.save_rules(rules)
            settings.put(config.MIN_CARE_DAYS.key, self.floor.value())
        return True

    def save_and_close(self) -> None:
        dialogs.save_then_accept(self, self.save)
