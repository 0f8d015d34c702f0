"""Reports and segments in the main window: 报表 → 会员月度汇总 / 导出会员名单 /
重新计算会员分群, 帮助 → 会员分群规则, a 分群 tab in the detail pane, and a
background segment refresh at start-up (recency and dormancy move with the
calendar, so yesterday's segments are recomputed once a day)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QInputDialog

from vipdesk.ui.common import dialogs

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("reports", text)


def open_reports(window: Any) -> Any:
    from vipdesk.ui.reports.view import ReportsDialog

    dlg = getattr(window, "reports_dialog", None)
    if dlg is None:
        dlg = window.reports_dialog = ReportsDialog(window)
        dlg.refresh()
    dlg.show()
    dlg.raise_()
    return dlg


def export_roster(window: Any, path: Path | None = None, segment: str | None = None,
                  full_phones: bool = False) -> None:
    """报表 → 导出会员名单: pick a segment (or all), a file, then write it in the background."""
    from vipdesk.model.segmentation import SEGMENTS
    from vipdesk.reports.roster import export_members
    from vipdesk.ui.common.tasks import run_task

    if path is None:
        choices = [_t("全部会员")] + [d.display for d in SEGMENTS]
        picked, ok = QInputDialog.getItem(window, _t("导出会员名单"), _t("导出哪些会员:"), choices, 0, False)
        if not ok:
            return
        segment = None if picked == choices[0] else SEGMENTS[choices.index(picked) - 1].key
        name, _ = QFileDialog.getSaveFileName(window, _t("导出会员名单"), str(Path.home() / "会员名单.xlsx"),
                                              _t("Excel 工作簿 (*.xlsx)"))
        if not name:
            return
        path = Path(name)
    if full_phones:
        from vipdesk.ui.privacy.pin import require_owner

        if not require_owner(window, _t("导出完整手机号"), "full_phones"):
            return

    def done(result: tuple[Path, int]) -> None:
        out, n = result
        dialogs.info(window, _t("已导出 {n} 位会员:\n{f}").format(n=n, f=str(out)))

    run_task(window, _t("正在导出会员名单"),
             lambda progress, _c: export_members(path, segment=segment, full_phones=full_phones, progress=progress),
             done)


def recompute(window: Any) -> None:
    from vipdesk.model.segmentation import recompute_all
    from vipdesk.ui.common.tasks import run_task

    def done(n: int) -> None:
        window.data_changed.emit()
        dialogs.info(window, _t("已重新计算 {n} 位会员的分群。").format(n=n))

    run_task(window, _t("正在计算会员分群"), lambda progress, _c: recompute_all(progress=progress), done)


def show_rules(window: Any) -> None:
    from vipdesk.model.segmentation import rules_text

    dialogs.info(window, rules_text(), _t("会员分群规则"))


def refresh_in_background(window: Any) -> None:
    from vipdesk.model.segmentation import ensure_fresh
    from vipdesk.ui.common.tasks import run_task

    def done(changed: bool) -> None:
        if changed:
            window.data_changed.emit()

    def failed(exc: BaseException) -> None:
        log.error("segment refresh failed", exc_info=exc)

    run_task(window, _t("更新会员分群"), lambda _p, _c: ensure_fresh(), done, failed, show_progress=False)


def _install_tab(window: Any) -> None:
    """The member's 分群 tab, built when the clerk first opens it (ui/common/lazy_tab.py)."""
    from vipdesk.ui.common.lazy_tab import LazyTab

    pane = getattr(window, "detail_pane", None)
    if pane is None or not hasattr(pane, "add_tab"):
        return

    def build(parent: Any) -> Any:
        from vipdesk.ui.reports.segment_tab import SegmentTab

        tab = SegmentTab(parent)
        window.member_changed.connect(lambda mid: tab.load(mid or None))
        window.data_changed.connect(lambda: tab.load(tab.member_id))
        tab.load(window.current_member_id())
        return tab

    window.segment_tab = LazyTab(None, build)  # placed when the member page is built
    pane.add_tab(window.segment_tab, _t("分群"))


def _install_segment_combo(window: Any) -> None:
    """A 分群 combo above the customer list: the list shows only that segment's members."""
    from vipdesk.ui.reports.segment_combo import SegmentCombo

    pane = getattr(window, "list_pane", None)
    if pane is None or not hasattr(pane.model, "segment_filter"):
        return
    combo = SegmentCombo(pane)

    def changed(_index: int) -> None:
        from vipdesk.model.segmentation import segment_expression

        key = combo.currentData()
        pane.model.segment_filter = segment_expression(key) if key else None
        pane.model.reload()

    combo.currentIndexChanged.connect(changed)
    pane.layout().insertWidget(1, combo)
    window.segment_combo = combo


def install(window: Any) -> None:
    window.add_action("报表", _t("会员月度汇总…"), lambda: open_reports(window), "Ctrl+Shift+R",
                      _t("按月或日期范围查看会员报表并导出 Excel"))
    window.add_action("报表", _t("导出会员名单(含分群)…"), lambda: export_roster(window))
    window.add_action("报表", _t("重新计算会员分群"), lambda: recompute(window))
    window.add_action("帮助", _t("会员分群规则"), lambda: show_rules(window))
    _install_tab(window)
    _install_segment_combo(window)
    QTimer.singleShot(0, lambda: _when_writable(window, lambda: refresh_in_background(window)))


def _when_writable(window: Any, fn) -> None:
    """Issue 14: background writes wait until the start-up check has passed."""
    gate = getattr(window, "write_gate", None)
    gate.when_open(fn) if gate is not None else fn()
