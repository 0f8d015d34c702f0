"""Loyalty in the main window: menu entries (设置 → 积分与等级设置; 会员 → 积分兑换,
储值, 礼券; 报表 → 导购激励; 数据 → 导入销售明细), the 积分 tab in the detail pane, and the daily
loyalty jobs (expiry, birthday/season vouchers, review, exit rule) run once at
start-up in the background."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer

from vipdesk.ui.common import dialogs

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("loyalty", text)


def _member(window: Any) -> int | None:
    mid = window.current_member_id()
    if not mid:
        dialogs.info(window, _t("请先在左侧选中一位会员"))
        return None
    return mid


def open_settings(window: Any) -> bool:
    """The dialog asks the owner PIN when saving (``LoyaltySettingsDialog.save``)."""
    from vipdesk.ui.loyalty.settings import LoyaltySettingsDialog

    ok = dialogs.exec_dialog(LoyaltySettingsDialog(window))
    if ok:
        window.data_changed.emit()
    return ok


def open_redeem(window: Any) -> None:
    from vipdesk.ui.loyalty.dialogs import RedeemDialog

    mid = _member(window)
    if mid is None:
        return
    d = RedeemDialog(window, mid, window.last_clerk() if hasattr(window, "last_clerk") else None)
    dialogs.exec_dialog(d)
    if d.redeemed:
        window.data_changed.emit()


def open_stored_value(window: Any) -> None:
    from vipdesk.ui.loyalty.dialogs import StoredValueDialog

    mid = _member(window)
    if mid is None:
        return
    dialogs.exec_dialog(StoredValueDialog(window, mid))
    window.data_changed.emit()


def open_vouchers(window: Any) -> None:
    from vipdesk.ui.loyalty.dialogs import VoucherListDialog

    dialogs.exec_dialog(VoucherListDialog(window))
    window.data_changed.emit()


def open_incentives(window: Any) -> None:
    from vipdesk.ui.loyalty.dialogs import IncentiveDialog

    dialogs.exec_dialog(IncentiveDialog(window))


def open_sales_import(window: Any) -> None:
    """A bulk action (sales and points for many members): the owner's (issue 7)."""
    from vipdesk.ui.loyalty.sales_import import SalesImportDialog
    from vipdesk.ui.privacy.pin import require_owner

    if not require_owner(window, _t("导入销售明细"), "import"):
        return
    d = SalesImportDialog(window)
    d.imported.connect(window.data_changed)
    dialogs.exec_dialog(d)


def run_daily_jobs(window: Any, *, attempts: int = 5, first_wait: float = 2.0, busy_ms: int | None = None) -> None:
    """The idempotent daily jobs, off the GUI thread; panes refresh if anything changed.

    Issue 13: a database busy with a long write elsewhere (an import in another program)
    is retried with growing pauses; if it stays busy the status bar says so (and the log),
    instead of the jobs being skipped in silence.  They run again at the next start."""
    from vipdesk.model.loyalty.daily import run_daily
    from vipdesk.model.store.db import is_busy, retry_when_busy
    from vipdesk.ui.common.tasks import run_task

    def work(_p: Any, cancelled: Any) -> dict[str, int]:
        # cancelled at exit between jobs (issue 14); each is idempotent per day, the next start finishes them
        return retry_when_busy(lambda: run_daily(cancelled=cancelled), attempts=attempts, first_wait=first_wait, busy_ms=busy_ms,
                               on_retry=lambda n, exc: log.warning("daily jobs: database busy (try %s): %s", n, exc))

    def done(counts: dict[str, int]) -> None:
        if any(counts.values()):
            window.data_changed.emit()

    def failed(exc: BaseException) -> None:
        if is_busy(exc):
            log.warning("daily loyalty jobs: database still busy after %s tries", attempts)
            message = _t("数据库一直被占用(可能正在导入),积分与礼券日常处理重试 {n} 次后仍未完成,"
                         "下次启动时会再做。").format(n=attempts)
        else:
            log.error("daily loyalty jobs failed", exc_info=exc)
            message = _t("积分与礼券日常处理没有完成:{error}(详见日志)").format(error=exc)
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(message, 60000)

    run_task(window, _t("积分与礼券日常处理"), work, done, failed, show_progress=False)


def _install_tab(window: Any) -> None:
    """The member's 积分 tab, built when the clerk first opens it (ui/common/lazy_tab.py)."""
    from vipdesk.ui.common.lazy_tab import LazyTab

    pane = getattr(window, "detail_pane", None)
    if pane is None or not hasattr(pane, "add_tab"):
        return

    def build(parent: Any) -> Any:
        from vipdesk.ui.loyalty.tab import LoyaltyTab

        tab = LoyaltyTab(parent)
        tab.changed.connect(window.data_changed)
        window.member_changed.connect(lambda mid: tab.load(mid or None))

        def refresh() -> None:
            if tab.member_id:
                tab.load(tab.member_id)

        window.data_changed.connect(refresh)
        tab.load(window.current_member_id())
        return tab

    window.loyalty_tab = LazyTab(None, build)  # placed when the member page is built
    pane.add_tab(window.loyalty_tab, _t("积分"), 2)


def install(window: Any) -> None:
    window.add_action("设置", _t("积分与等级设置…"), lambda: open_settings(window))
    window.add_action("会员", _t("积分兑换…"), lambda: open_redeem(window))
    window.add_action("会员", _t("储值…"), lambda: open_stored_value(window))
    window.add_action("会员", _t("礼券…"), lambda: open_vouchers(window))
    window.add_action("报表", _t("导购激励…"), lambda: open_incentives(window))
    window.add_action("数据", _t("导入销售明细…"), lambda: open_sales_import(window))
    _install_tab(window)
    QTimer.singleShot(0, lambda: _when_writable(window, lambda: run_daily_jobs(window)))


def _when_writable(window: Any, fn) -> None:
    """Issue 14: background writes wait until the start-up check has passed."""
    gate = getattr(window, "write_gate", None)
    gate.when_open(fn) if gate is not None else fn()
