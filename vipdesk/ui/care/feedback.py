"""Care feedback windows: record a satisfaction survey and edit its questions (C15), lapsed
members by reason with the win-back rate and the owner's reason list (C16), and the monthly
"本月未联系会员" list that serves the minimum of care messages (C7).

Lists are Qt models over rows computed off the GUI thread (``run_task``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import format_date
from vipdesk.model.care import cap, lapse, surveys
from vipdesk.model.members.phone import mask_phone
from vipdesk.text import tr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.tasks import run_task
from vipdesk.ui.privacy.pin import require_owner

_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("CareFeedback", text)


class RowsModel(QAbstractTableModel):
    """Read-only rows of text for a QTableView (the view paints only what is visible)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[Any]] = []

    def set_rows(self, rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return str(self.rows[index.row()][index.column()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _view(parent: QWidget, model: RowsModel) -> QTableView:
    v = QTableView(parent)
    v.setModel(model)
    v.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    v.horizontalHeader().setStretchLastSection(True)
    v.verticalHeader().setVisible(False)
    return v


# --- C15 surveys

class SurveyDialog(QDialog):
    """One member's answers: a 1–5 score per score question, text for the others."""

    def __init__(self, parent: QWidget | None, member_id: int, clerk_id: int | None, name: str = "") -> None:
        super().__init__(parent)
        self.member_id = member_id
        self.clerk_id = clerk_id
        self.setWindowTitle(_t("满意度调查") + (f" — {name}" if name else ""))
        form = QFormLayout(self)
        self.channel = QComboBox(self)
        for key, label in surveys.CHANNELS.items():
            self.channel.addItem(tr(label), key)
        form.addRow(_t("方式"), self.channel)
        self.inputs: dict[int, QComboBox | QLineEdit] = {}
        for q in surveys.questions():
            if q.kind == "score":
                box = QComboBox(self)
                box.addItem(_t("(不答)"), None)
                for n in range(5, 0, -1):
                    box.addItem(f"{n} " + "★" * n, n)
                self.inputs[q.id] = box
                form.addRow(surveys.shown(q.text), box)
            else:
                line = QLineEdit(self)
                self.inputs[q.id] = line
                form.addRow(surveys.shown(q.text), line)
        self.buttons = dialogs.button_box(self, on_accept=self.submit)
        form.addRow(self.buttons)

    def answers(self) -> dict[int, int | str | None]:
        return {qid: (w.currentData() if isinstance(w, QComboBox) else w.text()) for qid, w in self.inputs.items()}

    def submit(self) -> bool:
        try:
            surveys.record_survey(self.member_id, self.answers(), clerk_id=self.clerk_id,
                                  channel=self.channel.currentData())
        except Exception as exc:  # noqa: BLE001 - shown to the clerk, input kept
            dialogs.show_error(self, exc)
            return False
        self.accept()
        return True


class SurveyQuestionsDialog(QDialog):
    """The owner's questions: add one, switch one off (old answers keep it)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("调查问题"))
        lay = QVBoxLayout(self)
        self.boxes: dict[int, QCheckBox] = {}
        for q in surveys.questions(active_only=False):
            kind = _t("打分") if q.kind == "score" else _t("文字")
            box = QCheckBox(_t("{q}({kind})").format(q=surveys.shown(q.text), kind=kind), self)
            box.setChecked(q.active)
            self.boxes[q.id] = box
            lay.addWidget(box)
        row = QHBoxLayout()
        self.new_text = QLineEdit(self)
        self.new_text.setPlaceholderText(_t("新问题"))
        self.new_kind = QComboBox(self)
        self.new_kind.addItem(_t("打分 1–5"), "score")
        self.new_kind.addItem(_t("文字"), "text")
        add = QPushButton(_t("添加"), self)
        add.setAutoDefault(False)
        add.clicked.connect(self.add)
        for w in (self.new_text, self.new_kind, add):
            row.addWidget(w)
        lay.addLayout(row)
        self.buttons = dialogs.button_box(self, on_accept=self.save)
        lay.addWidget(self.buttons)

    def add(self) -> bool:
        try:
            q = surveys.add_question(self.new_text.text(), self.new_kind.currentData())
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return False
        box = QCheckBox(q.text, self)
        box.setChecked(True)
        self.boxes[q.id] = box
        self.layout().insertWidget(len(self.boxes) - 1, box)  # type: ignore[union-attr]
        self.new_text.clear()
        return True

    def save(self) -> None:
        for qid, box in self.boxes.items():
            surveys.set_active(qid, box.isChecked())
        self.accept()


# --- C16 lapse reasons

class LapseView(QDialog):
    """Lapsed members by reason (with win-back rate), and each member with segment and clerk."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("流失原因分析"))
        self.resize(760, 520)
        lay = QVBoxLayout(self)
        self.summary = RowsModel([_t("原因"), _t("流失会员"), _t("已挽回"), _t("挽回率"), _t("主要分群"), _t("主要导购")],
                                 self)
        self.members = RowsModel([_t("姓名"), _t("原因"), _t("记录日期"), _t("分群"), _t("导购"), _t("已挽回")], self)
        self.summary_view = _view(self, self.summary)
        self.members_view = _view(self, self.members)
        lay.addWidget(QLabel(_t("按原因(每位会员取最近一次记录)"), self))
        lay.addWidget(self.summary_view)
        lay.addWidget(QLabel(_t("流失会员"), self))
        lay.addWidget(self.members_view)
        row = QHBoxLayout()
        row.addWidget(QLabel(_t("原因选项"), self))
        self.reasons = QLineEdit("、".join(lapse.shown(r) for r in lapse.reasons()), self)
        row.addWidget(self.reasons)
        save = QPushButton(_t("保存选项"), self)
        save.setAutoDefault(False)
        save.clicked.connect(self.save_reasons)
        row.addWidget(save)
        lay.addLayout(row)
        self.buttons = dialogs.button_box(self, QDialogButtonBox.StandardButton.Close)
        lay.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        def work(progress: Any, cancelled: Any) -> tuple[list[lapse.ReasonStats], list[lapse.LapsedRow]]:
            return lapse.reason_stats(), lapse.lapsed_members()

        def done(result: tuple[list[lapse.ReasonStats], list[lapse.LapsedRow]]) -> None:
            stats, rows = result

            def top(d: dict[str, int]) -> str:
                return lapse.shown(max(d, key=lambda k: d[k])) if d else "—"

            self.summary.set_rows([[lapse.shown(s.reason), s.lapsed, s.won_back,
                                    f"{s.rate:.0%}" if s.rate is not None else "—", top(s.by_segment),
                                    top(s.by_clerk)] for s in stats])
            self.members.set_rows([[r.name, lapse.shown(r.reason), format_date(r.at), lapse.shown(r.segment), r.clerk,
                                    _t("是") if r.won_back else _t("否")] for r in rows])

        run_task(self, _t("统计流失原因"), work, done, show_progress=False)

    def save_reasons(self) -> bool:
        items = self.reasons.text().replace(",", "、").replace(",", "、").split("、")
        try:
            if not require_owner(self, _t("修改流失原因选项"), "settings"):
                return False
            lapse.save_reasons([lapse.stored(i) for i in items])
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return False
        self.reasons.setText("、".join(lapse.shown(r) for r in lapse.reasons()))
        self.load()
        return True


# --- C7 minimum

class UncontactedDialog(QDialog):
    """本月未联系会员: members with fewer care contacts this month than the shop's minimum."""

    def __init__(self, parent: QWidget | None, day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.day = day or dt.date.today()
        self.setWindowTitle(_t("本月未联系会员"))
        self.resize(620, 520)
        lay = QVBoxLayout(self)
        self.title = QLabel(self)
        lay.addWidget(self.title)
        self.model = RowsModel([_t("姓名"), _t("手机"), _t("专属导购"), _t("本月关怀次数")], self)
        self.view = _view(self, self.model)
        lay.addWidget(self.view)
        self.buttons = dialogs.button_box(self, QDialogButtonBox.StandardButton.Close)
        lay.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        day = self.day

        def work(progress: Any, cancelled: Any) -> list[cap.Uncontacted]:
            return cap.uncontacted_in_month(day)

        def done(rows: list[cap.Uncontacted]) -> None:
            self.title.setText(_t("{y}年{m}月:{n} 位会员的关怀少于每月 {k} 次").format(
                y=day.year, m=day.month, n=len(rows), k=cap.monthly_min()))
            self.model.set_rows([[r.name, mask_phone(r.phone), r.clerk or _t("未指定"), r.count] for r in rows])

        run_task(self, _t("查找本月未联系会员"), work, done, show_progress=False)
