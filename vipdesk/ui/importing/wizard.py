"""The member import wizard (issue 3): file → column mapping → preview → import → result.

1. 选择文件: .xlsx or .csv, encoding 自动/UTF-8/GBK (CSV only), the sheet of a workbook.
2. 列对应: where the header row is, the first rows, and one combo per column
   (recognised fields pre-filled; unknown columns → 备注; 忽略 only by choice).
3. 预览: a dry run (nothing written) shows every problem row by row and every
   duplicate with a choice 合并/跳过/都保留, plus the policy (all rows good
   or nothing / import the good rows and skip the bad ones).
4. 导入 runs in the background (``run_task``) with progress and 取消, after a
   backup of the database.  Issue 13: checked on a private copy, then written in
   short transactions (the counter keeps selling); a cancel before the writing
   starts writes nothing, once it has started the import finishes.
5. 完成: the counts and where the report .xlsx was saved.

All the work is done by ``vipdesk.model.importing.members_import``; the
wizard only collects choices.  ``imported`` is emitted after a write so the
main window can emit ``data_changed``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vipdesk.model.errors import ValidationError, VipdeskError
from vipdesk.model.importing import members_import
from vipdesk.model.importing.mapping import IGNORE, MEMBER_FIELDS, NOTES, check_mapping, guess_mapping
from vipdesk.model.importing.report import REJECTED, SEVERITY_LABELS, display_value
from vipdesk.model.importing.runner import ALL_OR_NOTHING, SKIP_BAD, ImportResult
from vipdesk.model.importing.tabular import ImportCancelled, open_table
from vipdesk.model.importing.xls import sheet_names as xls_sheet_names
from vipdesk.model.members.phone import mask_phone
from vipdesk.text import tr_noop
from vipdesk.ui.common import dialogs, tasks


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


ENCODINGS: list[tuple[str, str | None]] = tr_noop([("自动识别", None), ("UTF-8", "utf-8-sig"), ("GBK", "gb18030")])
CHOICE_LABELS = {members_import.MERGE: "合并", members_import.SKIP: "跳过", members_import.KEEP_BOTH: "都保留"}
PHASES = {
    "backup": QT_TRANSLATE_NOOP("ImportWizard", "正在备份数据库…"),
    "reading": QT_TRANSLATE_NOOP("ImportWizard", "正在读取…"),
    # issue 13: the check runs on a private copy, the writing in short transactions
    "checking": QT_TRANSLATE_NOOP("ImportWizard", "正在检查(不影响收银)…"),
    "staging": QT_TRANSLATE_NOOP("ImportWizard", "正在准备写入…"),
    "writing": QT_TRANSLATE_NOOP("ImportWizard", "正在写入(分批提交,收银不受影响)…"),
    "report": QT_TRANSLATE_NOOP("ImportWizard", "正在保存报告…"),
}
PREVIEW_ROWS = 5


def _item(text: object) -> QTableWidgetItem:
    it = QTableWidgetItem(display_value(text) if not isinstance(text, str) else text)
    it.setToolTip(it.text())
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return it


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def backup_before(reason: str) -> None:
    """A verified backup before a bulk write (issue 7); raises BackupError if it fails.
    Imports need not call it: the model's import runner backs up itself (issue 13)."""
    from vipdesk.model.safety.bulk import backup_before as model_backup_before

    model_backup_before(reason)


# ---------------------------------------------------------------- pages


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(_t("选择要导入的文件"))
        self.setSubTitle(_t("支持 Excel(.xlsx、.xls)和 CSV 文件。表头可以在标题行下面;合并的表头单元格也能识别。"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(_t("会员资料.xlsx 或 .csv"))
        browse = QPushButton(_t("浏览…"), self)
        browse.clicked.connect(self.browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(_t("文件"), row)
        self.encoding = QComboBox(self)
        for label, code in ENCODINGS:
            self.encoding.addItem(_t(label), code)
        form.addRow(_t("编码(CSV)"), self.encoding)
        self.sheet = QComboBox(self)
        self.sheet.addItem(_t("打开时显示的那张"), None)
        form.addRow(_t("工作表(Excel)"), self.sheet)
        hint = QLabel(_t("中文 Excel 另存的 CSV 一般是 GBK;WPS 和新版 Excel 一般是 UTF-8。"
                         "自动识别认错时(出现乱码)请手动指定。"), self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.path_edit.textChanged.connect(self._list_sheets)

    def _list_sheets(self) -> None:
        """Fill the sheet combo for an .xlsx (a member book often has one sheet per year or shop)."""
        self.sheet.clear()
        self.sheet.addItem(_t("打开时显示的那张"), None)
        path = Path(self.path_edit.text().strip())
        if path.suffix.lower() == ".xls" and path.is_file():  # Excel 97–2003
            try:
                names = xls_sheet_names(path)
            except Exception:  # noqa: BLE001 - a broken file is reported when it is opened for real
                return
            if len(names) > 1:
                for name in names:
                    self.sheet.addItem(name, name)
            return
        if path.suffix.lower() not in (".xlsx", ".xlsm") or not path.is_file():
            return
        try:
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True)
            try:
                names = list(wb.sheetnames)
            finally:
                wb.close()
        except Exception:  # noqa: BLE001 - a broken file is reported when it is opened for real
            return
        if len(names) > 1:
            for name in names:
                self.sheet.addItem(name, name)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _t("选择会员资料文件"), "",
                                              _t("表格文件 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt name
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        w: ImportWizard = self.wizard()  # type: ignore[assignment]
        try:
            w.open_file(Path(self.path_edit.text().strip()), self.encoding.currentData(), self.sheet.currentData())
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(_t("核对列的对应"))
        self.setSubTitle(_t("已按表头自动对应;不对的请在右侧改选。认不出的列会记入备注,不会丢掉。"))
        lay = QVBoxLayout(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.preview = _table([], self)
        self.preview.setMaximumHeight(170)
        lay.addWidget(self.preview)
        self.table = _table([_t("文件中的列"), _t("示例"), _t("对应字段")], self)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table, 1)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        w: ImportWizard = self.wizard()  # type: ignore[assignment]
        enc = f",{_t('编码')} {w.encoding_used}" if w.encoding_used else ""
        self.info.setText(_t("表头在第 {row} 行,共 {n} 列{enc}。下面是前几行数据:").format(
            row=w.header_row, n=len(w.columns), enc=enc))
        self.preview.clear()
        self.preview.setColumnCount(len(w.columns))
        self.preview.setHorizontalHeaderLabels(w.columns)
        self.preview.setRowCount(len(w.preview_rows))
        self.preview.setVerticalHeaderLabels([str(n) for n, _ in w.preview_rows])
        self.preview.verticalHeader().setVisible(True)
        for r, (_n, row) in enumerate(w.preview_rows):
            for c, col in enumerate(w.columns):
                self.preview.setItem(r, c, _item(row.get(col) if row.get(col) is not None else ""))
        self.table.setRowCount(len(w.columns))
        self.combos.clear()
        samples = {col: next((row[col] for _n, row in w.preview_rows if row.get(col) not in (None, "")), "")
                   for col in w.columns}
        for r, col in enumerate(w.columns):
            self.table.setItem(r, 0, _item(col))
            self.table.setItem(r, 1, _item(samples[col]))
            combo = QComboBox(self.table)
            for key, spec in MEMBER_FIELDS.items():
                label = spec.label + (_t("(必填)") if spec.required else "")
                combo.addItem(label, key)
            combo.addItem(_t("忽略(不导入)"), IGNORE)
            combo.setCurrentIndex(max(0, combo.findData(w.mapping.get(col, NOTES))))
            self.table.setCellWidget(r, 2, combo)
            self.combos[col] = combo

    def mapping(self) -> dict[str, str]:
        return {col: combo.currentData() for col, combo in self.combos.items()}

    def set_field(self, column: str, key: str) -> None:
        """Pick *key* for *column* (what the user does with the combo)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(key))

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        mapping = self.mapping()
        try:
            check_mapping(mapping, MEMBER_FIELDS)
        except ValidationError as exc:
            dialogs.show_error(self, exc)
            return False
        w: ImportWizard = self.wizard()  # type: ignore[assignment]
        if w.mapping != mapping:
            w.mapping = mapping
            w.preview_result = None
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(_t("预览(尚未写入任何数据)"))
        self.setSubTitle(_t("检查有问题的行和重复的会员,选择处理方式后点“导入”。"))
        lay = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        lay.addWidget(QLabel(_t("问题明细:"), self))
        self.problems = _table([_t("行号"), _t("列"), _t("原值"), _t("原因"), _t("处理")], self)
        self.problems.horizontalHeader().setStretchLastSection(False)
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.problems, 2)
        self.dup_label = QLabel(_t("重复的会员:"), self)
        lay.addWidget(self.dup_label)
        self.duplicates = _table([_t("行号"), _t("姓名"), _t("手机"), _t("与谁重复"), _t("原因"), _t("处理")], self)
        lay.addWidget(self.duplicates, 1)
        self.dup_combos: dict[int, QComboBox] = {}
        pol = QHBoxLayout()
        self.policy_group = QButtonGroup(self)
        self.all_or_nothing = QRadioButton(_t("全部无误才导入(有问题行则什么都不写)"), self)
        self.skip_bad = QRadioButton(_t("导入没有问题的行,跳过有问题的行"), self)
        self.all_or_nothing.setChecked(True)
        for b in (self.all_or_nothing, self.skip_bad):
            self.policy_group.addButton(b)
            pol.addWidget(b)
        pol.addStretch(1)
        lay.addLayout(pol)
        self._in_validate = False

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self.wizard().setButtonText(QWizard.WizardButton.NextButton, _t("导入"))
        w: ImportWizard = self.wizard()  # type: ignore[assignment]
        if w.preview_result is None:
            self.summary.setText(_t("正在检查…"))
            w.run_preview(self.show_result)
        else:
            self.show_result(w.preview_result)

    def cleanupPage(self) -> None:  # noqa: N802 - Qt name
        self.wizard().setButtonText(QWizard.WizardButton.NextButton, _t("下一步 >"))

    def show_result(self, result: ImportResult) -> None:
        c = result.counts()
        rejected_rows = len({p.row for p in result.problems if p.severity == REJECTED and p.row is not None})
        text = _t("共读取 {read} 行:可新增 {imported},可更新 {updated},跳过 {skipped},有问题 {rejected}。").format(**c)
        if rejected_rows:
            text += _t("\n有问题的行不会导入;选“全部无误才导入”时整个文件都不会导入。")
        self.summary.setText(text)
        shown = result.problems
        self.problems.setRowCount(len(shown))
        for r, p in enumerate(shown):
            self.problems.setItem(r, 0, _item(str(p.row) if p.row is not None else _t("文件")))
            self.problems.setItem(r, 1, _item(p.column))
            self.problems.setItem(r, 2, _item(display_value(p.value)))
            self.problems.setItem(r, 3, _item(p.reason))
            self.problems.setItem(r, 4, _item(_t(SEVERITY_LABELS.get(p.severity, p.severity))))
        dups = result.extra.get("duplicates", [])
        self.duplicates.setRowCount(len(dups))
        self.dup_combos.clear()
        for r, d in enumerate(dups):
            self.duplicates.setItem(r, 0, _item(str(d["row"])))
            self.duplicates.setItem(r, 1, _item(d["name"]))
            self.duplicates.setItem(r, 2, _item(mask_phone(d["phone"])))
            if d.get("other_row"):
                who = _t("第 {n} 行").format(n=d["other_row"])
            else:
                who = _t("已有会员 #{id}").format(id=d["member_id"])
            self.duplicates.setItem(r, 3, _item(who))
            reason = _t("手机号相同") if d["reason"] == "phone" else _t("姓名和生日相同")
            self.duplicates.setItem(r, 4, _item(reason))
            combo = QComboBox(self.duplicates)
            for key, label in CHOICE_LABELS.items():
                if key == members_import.KEEP_BOTH and d["reason"] == "phone":
                    continue  # one mobile, one member
                combo.addItem(_t(label), key)
            combo.setCurrentIndex(max(0, combo.findData(d["action"])))
            self.duplicates.setCellWidget(r, 5, combo)
            self.dup_combos[int(d["row"])] = combo
        self.dup_label.setText(_t("重复的会员({n}):").format(n=len(dups)))

    def choices(self) -> dict[int, str]:
        return {row: combo.currentData() for row, combo in self.dup_combos.items()}

    def set_choice(self, row: int, choice: str) -> None:
        combo = self.dup_combos[row]
        combo.setCurrentIndex(combo.findData(choice))

    def policy(self) -> str:
        return SKIP_BAD if self.skip_bad.isChecked() else ALL_OR_NOTHING

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        w: ImportWizard = self.wizard()  # type: ignore[assignment]
        if w.final_result is not None:
            return True
        if w.preview_result is None:
            return False
        self._in_validate = True
        try:
            w.run_import(self.choices(), self.policy(), self._imported)
        finally:
            self._in_validate = False
        return w.final_result is not None

    def _imported(self) -> None:
        # Background run finished after validatePage returned: move on now.
        if not self._in_validate:
            self.wizard().next()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(_t("导入结果"))
        lay = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.text)
        lay.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        w: ImportWizard = self.wizard()  # type: ignore[assignment]
        r = w.final_result
        if r is None:
            return
        c = r.counts()
        lines = []
        if r.written:
            lines.append(_t("导入完成。"))
        else:
            lines.append(_t("文件中有问题行,按“全部无误才导入”没有写入任何数据。"))
        lines.append(_t("读取 {read} 行:新增 {imported},更新 {updated},跳过 {skipped},有问题 {rejected}。").format(**c))
        if r.report_path:
            lines.append(_t("问题报告已保存:{path}").format(path=r.report_path))
        elif r.report_error:
            lines.append(r.report_error)
        else:
            lines.append(_t("没有问题行,未生成报告。"))
        self.text.setText("\n".join(lines))


# ---------------------------------------------------------------- the wizard


class ImportWizard(QWizard):
    """Signals: imported(): members were written (connect to the window's data_changed)."""

    imported = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("导入会员"))
        for button, text in tr_noop(((QWizard.WizardButton.BackButton, "< 上一步"), (QWizard.WizardButton.NextButton, "下一步 >"),
                                     (QWizard.WizardButton.CancelButton, "取消"), (QWizard.WizardButton.FinishButton, "完成"))):
            self.setButtonText(button, _t(text))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 640)
        self.path: Path | None = None
        self.encoding: str | None = None
        self.sheet: str | None = None
        self.encoding_used: str | None = None
        self.columns: list[str] = []
        self.header_row = 0
        self.preview_rows: list[tuple[int, dict[str, object]]] = []
        self.mapping: dict[str, str] = {}
        self.preview_result: ImportResult | None = None
        self.final_result: ImportResult | None = None
        self._importing = False
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)

    # -- steps (called by the pages; tests may call them too)
    def open_file(self, path: Path, encoding: str | None, sheet: str | None = None) -> None:
        """Find the header, the columns and the first rows; guess the mapping."""
        with open_table(path, encoding=encoding, sheet=sheet) as table:
            columns, header_row, used = list(table.columns), table.header_row, table.encoding
            rows = table.preview(PREVIEW_ROWS)
        changed = (path, encoding, sheet, columns) != (self.path, self.encoding, self.sheet, self.columns)
        self.path, self.encoding, self.sheet, self.encoding_used = path, encoding, sheet, used
        self.columns, self.header_row, self.preview_rows = columns, header_row, rows
        if changed:
            self.mapping = guess_mapping(columns, MEMBER_FIELDS)
            self.preview_result = None

    def _task_fn(self, **kwargs: Any):  # noqa: ANN202
        path, encoding, sheet, mapping = self.path, self.encoding, self.sheet, dict(self.mapping)

        def fn(progress, cancelled):  # noqa: ANN001, ANN202 - run_task's callables
            state = {"text": ""}

            def phase(name: str) -> None:
                state["text"] = _t(PHASES.get(name, name))
                progress(0, 0, state["text"])

            return members_import.import_members(
                path, encoding=encoding, sheet=sheet, mapping=mapping, cancel=cancelled, phase=phase,
                progress=lambda done, total: progress(done, total, state["text"]), **kwargs)

        return fn

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            dialogs.info(self, str(exc))
        else:
            dialogs.show_error(self, exc)

    def run_preview(self, on_done) -> None:  # noqa: ANN001
        def done(result: ImportResult) -> None:
            self.preview_result = result
            on_done(result)

        tasks.run_task(self, _t("预览导入"), self._task_fn(dry_run=True, report=False), done, self._on_error)

    def run_import(self, choices: dict[int, str], policy: str, on_done) -> None:  # noqa: ANN001
        if self._importing:  # a second click before the progress window shows
            return
        self._importing = True

        def done(result: ImportResult) -> None:
            self.final_result = result
            if result.written:
                self.imported.emit()
            on_done()

        task = tasks.run_task(self, _t("导入会员"), self._task_fn(dry_run=False, policy=policy, choices=choices,
                                                                report=True), done, self._on_error)

        def finished() -> None:
            self._importing = False
            # Issue 13: a cancel after the writing began does not stop the import (that would
            # leave half of it); the task then counts as cancelled, but the result must show.
            if task is not None and task.is_cancelled() and task.error is None \
                    and isinstance(task.result, ImportResult) and task.result.written:
                done(task.result)

        if task is None or getattr(task, "done", False):
            finished()
        else:
            task.finished.connect(finished)
