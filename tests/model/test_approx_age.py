"""P1 approximate age: a birth year or an age without month and day.  Parsed from what
shops write, stored as a (possibly estimated) birth year and no birthday, used by the age
groups, skipped by birthday reminders and the birthday list, written back by the export."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.model.members import profile as members
from vipdesk.model.members.age import BirthYear, parse_birth_year
from vipdesk.model.store.tables import Member

TODAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize(("text", "expected"), [
    ("1985年", BirthYear(1985, False)), ("1985", BirthYear(1985, False)), ("1985年生", BirthYear(1985, False)),
    ("约1981年生", BirthYear(1981, True)), ("约40岁", BirthYear(1986, True)), ("40岁", BirthYear(1986, True)),
    ("40多岁", BirthYear(1981, True)), ("四十多岁", BirthYear(1981, True)), ("三十五岁左右", BirthYear(1991, True)),
    ("80后", BirthYear(1985, True)), ("00后", BirthYear(2005, True)), ("40", BirthYear(1986, True)),
    ("", None), ("3月7日", None), ("农历八月十五", None),
])
def test_P1_parse_birth_year_forms(text: str, expected: BirthYear | None) -> None:
    assert parse_birth_year(text, today=TODAY) == expected


def test_P1_parse_birth_year_refusals_and_birthday_column_rule() -> None:
    assert parse_birth_year("40", today=TODAY, bare_number_is_age=False) is None  # a 生日 column: not an age
    with pytest.raises(ValidationError, match="不合理"):
        parse_birth_year("1885年", "年龄", today=TODAY)
    with pytest.raises(ValidationError):
        parse_birth_year("200岁", today=TODAY)
    assert BirthYear(1981, True).text() == "约1981年生"
    assert parse_birth_year(BirthYear(1981, True).text(), today=TODAY) == BirthYear(1981, True)  # round trip


def test_P1_member_with_year_only_has_no_birthday(db_path) -> None:
    m = members.enrol("周慧", "13800000031")
    members.update_member(m.id, birth_year=BirthYear(1981, True))
    m = Member.get_by_id(m.id)
    assert (m.birth_year, m.birth_year_estimated, m.birth_month, m.birth_day) == (1981, True, None, None)
    # A full birthday later replaces the estimate with the real date.
    members.update_member(m.id, birthday=members.Birthday(3, 7, 1982))
    m = Member.get_by_id(m.id)
    assert (m.birth_year, m.birth_year_estimated, m.birth_month) == (1982, False, 3)
    with pytest.raises(ValidationError, match="出生年份"):
        members.update_member(m.id, birthday=None, birth_year=1850)


def test_P1_birthday_reminders_and_list_skip_a_year_only_member(db_path) -> None:
    """C1 with P1: nobody invents a birthday for a member who only gave her age."""
    from vipdesk.model.care.engine import due_tasks
    from vipdesk.model.care.printing import birthday_list
    from vipdesk.model.store import settings

    for key in ("care.cap_week", "care.cap_month", "care.min_care_daily"):
        settings.put(key, 0)
    real = members.enrol("李娜", "13800000032", birthday=members.Birthday(1, 1, 1985), gender="F",
                         enrolled_on=dt.date(2025, 1, 1))
    approx = members.enrol("周慧", "13800000033", gender="F", enrolled_on=dt.date(2025, 1, 1))
    members.update_member(approx.id, birth_year=BirthYear(1985, False))
    day = dt.date(2027, 1, 1)
    who = {t.member_id for t in due_tasks(day, today=day) if t.kind == "birthday"}
    assert who == {real.id}
    listed = [r.name for r in birthday_list(2027, 1)]
    assert "李娜" in listed and "周慧" not in listed


def test_P1_age_groups_use_the_birth_year(db_path) -> None:
    """R1 age-group sheet: a year-only member is in her age band, not 年龄未知."""
    from vipdesk.reports.analyses.customers import age_groups
    from vipdesk.reports.period import month_period

    a = members.enrol("周慧", "13800000034", enrolled_on=dt.date(2025, 1, 1))
    members.update_member(a.id, birth_year=BirthYear(TODAY.year - 45, True))
    members.enrol("无名", "13800000035", enrolled_on=dt.date(2025, 1, 1))
    t = age_groups(month_period(TODAY))
    counts = {row[0]: row[1] for row in t.rows}
    assert counts["年龄未知"] == 1
    band = next(label for label, n in counts.items() if n == 1 and label != "年龄未知")
    lo = int(band.split("–")[0].rstrip("岁及以上")) if "–" in band else None
    assert lo is not None and lo <= 45  # the band holding a 45-year-old


def test_P1_import_year_and_age_forms_and_export_round_trip(db_path, tmp_path) -> None:
    from openpyxl import Workbook

    from vipdesk.model.importing.members_export import birthday_cell
    from vipdesk.model.importing.members_import import import_members
    from vipdesk.model.importing.runner import SKIP_BAD

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机", "生日", "年龄"])
    ws.append(["甲", "13800000041", "1985年", None])
    ws.append(["乙", "13800000042", "约40岁", None])
    ws.append(["丙", "13800000043", "40多岁", None])
    ws.append(["丁", "13800000044", None, "80后"])
    ws.append(["戊", "13800000045", "3月7日", "35"])  # month/day from 生日, year from 年龄
    ws.append(["己", "13800000046", None, "很年轻"])  # not an age: reported, kept out of the year
    path = tmp_path / "会员.xlsx"
    wb.save(path)
    result = import_members(path, policy=SKIP_BAD, report=False)
    assert result.written
    this = dt.date.today().year
    got = {m.name: (m.birth_year, bool(m.birth_year_estimated), m.birth_month) for m in Member.select()}
    assert got["甲"] == (1985, False, None)
    assert got["乙"] == (this - 40, True, None)
    assert got["丙"] == (this - 45, True, None)
    assert got["丁"] == (1985, True, None)
    assert got["戊"] == (this - 35, True, 3)
    assert "己" not in got  # an unreadable age is refused like an impossible birthday, row named
    [bad] = [p for p in result.problems if p.severity == "rejected"]
    assert (bad.row, bad.column, bad.value) == (7, "年龄", "很年轻") and "看不懂的年龄" in bad.reason
    assert birthday_cell(Member.get(Member.name == "丙")) == f"约{this - 45}年生"
