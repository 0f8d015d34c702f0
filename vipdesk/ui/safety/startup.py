"""Start-up of the GUI's database through the safety steps, and the damaged-database screen.

``start_database(path)`` runs ``prepare_database`` (location, single-instance
lock, read-only check, start backup) *before* anything opens the file:

- unsafe location / already running → the exception (Chinese message) goes
  up to ``run_gui``, which shows it and exits non-zero; the file is untouched;
- damaged → ``DamagedDialog``: shows what was found, writes nothing, offers
  the newest good backup (the damaged file was already kept aside);
- newer schema → opened read-only with a warning;
- otherwise opened (and migrated) normally.

The instance lock is kept until ``shutdown()`` at exit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import format_datetime
from vipdesk.model.errors import VipdeskError
from vipdesk.model.safety.backup import BackupError, RestoreResult, restore
from vipdesk.model.safety.integrity import Status
from vipdesk.model.safety.startup import Startup, prepare_database
from vipdesk.ui.common import dialogs

_current: Startup | None = None


def _t(text: str) -> str:
    return QCoreApplication.translate("safety_startup", text)


class DamagedDatabase(VipdeskError):
    """The database is damaged and the owner did not restore a backup: vipdesk does not open it."""


class DamagedDialog(QDialog):
    """What was found, where the damaged file was kept, and the newest good backup to restore.

    Nothing is written unless the owner presses 恢复; then ``restore`` saves
    nothing over the damaged file without keeping it aside first."""

    def __init__(self, state: Startup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.result_info: RestoreResult | None = None
        self.setWindowTitle(self.tr("数据库已损坏"))
        title = QLabel(self.tr("会员数据库文件损坏,会员管家没有打开它,也没有做任何修改。"), self)
        title.setStyleSheet("font-size: 15px; font-weight: bold; color: #b03a2e;")
        title.setWordWrap(True)
        found = QLabel(self.tr("检查结果:{message}").format(message=state.check.message), self)
        found.setWordWrap(True)
        detail = QLabel(self.tr("详细信息(供技术支持):{detail}").format(detail=state.check.detail or "-"), self)
        detail.setWordWrap(True)
        detail.setStyleSheet("color: #777;")
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = QLabel(self.tr("数据库文件:{path}").format(path=state.db_path), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        for w in (title, found, where):
            lay.addWidget(w)
        if state.damaged_copy is not None:
            kept = QLabel(self.tr("损坏的文件已另存为:{path}(不会被删除,可交给技术支持抢救)").format(
                path=state.damaged_copy), self)
            kept.setWordWrap(True)
            kept.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(kept)
        good = state.newest_good
        if good is not None:
            members = self.tr("未知") if good.member_count is None else str(good.member_count)
            self.offer = QLabel(self.tr("最近的完好备份:{when},会员 {n} 人({reason})\n{path}").format(
                when=format_datetime(good.created), n=members, reason=good.reason_text, path=good.path), self)
        else:
            self.offer = QLabel(self.tr("没有找到完好的备份。可以选择其他备份文件(例如U盘上的副本),"
                                        "或联系技术支持。请不要删除这个数据库文件。"), self)
        self.offer.setWordWrap(True)
        lay.addWidget(self.offer)
        lay.addWidget(detail)
        self.restore_button = QPushButton(self.tr("恢复这个备份"), self)
        self.restore_button.setEnabled(good is not None)
        self.restore_button.clicked.connect(lambda: self.restore_from(good.path) if good else None)
        self.other_button = QPushButton(self.tr("选择其他备份文件…"), self)
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self.choose_file)
        self.quit_button = QPushButton(self.tr("退出"), self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b03a2e;")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.restore_button, self.other_button, self.quit_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.resize(620, 360)

    def choose_file(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), str(self.state.backup_dir),
                                              self.tr("会员管家数据库 (*.db);;所有文件 (*)"))
        return self.restore_from(Path(name)) if name else False

    def restore_from(self, backup_file: Path) -> bool:
        """Restore *backup_file* over the damaged database (which was kept aside)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result_info = restore(backup_file, self.state.db_path, self.state.backup_dir)
        except (BackupError, OSError) as exc:
            self.error.setText(dialogs.error_text(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
        return True


def start_database(path: str | Path, *, backup_dir: str | Path | None = None, smoke: bool = False,
                   build_demo: Callable[[Path], object] | None = None, defer_check: bool = False) -> Startup:
    """The safety steps, then ``open_database``; raises (with a Chinese message) when it must not open."""
    global _current, _hooks_deferred
    from vipdesk.model.store.db import open_database

    path = Path(path)
    # UnsafeLocation / AlreadyRunning go up untouched.  The start backup runs in
    # after_start, off the GUI thread: a 100,000-member file takes seconds to copy and check.
    # defer_check (issue 14): the page check runs after paint (ui/safety/start_check.py).
    state = prepare_database(path, backup_dir, backup=False, defer_check=defer_check)
    try:
        if state.damaged:
            restored = False
            if not smoke:
                dlg = DamagedDialog(state)
                restored = dialogs.exec_dialog(dlg) and dlg.result_info is not None
            if not restored:
                kept = state.damaged_copy or path
                raise DamagedDatabase(_t("数据库已损坏,没有打开,也没有做任何修改:{message}\n损坏的文件已另存为 {kept}。"
                                         "可以重新启动会员管家恢复最近的备份,或联系技术支持。").format(
                    message=state.check.message, kept=kept))
            from vipdesk.model.privacy import audit

            open_database(path)
            audit.log(audit.RESTORE, count=dlg.result_info.member_count or 0, file=dlg.result_info.restored_from,
                      detail=_t("数据库损坏后从备份恢复"))
            salvage = getattr(dlg.result_info, "salvage", None)
            if salvage is not None:  # issue 13: shown by after_start once the window is up
                _pending_notes.append(salvage.summary())
        elif state.read_only:
            open_database(path, read_only=True)
            if not smoke:
                dialogs.info(None, state.check.message, _t("只读打开"))
        else:
            if build_demo is not None and state.check.status is Status.MISSING:
                build_demo(path)
            # defer_check: finishing a killed import (the open hooks, up to a minute at 100,000
            # members) also waits for the start-check worker (ui/safety/start_check.py).
            open_database(path, hooks=not defer_check)
            _hooks_deferred = defer_check
    except BaseException:
        state.lock.release()
        raise
    if _current is not None and _current is not state:
        _current.lock.release()
    _current = state
    return state


_pending_notes: list[str] = []
_hooks_deferred = False


def take_deferred_hooks() -> bool:
    """True once after ``start_database(defer_check=True)``: the caller now runs the open hooks."""
    global _hooks_deferred
    deferred, _hooks_deferred = _hooks_deferred, False
    return deferred


def current() -> Startup | None:
    return _current


def shutdown() -> None:
    """Release the instance lock at exit (the OS would too; tests start the GUI more than once)."""
    global _current, _hooks_deferred
    _hooks_deferred = False
    if _current is not None:
        _current.lock.release()
        _current = None


def after_start(window: QWidget) -> None:
    """Once the window shows: no owner PIN yet → offer to set it (can be postponed).
    Skipped for a read-only (newer-schema) file, where nothing may be written."""
    if _current is not None and _current.read_only:
        return
    while _pending_notes:  # what a restore at start carried over (or could not)
        dialogs.info(window, _pending_notes.pop(0), _t("恢复完成"))
    start_backup(window)
    from vipdesk.ui.access.feature import sign_in_at_start
    from vipdesk.ui.privacy.pin import first_run_pin

    first_run_pin(window)
    sign_in_at_start(window)  # issue 13: a shop with logins asks who is at the counter


def start_backup(window: QWidget) -> None:
    """The "start" backup and thinning on a worker; a failure is shown, data is untouched."""
    from vipdesk.model.safety.startup import take_start_backup

    state = _current
    global _backup_task
    if state is None or state.damaged or state.check_pending or state.start_backup is not None:
        return
    if _backup_task is not None and not _backup_task.done:  # once per start (after_start and the check both ask)
        return
    from vipdesk.ui.common import tasks

    def work(progress, cancelled) -> Startup:
        take_start_backup(state, cancelled=cancelled)  # closing the window stops it; the next start retries
        return state

    def done(result: Startup) -> None:
        if result.backup_error:
            dialogs.show_error(window, _t("启动时的自动备份没有完成:{error}\n会员数据没有受影响,请检查磁盘空间。").format(
                error=result.backup_error), _t("备份未完成"))

    _backup_task = tasks.run_task(window, _t("启动备份"), work, done, show_progress=False)


_backup_task = None


def backup_task():
    """The start backup's task handle (None before it starts): a smoke start waits for it."""
    return _backup_task
