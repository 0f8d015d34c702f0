"""Issue 14 item 2 / L9: the qualifying window sums a sale reads (tier check, L5) are kept in
``qualify_window`` and moved by what changed since, and always equal summing the window's rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vipdesk.model.hygiene.merge import merge_members
from vipdesk.model.loyalty import tiers
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.sales.recording import LineInput, record_return, record_sale, sale_lines
from vipdesk.model.store.db import db, transaction

T0 = dt.datetime(2026, 1, 5, 11)


def _kept(member_id: int, on: dt.datetime) -> tuple[int, int]:
    with transaction():
        return tiers.qualifying_points(member_id, on), tiers.qualifying_spend_yuan(member_id, on)


def _full(member_id: int, on: dt.datetime) -> tuple[int, int]:
    """Outside a write transaction the rows are summed (the reference)."""
    return tiers.qualifying_points(member_id, on), tiers.qualifying_spend_yuan(member_id, on)


def _buy(member_id: int, at: dt.datetime, yuan: int = 299) -> int:
    return record_sale(member_id, [LineInput("A1", yuan * 100)], clerk_id=None, sold_at=at).id


def test_l9_window_sums_follow_sales_leaving_and_entering_the_window(db_path: Path) -> None:
    """L9 (issue 14): a year of sales, then the window slides past the first ones: kept == summed."""
    m = members.enrol("陈静", "13912345678")
    for i in range(40):
        _buy(m.id, T0 + dt.timedelta(days=9 * i))
    on = T0 + dt.timedelta(days=9 * 39)
    assert _kept(m.id, on) == _full(m.id, on)
    for days in (30, 200, 370, 800):  # the window start passes older and older sales
        later = on + dt.timedelta(days=days)
        assert _kept(m.id, later) == _full(m.id, later)
    row = db.execute_sql("SELECT until FROM qualify_window WHERE member_id = ?", (m.id,)).fetchone()
    assert row is not None and row[0] == (on + dt.timedelta(days=800)).strftime("%Y-%m-%d %H:%M:%S")


def test_l9_back_dated_sale_and_return_keep_the_sums_right(db_path: Path) -> None:
    """L9/T2 (issue 14): a sale entered late (dated inside and before the window) and a return."""
    m = members.enrol("陈静", "13912345678")
    first = _buy(m.id, T0)
    on = T0 + dt.timedelta(days=100)
    assert _kept(m.id, on) == _full(m.id, on)
    _buy(m.id, T0 + dt.timedelta(days=50), 500)  # inside the window, entered after it was kept
    _buy(m.id, T0 - dt.timedelta(days=400), 800)  # before the window: never counted
    line = sale_lines(first)[0]
    record_return(first, [(line.id, 1)], clerk_id=None, at=on)
    for later in (on, on + dt.timedelta(days=1), on + dt.timedelta(days=300)):
        assert _kept(m.id, later) == _full(m.id, later)


def test_l9_merge_moving_sales_drops_the_kept_sums(db_path: Path) -> None:
    """Hygiene merge moves her sales to the survivor (and re-checks her tier as of now): the kept
    sums of both are recomputed, not moved on from marks that no longer describe her rows."""
    clerk = staff.add_staff("王丽娜")
    a = members.enrol("黄明华", "13812341234", clerk_id=clerk.id)
    b = members.enrol("黄明华", "13812340000", clerk_id=clerk.id)
    start = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=30)  # inside the window of "now"
    for i in range(3):
        _buy(a.id, start + dt.timedelta(days=i))
        _buy(b.id, start + dt.timedelta(days=i, hours=1), 1000)
    on = start + dt.timedelta(days=20)
    before = _kept(a.id, on)
    assert before == _full(a.id, on)
    merge_members(a.id, b.id)
    later = dt.datetime.now().replace(microsecond=0) + dt.timedelta(minutes=1)
    assert _kept(a.id, later) == _full(a.id, later)
    assert _kept(a.id, on) == _full(a.id, on)
    assert _kept(a.id, on)[1] > before[1]  # her merged sales now count
