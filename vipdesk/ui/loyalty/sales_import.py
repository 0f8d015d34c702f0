"""数据 → 导入销售: a POS export (xlsx/csv) through ``vipdesk.model.sales.pos_import``.

Pick a file, 检查 runs a dry run (nothing written) and lists every problem row;
then 导入 — all rows or nothing, or the good rows only — runs in the
background after a backup.  Points, tiers and vouchers follow the counter's
rules; 小票号 already on file are skipped, so importing a file twice adds nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.importing.report import SEVERITY_LABELS, display_value
from vipdesk.model.importing.runner import ALL_OR_NOTHING, SKIP_BAD, ImportResult
from vipdesk.ui.common import dialogs, tasks
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.loyalty.dialogs import fill, make_table


class SalesImportDialog(QDialog):
    """Signals: imported() after something was written."""

    imported = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入销售明细"))
        self.result: ImportResult | None = None
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("收银系统导出的 .xlsx 或 .csv"))
        browse = QPushButton(self.tr("选择文件…"), self)
        browse.clicked.connect(self.browse)
        self.check_button = QPushButton(self.tr("检查(不写入)"), self)
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel(self.tr("列:日期时间、小票号、会员(手机或卡号)、款号、品类、尺码、单价、数量、折扣、"
                                      "实收金额、导购、类型(销售/退货)、原小票号、退款方式(退货:现金/银行卡/微信/支付宝/储值)"), self)
        self.summary.setWordWrap(True)
        self.problems = make_table(self, [self.tr("行"), self.tr("列"), self.tr("内容"), self.tr("问题"), self.tr("处理")])
        self.all_or_nothing = QRadioButton(self.tr("有问题行时全部不导入"), self)
        self.skip_bad = QRadioButton(self.tr("只导入没有问题的小票"), self)
        self.all_or_nothing.setChecked(True)
        self.import_button = QPushButton(self.tr("导入"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = button_box(self, Std.Close)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(browse)
        top.addWidget(self.check_button)
        policy = QHBoxLayout()
        policy.addWidget(self.all_or_nothing)
        policy.addWidget(self.skip_bad)
        policy.addStretch(1)
        policy.addWidget(self.import_button)
        policy.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.problems, 1)
        lay.addLayout(policy)
        self.resize(820, 480)

    def browse(self) -> None:  # pragma: no cover - native file dialog
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择销售明细文件"), "",
                                              self.tr("表格 (*.xlsx *.csv)"))
        if path:
            self.path.setText(path)

    def _fn(self, **kwargs: Any):  # noqa: ANN202
        from vipdesk.model.sales.pos_import import import_sales

        path = Path(self.path.text().strip())

        def fn(progress, cancelled):  # noqa: ANN001, ANN202
            # The model's import runner takes the "import" backup itself (issue 13).
            return import_sales(path, cancel=cancelled, progress=lambda d, t: progress(d, t, ""), **kwargs)

        return fn

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        c = result.counts()
        head = (self.tr("已写入") if result.written else
                self.tr("检查结果(未写入)") if result.dry_run else self.tr("有问题行,未写入任何数据"))
        self.summary.setText(self.tr("{head}:读取 {read} 行,导入 {imp},跳过(已导入过){skip},有问题 {bad}").format(
            head=head, read=c["read"], imp=c["imported"], skip=c["skipped"], bad=c["rejected"]))
        fill(self.problems, [(None, [str(p.row or ""), p.column, str(display_value(p.value)), p.reason,
                                     self.tr(SEVERITY_LABELS.get(p.severity, p.severity))])
                             for p in result.problems])
        self.import_button.setEnabled(result.dry_run and c["imported"] > 0)

    def check(self) -> None:
        if not Path(self.path.text().strip()).is_file():
            dialogs.show_error(self, self.tr("文件:请选择要导入的文件"))
            return
        tasks.run_task(self, self.tr("检查销售明细"), self._fn(dry_run=True), self.show_result)

    def run_import(self) -> None:
        policy = SKIP_BAD if self.skip_bad.isChecked() else ALL_OR_NOTHING

        def done(result: ImportResult) -> None:
            self.show_result(result)
            self.import_button.setEnabled(False)
            if result.written:
                self.imported.emit()

        task = tasks.run_task(self, self.tr("导入销售明细"), self._fn(dry_run=False, policy=policy, report=True), done)

        def finished() -> None:
            # Issue 13: a cancel after the writing began does not stop the import (that would
            # leave half of it); the task then counts as cancelled, but the result must show.
            if task.is_cancelled() and task.error is None and isinstance(task.result, ImportResult) \
                    and task.result.written:
                done(task.result)

        if task.done:
            finished()
        else:
            task.finished.connect(finished)
