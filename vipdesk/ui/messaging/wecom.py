"""企业微信 assist: the WeCom server API needs a fixed trusted IP a counter PC lacks, so the clerk sends.

Each selected member's text is rendered; 复制本条 puts it on the clipboard,
复制名单 copies all (name, phone, text — for 群发助手), and 已发送 writes the
contact log (C12, channel 微信) for the member she confirms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.care import engine
from vipdesk.model.care.engine import Task
from vipdesk.ui.common import dialogs

Std = QDialogButtonBox.StandardButton


def _t(text: str) -> str:
    return QCoreApplication.translate("WeComAssistDialog", text)


class WeComAssistDialog(QDialog):
    def __init__(self, parent: QWidget | None, chosen: list[Task], clerk_id: int | None = None) -> None:
        super().__init__(parent)
        self.tasks = list(chosen)
        self.clerk_id = clerk_id
        self.logged: set[int] = set()
        self.setWindowTitle(_t("企业微信发送助手"))
        self.resize(760, 520)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        for t in self.tasks:
            self.list.addItem(QListWidgetItem(f"{t.name}  {t.kind_label}"))
        self.list.currentRowChanged.connect(self._show)
        row.addWidget(self.list, 1)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        row.addWidget(self.text, 2)
        lay.addLayout(row, 1)
        btns = QHBoxLayout()
        self.copy_btn = QPushButton(_t("复制本条 (Ctrl+C)"), self)
        self.copy_btn.setShortcut("Ctrl+C")
        self.copy_all_btn = QPushButton(_t("复制名单(群发助手)"), self)
        self.sent_btn = QPushButton(_t("已发送,记入联系记录 (Ctrl+Enter)"), self)
        self.sent_btn.setShortcut("Ctrl+Return")
        self.copy_btn.clicked.connect(self.copy_current)
        self.copy_all_btn.clicked.connect(self.copy_all)
        self.sent_btn.clicked.connect(self.confirm_sent)
        for b in (self.copy_btn, self.copy_all_btn, self.sent_btn):
            btns.addWidget(b)
        lay.addLayout(btns)
        lay.addWidget(dialogs.button_box(self, Std.Close))
        if self.tasks:
            self.list.setCurrentRow(0)

    def current(self) -> Task | None:
        r = self.list.currentRow()
        return self.tasks[r] if 0 <= r < len(self.tasks) else None

    def _show(self, *_: object) -> None:
        t = self.current()
        self.text.setPlainText(t.text if t is not None else "")
        self.sent_btn.setEnabled(t is not None and self.list.currentRow() not in self.logged)

    def copy_current(self) -> str:
        t = self.current()
        text = t.text if t is not None else ""
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_all(self) -> str:
        text = "\n".join(f"{t.name}\t{t.phone}\t{t.text}" for t in self.tasks)
        QGuiApplication.clipboard().setText(text)
        return text

    def confirm_sent(self) -> bool:
        """She sent it on WeCom: contact log (channel 微信), then on to the next member."""
        r = self.list.currentRow()
        t = self.current()
        if t is None or r in self.logged:
            return False
        try:
            engine.complete(t, outcome=_t("已通过企业微信发送"), clerk_id=self.clerk_id, channel="wechat", note=t.text)
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return False
        self.logged.add(r)
        item = self.list.item(r)
        item.setText("✓ " + item.text())
        if r + 1 < len(self.tasks):
            self.list.setCurrentRow(r + 1)
        else:
            self._show()
        return True
