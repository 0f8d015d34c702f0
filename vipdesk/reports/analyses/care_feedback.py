"""Care feedback sheets of the monthly workbook: satisfaction surveys (C15) and lapse reasons (C16).

Figures come from ``vipdesk.model.care.surveys`` / ``lapse`` so the in-app views and the
workbook read the same numbers.
"""

from __future__ import annotations

from vipdesk.model.care import lapse, surveys
from vipdesk.reports.period import Period
from vipdesk.reports.table import Chart, Column, Table, Text


def _ym(d) -> Text:  # noqa: ANN001 - a date
    return Text("{year}年{month}月", year=d.year, month=d.month)  # the app shows it in its language


def survey_table(p: Period) -> Table:
    """Responses of the month, average score per question, and the six months up to this one."""
    n, stats, months, per_month = surveys.survey_summary(p.start)
    t = Table("surveys", "满意度调查", [
        Column("问题", user=True), Column("本月回答数", "int"), Column("本月平均分", "num"),
        *[Column(_ym(m), "num") for m in months],
    ])
    for s in stats:
        t.rows.append([s.question, s.responses, s.average if s.average is not None else "—",
                       *[v if v is not None else "—" for v in s.trend]])
    t.rows.append(["调查份数", n, "—", *per_month])
    t.notes.append("满分 5 分;“—”表示该月没有回答。趋势为最近 6 个月每月平均分。")
    comments = surveys.comments(p.start, limit=30)
    if comments:
        c = Table("survey_comments", "本月意见和建议", [Column("日期", "date"), Column("问题", user=True),
                                                   Column("内容", user=True)])
        c.rows = [[d, q, text] for d, q, text in comments]
        t.sections.append(c)
    return t


def lapse_table(p: Period) -> Table:
    """Lapsed members by the reason they gave (latest reason up to the period's end): how many,
    won back since, by segment and by clerk."""
    stats = lapse.reason_stats(until=p.last_day)
    t = Table("lapse", "流失原因", [
        Column("原因", user=True), Column("流失会员数", "int"), Column("已挽回", "int"), Column("挽回率", "pct"),
    ])
    for s in stats:
        t.rows.append([s.reason, s.lapsed, s.won_back, s.rate if s.rate is not None else "—"])
    total = sum(s.lapsed for s in stats)
    won = sum(s.won_back for s in stats)
    t.rows.append(["合计", total, won, won / total if total else "—"])
    t.notes.append("每位会员按最近一次回访记录的原因计;已挽回 = 记录原因之后又有消费。")
    if total:
        t.charts.append(Chart("bar", "流失原因分布", [1], 0, len(stats)))
    segs = sorted({k for s in stats for k in s.by_segment})
    if segs:
        by_seg = Table("lapse_segments", "按会员分群", [Column("原因", user=True), *[Column(x, "int") for x in segs]])
        by_seg.rows = [[s.reason, *[s.by_segment.get(x, 0) for x in segs]] for s in stats]
        t.sections.append(by_seg)
    clerks = sorted({k for s in stats for k in s.by_clerk})
    if clerks:
        by_clerk = Table("lapse_clerks", "按导购", [Column("原因", user=True), *[Column(x, "int") for x in clerks]])
        by_clerk.rows = [[s.reason, *[s.by_clerk.get(x, 0) for x in clerks]] for s in stats]
        t.sections.append(by_clerk)
    return t
