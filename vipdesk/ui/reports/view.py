"""The reports view: the monthly VIP summary's figures and charts for any month
or date range, and the workbook export — both computed off the GUI thread.

The view only calls ``vipdesk.reports`` (no SQL here).  One tab per analysis:
its charts (QPainter, see ``reports_charts``) above its table(s).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import fen_to_yuan_text, format_date
from vipdesk.reports.period import Period, date_range, month_period
from vipdesk.reports.table import Table
from vipdesk.ui.common import dialogs
from vipdesk.ui.privacy.pin import require_owner
from vipdesk.ui.reports.charts import ChartWidget


def cell_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if kind == "money":
        return fen_to_yuan_text(int(round(value)))
    if kind == "pct":
        return f"{value * 100:.1f}%"
    if kind == "num":
        return f"{value:.2f}"
    if kind == "date":
        return format_date(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:g}"


def _r(text: str) -> str:
    """Report titles, headers, row labels and notes are Chinese in the workbook (head office's
    format) and shown here in the app's language (context "reports", see TRANSLATING.md);
    a ``reports.table.Text`` is translated by its template, its values in turn."""
    template = getattr(text, "template", None)
    if template is not None:
        values = {k: _r(v) if isinstance(v, str) else v for k, v in text.values.items()}
        return QCoreApplication.translate("reports", template).format(**values)
    shown = QCoreApplication.translate("reports", text)
    # stored defaults (lapse reasons, survey questions, segment names) are marked in context "vipdesk"
    return shown if shown != text else QCoreApplication.translate("vipdesk", text)


def table_widget(t: Table, parent: QWidget | None = None) -> QTableWidget:
    w = QTableWidget(len(t.rows), len(t.columns), parent)
    w.setHorizontalHeaderLabels([_r(c.label) for c in t.columns])
    w.verticalHeader().setVisible(False)
    w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    w.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    w.setAlternatingRowColors(True)
    for i, row in enumerate(t.rows):
        for j, (c, v) in enumerate(zip(t.columns, row, strict=False)):
            kind = c.kind
            if kind == "kpi":
                kind = t.row_kinds[i] if i < len(t.row_kinds) else "num"
            item = QTableWidgetItem(_r(v) if isinstance(v, str) else cell_text(v, kind))  # typed text shows as typed
            if kind not in ("text", "date"):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            w.setItem(i, j, item)
    w.resizeColumnsToContents()
    w.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    w.horizontalHeader().setStretchLastSection(False)
    height = w.horizontalHeader().height() + sum(w.rowHeight(i) for i in range(w.rowCount())) + 6
    w.setMinimumHeight(min(height, 420))
    return w


class TablePage(QScrollArea):
    """One analysis: its charts side by side, its table, its notes, then its sections."""

    def __init__(self, t: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = t
        self.setWidgetResizable(True)
        body = QWidget(self)
        lay = QVBoxLayout(body)
        self.charts: list[ChartWidget] = []
        self.tables: list[QTableWidget] = []
        for part in [t, *t.sections]:
            if part is not t:
                head = QLabel(_r(part.title), body)
                head.setStyleSheet("font-weight: bold; font-size: 14px; margin-top: 8px;")
                lay.addWidget(head)
            if part.charts:
                row = QHBoxLayout()
                for ch in part.charts:
                    cw = ChartWidget(part, ch, body)
                    self.charts.append(cw)
                    row.addWidget(cw)
                lay.addLayout(row)
            tw = table_widget(part, body)
            self.tables.append(tw)
            lay.addWidget(tw)
            for note in part.notes:
                n = QLabel(_r(note), body)
                n.setWordWrap(True)
                n.setStyleSheet("color: #666666;")
                lay.addWidget(n)
        lay.addStretch(1)
        self.setWidget(body)


class ReportsDialog(QDialog):
    """会员月度汇总: pick a month or a range, see every analysis, export the workbook."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("会员月度汇总"))
        self.resize(1100, 760)
        self.report: Any = None
        self.last_export: Path | None = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.mode = QComboBox(self)
        self.mode.addItems([self.tr("按月"), self.tr("日期范围")])
        last_month = month_period(dt.date.today()).previous().start
        self.month = QDateEdit(QDate(last_month.year, last_month.month, 1), self)
        self.month.setDisplayFormat("yyyy年M月")
        self.month.setCalendarPopup(False)
        today = dt.date.today()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1), self)
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day), self)
        for d in (self.date_from, self.date_to):
            d.setDisplayFormat("yyyy-MM-dd")
            d.setCalendarPopup(True)
        self.to_label = QLabel(self.tr("至"), self)
        self.run_button = QPushButton(self.tr("统计"), self)
        self.full_phones = QCheckBox(self.tr("导出完整手机号"), self)
        self.full_phones.setToolTip(self.tr("默认打码(138****1234);勾选会记入审计日志"))
        self.export_button = QPushButton(self.tr("导出 Excel…"), self)
        for w in (QLabel(self.tr("统计期:"), self), self.mode, self.month, self.date_from, self.to_label,
                  self.date_to, self.run_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.full_phones)
        bar.addWidget(self.export_button)
        lay.addLayout(bar)
        self.status = QLabel(self)
        lay.addWidget(self.status)
        self.tabs = QTabWidget(self)
        lay.addWidget(self.tabs, 1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.run_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.ask_export)
        self._mode_changed()

    def _mode_changed(self) -> None:
        by_month = self.mode.currentIndex() == 0
        self.month.setVisible(by_month)
        for w in (self.date_from, self.to_label, self.date_to):
            w.setVisible(not by_month)

    def period(self) -> Period:
        if self.mode.currentIndex() == 0:
            q = self.month.date()
            return month_period(dt.date(q.year(), q.month(), 1))
        a, b = self.date_from.date(), self.date_to.date()
        return date_range(dt.date(a.year(), a.month(), a.day()), dt.date(b.year(), b.month(), b.day()))

    def set_month(self, year: int, month: int) -> None:
        self.mode.setCurrentIndex(0)
        self.month.setDate(QDate(year, month, 1))

    def set_range(self, start: dt.date, last: dt.date) -> None:
        self.mode.setCurrentIndex(1)
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))

    # --- compute
    def refresh(self) -> None:
        from vipdesk.reports.monthly import ReportCancelled, build_report
        from vipdesk.ui.common.tasks import TaskCancelled, run_task

        try:
            period = self.period()
        except Exception as exc:  # noqa: BLE001 - a validation message for the owner
            dialogs.show_error(self, exc)
            return

        def work(progress, cancelled):  # noqa: ANN001, ANN202 - runs in the worker thread
            try:
                return build_report(period, progress=progress, cancelled=cancelled)
            except ReportCancelled as exc:
                raise TaskCancelled() from exc

        self.status.setText(self.tr("正在统计 {p}…").format(p=period.label))
        run_task(self, self.tr("正在统计会员数据"), work, self.show_report)

    def show_report(self, report: Any) -> None:
        self.report = report
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for t in report.tables:
            self.tabs.addTab(TablePage(t, self.tabs), _r(t.title))
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
        self.status.setText(self.tr("{shop} · {p} · 生成于 {at}").format(
            shop=report.shop_name, p=report.period.label, at=f"{report.generated_at:%Y-%m-%d %H:%M}"))

    # --- export
    def ask_export(self) -> None:
        try:
            period = self.period()
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return
        name = f"会员月度汇总_{period.key}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出会员月度汇总"), str(Path.home() / name),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from vipdesk.reports.monthly import ReportCancelled, export_monthly
        from vipdesk.ui.common.tasks import TaskCancelled, run_task

        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        period = self.period()
        full = self.full_phones.isChecked()
        if full and not require_owner(self, self.tr("工作簿将包含会员的完整手机号(会记入审计日志)。"), "full_phones"):
            return

        def work(progress, cancelled):  # noqa: ANN001, ANN202
            try:
                return export_monthly(period, path, full_phones=full, progress=progress, cancelled=cancelled)
            except ReportCancelled as exc:
                raise TaskCancelled() from exc

        def done(out: Path) -> None:
            self.last_export = out
            self.status.setText(self.tr("已导出:{f}").format(f=str(out)))
            dialogs.info(self, self.tr("已导出 {p} 会员月度汇总:\n{f}").format(p=period.label, f=str(out)))

        run_task(self, self.tr("正在导出会员月度汇总"), work, done)
