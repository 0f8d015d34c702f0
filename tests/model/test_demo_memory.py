"""The demo build's memory does not grow with the sale lines (issue 14, item 1).

Not a timing: Python's own allocations are counted with tracemalloc (SQLite's page cache is
outside it and fixed by the cache_size pragma)."""

from __future__ import annotations

import datetime as dt
import tracemalloc
from pathlib import Path

import pytest

from vipdesk.demo.builder import build_demo
from vipdesk.demo.bulk import _Writer
from vipdesk.model.store.db import close_database

TODAY = dt.date(2026, 11, 20)


def _peak(path: Path, members: int, lines: int) -> int:
    tracemalloc.start()
    try:
        build_demo(path, members=members, sales=lines, seed=3, today=TODAY)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        close_database()


def test_memory_per_extra_sale_line_is_small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14: six times the lines for the same members costs under 200 bytes a line (~80–95
    alone, up to ~150 inside a full suite run, where other tests change what is already loaded
    and cached; the old builder, which kept every planned ticket, follow-up and voucher, took
    ~240 here and held every member row too).  What may grow is per member: her year of tickets for the tier
    window, her open vouchers."""
    monkeypatch.setattr(_Writer, "chunk", 1000)  # rows go out every 1,000 lines, as at full size every 50,000
    build_demo(tmp_path / "warm.db", members=50, sales=100, seed=3, today=TODAY)  # loads pinyin, calendar
    close_database()
    small = _peak(tmp_path / "small.db", 500, 2000)
    large = _peak(tmp_path / "large.db", 500, 12000)
    assert (large - small) / 10000 < 200, (small, large)
