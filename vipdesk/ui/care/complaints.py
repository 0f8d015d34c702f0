"""Complaint log with handling status (C15)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.care import complaints
from vipdesk.text import tr, untr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box


def _t(text: str) -> str:
    return QCoreApplication.translate("CareComplaints", text)


class ComplaintEditDialog(QDialog):
    """New complaint (category + description) or handling (status, resolution, satisfaction)."""

    def __init__(self, parent: QWidget | None, *, handling: bool = False, complaint=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("处理投诉") if handling else _t("登记投诉"))
        form = QFormLayout(self)
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.addItems([tr(c) for c in complaints.CATEGORIES])  # shown translated, stored Chinese
        self.description = QPlainTextEdit(self)
        self.status = QComboBox(self)
        for key, label in complaints.STATUSES.items():
            self.status.addItem(_t(label), key)
        self.resolution = QPlainTextEdit(self)
        self.satisfaction = QComboBox(self)
        self.satisfaction.addItem(_t("(不填)"), None)
        for n in range(5, 0, -1):
            self.satisfaction.addItem("★" * n, n)
        if handling and complaint is not None:
            self.description.setPlainText(complaint.description)
            self.description.setReadOnly(True)
            self.category.setCurrentText(tr(complaint.category))
            self.category.setEnabled(False)
            self.status.setCurrentIndex(self.status.findData(complaint.status))
            self.resolution.setPlainText(complaint.resolution)
        form.addRow(_t("类别"), self.category)
        form.addRow(_t("投诉内容"), self.description)
        if handling:
            form.addRow(_t("处理状态"), self.status)
            form.addRow(_t("处理结果"), self.resolution)
            form.addRow(_t("顾客满意度"), self.satisfaction)
        buttons = button_box(self, Std.Ok | Std.Cancel)
        form.addRow(buttons)


class ComplaintsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, member_id: int | None = None,
                 clerk_id: int | None = None) -> None:
        super().__init__(parent)
        self.member_id = member_id
        self.clerk_id = clerk_id
        self.setWindowTitle(_t("投诉记录"))
        self.resize(860, 480)
        lay = QVBoxLayout(self)
        self.filter = QComboBox(self)
        self.filter.addItem(_t("全部"), None)
        for key, label in complaints.STATUSES.items():
            self.filter.addItem(_t(label), key)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([_t("日期"), _t("会员"), _t("类别"), _t("内容"), _t("状态")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        self.new_btn = QPushButton(_t("为当前会员登记…"), self)
        self.new_btn.setEnabled(member_id is not None)
        self.handle_btn = QPushButton(_t("处理…"), self)
        row.addWidget(self.filter)
        row.addStretch(1)
        row.addWidget(self.new_btn)
        row.addWidget(self.handle_btn)
        lay.addLayout(row)
        lay.addWidget(self.table)
        self.filter.currentIndexChanged.connect(lambda *_: self.reload())
        self.new_btn.clicked.connect(lambda: self.new_complaint())
        self.handle_btn.clicked.connect(lambda: self.handle())
        self.reload()

    def reload(self) -> None:
        self._rows = complaints.list_complaints(status=self.filter.currentData())
        self.table.setRowCount(len(self._rows))
        for r, c in enumerate(self._rows):
            for col, text in enumerate([f"{c.at:%Y-%m-%d}", c.member.name, tr(c.category), c.description,
                                        _t(complaints.STATUSES.get(c.status, c.status))]):
                self.table.setItem(r, col, QTableWidgetItem(text))

    def new_complaint(self) -> bool:
        if self.member_id is None:
            return False
        dlg = ComplaintEditDialog(self)
        if not dialogs.exec_dialog(dlg):
            return False
        try:
            category = untr(dlg.category.currentText(), complaints.CATEGORIES)  # an offered one is stored Chinese
            complaints.log_complaint(self.member_id, dlg.description.toPlainText(), category=category,
                                     clerk_id=self.clerk_id)
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return False
        self.reload()
        return True

    def handle(self) -> bool:
        r = self.table.currentRow()
        if not 0 <= r < len(self._rows):
            return False
        c = self._rows[r]
        dlg = ComplaintEditDialog(self, handling=True, complaint=c)
        if not dialogs.exec_dialog(dlg):
            return False
        try:
            complaints.update_complaint(c.id, resolution=dlg.resolution.toPlainText(), status=dlg.status.currentData(),
                                        satisfaction=dlg.satisfaction.currentData())
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return False
        self.reload()
        return True
