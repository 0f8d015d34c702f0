"""Issue 14 / R1–R5: one monthly export reads the shop's member facts once per moment and each
month's KPIs once — counted in SQL statements, not timed — and the figures are unchanged."""

from __future__ import annotations

from vipdesk.model.store.db import db
from vipdesk.reports.monthly import build_report, steps
from vipdesk.reports.period import parse_month

FACTS_SQL = "SELECT id, enrolled_on FROM member WHERE enrolled_on <="
KPI_SQL = "SELECT COUNT(DISTINCT member_id), COUNT(*)"
# the segment and conversion sheets' one pass over the sales (both windows at once, issue 14)
WINDOWS_SQL = "SELECT m.id, m.enrolled_on, a.n_all"


def _traced_report(period):
    seen: list[str] = []
    conn = db.connection()
    conn.set_trace_callback(seen.append)
    try:
        rep = build_report(period)
    finally:
        conn.set_trace_callback(None)
    return rep, seen


def test_r1_monthly_export_loads_facts_once_per_moment(shop) -> None:
    period = parse_month("2026-03")
    rep, seen = _traced_report(period)
    fact_reads = [s for s in seen if s.startswith(FACTS_SQL)]
    # the month end (segments, conversions) and the conversions' comparison point: two moments
    assert len(fact_reads) <= 2, len(fact_reads)
    windows = [s for s in seen if s.startswith(WINDOWS_SQL)]
    assert len(windows) == 1, len(windows)
    # sheet by sheet outside an export (no memo) the same sheets read more: the guard is not vacuous
    unmemo: list[str] = []
    conn = db.connection()
    conn.set_trace_callback(unmemo.append)
    try:
        for _label, fn in steps():
            fn(period)
    finally:
        conn.set_trace_callback(None)
    assert len([s for s in unmemo if s.startswith(FACTS_SQL) or s.startswith(WINDOWS_SQL)]) \
        > len(fact_reads) + len(windows)
    # same figures either way
    plain = [fn(period) for _label, fn in steps()]
    assert [t.rows for t in rep.tables] == [t.rows for t in plain]
