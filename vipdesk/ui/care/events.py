"""Events (C14): create an event, invite members (tier / clerk / everyone), record replies and attendance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.care import events
from vipdesk.text import tr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box


def _t(text: str) -> str:
    return QCoreApplication.translate("CareEvents", text)


class EventEditDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("新建活动"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(_t("如:秋季VIP专场、年终答谢会"))
        start = QDateTime.currentDateTime().addDays(7)
        start.setTime(QTime(14, 0))
        self.starts = QDateTimeEdit(start, self)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.setCalendarPopup(True)
        self.place = QLineEdit(self)
        self.note = QLineEdit(self)
        form.addRow(_t("活动名称"), self.name)
        form.addRow(_t("时间"), self.starts)
        form.addRow(_t("地点"), self.place)
        form.addRow(_t("说明"), self.note)
        buttons = button_box(self, Std.Ok | Std.Cancel)
        form.addRow(buttons)

    def starts_at(self) -> dt.datetime:
        return self.starts.dateTime().toPython().replace(second=0, microsecond=0)


class SegmentCombo(QComboBox):
    """(不按分群) or one of the named segments (RFM, pyramid, tags…); data = the segment key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(_t("(不按分群)"), "")
        try:
            from vipdesk.model.segmentation import SEGMENTS
        except ImportError:  # pragma: no cover - segmentation not installed
            return
        for d in SEGMENTS:
            self.addItem(f"{tr(d.group)} · {tr(d.label)}", d.key)

    def segment(self) -> str:
        return self.currentData() or ""


class InviteDialog(QDialog):
    """Whom to invite: everyone, one tier, or one clerk's members (segments plug in later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("邀请会员"))
        form = QFormLayout(self)
        self.tier = QComboBox(self)
        self.tier.addItem(_t("(全部等级)"), "")
        try:
            from vipdesk.model.loyalty.tiers import tier_display, tiers

            for t in tiers():
                self.tier.addItem(tier_display(t.name), t.name)
        except Exception:  # noqa: BLE001 - tiers are optional here
            pass
        from vipdesk.ui.common.widgets import StaffCombo

        self.clerk = StaffCombo(self)
        self.segment = SegmentCombo(self)
        self.count = QLabel(self)
        form.addRow(_t("会员等级"), self.tier)
        form.addRow(_t("专属导购"), self.clerk)
        form.addRow(_t("会员分群"), self.segment)
        form.addRow(_t("人数"), self.count)
        self.tier.currentIndexChanged.connect(self._count)
        self.clerk.currentIndexChanged.connect(self._count)
        self.segment.currentIndexChanged.connect(self._count)
        buttons = button_box(self, Std.Ok | Std.Cancel)
        form.addRow(buttons)
        self._count()

    def member_ids(self) -> list[int]:
        return events.segment_ids(tier=self.tier.currentData(), clerk_id=self.clerk.clerk_id(),
                                  segment=self.segment.segment())

    def _count(self, *_: object) -> None:
        self.count.setText(_t("{n} 位会员").format(n=len(self.member_ids())))


class EventsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("会员活动"))
        self.resize(900, 560)
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([_t("活动"), _t("时间"), _t("地点"), _t("邀请/参加/到场")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_btn = QPushButton(_t("新建活动…"), self)
        self.invite_btn = QPushButton(_t("邀请会员…"), self)
        self.cancel_btn = QPushButton(_t("取消活动"), self)
        for b in (self.new_btn, self.invite_btn, self.cancel_btn):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(QLabel(_t("受邀会员(回复与到场随时记录):"), self))
        self.invites = QTableWidget(0, 3, self)
        self.invites.setHorizontalHeaderLabels([_t("会员"), _t("回复"), _t("到场")])
        self.invites.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.invites, 1)
        self.new_btn.clicked.connect(lambda: self.new_event())
        self.invite_btn.clicked.connect(lambda: self.invite())
        self.cancel_btn.clicked.connect(self.cancel_event)
        self.table.itemSelectionChanged.connect(self.load_invites)
        self.invites.itemChanged.connect(self._attendance_changed)
        self.reload()

    def reload(self) -> None:
        self._events = events.list_events()
        self.table.setRowCount(len(self._events))
        for r, ev in enumerate(self._events):
            s = events.summary(ev.id)
            name = ev.name + (_t("(已取消)") if ev.cancelled else "")
            for c, text in enumerate([name, f"{ev.starts_at:%Y-%m-%d %H:%M}", ev.place,
                                      f"{s.invited} / {s.yes} / {s.attended}"]):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self._events and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.load_invites()

    def current_event_id(self) -> int | None:
        r = self.table.currentRow()
        return self._events[r].id if 0 <= r < len(self._events) else None

    def new_event(self) -> int | None:
        dlg = EventEditDialog(self)
        if not dialogs.exec_dialog(dlg):
            return None
        try:
            ev = events.create_event(dlg.name.text(), dlg.starts_at(), place=dlg.place.text(), note=dlg.note.text())
        except Exception as exc:  # noqa: BLE001
            dialogs.show_error(self, exc)
            return None
        self.reload()
        self.table.selectRow(next(i for i, e in enumerate(self._events) if e.id == ev.id))
        return ev.id

    def invite(self) -> int:
        ev = self.current_event_id()
        if ev is None:
            return 0
        dlg = InviteDialog(self)
        if not dialogs.exec_dialog(dlg):
            return 0
        n = events.invite(ev, dlg.member_ids())
        self.reload()
        dialogs.info(self, _t("新邀请了 {n} 位会员。活动前 3 天会出现在提醒里。").format(n=n))
        return n

    def cancel_event(self) -> None:
        ev = self.current_event_id()
        if ev is not None and dialogs.ask(self, _t("取消这个活动?已邀请的会员不会再收到通知。")):
            events.update_event(ev, cancelled=True)
            self.reload()

    def load_invites(self) -> None:
        ev = self.current_event_id()
        rows = events.invites(ev) if ev is not None else []
        self.invites.blockSignals(True)
        self.invites.setRowCount(len(rows))
        for r, inv in enumerate(rows):
            name = QTableWidgetItem(inv.member.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, inv.member_id)
            self.invites.setItem(r, 0, name)
            combo = QComboBox(self.invites)
            for key, label in events.REPLIES.items():
                combo.addItem(_t(label), key)
            combo.setCurrentIndex(combo.findData(inv.reply))
            combo.currentIndexChanged.connect(
                lambda _i, m=inv.member_id, c=combo: self._reply_changed(m, c.currentData()))
            self.invites.setCellWidget(r, 1, combo)
            att = QTableWidgetItem(_t("到场"))
            att.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            att.setCheckState(Qt.CheckState.Checked if inv.attended else Qt.CheckState.Unchecked)
            self.invites.setItem(r, 2, att)
        self.invites.blockSignals(False)

    def _reply_changed(self, member_id: int, reply: str) -> None:
        ev = self.current_event_id()
        if ev is not None:
            events.set_reply(ev, member_id, reply)

    def _attendance_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        ev = self.current_event_id()
        member_id = self.invites.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if ev is not None:
            events.set_attended(ev, member_id, item.checkState() == Qt.CheckState.Checked)
