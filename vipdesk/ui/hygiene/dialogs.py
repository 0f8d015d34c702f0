"""Data hygiene windows: duplicate finder → merge dialog, the per-clerk profile
completeness table (P10 contest) and the members export.

Model calls only: ``vipdesk.model.hygiene`` (duplicates, merge,
completeness_report) and ``vipdesk.model.importing.members_export``.
Merges and exports with full numbers ask the owner through
``vipdesk.ui.privacy.pin.require_owner`` (no PIN yet → set one first).
Slow work (finding duplicates over 100,000 members, the merge with its
backup, the export) runs through ``run_task``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import fen_to_yuan_text, format_date
from vipdesk.model.errors import VipdeskError
from vipdesk.model.hygiene import completeness_report, duplicates, merge
from vipdesk.model.importing.members_export import export_members
from vipdesk.model.members.phone import format_phone, mask_phone
from vipdesk.text import tr_noop
from vipdesk.ui.common import dialogs, tasks
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.privacy.pin import require_owner


def _t(text: str) -> str:
    return QCoreApplication.translate("HygieneDialogs", text)


def _item(text: object, align_right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem("" if text is None else str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


def _shown(key: str, value: object) -> str:
    """A merge field's value; the full phone here, because two masked numbers can look the same."""
    return format_phone(value) if key == "phone" else merge.field_text(key, value)  # type: ignore[arg-type]


# ---------------------------------------------------------------- duplicate finder


class DuplicatesDialog(QDialog):
    """Groups of likely duplicates; 合并… opens the merge dialog for the selected group.

    Signals: merged(int survivor_id) after each merge."""

    merged = Signal(int)
    MAX_SHOWN = 500  # groups listed at once; merging some and 重新查找 shows the rest
    COLUMNS = tr_noop(("会员", "手机", "生日", "卡号", "消费次数", "累计消费", "积分", "最近消费", "入会日期", "导购"))

    def __init__(self, parent: QWidget | None = None, clerk: str = "") -> None:
        super().__init__(parent)
        self.clerk = clerk
        self.setWindowTitle(_t("查找重复会员"))
        self.resize(1000, 560)
        lay = QVBoxLayout(self)
        self.status = QLabel(self)
        lay.addWidget(self.status)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([_t(c) for c in self.COLUMNS])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda *_: self.merge_selected())
        lay.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.find_button = QPushButton(_t("重新查找"), self)
        self.find_button.clicked.connect(self.load)
        self.merge_button = QPushButton(_t("合并…"), self)
        self.merge_button.setToolTip(_t("选中一组(或组里要并入的那位会员)后合并"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.not_same_button = QPushButton(_t("不是同一人"), self)
        self.not_same_button.setToolTip(_t("选中的一组(或组里的一位会员与其他人)不是同一个人,以后不再列出"))
        self.not_same_button.clicked.connect(self.mark_not_same)
        close = button_box(self, Std.Close)
        row.addWidget(self.find_button)
        row.addStretch(1)
        row.addWidget(self.not_same_button)
        row.addWidget(self.merge_button)
        row.addWidget(close)
        lay.addLayout(row)
        self.groups: list[duplicates.DuplicateGroup] = []
        self.rows: dict[int, duplicates.MemberSummary] = {}
        self.total_groups = 0
        self.load()

    def load(self) -> None:
        self.status.setText(_t("正在查找…"))

        def fn(progress, cancelled):  # noqa: ANN001, ANN202
            found = duplicates.find_duplicates()
            groups = found[:self.MAX_SHOWN]
            return groups, duplicates.summaries({m for g in groups for m in g.member_ids}), len(found)

        tasks.run_task(self, _t("查找重复会员"), fn, self._show)

    def _show(self, found: tuple[list[duplicates.DuplicateGroup], dict[int, duplicates.MemberSummary], int]) -> None:
        self.groups, self.rows, self.total_groups = found
        self.tree.clear()
        for n, g in enumerate(self.groups):
            first = self.rows[g.member_ids[0]]
            top = QTreeWidgetItem([_t("{name} 等 {n} 条:{why}").format(
                name=first.name, n=len(g.member_ids), why=g.reason_text())])
            top.setData(0, Qt.ItemDataRole.UserRole, ("group", n))
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            for mid in g.member_ids:
                s = self.rows[mid]
                child = QTreeWidgetItem([
                    f"{s.name} #{s.id}", mask_phone(s.phone), s.birthday, s.card_no, str(s.purchase_count),
                    fen_to_yuan_text(s.total_spend), str(s.points),
                    format_date(s.last_purchase.date()) if s.last_purchase else "",
                    format_date(s.enrolled_on) if s.enrolled_on else "", s.clerk])
                child.setData(0, Qt.ItemDataRole.UserRole, ("member", n, mid))
                top.addChild(child)
            top.setExpanded(True)
        if self.groups:
            text = _t("找到 {n} 组可能重复的会员。选中一组后点“合并…”。").format(n=self.total_groups)
            if self.total_groups > len(self.groups):
                text += _t("(先列出前 {n} 组)").format(n=len(self.groups))
            self.status.setText(text)
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            self.status.setText(_t("没有找到重复的会员。"))
        self.merge_button.setEnabled(bool(self.groups))
        self.not_same_button.setEnabled(bool(self.groups))

    def selected_pair(self) -> tuple[int, int] | None:
        """(survivor, other) for the selection: the selected member is merged into the best other
        one of her group; a selected group merges its second-best into its best record."""
        item = self.tree.currentItem()
        if item is None:
            return None
        data = item.data(0, Qt.ItemDataRole.UserRole)
        group = self.groups[data[1]]

        def rank(mid: int) -> tuple:
            s = self.rows[mid]
            return (-s.purchase_count, -s.total_spend, s.id)

        ordered = sorted(group.member_ids, key=rank)
        if data[0] == "member":
            other = data[2]
            survivor = next(m for m in ordered if m != other)
            return survivor, other
        return ordered[0], ordered[1]

    def mark_not_same(self) -> None:
        """P13: the owner checked the records and they are different people; never list them again."""
        item = self.tree.currentItem()
        if item is None:
            dialogs.info(self, _t("请先选中一组重复会员"))
            return
        data = item.data(0, Qt.ItemDataRole.UserRole)
        group = self.groups[data[1]]
        if data[0] == "member":
            names = self.rows[data[2]].name
            pairs = [[data[2], m] for m in group.member_ids if m != data[2]]
        else:
            names = "、".join(self.rows[m].name for m in group.member_ids)
            pairs = [group.member_ids]
        if not dialogs.ask(self, _t("确认 {names} 不是同一个人?以后查找重复时不再列出。").format(names=names)):
            return
        try:
            for ids in pairs:
                duplicates.mark_not_duplicate(ids, clerk=self.clerk)
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return
        self.load()

    def merge_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            dialogs.info(self, _t("请先选中一组重复会员"))
            return
        dlg = MergeDialog(self, pair[0], pair[1], clerk=self.clerk)
        if dialogs.exec_dialog(dlg) and dlg.result is not None:
            self.merged.emit(dlg.result.survivor_id)
            self.load()


# ---------------------------------------------------------------- merge


class MergeDialog(QDialog):
    """Two records side by side; one radio per field picks the surviving value.

    The left record survives (左右互换 swaps).  ``result`` holds the MergeResult after 合并."""

    BOTH = "both"

    def __init__(self, parent: QWidget | None, survivor_id: int, other_id: int, clerk: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("合并会员"))
        self.resize(860, 680)
        self.clerk = clerk
        self.survivor_id, self.other_id = survivor_id, other_id
        self.result: merge.MergeResult | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[str, dict[str, QRadioButton]] = {}
        lay = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        lay.addWidget(self.heading)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(QLabel(_t("合并后:"), self))
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.preview)
        note = QLabel(_t("消费记录、联系记录、到店记录、孩子、纪念日和会员卡都转到保留的档案;积分、储值和未用的礼券"
                         "以新流水转入。被并入的档案标为“已合并”,不再出现在查找和列表里。合并不能撤销,合并前会先备份。"),
                      self)
        note.setWordWrap(True)
        lay.addWidget(note)
        row = QHBoxLayout()
        swap = QPushButton(_t("左右互换"), self)
        swap.clicked.connect(self.swap)
        row.addWidget(swap)
        row.addStretch(1)
        box = button_box(self, Std.Ok | Std.Cancel, texts={Std.Ok: _t("合并")}, on_accept=self.confirm)
        self.merge_button = box.button(Std.Ok)
        row.addWidget(box)
        lay.addLayout(row)
        self.build()

    def _money_line(self, s: duplicates.MemberSummary) -> str:
        return _t("消费 {n} 次 {spend},积分 {points}").format(
            n=s.purchase_count, spend=fen_to_yuan_text(s.total_spend), points=s.points)

    def build(self) -> None:
        from vipdesk.model.members.profile import get_member

        a, b = get_member(self.survivor_id), get_member(self.other_id)
        sums = duplicates.summaries([a.id, b.id])
        self.heading.setText(_t("左边:保留的档案 #{a}({ma});右边:并入的档案 #{b}({mb})。"
                                "每一项选择要保留的内容。").format(
            a=a.id, ma=self._money_line(sums[a.id]), b=b.id, mb=self._money_line(sums[b.id])))
        body = QWidget(self.scroll)
        grid = QGridLayout(body)
        grid.addWidget(QLabel(_t("项目"), body), 0, 0)
        grid.addWidget(QLabel(_t("保留 #{id}").format(id=a.id), body), 0, 1)
        grid.addWidget(QLabel(_t("并入 #{id}").format(id=b.id), body), 0, 2)
        self.groups.clear()
        self.radios.clear()
        defaults = merge.merged_values(a, b)
        for r, (key, label) in enumerate(merge.MERGE_FIELDS, start=1):
            mine, theirs = merge.field_value(a, key), merge.field_value(b, key)
            grid.addWidget(QLabel(_t(label), body), r, 0)
            group = QButtonGroup(body)
            radios: dict[str, QRadioButton] = {}
            for col, (which, value) in enumerate(((merge.SURVIVOR, mine), (merge.OTHER, theirs)), start=1):
                text = _shown(key, value) or _t("(空)")
                radio = QRadioButton(text[:60], body)
                radio.setToolTip(text)
                group.addButton(radio)
                grid.addWidget(radio, r, col)
                radios[which] = radio
            if key in merge.JOINED_TEXT:
                both = QRadioButton(_t("两者都保留"), body)
                group.addButton(both)
                grid.addWidget(both, r, 3)
                radios[self.BOTH] = both
            same = mine == theirs or (merge._empty(mine) and merge._empty(theirs))
            if same:
                radios[merge.OTHER].setEnabled(False)
                if self.BOTH in radios:
                    radios[self.BOTH].setEnabled(False)
                radios[merge.SURVIVOR].setChecked(True)
            elif key in merge.JOINED_TEXT and not merge._empty(mine) and not merge._empty(theirs):
                radios[self.BOTH].setChecked(True)
            elif defaults[key] == theirs and defaults[key] != mine:
                radios[merge.OTHER].setChecked(True)
            else:
                radios[merge.SURVIVOR].setChecked(True)
            group.buttonToggled.connect(lambda *_: self.update_preview())
            self.groups[key] = group
            self.radios[key] = radios
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.scroll.setWidget(body)
        self.update_preview()

    def pick(self, key: str, which: str) -> None:
        """Choose survivor / other / both for one field (what a click on a radio does)."""
        self.radios[key][which].setChecked(True)

    def chosen(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, radios in self.radios.items():
            for which, radio in radios.items():
                if radio.isChecked() and which != self.BOTH:
                    out[key] = which
        return out

    def update_preview(self) -> None:
        try:
            values = merge.preview(self.survivor_id, self.other_id, self.chosen())
        except VipdeskError as exc:
            self.preview.setText(dialogs.error_text(exc))
            self.merge_button.setEnabled(False)
            return
        self.merge_button.setEnabled(True)
        parts = []
        for key, label in merge.MERGE_FIELDS:
            v = values[key]
            text = _shown(key, v)
            if text:
                parts.append(f"{_t(label)}:{text}")
        self.preview.setText(";".join(parts))

    def swap(self) -> None:
        self.survivor_id, self.other_id = self.other_id, self.survivor_id
        self.build()

    def confirm(self) -> None:
        if not dialogs.ask(self, _t("把会员 #{b} 并入 #{a}?合并后不能撤销。").format(
                a=self.survivor_id, b=self.other_id)):
            return
        if not require_owner(self, _t("合并会员"), "merge"):
            return
        chosen, survivor, other, clerk = self.chosen(), self.survivor_id, self.other_id, self.clerk

        def fn(progress, cancelled):  # noqa: ANN001, ANN202
            from vipdesk.ui.importing.wizard import backup_before

            progress(0, 0, _t("正在备份数据库…"))
            backup_before("merge")
            progress(0, 0, _t("正在合并…"))
            return merge.merge_members(survivor, other, chosen, clerk=clerk or None)

        def done(result: merge.MergeResult) -> None:
            self.result = result
            self.accept()

        tasks.run_task(self, _t("合并会员"), fn, done)


# ---------------------------------------------------------------- completeness per clerk


class CompletenessDialog(QDialog):
    """The profile contest (P10): per clerk, members enrolled in the period, complete profiles,
    average score — the same rule as the card incentives."""

    HEADERS = tr_noop(("导购", "新入会", "完整档案", "完整率", "平均完整度"))

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("档案完整度(按导购)"))
        self.resize(640, 420)
        today = today or dt.date.today()
        lay = QVBoxLayout(self)
        form = QHBoxLayout()
        self.start = QDateEdit(QDate(today.year, today.month, 1), self)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), self)
        for w in (self.start, self.end):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.dateChanged.connect(self.refresh)
        form.addWidget(QLabel(_t("入会日期从"), self))
        form.addWidget(self.start)
        form.addWidget(QLabel(_t("到"), self))
        form.addWidget(self.end)
        form.addStretch(1)
        lay.addLayout(form)
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setHorizontalHeaderLabels([_t(h) for h in self.HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        hint = QLabel(_t("完整档案 = 姓名、手机、性别、生日、地址都已填写(与办卡提成同一标准);平均完整度满分 100。"), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        buttons = button_box(self, Std.Close)
        lay.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        rows = completeness_report.clerk_completeness(start, end)
        total = completeness_report.totals(rows)
        self.table.setRowCount(len(rows) + 1)
        for r, row in enumerate([*rows, total]):
            self.table.setItem(r, 0, _item(row.clerk))
            self.table.setItem(r, 1, _item(row.enrolled, True))
            self.table.setItem(r, 2, _item(row.complete, True))
            self.table.setItem(r, 3, _item(f"{row.complete_rate:.0%}", True))
            self.table.setItem(r, 4, _item(f"{row.average_score:.1f}", True))


# ---------------------------------------------------------------- members export


class ExportDialog(QDialog):
    """Members to Excel in the import's layout; masked phones by default, full ones need the owner."""

    def __init__(self, parent: QWidget | None = None, clerk: str = "", member_ids: list[int] | None = None,
                 default_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("导出会员"))
        self.setMinimumWidth(560)
        self.clerk = clerk
        self.member_ids = member_ids
        self.result_path: Path | None = None
        self.count = 0
        lay = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        start = (default_dir or Path.home()) / f"{_t('会员')}-{dt.date.today():%Y%m%d}.xlsx"
        self.path_edit = QLineEdit(str(start), self)
        browse = QPushButton(_t("浏览…"), self)
        browse.clicked.connect(self.browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(_t("保存到"), row)
        lay.addLayout(form)
        self.masked = QRadioButton(_t("手机号隐藏中间四位(138****5678),用于查看和打印"), self)
        from vipdesk.model import access  # issue 13: who may approve comes from the permission table

        self.full = QRadioButton(_t("完整手机号,用于搬迁数据或重新导入") + f"({access.approvers_note('full_phones')})", self)
        self.masked.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.masked, self.full):
            group.addButton(b)
            lay.addWidget(b)
        warn = QLabel(_t("注意:隐藏了手机号的文件不能再导入 vipdesk(号码不完整,会被拒绝)。"
                         "会员资料请妥善保管,不要外传。"), self)
        warn.setWordWrap(True)
        lay.addWidget(warn)
        buttons = button_box(self, Std.Ok | Std.Cancel, texts={Std.Ok: _t("导出")}, on_accept=self.export)
        self.export_button = buttons.button(Std.Ok)
        lay.addWidget(buttons)

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, _t("导出会员"), self.path_edit.text(), _t("Excel 文件 (*.xlsx)"))
        if path:
            self.path_edit.setText(path)

    def export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            dialogs.show_error(self, _t("请选择保存位置"))
            return
        path = Path(text)
        full = self.full.isChecked()
        if full and not require_owner(self, _t("导出完整手机号"), "full_phones"):
            return
        ids, clerk = self.member_ids, self.clerk

        def fn(progress, cancelled):  # noqa: ANN001, ANN202
            from vipdesk.model.importing.members_export import ExportCancelled

            try:
                return export_members(path, full, ids, progress, cancelled, clerk=clerk)
            except ExportCancelled:
                raise tasks.TaskCancelled() from None

        def done(result) -> None:  # noqa: ANN001
            self.result_path, self.count = result.path, result.count
            msg = _t("已导出 {n} 位会员到:\n{path}").format(n=result.count, path=result.path)
            if not full:
                msg += "\n" + _t("手机号已隐藏,此文件不能再导入。")
            dialogs.info(self, msg)
            self.accept()

        tasks.run_task(self, _t("导出会员"), fn, done)
