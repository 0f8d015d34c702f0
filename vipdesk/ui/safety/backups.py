"""Backups dialog (数据 → 备份与恢复) and the 30-minute automatic backup.

List: date, reason, size, member count.  Actions: back up now; restore (owner
PIN; the current database is saved as a pre-restore backup first); copy to a
USB stick / new PC (shows the date and member count written); open a copy on
the new PC.  Backup, restore and copy run through ``tasks.run_task``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import format_datetime
from vipdesk.model.privacy import audit
from vipdesk.model.safety import backup as bk
from vipdesk.model.safety import salvage
from vipdesk.model.store.db import close_database, database_path, open_database
from vipdesk.text import tr_noop
from vipdesk.ui.common import dialogs, tasks
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.privacy.pin import require_owner


def _t(text: str) -> str:
    return QCoreApplication.translate("safety_backups", text)


def size_text(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def _members_text(n: int | None) -> str:
    return _t("未知") if n is None else _t("{n} 人").format(n=n)


def current_paths() -> tuple[Path, Path]:
    path = database_path()
    if path is None:
        raise RuntimeError("no database open")
    return path, bk.backup_dir_for(path)


def _reopen(path: Path) -> None:
    open_database(path)


def run_restore(parent: QWidget | None, window: Any, work, done_text, *, detail: str) -> None:
    """Close our connection, run *work()* (a restore) in the background, reopen, log and refresh.

    *work* returns a ``RestoreResult`` (or ``(info, RestoreResult)``); *done_text(result)* is the message."""
    path, _ = current_paths()
    close_database()

    def fn(progress, cancelled):
        progress(0, 0, _t("正在恢复…"))
        return work()

    def on_done(result) -> None:
        _reopen(path)
        res = result[1] if isinstance(result, tuple) else result
        audit.log(audit.RESTORE, count=res.member_count or 0, file=res.restored_from, detail=detail)
        if window is not None and hasattr(window, "data_changed"):
            window.data_changed.emit()
        text = done_text(result)
        if getattr(res, "salvage", None) is not None:
            text += "\n\n" + res.salvage.summary()  # issue 13: what was carried over or could not be
        if getattr(res, "salvage_error", None):
            text += "\n\n" + res.salvage_error
        dialogs.info(parent, text, _t("恢复完成"))

    def on_error(exc: BaseException) -> None:
        _reopen(path)
        dialogs.show_error(parent, exc, _t("恢复没有完成"))

    tasks.run_task(parent, _t("正在恢复…"), fn, on_done, on_error)


class BackupsDialog(QDialog):
    """The list of backups with 立即备份 / 恢复 / 复制到U盘 / 打开副本."""

    HEADERS = tr_noop(("时间", "原因", "大小", "会员数"))

    def __init__(self, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.db_path, self.backup_dir = current_paths()
        self.setWindowTitle(self.tr("备份与恢复"))
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        where = QLabel(self.tr("备份文件夹:{path}").format(path=self.backup_dir), self)
        where.setWordWrap(True)
        where.setStyleSheet("color: #777;")
        hint = QLabel(self.tr("会员管家启动时和每 30 分钟(上次备份后有修改时)以及导入、合并、批量注销、恢复之前都会自动备份。"
                              "建议每周“复制到U盘”一次,放在店外保存。"), self)
        hint.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"), self)
        self.copy_button = QPushButton(self.tr("复制到U盘/新电脑…"), self)
        self.open_copy_button = QPushButton(self.tr("打开副本(搬到新电脑)…"), self)
        close = button_box(self, Std.Close)
        self.backup_button.clicked.connect(lambda: self.backup_now())
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.copy_button.clicked.connect(lambda: self.copy_to_folder())
        self.open_copy_button.clicked.connect(lambda: self.open_copy())
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.copy_button, self.open_copy_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.table, 1)
        lay.addWidget(where)
        lay.addLayout(buttons)
        self.backups: list[bk.BackupInfo] = []
        self.reload()
        self.resize(680, 420)

    def reload(self) -> None:
        self.backups = bk.list_backups(self.backup_dir)
        self.table.setRowCount(len(self.backups))
        for r, b in enumerate(self.backups):
            for c, text in enumerate((format_datetime(b.created), b.reason_text, size_text(b.size),
                                      _members_text(b.member_count))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self.backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def selected(self) -> bk.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]

    # --- actions
    def backup_now(self) -> None:
        db_path, dest = self.db_path, self.backup_dir

        def fn(progress, cancelled):
            progress(0, 0, _t("正在备份…"))
            return bk.backup_now(db_path, dest, "manual")

        def done(info: bk.BackupInfo) -> None:
            self.reload()
            dialogs.info(self, _t("已备份:{when},会员 {n},{size}").format(
                when=format_datetime(info.created), n=_members_text(info.member_count), size=size_text(info.size)))

        tasks.run_task(self, _t("正在备份…"), fn, done)

    def restore_selected(self, info: bk.BackupInfo | None = None) -> bool:
        info = info or self.selected()
        if info is None:
            dialogs.info(self, _t("请先在列表中选择一个备份。"))
            return False
        if not require_owner(self, _t("恢复备份"), "restore"):
            return False
        later_work = self.ask_later_work(info.path, _t("用 {when} 的备份(会员 {n})替换现在的数据?\n"
                                                       "现在的数据会先另存为“恢复前”备份,可以随时再恢复回来。").format(
            when=format_datetime(info.created), n=_members_text(info.member_count)))
        if later_work is None:
            return False
        db_path, dest = self.db_path, self.backup_dir
        run_restore(self, self.window_, lambda: bk.restore(info.path, db_path, dest, later_work=later_work),
                    lambda r: _t("已恢复到 {when} 的备份,会员 {n}。\n恢复前的数据已另存为:{pre}").format(
                        when=format_datetime(info.created), n=_members_text(r.member_count),
                        pre=r.pre_restore or "-"),
                    detail=_t("从备份恢复:{when}").format(when=format_datetime(info.created)))
        self.reload()
        return True

    def ask_later_work(self, source: Path, question: str) -> str | None:
        """Issue 13: before replacing a healthy file, say what it has beyond *source*
        and let the owner choose; "carry" / "drop" (into the salvage report) / None = cancel."""
        try:
            later = salvage.find_later(Path(self.db_path), Path(source)) if Path(self.db_path).is_file() else {}
        except Exception:  # noqa: BLE001 - an unreadable current file takes the damaged path
            later = {}
        if not any(later.values()):
            return "carry" if dialogs.ask(self, question) else None
        text = question + "\n\n" + _t("注意:现在的数据比它多出 {what}(备份之后新增)。").format(
            what=salvage.later_summary(later))
        choice = dialogs.choose(self, text, [_t("恢复并补回这些数据(推荐)"), _t("恢复,不补回(全部写入抢救报告)"),
                                             _t("取消")], _t("恢复备份"))
        return {0: "carry", 1: "drop"}.get(choice)

    def copy_to_folder(self, folder: str | Path | None = None) -> None:
        # The whole member book, full numbers included, leaves the PC: an owner export.
        if not require_owner(self, _t("复制全部数据到U盘"), "copy_data"):
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, _t("选择U盘或文件夹"))
            if not folder:
                return
        db_path = self.db_path

        def fn(progress, cancelled):
            progress(0, 0, _t("正在复制…"))
            return bk.copy_to_folder(folder, db_path)

        def done(info: bk.CopyInfo) -> None:
            audit.log(audit.EXPORT, count=info.member_count or 0, file=info.folder,
                      detail=_t("复制到U盘/新电脑"))
            dialogs.info(self, _t("已写入并校验:{folder}\n日期 {when},会员 {n}。\n"
                                  "在新电脑上安装会员管家后,用“数据 → 打开副本”选择这个文件夹。").format(
                folder=info.folder, when=format_datetime(info.created), n=_members_text(info.member_count)),
                _t("复制完成"))

        tasks.run_task(self, _t("正在复制…"), fn, done)

    def open_copy(self, folder: str | Path | None = None) -> bool:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, _t("选择副本所在的文件夹(U盘)"))
            if not folder:
                return False
        try:
            copies = [bk.read_copy(folder)] if (Path(folder) / bk.MANIFEST_NAME).is_file() else bk.find_copies(folder)
        except bk.BackupError as exc:
            dialogs.show_error(self, exc)
            return False
        if not copies:
            dialogs.show_error(self, _t("这个文件夹里没有有效的会员管家副本:{path}").format(path=folder))
            return False
        info = copies[0]
        if not require_owner(self, _t("打开副本会替换现在的数据。"), "restore"):
            return False
        later_work = self.ask_later_work(info.db_file, _t("打开 {when} 的副本(会员 {n})?\n现在的数据会先另存为“恢复前”备份。")
                                         .format(when=format_datetime(info.created),
                                                 n=_members_text(info.member_count)))
        if later_work is None:
            return False
        db_path, dest = self.db_path, self.backup_dir
        run_restore(self, self.window_, lambda: bk.open_copy(info.folder, db_path, dest, later_work=later_work),
                    lambda r: _t("已打开副本:{when},会员 {n}。").format(
                        when=format_datetime(info.created), n=_members_text(r[1].member_count)),
                    detail=_t("打开副本:{folder}").format(folder=info.folder))
        self.reload()
        return True


class AutoBackup(QObject):
    """Every 30 minutes, a backup if something changed since the last one (``auto_backup_due``)."""

    def __init__(self, window: Any, interval_ms: int = int(bk.AUTO_INTERVAL.total_seconds() * 1000)) -> None:
        super().__init__(window)
        self.window_ = window
        self.changed = False
        self.running = False
        self.last: dt.datetime | None = None
        path = database_path()
        if path is not None:
            newest = bk.list_backups(bk.backup_dir_for(path), with_counts=False)
            self.last = newest[0].created if newest else None
        if hasattr(window, "data_changed"):
            window.data_changed.connect(self.mark_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.tick())
        self.timer.start()

    def mark_changed(self) -> None:
        self.changed = True

    def _files_changed(self) -> bool:
        """A write from any connection (a worker thread too) touches the file or its -wal."""
        path = database_path()
        if path is None or self.last is None:
            return True
        stamp = self.last.timestamp()
        for p in (path, path.with_name(path.name + "-wal")):
            try:
                if p.stat().st_mtime > stamp:
                    return True
            except OSError:
                continue
        return False

    def tick(self, now: dt.datetime | None = None) -> bool:
        """Back up if due; returns True when a backup was started."""
        now = now or dt.datetime.now()
        path = database_path()
        if path is None or self.running:
            return False
        from vipdesk.ui.safety import startup as safety_startup

        state = safety_startup.current()
        if state is not None and state.read_only:
            return False
        changed = self.changed or self._files_changed()
        if not bk.auto_backup_due(self.last, now, changed):
            return False
        dest = bk.backup_dir_for(path)
        self.running = True

        def fn(progress, cancelled):
            info = bk.backup_now(path, dest, "auto", now=now)
            bk.thin_backups(dest, now.date())
            return info

        def done(info: bk.BackupInfo) -> None:
            self.running = False
            self.last = info.created
            self.changed = False

        def failed(exc: BaseException) -> None:
            self.running = False
            if hasattr(self.window_, "statusBar"):
                self.window_.statusBar().showMessage(_t("自动备份没有完成:{e}").format(e=exc), 15000)

        tasks.run_task(None, _t("自动备份"), fn, done, failed, show_progress=False)
        return True
