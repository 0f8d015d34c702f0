"""The start-up page check after the window is painted (issue 14).

A 100,000-member file takes seconds to ``quick_check``; the window must not wait for it.
``start_database(..., defer_check=True)`` has read the header and schema only; ``begin``
shuts the window's write gate ("正在检查数据…"), runs the page check on a worker, and then
either opens the gate and takes the start backup, or — damaged — keeps it shut for good (the
file is marked damaged, so no process writes it) and tells the owner to restart, where the
damaged screen offers the newest good backup.  Closing the window cancels the check; the next
start runs it again.

Before the check, the same worker runs the open hooks ``start_database`` left to it: finishing
an import a killed process left half written ("正在完成上次中断的导入…", up to a minute at
100,000 members) no longer runs on the GUI thread before paint.  The counter stays read-only
meanwhile; the panes refresh when it is done.  The CLI still finishes it at open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from vipdesk.model.safety.integrity import CheckCancelled
from vipdesk.model.safety.startup import Startup, finish_check
from vipdesk.model.store.db import open_hooks_pending, run_open_hooks
from vipdesk.ui.common import dialogs, tasks
from vipdesk.ui.safety import startup as safety_startup

log = logging.getLogger(__name__)

CheckFn = Callable[[Startup, Callable[[], bool]], Startup]


def _t(text: str) -> str:
    return QCoreApplication.translate("start_check", text)


def checking_text() -> str:
    return _t("正在检查数据…检查通过前只能查询,不能销售、入会或退货")


def finishing_import_text() -> str:
    return _t("正在完成上次中断的导入…完成并检查数据之前只能查询,不能销售、入会或退货")


def recovery_failed_text() -> str:
    return _t("上次中断的导入没有完成,已停止写入:请关闭会员管家后重新打开,或联系技术支持")


class HooksFailed(Exception):
    """Finishing what a killed process left (an open hook) failed; the cause is chained."""


def damaged_text() -> str:
    return _t("数据库已损坏,已停止写入:请关闭会员管家后重新打开,恢复最近的完好备份")


def begin(window: Any, check: CheckFn = finish_check) -> tasks.Task | None:
    """Start the deferred open hooks and check for the open shop; None when nothing is left.

    *check* is ``finish_check``; a test passes a wrapper that waits for its own event first."""
    state = safety_startup.current()
    gate = window.write_gate
    if state is None:
        return None
    hooks = safety_startup.take_deferred_hooks()
    if not state.check_pending and not hooks:
        return None
    recovering = hooks and open_hooks_pending()
    gate.close_for(finishing_import_text() if recovering else checking_text())

    def work(progress, cancelled) -> Startup:
        if hooks:
            try:
                run_open_hooks()  # an import killed mid-write is completed (or discarded if unstarted)
            except Exception as exc:
                if cancelled():
                    raise CheckCancelled() from exc  # closing interrupted it: the next start finishes it
                raise HooksFailed(str(exc)) from exc
            progress(1, 2, "check")
        if state.check_pending:
            return check(state, cancelled)
        return state

    def step(_done: int, _total: int, _text: str) -> None:
        if not gate.is_open and gate.reason == finishing_import_text():
            gate.close_for(checking_text())

    def done(result: Startup) -> None:
        if recovering:
            window.data_changed.emit()  # the panes show the finished import
        if result.damaged:
            gate.close_for(damaged_text())
            kept = result.damaged_copy or result.db_path
            dialogs.show_error(window, _t("启动检查发现数据库已损坏:{message}\n会员管家已停止写入,损坏的文件已另存为 {kept}。"
                                          "请关闭会员管家后重新打开,按提示恢复最近的完好备份,或联系技术支持。").format(
                message=result.check.message, kept=kept), _t("数据库已损坏"))
            return
        gate.open()
        safety_startup.start_backup(window)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, CheckCancelled):
            return
        if isinstance(exc, HooksFailed):
            log.error("finishing an interrupted import failed", exc_info=exc)
            gate.close_for(recovery_failed_text())
            dialogs.show_error(window, exc.__cause__ or exc, _t("上次中断的导入没有完成"))
            return
        log.error("start-up check failed", exc_info=exc)
        gate.close_for(damaged_text())
        dialogs.show_error(window, exc, _t("启动检查没有完成"))

    task = tasks.run_task(window, _t("启动检查"), work, done, failed, show_progress=False)
    task.progress.connect(step)
    return task
