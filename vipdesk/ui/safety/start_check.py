"""The start-up page check after the window is painted (issue 14).

A 100,000-member file takes seconds to ``quick_check``; the window must not wait for it.
``start_database(..., defer_check=True)`` has read the header and schema only; ``begin``
shuts the window's write gate ("正在检查数据…"), runs the page check on a worker, and then
either opens the gate and takes the start backup, or — damaged — keeps it shut for good (the
file is marked damaged, so no process writes it) and tells the owner to restart, where the
damaged screen offers the newest good backup.  Closing the window cancels the check; the next
start runs it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from vipdesk.model.safety.integrity import CheckCancelled
from vipdesk.model.safety.startup import Startup, finish_check
from vipdesk.ui.common import dialogs, tasks
from vipdesk.ui.safety import startup as safety_startup

log = logging.getLogger(__name__)

CheckFn = Callable[[Startup, Callable[[], bool]], Startup]


def _t(text: str) -> str:
    return QCoreApplication.translate("start_check", text)


def checking_text() -> str:
    return _t("正在检查数据…检查通过前只能查询,不能销售、入会或退货")


def damaged_text() -> str:
    return _t("数据库已损坏,已停止写入:请关闭会员管家后重新打开,恢复最近的完好备份")


def begin(window: Any, check: CheckFn = finish_check) -> tasks.Task | None:
    """Start the deferred check for the open shop; None when there is nothing left to check.

    *check* is ``finish_check``; a test passes a wrapper that waits for its own event first."""
    state = safety_startup.current()
    gate = window.write_gate
    if state is None or not state.check_pending:
        return None
    gate.close_for(checking_text())

    def work(_progress, cancelled) -> Startup:
        return check(state, cancelled)

    def done(result: Startup) -> None:
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
        log.error("start-up check failed", exc_info=exc)
        gate.close_for(damaged_text())
        dialogs.show_error(window, exc, _t("启动检查没有完成"))

    return tasks.run_task(window, _t("启动检查"), work, done, failed, show_progress=False)
