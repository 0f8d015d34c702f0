"""Choose the week (call list) or month (birthday list), then print preview or save a PDF."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from vipdesk.model.care import config
from vipdesk.model.care.printing import next_month, week_start
from vipdesk.model.store import settings
from vipdesk.ui.care.printing import html_to_pdf, print_preview
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.privacy.pin import require_owner


def _t(text: str) -> str:
    return QCoreApplication.translate("CarePrint", text)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class _PrintDialog(QDialog):
    landscape = True

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.last_pdf: str | None = None

    def _buttons(self) -> None:
        row = QHBoxLayout()
        preview = QPushButton(_t("打印预览…"), self)
        pdf = QPushButton(_t("保存 PDF…"), self)
        close = button_box(self, Std.Close)
        for b in (preview, pdf):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addWidget(close)
        preview.clicked.connect(self.preview)
        pdf.clicked.connect(lambda: self.save_pdf())
        self.form.addRow(row)

    def html(self) -> str:
        raise NotImplementedError

    def allowed(self) -> bool:
        """Whether this printout may be made now (an owner-only printout asks the PIN)."""
        return True

    def default_name(self) -> str:
        raise NotImplementedError

    def preview(self) -> None:  # pragma: no cover - modal print preview
        if not self.allowed():
            return
        try:
            print_preview(self, self.html(), self.windowTitle(), landscape=self.landscape)
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)

    def save_pdf(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, _t("保存 PDF"), self.default_name(), _t("PDF 文件 (*.pdf)"))
            if not path:
                return None
        if not self.allowed():
            return None
        try:
            html_to_pdf(self.html(), path, landscape=self.landscape)
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return None
        self.last_pdf = path
        return path


class CallListDialog(_PrintDialog):
    """The weekly call list (per clerk; phones masked unless the owner ticks full numbers)."""

    def __init__(self, parent: QWidget | None = None, clerk_name: str = "") -> None:
        super().__init__(parent, _t("本周电话回访清单"))
        self.clerk_name = clerk_name
        self.week = QDateEdit(_qdate(dt.date.today()), self)
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.full_phone = QCheckBox(_t("打印完整手机号(会记入审计日志)"), self)
        self.full_phone.setChecked(bool(settings.get(config.CALLLIST_FULL_PHONE.key)))
        self.form.addRow(_t("哪一周(任选一天)"), self.week)
        self.form.addRow("", self.full_phone)
        self._buttons()

    def html(self) -> str:
        from vipdesk.reports.calllist import build

        return build(_pydate(self.week.date()), full_phone=self.full_phone.isChecked(), printed_by=self.clerk_name)

    def allowed(self) -> bool:
        """Full numbers on paper are an owner export (issue 7); masked ones are for everyone."""
        return not self.full_phone.isChecked() or require_owner(self, _t("打印完整手机号"), "full_phones")

    def default_name(self) -> str:
        return f"回访清单-{week_start(_pydate(self.week.date())):%Y%m%d}.pdf"


class BirthdayListDialog(_PrintDialog):
    """Next month's birthdays to post in the shop: name + date, no phone (C1)."""

    landscape = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, _t("会员生日名单"))
        year, month = next_month()
        self.month = QDateEdit(QDate(year, month, 1), self)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.form.addRow(_t("月份"), self.month)
        self._buttons()

    def html(self) -> str:
        from vipdesk.reports.birthdays import build

        d = self.month.date()
        return build(d.year(), d.month())

    def default_name(self) -> str:
        d = self.month.date()
        return f"生日名单-{d.year()}{d.month():02d}.pdf"
