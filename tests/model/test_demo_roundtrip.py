"""Issue 15 item / P13: the demo shop holds only real dates, so its own member export
re-imports into an empty shop with no row rejected (no 闰六月 in a year without one,
no lunar 三十 in a 29-day month)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vipdesk.demo.builder import build_demo
from vipdesk.model.importing.members_export import export_members
from vipdesk.model.importing.members_import import import_members
from vipdesk.model.importing.runner import ALL_OR_NOTHING
from vipdesk.model.members.calendar import lunar_month_days
from vipdesk.model.store.db import close_database, db, open_database


def test_p13_demo_export_reimports_into_an_empty_shop_without_rejection(tmp_path: Path) -> None:
    """P1/P13: every exported demo member comes back; lunar birthdays with a year exist in that year."""
    src = tmp_path / "demo.db"
    summary = build_demo(src, members=1500, sales=3000, seed=3, today=dt.date(2026, 11, 20))
    rows = db.execute_sql("SELECT birth_year, birth_month, birth_day, birthday_leap FROM member"
                          " WHERE birthday_lunar AND birth_year IS NOT NULL").fetchall()
    assert rows, "the demo should have lunar birthdays with a year"
    for y, m, d, leap in rows:
        days = lunar_month_days(y, m, bool(leap))
        assert days is not None and d <= days, (y, m, d, leap)
    xlsx = tmp_path / "members.xlsx"
    export_members(xlsx, full_phones=True)
    close_database()

    open_database(tmp_path / "empty.db")
    try:
        result = import_members(xlsx, policy=ALL_OR_NOTHING, report=False)
        assert result.rejected == 0, result.summary()
        assert result.imported == summary.members
    finally:
        close_database()
