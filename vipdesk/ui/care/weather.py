"""Weather care (C3): pick cold snap / heat / typhoon / rain and whom to reach; the messages appear in the pane."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from vipdesk.model.care import events, weather
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box


def _t(text: str) -> str:
    return QCoreApplication.translate("CareWeather", text)


class WeatherDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("天气关怀"))
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        for key, label in weather.weather_choices().items():
            self.kind.addItem(label, key)
        today = dt.date.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.line = QLineEdit(self)
        self.tier = QComboBox(self)
        self.tier.addItem(_t("(全部等级)"), "")
        try:
            from vipdesk.model.loyalty.tiers import tier_display, tiers

            for t in tiers():
                self.tier.addItem(tier_display(t.name), t.name)
        except Exception:  # noqa: BLE001
            pass
        from vipdesk.ui.care.events import SegmentCombo
        from vipdesk.ui.common.widgets import StaffCombo

        self.clerk = StaffCombo(self)
        self.segment = SegmentCombo(self)
        self.count = QLabel(self)
        form.addRow(_t("天气"), self.kind)
        form.addRow(_t("日期"), self.day)
        form.addRow(_t("关怀语"), self.line)
        form.addRow(_t("会员等级"), self.tier)
        form.addRow(_t("专属导购"), self.clerk)
        form.addRow(_t("会员分群"), self.segment)
        form.addRow(_t("人数"), self.count)
        buttons = button_box(self, Std.Ok | Std.Cancel)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.tier.currentIndexChanged.connect(self._count)
        self.clerk.currentIndexChanged.connect(self._count)
        self.segment.currentIndexChanged.connect(self._count)
        self._kind_changed()
        self._count()

    def _kind_changed(self, *_: object) -> None:
        self.line.setText(weather.default_line(self.kind.currentData()))

    def _count(self, *_: object) -> None:
        n = len(events.segment_ids(tier=self.tier.currentData(), clerk_id=self.clerk.clerk_id(),
                                   segment=self.segment.segment()))
        self.count.setText(_t("{n} 位会员").format(n=n))

    def create(self) -> bool:
        d = self.day.date()
        day = dt.date(d.year(), d.month(), d.day())
        try:
            if self.segment.segment():  # a segment changes daily: keep the chosen members themselves
                ids = events.segment_ids(tier=self.tier.currentData(), clerk_id=self.clerk.clerk_id(),
                                         segment=self.segment.segment())
                weather.create_weather_care(self.kind.currentData(), day, member_ids=ids, note=self.line.text())
            else:
                weather.create_weather_care(self.kind.currentData(), day, tier=self.tier.currentData(),
                                            clerk_id=self.clerk.clerk_id(), note=self.line.text())
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return False
        return True


def run(parent: QWidget | None) -> bool:
    dlg = WeatherDialog(parent)
    return dialogs.exec_dialog(dlg) and dlg.create()
