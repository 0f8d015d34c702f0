"""Privacy actions in the GUI: consent for the member on screen, her data export, anonymisation,
the retention list, the audit-log viewer and the privacy settings.

All writes go through ``vipdesk.model.privacy``; owner-only actions call
``require_owner`` first.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import format_date, format_datetime
from vipdesk.model.errors import VipdeskError
from vipdesk.model.members import detail as member_detail
from vipdesk.model.privacy import anonymise, audit, consent
from vipdesk.model.store import settings
from vipdesk.ui.common import dialogs, tasks
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.common.unsaved import UnsavedGuard
from vipdesk.ui.privacy.pin import require_owner


def _t(text: str) -> str:
    return QCoreApplication.translate("privacy_actions", text)


def _clerk(window: Any) -> str:
    """Name of the clerk last chosen at the counter (for the consent and audit records)."""
    clerk_id = window.last_clerk() if hasattr(window, "last_clerk") else None
    if not clerk_id:
        return ""
    from vipdesk.model.members.staff import staff_name

    return staff_name(clerk_id)


def _changed(window: Any) -> None:
    if window is not None and hasattr(window, "data_changed"):
        window.data_changed.emit()


def _need_member(window: Any) -> int | None:
    mid = window.current_member_id() if hasattr(window, "current_member_id") else None
    if not mid:
        dialogs.info(window, _t("请先打开一位会员。"))
        return None
    return int(mid)


# --- consent

def withdraw_marketing(window: Any, member_id: int | None = None) -> bool:
    """撤回营销同意: one click, logged."""
    mid = member_id or _need_member(window)
    if mid is None:
        return False
    try:
        consent.withdraw_marketing(mid, clerk=_clerk(window))
    except VipdeskError as exc:
        dialogs.show_error(window, exc)
        return False
    _changed(window)
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(_t("已撤回 {name} 的营销同意,今后不再给她发营销信息。").format(
            name=member_detail.member_name(mid)), 8000)
    return True


def grant_marketing(window: Any, member_id: int | None = None) -> bool:
    mid = member_id or _need_member(window)
    if mid is None:
        return False
    if not dialogs.ask(window, _t("{name} 同意接收活动、促销等营销信息吗?(请当面确认)").format(
            name=member_detail.member_name(mid))):
        return False
    consent.record_marketing_consent(mid, True, clerk=_clerk(window))
    _changed(window)
    return True


def record_marketing_choice(member_id: int, agreed: bool, clerk: str = "") -> None:
    """For the enrol dialog: her yes/no to marketing messages."""
    consent.record_marketing_consent(member_id, agreed, clerk=clerk)


def guardian_warning(birth_year: int | None, birth_month: int | None = None, birth_day: int | None = None,
                     lunar: bool = False) -> str:
    """The enrol dialog's warning text for a member under 14 ("" when none is needed)."""
    if consent.is_under_guardian_age(birth_year, birth_month, birth_day, lunar=lunar):
        return _t("未满14岁:须征得监护人同意,入会后请记录监护人姓名(会员 → 隐私 → 记录监护人同意)。")
    return ""


class GuardianDialog(QDialog):
    """Record a guardian's name and consent for a member under 14."""

    def __init__(self, member_id: int, parent: QWidget | None = None, clerk: str = "") -> None:
        super().__init__(parent)
        self.member_id = member_id
        self.clerk = clerk
        self.setWindowTitle(self.tr("记录监护人同意"))
        intro = QLabel(self.tr("{name} 未满14岁,她的个人信息须经监护人同意才能登记。").format(
            name=member_detail.member_name(member_id)), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("监护人姓名"))
        form = QFormLayout()
        form.addRow(self.tr("监护人姓名"), self.name)
        box = button_box(self, Std.Ok | Std.Cancel, texts={Std.Ok: self.tr("监护人已同意")}, on_accept=self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(box)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addLayout(buttons)

    def submit(self) -> bool:
        try:
            consent.record_guardian_consent(self.member_id, self.name.text(), clerk=self.clerk)
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.accept()
        return True


def record_guardian(window: Any, member_id: int | None = None) -> bool:
    mid = member_id or _need_member(window)
    if mid is None:
        return False
    ok = dialogs.exec_dialog(GuardianDialog(mid, window, _clerk(window)))
    if ok:
        _changed(window)
    return ok


def consent_text(member_id: int) -> str:
    st = consent.state(member_id)
    lines = [
        _t("入会同意:{v}").format(v=_t("已同意({when},告知书 {ver})").format(
            when=format_datetime(st.membership.at), ver=st.membership.notice_version) if st.membership else _t("无记录")),
        _t("接收营销信息:{v}").format(v=_t("同意") if st.marketing_allowed else _t("不同意 / 未记录")),
    ]
    if consent.needs_guardian(member_id):
        lines.append(_t("监护人:{v}").format(v=st.guardian_name or _t("未记录(未满14岁,须补录)")))
    lines.append("")
    lines.append(_t("历史记录:"))
    for e in consent.history(member_id):
        lines.append(f"{format_datetime(e.at)}  {consent.kind_label(e.kind)}  "
                     f"{_t('同意') if e.granted else _t('不同意/撤回')}  {e.clerk}")
    return "\n".join(lines)


def show_consent(window: Any, member_id: int | None = None) -> None:
    mid = member_id or _need_member(window)
    if mid is not None:
        dialogs.info(window, consent_text(mid), _t("同意记录 — {name}").format(name=member_detail.member_name(mid)))


# --- access request, anonymisation

def export_member(window: Any, member_id: int | None = None, path: str | Path | None = None) -> None:
    """导出该会员数据 (her access request): .xlsx or .json, full data, audit-logged."""
    mid = member_id or _need_member(window)
    if mid is None:
        return
    # The file holds her full number and every field: an owner export (issue 7).
    if not require_owner(window, _t("导出会员个人数据(含完整手机号)"), "full_phones"):
        return
    if path is None:
        name, _ = QFileDialog.getSaveFileName(window, _t("导出该会员数据"), f"member-{mid}.xlsx",
                                              _t("Excel 文件 (*.xlsx);;JSON 文件 (*.json)"))
        if not name:
            return
        path = name
    target = Path(path)
    clerk = _clerk(window)

    def fn(progress, cancelled):
        return anonymise.export_member_data(mid, target, clerk=clerk)

    def done(p: Path) -> None:
        dialogs.info(window, _t("已导出到:{path}\n文件含完整个人信息,请交给会员本人后删除。").format(path=p))

    tasks.run_task(window, _t("正在导出…"), fn, done)


def anonymise_member(window: Any, member_id: int | None = None) -> bool:
    """注销(匿名化)会员: PIN, confirm, then anonymise; sales and points stay for the reports."""
    mid = member_id or _need_member(window)
    if mid is None:
        return False
    name = member_detail.member_name(mid)
    if not require_owner(window, _t("注销会员"), "delete"):
        return False
    if not dialogs.ask(window, _t("注销会员 {name}?\n她的姓名、手机号、生日、地址、档案和备注将被永久清除,无法恢复;"
                                  "消费和积分记录保留(报表不变)。").format(name=name), _t("注销(匿名化)会员")):
        return False
    try:
        anonymise.anonymise_member(mid, clerk=_clerk(window))
    except VipdeskError as exc:
        dialogs.show_error(window, exc)
        return False
    if hasattr(window, "open_member"):
        window.open_member(None)
    _changed(window)
    dialogs.info(window, _t("已注销,会员记录已匿名化。"))
    return True


class RetentionDialog(QDialog):
    """待匿名化名单: members inactive beyond the retention period, with a bulk anonymise (PIN)."""

    def __init__(self, window: Any = None, today: dt.date | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.today = today
        self.setWindowTitle(self.tr("待匿名化名单"))
        months = int(settings.get(anonymise.RETENTION_MONTHS.key))
        intro = QLabel(self.tr("超过 {n} 个月没有消费、没有联系的会员。按《个人信息保护法》,不再需要的个人信息应当删除;"
                               "匿名化后消费记录仍保留在报表中。").format(n=months), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("编号"), self.tr("姓名"), self.tr("最近活动"), self.tr("入会日期")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        self.all_button = QPushButton(self.tr("全部匿名化…"), self)
        self.all_button.clicked.connect(lambda: self.anonymise_all())
        close = button_box(self, Std.Close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.all_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        self.rows: list[anonymise.RetentionRow] = []
        self.reload()
        self.resize(560, 420)

    def reload(self) -> None:
        self.rows = anonymise.due_for_anonymisation(self.today)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            last = format_date(row.last_activity) if row.last_activity != dt.date.min else "-"
            for c, text in enumerate((str(row.member_id), row.name, last, format_date(row.enrolled_on))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.count.setText(self.tr("共 {n} 位").format(n=len(self.rows)))
        self.all_button.setEnabled(bool(self.rows))

    def anonymise_all(self) -> bool:
        ids = [r.member_id for r in self.rows]
        if not ids:
            return False
        if not require_owner(self, self.tr("批量注销会员"), "delete"):
            return False
        if not dialogs.ask(self, self.tr("将 {n} 位会员的个人信息永久清除?\n会先自动备份;消费和积分记录保留。").format(
                n=len(ids))):
            return False
        clerk = _clerk(self.window_)

        def fn(progress, cancelled):
            progress(0, len(ids), _t("正在匿名化…"))
            return anonymise.anonymise_members(ids, clerk=clerk)

        def done(n: int) -> None:
            self.reload()
            _changed(self.window_)
            dialogs.info(self, _t("已匿名化 {n} 位会员。").format(n=n))

        tasks.run_task(self, self.tr("正在匿名化…"), fn, done)
        return True


class AuditDialog(QDialog):
    """审计日志: read-only list, filter by action and text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("审计日志"))
        self.action = QComboBox(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("搜索说明、文件或操作人"))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("操作"), self.tr("人数"), self.tr("说明"),
                                              self.tr("文件"), self.tr("操作人")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(self.tr("审计日志只能追加,不能修改或删除。"), self)
        note.setStyleSheet("color: #777;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("操作"), self))
        top.addWidget(self.action)
        top.addWidget(self.text, 1)
        close = button_box(self, Std.Close)
        bottom = QHBoxLayout()
        bottom.addWidget(note)
        bottom.addStretch(1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        self.action.addItem(self.tr("全部"), "")
        for a in audit.actions_in_use():
            self.action.addItem(audit.action_label(a), a)
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        self.text.textChanged.connect(lambda _t: self.reload())
        self.reload()
        self.resize(820, 460)

    def reload(self) -> None:
        rows = audit.entries(action=self.action.currentData() or None, text=self.text.text().strip())
        self.table.setRowCount(len(rows))
        for r, e in enumerate(rows):
            for c, text in enumerate((format_datetime(e.at), e.label, str(e.count), e.detail, e.file, e.clerk)):
                self.table.setItem(r, c, QTableWidgetItem(text))


class PrivacySettingsDialog(UnsavedGuard, QDialog):
    """隐私设置 (owner): notice version, retention period, whether care messages count as service."""

    def __init__(self, window: Any = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("隐私设置"))
        self.notice = QLineEdit(str(settings.get(consent.NOTICE_VERSION.key)), self)
        self.months = QSpinBox(self)
        self.months.setRange(0, 240)
        self.months.setSuffix(self.tr(" 个月"))
        self.months.setValue(int(settings.get(anonymise.RETENTION_MONTHS.key)))
        self.care = QCheckBox(self.tr("生日/节日问候、售后回访等关怀消息视为服务(不需要营销同意)"), self)
        self.care.setChecked(bool(settings.get(consent.CARE_IS_SERVICE.key)))
        form = QFormLayout()
        form.addRow(self.tr("隐私告知书版本"), self.notice)
        form.addRow(self.tr("资料保留期限"), self.months)
        form.addRow("", self.care)
        box = button_box(self, Std.Save | Std.Cancel, on_accept=self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(box)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(buttons)
        self.mark_clean()  # issue 17: leaving with edits asks 保存 / 不保存 / 取消

    def save_edits(self) -> bool:
        return self.submit()

    def submit(self) -> bool:
        from vipdesk.model.store.db import transaction

        values = {consent.NOTICE_VERSION.key: self.notice.text().strip() or "1",
                  anonymise.RETENTION_MONTHS.key: self.months.value(),
                  consent.CARE_IS_SERVICE.key: self.care.isChecked()}
        changed = {k: v for k, v in values.items() if settings.get(k) != v}
        with transaction():
            for k, v in changed.items():
                settings.put(k, v)
            if changed:
                audit.log(audit.SETTINGS, count=len(changed), clerk=_clerk(self.window_),
                          detail="; ".join(f"{k}={v}" for k, v in changed.items()))
        self.accept()
        return True


def privacy_settings(window: Any) -> bool:
    if not require_owner(window, _t("修改设置"), "settings"):
        return False
    return dialogs.exec_dialog(PrivacySettingsDialog(window))
