"""Issue 14: what makes the 100,000-row member import fast must not change what it stores.

No timings here (speed is `vipdesk bench --only import`): each test checks a rule the speed-ups
rely on — memoised lunar months equal lunar_python's, memoised dates still reject bad values
naming the column, the job's short transactions skip the fsync but the import's last one does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from lunar_python import LunarMonth, Solar

from vipdesk.model.errors import ValidationError
from vipdesk.model.importing import parse
from vipdesk.model.importing.members_import import import_members
from vipdesk.model.importing.runner import SKIP_BAD
from vipdesk.model.members.calendar import lunar_month_days, lunar_to_solar
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import Member


@pytest.mark.parametrize("year", [1900, 1917, 1955, 1984, 1987, 2020, 2023, 2033, 2057, 2099])
def test_lunar_months_memoised_per_year_equal_lunar_python(year: int) -> None:
    """Issue 14: all months of a lunar year at once; same day counts, first days and leap months."""
    for month in range(1, 13):
        for leap in (False, True):
            m = LunarMonth.fromYm(year, -month if leap else month)
            if m is None:
                assert lunar_month_days(year, month, leap) is None
                continue
            first = Solar.fromJulianDay(m.getFirstJulianDay())
            assert lunar_month_days(year, month, leap) == m.getDayCount()
            assert lunar_to_solar(year, month, 1, leap).isoformat() == first.toYmd()


def test_memoised_dates_still_reject_and_name_the_column() -> None:
    """Issue 14: parse_date remembers text it understood; a bad value is refused every time,
    naming the column it came from, and a remembered value is the same whichever column."""
    assert parse.parse_date("农历1987年闰六月初十", "生日") == parse.parse_date("农历1987年闰六月初十", "入会日期")
    for column in ("生日", "入会日期"):
        with pytest.raises(ValidationError) as exc:
            parse.parse_date("1987年13月40日", column)
        assert exc.value.field == column


def test_import_commits_without_fsync_until_its_last_transaction(db_path: Path, tmp_path: Path) -> None:
    """Issue 14: the job's short transactions run at synchronous=NORMAL (a lost tail is a killed
    job, finished at the next open); the connection is back at FULL for the last one and after."""
    rows = "\n".join(f"会员{i},139{i:08d}" for i in range(300))
    path = tmp_path / "m.csv"
    path.write_text("姓名,手机\n" + rows + "\n", encoding="utf-8")
    seen: list[tuple[str, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((phases[-1], db.execute_sql("PRAGMA synchronous").fetchone()[0]))

    phases: list[str] = ["-"]
    result = import_members(path, policy=SKIP_BAD, report=False, progress=progress, phase=phases.append)
    assert result.written and Member.select().count() == 300
    assert {s for p, s in seen if p in ("staging", "writing")} == {1}
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
