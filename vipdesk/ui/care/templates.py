"""Message template editor (C10) with a live preview.

The preview fills the placeholders with the member open in the detail pane
(or a sample member), so the owner sees exactly what will be sent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.care import templates
from vipdesk.model.care.config import CHANNEL_LABELS, KINDS
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.unsaved import UnsavedGuard
from vipdesk.ui.privacy.pin import require_owner


def _t(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


def preview_values(member_id: int | None) -> dict[str, Any]:
    values = templates.sample_values()
    if member_id:
        from vipdesk.model.care.engine import member_values_by_id

        values.update(member_values_by_id(member_id))
    return values


class TemplateEditor(UnsavedGuard, QDialog):
    """Left: the kinds; right: the text, placeholder buttons and the preview."""

    def __init__(self, parent: QWidget | None = None, member_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("短信模板"))
        self.resize(860, 520)
        self.values = preview_values(member_id)
        self._loading = False

        outer = QHBoxLayout(self)
        self.kinds = QListWidget(self)
        self.kinds.setMaximumWidth(200)
        for key, _k in sorted(KINDS.items(), key=lambda p: p[1].priority):
            item = QListWidgetItem(self.kinds)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self._label_kinds()
        outer.addWidget(self.kinds)

        right = QVBoxLayout()
        self.heading = QLabel(self)
        right.addWidget(self.heading)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("templateText")
        right.addWidget(self.edit, 2)

        grid = QGridLayout()
        for n, (name, help_text) in enumerate(templates.PLACEHOLDERS.items()):
            b = QPushButton("{" + name + "}", self)
            b.setToolTip(_t(help_text))
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, p=name: self.insert_placeholder(p))
            grid.addWidget(b, n // 7, n % 7)
        right.addLayout(grid)

        right.addWidget(QLabel(_t("预览:"), self))
        self.preview = QLabel(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet("QLabel#templatePreview { background: #f6f6f0; padding: 8px; }")
        right.addWidget(self.preview, 1)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #c0392b;")
        right.addWidget(self.warning)

        buttons = QHBoxLayout()
        self.save_btn = QPushButton(_t("保存"), self)
        self.reset_btn = QPushButton(_t("恢复默认"), self)
        close = QPushButton(_t("关闭"), self)
        buttons.addStretch(1)
        for b in (self.save_btn, self.reset_btn, close):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        right.addLayout(buttons)
        outer.addLayout(right, 1)

        self.kinds.currentItemChanged.connect(self._kind_changed)
        self.edit.textChanged.connect(self.update_preview)
        self.save_btn.clicked.connect(self.save)
        self.reset_btn.clicked.connect(self.reset)
        close.clicked.connect(self.reject)  # 关闭 asks about unsaved text like Esc (issue 17)
        self.kinds.setCurrentRow(0)

    def _label_kinds(self) -> None:
        for i in range(self.kinds.count()):
            item = self.kinds.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            mark = _t("(已修改)") if templates.is_custom(key) else ""
            item.setText(f"{_t(KINDS[key].label)}{mark}")

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else next(iter(KINDS))

    def select_kind(self, kind: str) -> None:
        for i in range(self.kinds.count()):
            if self.kinds.item(i).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(i)
                return

    def _kind_changed(self, current, previous) -> None:
        """Switching kind leaves the text being edited: the unsaved-edits question first."""
        if previous is not None and current is not previous and not self.confirm_leave():
            self.kinds.blockSignals(True)
            self.kinds.setCurrentItem(previous)
            self.kinds.blockSignals(False)
            return
        self._load()

    def _load(self) -> None:
        kind = self.kind()
        k = KINDS[kind]
        what = _t("打电话时要说的要点") if k.channel == "call" else _t("短信内容")
        self.heading.setText(f"{_t(k.label)}({_t(CHANNEL_LABELS[k.channel])}):{what}")
        self._loading = True
        self.edit.setPlainText(templates.template_for(kind))
        self._loading = False
        self.update_preview()
        self.mark_clean()

    def insert_placeholder(self, name: str) -> None:
        self.edit.insertPlainText("{" + name + "}")
        self.edit.setFocus()

    def update_preview(self) -> None:
        text = self.edit.toPlainText()
        rendered = templates.render(text, self.values)
        self.preview.setText(rendered)
        unknown = templates.unknown_placeholders(text)
        msg = _t("不认识的占位符:") + "、".join("{" + u + "}" for u in unknown) if unknown else ""
        if KINDS[self.kind()].channel == "message":
            n = len(rendered)
            parts = 1 if n <= 70 else (n + 66) // 67
            count = _t("共 {n} 字,约 {p} 条短信").format(n=n, p=parts)
            msg = f"{count}  {msg}" if msg else count
        self.warning.setText(msg)

    def save(self) -> bool:
        text = self.edit.toPlainText().strip()
        if not text:
            dialogs.show_error(self, _t("模板不能为空;要用默认文字请点“恢复默认”"))
            return False
        if not require_owner(self, _t("修改短信模板"), "settings"):
            return False
        templates.save_template(self.kind(), text)
        self._label_kinds()
        self.mark_clean()
        return True

    def reset(self) -> bool:
        if not require_owner(self, _t("恢复默认模板"), "settings"):
            return False
        templates.reset_template(self.kind())
        self._label_kinds()
        self._load()
        return True
