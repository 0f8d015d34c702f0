"""The monthly VIP summary (R1–R9): every analysis of one period, in sheet order.

``build_report(period)`` computes the tables; ``export_monthly(period, path)``
also writes the workbook and notes the export in the audit log.  Both take a
``progress(done, total, text)`` callback and a ``cancelled()`` check so the
GUI can run them off its thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vipdesk.model.store import settings
from vipdesk.reports import analyses
from vipdesk.reports.analyses import care_feedback
from vipdesk.reports.period import Period
from vipdesk.reports.table import Table

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ReportCancelled(Exception):
    """The user pressed 取消 while the report was being built."""


@dataclass
class MonthlyReport:
    period: Period
    tables: list[Table] = field(default_factory=list)
    shop_name: str = ""
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    full_phones: bool = False

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)


def steps(full_phones: bool = False) -> list[tuple[str, Callable[[Period], Table]]]:
    return [
        ("总览", analyses.overview_table),
        ("月度趋势", analyses.monthly_trend),
        ("新老会员", analyses.new_vs_existing),
        ("品类与单价", analyses.category_mix),
        ("品类走势", analyses.category_trend),
        ("年龄段", analyses.age_groups),
        ("积分分布", analyses.points_distribution),
        ("等级分布", analyses.tier_distribution),
        ("会员分群", analyses.segment_tables),
        ("转换率", analyses.conversions),
        ("导购竞赛", analyses.staff_contest),
        ("关怀成本", analyses.care_return),
        ("满意度调查", care_feedback.survey_table),
        ("流失原因", care_feedback.lapse_table),
        ("积分负债", analyses.liability),
        ("季度排行", lambda p: analyses.season_top(p, full_phones)),
        ("指标定义", lambda p: analyses.definitions()),
    ]


def build_report(period: Period, *, full_phones: bool = False, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> MonthlyReport:
    rep = MonthlyReport(period, shop_name=str(settings.get("shop.name")), full_phones=full_phones)
    from vipdesk.model.segmentation import facts
    from vipdesk.reports import kpi, memo

    todo = steps(full_phones)
    total = len(todo) + 1
    # the month's facts, KPIs, tiers and segment windows are read once per export (issue 14)
    with facts.memoised(), kpi.memoised(), memo.memoised():
        for i, (label, fn) in enumerate(todo):
            if cancelled is not None and cancelled():
                raise ReportCancelled()
            if progress:
                progress(i, total, f"正在计算:{label}…")
            rep.tables.append(fn(period))
    return rep


def export_monthly(period: Period, path: str | Path, *, full_phones: bool = False, clerk: str = "",
                   progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """Build and write the workbook atomically; returns the written path."""
    from vipdesk.reports.audit import note_export
    from vipdesk.reports.workbook import write_workbook

    rep = build_report(period, full_phones=full_phones, progress=progress, cancelled=cancelled)
    if progress:
        progress(len(rep.tables), len(rep.tables) + 1, "正在写入工作簿…")
    out = write_workbook(rep, path)
    top = next((t for t in rep.tables if t.key == "top"), None)
    note_export("export_monthly", len(top.rows) if top else 0, f"{period.key}{' 完整手机号' if full_phones else ''}",
                out, clerk)
    if progress:
        progress(len(rep.tables) + 1, len(rep.tables) + 1, "完成")
    return out
