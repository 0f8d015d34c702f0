"""发送短信: preview (count, billing units, cost, who is left out and why) → owner PIN → send off the GUI thread.

``send_sms(parent, tasks)`` is what the reminder pane calls.  Nothing is sent
without a configured provider, without the owner's PIN (sending costs money
and uses full numbers, like an export), or before the preview is confirmed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.care.engine import Task
from vipdesk.model.messaging import config, gating, outbox, templates
from vipdesk.model.messaging.outbox import SendReport
from vipdesk.ui.common import dialogs, tasks
from vipdesk.ui.privacy.pin import require_owner

Std = QDialogButtonBox.StandardButton


def _t(text: str) -> str:
    return QCoreApplication.translate("SendSmsDialog", text)


def _table(parent: QWidget, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    t = QTableWidget(len(rows), len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(value))
    t.horizontalHeader().setStretchLastSection(True)
    t.resizeColumnsToContents()
    return t


class SendSmsDialog(QDialog):
    """The preview: exactly what goes out, what it costs, and who is left out."""

    def __init__(self, parent: QWidget | None, plan: gating.Plan) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(_t("发送短信"))
        self.resize(900, 560)
        lay = QVBoxLayout(self)
        self.summary = QLabel(_t("将发送 {n} 条短信,计费 {u} 条,约 ¥{c};不发 {x} 位。").format(
            n=len(plan.items), u=plan.units, c=f"{plan.cost_fen / 100:.2f}", x=len(plan.excluded)), self)
        self.summary.setObjectName("smsSummary")
        lay.addWidget(self.summary)
        tabs = QTabWidget(self)
        self.messages = _table(self, [_t("会员"), _t("类型"), _t("计费"), _t("说明"), _t("短信内容")],
                               [[i.name, templates.kind_label(i.kind), str(i.units), i.note, i.text]
                                for i in plan.items])
        self.excluded = _table(self, [_t("会员"), _t("类型"), _t("原因")],
                               [[e.name, templates.kind_label(e.kind), e.reason] for e in plan.excluded])
        tabs.addTab(self.messages, _t("要发送的 ({n})").format(n=len(plan.items)))
        tabs.addTab(self.excluded, _t("不发送的 ({n})").format(n=len(plan.excluded)))
        lay.addWidget(tabs, 1)
        self.box = dialogs.button_box(self, texts={Std.Ok: _t("发送")})
        self.box.button(Std.Ok).setEnabled(bool(plan.items))
        lay.addWidget(self.box)


def send_sms(parent: QWidget | None, chosen: list[Task], on_finished: Any = None) -> bool:
    """Preview (computed on a worker: a holiday batch can be thousands), confirm, owner PIN, queue,
    send on a worker.  False when nothing could start (nothing chosen, no provider)."""
    if not chosen:
        dialogs.info(parent, _t("请先选择要发短信的提醒(或选中一组)。"))
        return False
    if config.provider_config() is None:
        dialogs.info(parent, _t("还没有设置短信服务商,会员管家不会发送任何短信。\n"
                                "店长可在“发件箱 → 短信设置”里设置阿里云或腾讯云短信(或用命令 vipdesk sms configure);"
                                "也可以用“企业微信”逐条复制发送。"), _t("发送短信"))
        return False
    chosen = list(chosen)

    def prepare(progress: Any, cancelled: Any) -> gating.Plan:
        plan = gating.plan(chosen, progress=progress, cancelled=cancelled)
        if plan.cancelled:
            raise tasks.TaskCancelled()
        return plan

    tasks.run_task(parent, _t("准备短信预览"), prepare, lambda plan: _confirm_and_send(parent, plan, on_finished))
    return True


def _confirm_and_send(parent: QWidget | None, plan: gating.Plan, on_finished: Any) -> None:
    if not dialogs.exec_dialog(SendSmsDialog(parent, plan)) or not plan.items:
        return
    if not require_owner(parent, _t("发送短信会产生费用并使用完整手机号。"), "sms_send"):
        return
    try:
        outbox.enqueue(plan, clerk=_t("店长"))
        ids = outbox.ids_for_keys(sorted({i.key for i in plan.items}))
    except Exception as exc:  # noqa: BLE001 - a clear message, never a traceback
        dialogs.show_error(parent, exc)
        return
    send_ids(parent, ids, on_finished)


def send_ids(parent: QWidget | None, ids: list[int] | None, on_finished: Any = None) -> None:
    """Send queued messages (these ids, or every due one) on a worker, with progress and 取消."""

    def work(progress: Any, cancelled: Any) -> SendReport:
        return outbox.send_due(progress=progress, cancelled=cancelled, ids=ids)

    def done(rep: SendReport) -> None:
        text = _t("已提交 {s} 条,失败 {f} 条,等待 {w} 条,待确认 {u} 条。").format(
            s=rep.submitted, f=rep.failed, w=rep.waiting, u=rep.unknown)
        if rep.stopped:
            text += "\n" + _t("已停止:") + rep.stopped
        if rep.problems:
            text += "\n" + "\n".join(rep.problems[:10])
        dialogs.info(parent, text, _t("发送短信"))
        if on_finished is not None:
            on_finished()

    tasks.run_task(parent, _t("发送短信"), work, done)
