"""关怀设置: switch reminder kinds on/off, the numbers (lead days, cap, dormant months…),
the holidays to greet and the children's size-by-age table.  Values go through
``vipdesk.model.store.settings`` (declared in ``vipdesk.model.care.config``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.care import cap, config, sizeup, surveys
from vipdesk.model.care.holidays import HOLIDAY_LIST
from vipdesk.model.errors import ValidationError
from vipdesk.model.store import settings
from vipdesk.model.store.db import transaction
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.common.unsaved import UnsavedGuard
from vipdesk.ui.privacy.pin import require_owner


def _t(text: str) -> str:
    return QCoreApplication.translate("CareSettings", text)


# (setting, minimum, maximum) for the whole-number settings
NUMBERS = [
    (config.BIRTHDAY_LEAD, 0, 30), (config.FOLLOWUP_DAYS, 1, 60), (config.REVISIT_DAYS, 1, 120),
    (config.REFERRAL_FOLLOWUP_DAYS, 1, 30), (config.VISIT_LATE_HOUR, 12, 23), (config.CHURN_MIN_PURCHASES, 2, 20),
    (config.MIN_CARE_DAYS, 30, 365), (config.MIN_CARE_DAILY, 0, 500), (config.CAP_WEEK, 0, 20),
    (config.CAP_MONTH, 0, 60), (config.EVENT_NOTICE_DAYS, 0, 30), (config.SIZEUP_LEAD, 0, 120),
    (config.CATCHUP_DAYS, 0, 60),
    (cap.MONTHLY_MIN, 0, 10), (cap.MONTHLY_MAX, 0, 10),  # C7
    (surveys.LOW_SCORE, 1, 4), (surveys.FOLLOWUP_DAYS, 0, 14),  # C15
]


class CareSettingsDialog(UnsavedGuard, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("关怀设置"))
        self.resize(560, 560)
        lay = QVBoxLayout(self)
        tabs = QTabWidget(self)
        scroll = QScrollArea(self)  # the settings grow with the features: scroll, never outgrow a 768 px screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(tabs)
        lay.addWidget(scroll, 1)

        # kinds
        page = QWidget(self)
        grid = QGridLayout(page)
        enabled = settings.get(config.ENABLED.key)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for n, (key, k) in enumerate(sorted(config.KINDS.items(), key=lambda p: p[1].priority)):
            box = QCheckBox(_t(k.label), page)
            box.setChecked(bool(enabled.get(key, True)))
            self.kind_boxes[key] = box
            grid.addWidget(box, n // 2, n % 2)
        tabs.addTab(page, _t("提醒类型"))

        # numbers
        page = QWidget(self)
        form = QFormLayout(page)
        self.spins: dict[str, QSpinBox] = {}
        for s, lo, hi in NUMBERS:
            spin = QSpinBox(page)
            spin.setRange(lo, hi)
            spin.setValue(int(settings.get(s.key)))
            spin.setToolTip(_t(s.help) if s.help else "")
            self.spins[s.key] = spin
            form.addRow(_t(s.label), spin)
        self.churn = QDoubleSpinBox(page)
        self.churn.setRange(1.2, 10)
        self.churn.setSingleStep(0.5)
        self.churn.setValue(float(settings.get(config.CHURN_FACTOR.key)))
        form.addRow(_t(config.CHURN_FACTOR.label), self.churn)
        self.dormant = QLineEdit(", ".join(str(x) for x in settings.get(config.DORMANT_MONTHS.key)), page)
        form.addRow(_t(config.DORMANT_MONTHS.label), self.dormant)
        self.windows = QLineEdit(", ".join(settings.get(config.SEND_WINDOWS.key)), page)
        form.addRow(_t(config.SEND_WINDOWS.label), self.windows)
        self.full_phone = QCheckBox(_t(config.CALLLIST_FULL_PHONE.label), page)
        self.full_phone.setChecked(bool(settings.get(config.CALLLIST_FULL_PHONE.key)))
        form.addRow("", self.full_phone)
        tabs.addTab(page, _t("时间与次数"))

        # holidays
        page = QWidget(self)
        grid = QGridLayout(page)
        chosen = set(settings.get(config.HOLIDAYS.key))
        self.holiday_boxes: dict[str, QCheckBox] = {}
        for n, h in enumerate(HOLIDAY_LIST):
            box = QCheckBox(_t(h.name) + (_t("(农历)") if h.lunar else ""), page)
            box.setChecked(h.key in chosen)
            self.holiday_boxes[h.key] = box
            grid.addWidget(box, n // 2, n % 2)
        tabs.addTab(page, _t("节日问候"))

        # size table
        page = QWidget(self)
        v = QVBoxLayout(page)
        rows = sizeup.size_table()
        self.sizes = QTableWidget(len(rows), 2, page)
        self.sizes.setHorizontalHeaderLabels([_t("年龄(岁)"), _t("尺码(身高cm)")])
        for r, (age, size) in enumerate(rows):
            self.sizes.setItem(r, 0, QTableWidgetItem(str(age)))
            self.sizes.setItem(r, 1, QTableWidgetItem(size))
        add = QPushButton(_t("加一行"), page)
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.sizes.setRowCount(self.sizes.rowCount() + 1))
        v.addWidget(self.sizes)
        v.addWidget(add)
        tabs.addTab(page, _t("童装尺码表"))

        buttons = button_box(self, Std.Save | Std.Cancel, on_accept=self.save_and_close)
        lay.addWidget(buttons)
        self.mark_clean()  # issue 17: leaving with edits asks 保存 / 不保存 / 取消

    def _size_rows(self) -> list[tuple[int, str]]:
        rows = []
        for r in range(self.sizes.rowCount()):
            age = (self.sizes.item(r, 0).text() if self.sizes.item(r, 0) else "").strip()
            size = (self.sizes.item(r, 1).text() if self.sizes.item(r, 1) else "").strip()
            if not age and not size:
                continue
            if not age.isdigit():
                raise ValidationError(_t("年龄"), _t("第 {n} 行的年龄应为整数").format(n=r + 1))
            rows.append((int(age), size))
        return rows

    def save(self) -> bool:
        """Validate, then write everything once the owner confirms; False when she does not."""
        try:
            months = [int(x) for x in self.dormant.text().replace(",", ",").split(",") if x.strip()]
        except ValueError:
            raise ValidationError(_t("沉睡提醒(月)"), _t("请填写月数,用逗号分隔,如 6, 12")) from None
        if not months or any(not 1 <= m <= 60 for m in months):
            raise ValidationError(_t("沉睡提醒(月)"), _t("月数应在 1 到 60 之间"))
        wins = [w.strip() for w in self.windows.text().replace(",", ",").split(",") if w.strip()]
        size_rows = self._size_rows()
        if not require_owner(self, _t("修改关怀设置"), "settings"):
            return False
        with transaction():  # all or nothing
            sizeup.save_size_table(size_rows)
            settings.put(config.ENABLED.key, {k: b.isChecked() for k, b in self.kind_boxes.items()})
            for key, spin in self.spins.items():
                settings.put(key, spin.value())
            settings.put(config.CHURN_FACTOR.key, round(self.churn.value(), 2))
            settings.put(config.DORMANT_MONTHS.key, sorted(set(months)))
            settings.put(config.SEND_WINDOWS.key, wins)
            settings.put(config.CALLLIST_FULL_PHONE.key, self.full_phone.isChecked())
            settings.put(config.HOLIDAYS.key, [k for k, b in self.holiday_boxes.items() if b.isChecked()])
        return True

    def save_and_close(self) -> None:
        dialogs.save_then_accept(self, self.save)
