"""发件箱: every SMS with its status, delivery-report refresh, resend of failed ones.

A table model over ``outbox.outbox()`` rows (a view, not a widget per row).
Unknown (待确认) messages cannot be resent: only a delivery report settles them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.members.phone import mask_phone
from vipdesk.model.messaging import gating, outbox, templates
from vipdesk.text import tr_noop
from vipdesk.ui.common import dialogs, tasks
from vipdesk.ui.privacy.pin import require_owner

Std = QDialogButtonBox.StandardButton
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _t(text: str) -> str:
    return QCoreApplication.translate("OutboxDialog", text)


class OutboxModel(QAbstractTableModel):
    HEADERS = tr_noop(("时间", "会员", "手机", "类型", "状态", "计费", "说明", "内容"), "OutboxDialog")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[outbox.OutboxRow] = []

    def load(self, status: str | None) -> None:
        self.beginResetModel()
        self.rows = outbox.outbox(status)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (f"{(r.sending_at or r.created_at):%m-%d %H:%M}", r.name, mask_phone(r.phone),
                templates.kind_label(r.kind), r.status_label, str(r.units), r.note, r.text)[index.column()]


class OutboxDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("短信发件箱"))
        self.resize(960, 560)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QComboBox(self)
        self.status.addItem(_t("全部"), None)
        for key in ("queued", "submitted", "delivered", "failed", "unknown", "sending"):
            self.status.addItem(gating.status_label(key), key)
        self.status.currentIndexChanged.connect(self.reload)
        top.addWidget(QLabel(_t("状态"), self))
        top.addWidget(self.status)
        self.counts = QLabel(self)
        top.addWidget(self.counts, 1)
        self.poll_btn = QPushButton(_t("刷新回执"), self)
        self.resend_btn = QPushButton(_t("重发失败的"), self)
        self.poll_btn.clicked.connect(self.poll)
        self.resend_btn.clicked.connect(self.resend_failed)
        self.optout_btn = QPushButton(_t("登记退订"), self)
        self.optout_btn.setToolTip(_t("会员说不想再收营销短信:登记后不再给她发营销短信"))
        self.settings_btn = QPushButton(_t("短信设置…"), self)
        self.optout_btn.clicked.connect(self.opt_out_selected)
        self.settings_btn.clicked.connect(self.open_settings)
        self.send_btn = QPushButton(_t("发送待发的"), self)
        self.send_btn.setToolTip(_t("发送已到发送时段的待发短信(限流、时段外等候的)"))
        self.send_btn.clicked.connect(self.send_queued)
        for b in (self.send_btn, self.poll_btn, self.resend_btn, self.optout_btn, self.settings_btn):
            top.addWidget(b)
        lay.addLayout(top)
        self.model = OutboxModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.view, 1)
        lay.addWidget(dialogs.button_box(self, Std.Close))
        self.reload()

    def reload(self, *_: object) -> None:
        self.model.load(self.status.currentData())
        c = outbox.counts()
        self.counts.setText("  ".join(f"{gating.status_label(k)} {v}" for k, v in sorted(c.items())))

    def selected_rows(self) -> list[outbox.OutboxRow]:
        return [self.model.rows[i.row()] for i in self.view.selectionModel().selectedRows()]

    def opt_out_selected(self) -> int:
        """The clerk's tick: the selected members refuse marketing SMS (recorded with source and time)."""
        rows = self.selected_rows()
        if not rows:
            dialogs.info(self, _t("请先选择会员的短信。"))
            return 0
        names = "、".join(sorted({r.name for r in rows}))
        if not dialogs.ask(self, _t("登记 {names} 退订营销短信?").format(names=names)):
            return 0
        for phone, member_id in {(r.phone, r.member_id) for r in rows}:
            outbox.record_opt_out(phone, "clerk", member_id=member_id, clerk=_t("店员"))
        self.reload()
        return len(rows)

    def send_queued(self) -> bool:
        from vipdesk.ui.messaging.send_dialog import send_ids

        if not outbox.counts().get("queued"):
            dialogs.info(self, _t("没有待发送的短信。"))
            return False
        if not require_owner(self, _t("发送短信会产生费用。"), "sms_send"):
            return False
        send_ids(self, None, self.reload)
        return True

    def open_settings(self) -> bool:
        from vipdesk.ui.messaging.settings import SmsSettingsDialog

        if not require_owner(self, _t("短信设置"), "settings"):
            return False
        return dialogs.exec_dialog(SmsSettingsDialog(self))

    def poll(self) -> None:
        def work(progress: Any, cancelled: Any) -> outbox.PollReport:
            progress(0, 0, _t("正在查询送达回执…"))
            return outbox.poll()

        def done(rep: outbox.PollReport) -> None:
            self.reload()
            text = _t("送达 {d},失败 {f},仍待确认 {u},退订 {o}").format(
                d=rep.delivered, f=rep.failed, u=rep.still_unknown, o=rep.opted_out)
            if rep.error:
                text += "\n" + rep.error
            dialogs.info(self, text, _t("送达回执"))

        tasks.run_task(self, _t("刷新回执"), work, done)

    def resend_failed(self) -> None:
        rows = [r for r in self.selected_rows() if r.status == "failed"] or \
               [r for r in self.model.rows if r.status == "failed"]
        if not rows:
            dialogs.info(self, _t("没有失败的短信。待确认的短信要等送达回执,不能重发。"))
            return
        if not dialogs.ask(self, _t("重发 {n} 条失败的短信?").format(n=len(rows))):
            return
        if not require_owner(self, _t("重发短信会产生费用。"), "sms_send"):
            return
        ids = [r.id for r in rows]
        outbox.resend_failed(ids)

        def work(progress: Any, cancelled: Any) -> outbox.SendReport:
            return outbox.send_due(progress=progress, cancelled=cancelled, ids=ids)

        def done(rep: outbox.SendReport) -> None:
            self.reload()
            text = _t("已提交 {s} 条,失败 {f} 条,等待 {w} 条。").format(s=rep.submitted, f=rep.failed, w=rep.waiting)
            if rep.stopped:
                text += "\n" + _t("已停止:") + rep.stopped
            dialogs.info(self, text, _t("重发"))

        tasks.run_task(self, _t("重发短信"), work, done, on_error=lambda e: (self.reload(), dialogs.show_error(self, e)))
