"""The reminder pane (right-hand side of the main window): today's care tasks.

Tasks come from ``vipdesk.model.care.engine.due_tasks`` (computed off the GUI
thread through ``vipdesk.ui.common.tasks.run_task``), grouped by kind with counts;
overdue calls carried over from earlier days are marked 逾期, tasks held back
by the don't-pester cap sit in their own group with the reason.  A big group
(a holiday greeting to every member) shows its first rows and is sent as a
batch export.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import format_month_day
from vipdesk.model.care.config import KINDS
from vipdesk.model.members.phone import format_phone, mask_phone
from vipdesk.text import tr, tr_noop, untr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.privacy.pin import require_owner

if TYPE_CHECKING:
    from vipdesk.model.care import engine
# The care engine (~50 ms of imports) loads on the scan's worker after the first paint (issue 14).

log = logging.getLogger(__name__)

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
SHOW_PER_GROUP = 200
HELD = "__held__"


def _t(text: str) -> str:
    return QCoreApplication.translate("ReminderPane", text)


class DoneDialog(QDialog):
    """Ask the outcome of a call or message before it goes into the contact log (C12)."""

    OUTCOMES = tr_noop(["已联系,顾客很满意", "已发短信", "未接通,改天再打", "顾客在忙,约好再联系", "已当面问候"])
    # Win-back calls (C16) record why she stopped coming.
    LAPSE_REASONS = tr_noop(["已联系,最近没有需要", "已联系,搬家或不方便来店", "已联系,对款式不满意", "已联系,觉得价格偏高",
                     "已联系,对服务不满意", "已联系,去了别的店", "未接通,改天再打"])

    def __init__(self, parent: QWidget | None, task: engine.Task) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("完成:") + task.kind_label + " — " + task.name)
        form = QFormLayout(self)
        self.outcome = QComboBox(self)
        self.outcome.setEditable(True)
        lapsed = task.kind in ("dormant", "churn")
        self.outcome.addItems([tr(o) for o in (self.LAPSE_REASONS if lapsed else self.OUTCOMES)])
        if not lapsed:
            self.outcome.setCurrentText(tr("已发短信") if task.channel == "message" else tr("已联系,顾客很满意"))
        self.channel = QComboBox(self)
        for key, label in (("call", "电话"), ("sms", "短信"), ("wechat", "微信"), ("visit", "到店")):
            self.channel.addItem(_t(label), key)
        self.channel.setCurrentIndex(self.channel.findData("sms" if task.channel == "message" else "call"))
        self.satisfaction = QComboBox(self)
        self.satisfaction.addItem(_t("(不填)"), None)
        for n in range(5, 0, -1):
            self.satisfaction.addItem("★" * n, n)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(_t("聊到的新情况,记入联系记录"))
        form.addRow(_t("结果(流失原因)") if lapsed else _t("结果"), self.outcome)
        self.lapse_reason: QComboBox | None = None
        if lapsed:  # C16: the reason from the owner's pick-list, for the lapse analysis
            self.lapse_reason = QComboBox(self)
            self.lapse_reason.addItem(_t("(没问到)"), "")
            from vipdesk.model.care import lapse

            for r in lapse.reasons():
                self.lapse_reason.addItem(lapse.shown(r), r)
            form.addRow(_t("流失原因"), self.lapse_reason)
        form.addRow(_t("方式"), self.channel)
        form.addRow(_t("满意度"), self.satisfaction)
        form.addRow(_t("备注"), self.note)
        self.buttons = button_box(self, Std.Ok | Std.Cancel)
        form.addRow(self.buttons)

    def values(self) -> dict[str, Any]:
        shown = self.outcome.currentText().strip()  # stored Chinese when it is one of the offered answers
        return {"outcome": untr(shown, (*self.OUTCOMES, *self.LAPSE_REASONS)),
                "channel": self.channel.currentData(),
                "satisfaction": self.satisfaction.currentData(), "note": self.note.text().strip(),
                "lapse_reason": self.lapse_reason.currentData() if self.lapse_reason is not None else ""}


class SkipDialog(QDialog):
    REASONS = tr_noop(["顾客不希望被打扰", "号码错误或停机", "已当面问候过", "顾客外出", "其他"])

    def __init__(self, parent: QWidget | None, task: engine.Task) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("跳过:") + task.kind_label + " — " + task.name)
        form = QFormLayout(self)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems([tr(r) for r in self.REASONS])  # shown translated, stored Chinese
        form.addRow(_t("原因"), self.reason)
        buttons = button_box(self, Std.Ok | Std.Cancel)
        form.addRow(buttons)


class ReminderPane(QWidget):
    """Today's tasks; ``refresh()`` recomputes them (the main window calls it after every write)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.tasks: list[engine.Task] = []
        self._generation = 0
        self._running = False
        self._pending = False
        self.day = dt.date.today()
        self.setObjectName("ReminderPane")

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("reminderTitle")
        top.addWidget(self.title, 1)
        self.refresh_btn = QPushButton(_t("刷新"), self)
        self.refresh_btn.clicked.connect(self.refresh)
        top.addWidget(self.refresh_btn)
        lay.addLayout(top)

        mine = QHBoxLayout()
        self.only_mine = QCheckBox(_t("只看我的"), self)
        self.clerk = QComboBox(self)
        self._fill_clerks()
        self.only_mine.toggled.connect(self._filter_changed)
        self.clerk.currentIndexChanged.connect(self._filter_changed)
        mine.addWidget(self.only_mine)
        mine.addWidget(self.clerk, 1)
        lay.addLayout(mine)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([_t("会员"), _t("电话"), _t("事由")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(self._show_current)
        self.tree.itemDoubleClicked.connect(self._open_member)
        lay.addWidget(self.tree, 3)

        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(120)
        lay.addWidget(self.detail, 1)

        row1 = QHBoxLayout()
        self.copy_btn = QPushButton(_t("复制短信"), self)
        self.call_btn = QPushButton(_t("拨打"), self)
        self.done_btn = QPushButton(_t("完成…"), self)
        self.skip_btn = QPushButton(_t("跳过…"), self)
        self.export_btn = QPushButton(_t("导出本组…"), self)
        self.copy_btn.setToolTip(_t("把短信内容复制到剪贴板"))
        self.call_btn.setToolTip(_t("显示完整号码并复制,方便拨打"))
        self.export_btn.setToolTip(_t("把这一组导出为 Excel/CSV(手机号、短信内容),交给短信平台群发"))
        for b in (self.copy_btn, self.call_btn, self.done_btn, self.skip_btn, self.export_btn):
            row1.addWidget(b)
        self.copy_btn.clicked.connect(self.copy_text)
        self.call_btn.clicked.connect(self.show_number)
        self.done_btn.clicked.connect(lambda: self.mark_done())
        self.skip_btn.clicked.connect(lambda: self.skip())
        self.export_btn.clicked.connect(lambda: self.export_group())
        lay.addLayout(row1)
        # Issue 16: SMS through the configured provider, the outbox, and WeCom assist.
        row2 = QHBoxLayout()
        self.sms_btn = QPushButton(_t("发送短信…"), self)
        self.sms_btn.setToolTip(_t("把选中的提醒(或选中的一组)通过短信服务商发送;先预览条数和费用"))
        self.outbox_btn = QPushButton(_t("发件箱"), self)
        self.wecom_btn = QPushButton(_t("企业微信…"), self)
        self.wecom_btn.setToolTip(_t("逐条复制选中会员的短信,在企业微信里发送后记入联系记录"))
        for b in (self.sms_btn, self.outbox_btn, self.wecom_btn):
            row2.addWidget(b)
        row2.addStretch(1)
        self.sms_btn.clicked.connect(lambda: self.send_sms())
        self.outbox_btn.clicked.connect(lambda: self.open_outbox())
        self.wecom_btn.clicked.connect(lambda: self.wecom_assist())
        lay.addLayout(row2)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self._update_buttons()

        self.title.setText(_t("正在计算今日提醒…"))
        after_paint = getattr(window, "after_first_paint", None)  # issue 14: the counter paints first
        if callable(after_paint):
            after_paint(self.refresh, settle=True)  # the scan's worker runs Python: after the first events
        else:
            self.refresh()

    # --- clerk filter
    def _fill_clerks(self) -> None:
        from vipdesk.model.members.staff import list_staff

        self.clerk.blockSignals(True)
        keep = self.clerk.currentData()
        self.clerk.clear()
        try:
            for s in list_staff():
                self.clerk.addItem(s.name, s.id)
        except Exception:  # noqa: BLE001 - no database yet (first start)
            log.exception("staff list")
        last = keep
        if last is None:
            getter = getattr(self.window_, "last_clerk", None)
            last = getter() if callable(getter) else None
        i = self.clerk.findData(last) if last is not None else -1
        self.clerk.setCurrentIndex(max(i, 0))
        self.clerk.blockSignals(False)

    def clerk_filter(self) -> int | None:
        return self.clerk.currentData() if self.only_mine.isChecked() else None

    def _filter_changed(self, *_: object) -> None:
        self.refresh()

    # --- loading
    def refresh(self) -> None:
        """Recompute today's tasks in the background.

        The main window calls this after every write; while one computation
        runs, further calls only mark the list stale and one more run follows,
        so a busy counter never queues a pile of scans.
        """
        if self._running:
            self._pending = True
            return
        self._running = True
        self._pending = False
        self.day = dt.date.today()
        self._generation += 1
        generation = self._generation
        clerk_id = self.clerk_filter()
        day = self.day

        def work(progress: Any, cancelled: Any) -> list[engine.Task]:
            from vipdesk.model.care import engine

            return engine.due_tasks(day, 1, clerk_id)

        def finish() -> None:
            self._running = False
            if self._pending:
                self.refresh()

        def done(tasks: list[engine.Task]) -> None:
            if generation == self._generation:
                self.set_tasks(tasks)
            finish()

        def failed(exc: BaseException) -> None:
            log.error("reminders failed", exc_info=exc)
            self.title.setText(_t("提醒加载失败:") + str(exc))
            finish()

        try:
            from vipdesk.ui.common.tasks import run_task
        except ImportError:  # pragma: no cover
            done(work(None, None))
            return
        run_task(self, _t("计算今日提醒"), work, done, failed, show_progress=False)

    def set_tasks(self, tasks: list[engine.Task]) -> None:
        self.tasks = tasks
        self.tree.clear()
        groups: dict[str, list[engine.Task]] = {}
        for t in tasks:
            groups.setdefault(HELD if t.held_reason else t.kind, []).append(t)
        order = sorted((k for k in groups if k != HELD), key=lambda k: KINDS[k].priority)
        if HELD in groups:
            order.append(HELD)
        red = QBrush(QColor("#c0392b"))
        grey = QBrush(QColor("#888888"))
        for key in order:
            items = groups[key]
            label = _t("暂缓(防打扰)") if key == HELD else items[0].kind_label
            overdue = sum(1 for t in items if t.overdue)
            text = f"{label} ({len(items)})" + (_t(",逾期 {n}").format(n=overdue) if overdue else "")
            top = QTreeWidgetItem(self.tree, [text])
            top.setData(0, GROUP_ROLE, key)
            f = top.font(0)
            f.setBold(True)
            top.setFont(0, f)
            for t in items[:SHOW_PER_GROUP]:
                reason = (_t("【逾期】") if t.overdue else "") + (t.held_reason if key == HELD else t.reason)
                child = QTreeWidgetItem(top, [t.name, mask_phone(t.phone), reason])
                child.setData(0, TASK_ROLE, t)
                child.setToolTip(2, t.reason + (("\n" + t.held_reason) if t.held_reason else ""))
                if t.overdue:
                    child.setForeground(2, red)
                if key == HELD:
                    for c in range(3):
                        child.setForeground(c, grey)
            if len(items) > SHOW_PER_GROUP:
                QTreeWidgetItem(top, [_t("……还有 {n} 位,请用“导出本组”群发").format(n=len(items) - SHOW_PER_GROUP)])
            top.setExpanded(len(items) <= 30)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        n_open = sum(1 for t in tasks if not t.held_reason)
        self.title.setText(_t("今日提醒 {date}:{n} 项").format(date=format_month_day(self.day.month, self.day.day), n=n_open))
        self._show_current()

    # --- selection
    def current_task(self) -> engine.Task | None:
        item = self.tree.currentItem()
        return item.data(0, TASK_ROLE) if item is not None else None

    def current_group(self) -> str | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        while item.parent() is not None:
            item = item.parent()
        return item.data(0, GROUP_ROLE)

    def group_tasks(self, key: str) -> list[engine.Task]:
        if key == HELD:
            return [t for t in self.tasks if t.held_reason]
        return [t for t in self.tasks if t.kind == key and not t.held_reason]

    def select_task(self, task: engine.Task) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, TASK_ROLE) is task:
                    self.tree.setCurrentItem(top.child(j))
                    return

    def _show_current(self, *_: object) -> None:
        t = self.current_task()
        if t is None:
            key = self.current_group()
            self.detail.setPlainText(_t("选择一条提醒查看要说的话。") if key is None else
                                     _t("共 {n} 位。选中一位查看短信,或“导出本组”群发。").format(
                                         n=len(self.group_tasks(key))))
        else:
            lines = [f"{t.kind_label}({t.channel_label})— {t.name} {format_phone(t.phone)}", t.reason]
            if t.window:
                lines.append(_t("建议发送时段:") + t.window)
            if t.held_reason:
                lines.append(_t("暂缓原因:") + t.held_reason)
            lines.append("")
            lines.append(t.text)
            self.detail.setPlainText("\n".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        t = self.current_task()
        for b in (self.copy_btn, self.call_btn, self.done_btn, self.skip_btn):
            b.setEnabled(t is not None)
        self.export_btn.setEnabled(self.current_group() is not None)

    def _open_member(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        t = item.data(0, TASK_ROLE)
        opener = getattr(self.window_, "open_member", None)
        if t is not None and callable(opener):
            opener(t.member_id)

    # --- actions
    def copy_text(self) -> None:
        t = self.current_task()
        if t is not None:
            from vipdesk.model.care import sending

            QGuiApplication.clipboard().setText(sending.clipboard_text(t))
            self._status(_t("短信内容已复制"))

    def show_number(self) -> None:
        t = self.current_task()
        if t is None:
            return
        QGuiApplication.clipboard().setText(t.phone)
        dialogs.info(self, _t("{name}:{phone}\n(号码已复制)").format(name=t.name, phone=format_phone(t.phone)),
                     _t("拨打电话"))

    def _clerk_for(self, t: engine.Task) -> int | None:
        if self.only_mine.isChecked() and self.clerk.currentData() is not None:
            return self.clerk.currentData()
        getter = getattr(self.window_, "last_clerk", None)
        clerk = getter() if callable(getter) else None
        return clerk if clerk is not None else t.clerk_id

    def mark_done(self, task: engine.Task | None = None) -> bool:
        """Ask the outcome, write the contact log; True when written."""
        t = task or self.current_task()
        if t is None:
            return False
        dlg = DoneDialog(self, t)
        if not dialogs.exec_dialog(dlg):
            return False
        v = dlg.values()
        from vipdesk.model.care import engine

        try:
            engine.complete(t, outcome=v["outcome"], clerk_id=self._clerk_for(t), channel=v["channel"],
                            note=v["note"], satisfaction=v["satisfaction"], lapse_reason=v["lapse_reason"])
        except Exception as exc:  # noqa: BLE001 - shown to the clerk
            dialogs.show_error(self, exc)
            return False
        self._after_write()
        return True

    def skip(self, task: engine.Task | None = None) -> bool:
        t = task or self.current_task()
        if t is None:
            return False
        dlg = SkipDialog(self, t)
        if not dialogs.exec_dialog(dlg):
            return False
        from vipdesk.model.care import engine

        try:
            engine.skip(t, untr(dlg.reason.currentText(), SkipDialog.REASONS), clerk_id=self._clerk_for(t))
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return False
        self._after_write()
        return True

    def export_group(self, key: str | None = None, path: str | None = None) -> int:
        key = key or self.current_group()
        if key is None:
            return 0
        tasks = self.group_tasks(key)
        # The batch file carries full numbers (an SMS tool needs them): an owner export.
        if not require_owner(self, _t("导出群发名单(含完整手机号)"), "full_phones"):
            return 0
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, _t("导出群发名单"), f"群发-{self.day:%Y%m%d}.xlsx",
                                                  _t("Excel 文件 (*.xlsx);;CSV 文件 (*.csv)"))
            if not path:
                return 0
        try:
            from vipdesk.model.care import sending

            n = sending.export_batch(tasks, path, include_held=(key == HELD))
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return 0
        self._status(_t("已导出 {n} 条").format(n=n))
        return n

    # --- SMS (issue 16)
    def selected_tasks(self) -> list[engine.Task]:
        """The selected reminders; a selected group counts as all of its members."""
        out: list[engine.Task] = []
        seen: set[int] = set()
        for item in self.tree.selectedItems() or ([self.tree.currentItem()] if self.tree.currentItem() else []):
            t = item.data(0, TASK_ROLE)
            group = [t] if t is not None else self.group_tasks(item.data(0, GROUP_ROLE))
            for x in group:
                if id(x) not in seen and x.status == "open":
                    seen.add(id(x))
                    out.append(x)
        return out

    def send_sms(self) -> bool:
        from vipdesk.ui.messaging.send_dialog import send_sms

        return send_sms(self, self.selected_tasks(), on_finished=self._after_write)

    def open_outbox(self) -> None:
        from vipdesk.ui.messaging.outbox_view import OutboxDialog

        dialogs.exec_dialog(OutboxDialog(self))
        self._after_write()

    def wecom_assist(self) -> None:
        from vipdesk.ui.messaging.wecom import WeComAssistDialog

        chosen = self.selected_tasks()
        if not chosen:
            dialogs.info(self, _t("请先选择提醒(或选中一组)。"))
            return
        dialogs.exec_dialog(WeComAssistDialog(self, chosen, self.clerk_filter()))
        self._after_write()

    def _after_write(self) -> None:
        changed = getattr(self.window_, "data_changed", None)
        if changed is not None and hasattr(changed, "emit"):
            changed.emit()  # the main window refreshes every pane, this one included
        else:
            self.refresh()

    def _status(self, text: str) -> None:
        bar = getattr(self.window_, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 4000)
