"""Issue 14: the monthly workbook's raw bench baseline computes the same tables as vipdesk (every
cell of every data sheet), and the export's statement count does not grow with the shop."""

from __future__ import annotations

import datetime as dt

from vipdesk.bench import monthly_raw
from vipdesk.bench.tasks_db import _raw
from vipdesk.model.store.db import db
from vipdesk.reports.monthly import build_report
from vipdesk.reports.period import parse_month


def _both(shop, tmp_path, month: str) -> tuple[list, list]:
    rep = build_report(parse_month(month))
    vip = monthly_raw.digest_report(rep)
    con = _raw(str(shop.path))
    try:
        raw = monthly_raw.run(con, monthly_raw.read_conf(str(shop.path)), parse_month(month).start,
                              tmp_path / "raw.xlsx")
    finally:
        con.close()
    return vip, raw


def test_issue14_raw_baseline_digest_equals_vipdesk_and_follows_the_data(shop, tmp_path) -> None:
    """Same rows and totals on the hand-checked shop (R1–R8); a new sale changes both digests alike."""
    from tests.reports.conftest import _sale

    vip, raw = _both(shop, tmp_path, "2026-03")
    assert [k for k, _ in vip] == list(monthly_raw.DIGESTED)
    assert vip == raw
    _sale(shop.ids["B"], 12300, 2, when=dt.datetime(2026, 3, 28, 15), clerk=shop.clerks["小王"], category="配饰")
    vip2, raw2 = _both(shop, tmp_path, "2026-03")
    assert vip2 == raw2
    changed = {k for (k, a), (_, b) in zip(vip, vip2, strict=True) if a != b}
    assert {"overview", "trend", "category", "staff", "top"} <= changed, changed
    assert (tmp_path / "raw.xlsx").exists()


def _statements(period) -> int:
    seen: list[str] = []
    conn = db.connection()
    conn.set_trace_callback(seen.append)
    try:
        build_report(period)
    finally:
        conn.set_trace_callback(None)
    return len(seen)


def test_issue14_export_statement_count_does_not_grow_with_members(shop) -> None:
    """No per-member query in the monthly export: twenty more buying members, same statements."""
    from tests.reports.conftest import _sale
    from vipdesk.model.members import profile as members

    period = parse_month("2026-03")
    before = _statements(period)
    for i in range(20):
        m = members.enrol(f"新客{i}", f"1390000{i:04d}", enrolled_on=dt.date(2025, 5, 1)).id
        _sale(m, 10000 + i, when=dt.datetime(2026, 3, 10, 12))
        _sale(m, 20000, when=dt.datetime(2025, 6, 10, 12))
    assert _statements(period) == before
