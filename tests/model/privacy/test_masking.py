"""Masked phones (138****5678) in every output other engineers wrote: the CLI search table, the
call list printout, the birthday list, the roster / members / monthly exports.  No full 11-digit
mobile appears unless full numbers were explicitly asked for."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest

from vipdesk.model.members import profile as members
from vipdesk.model.members.profile import Birthday
from vipdesk.model.sales import recording as sales
from vipdesk.model.store import settings
from vipdesk.model.store.db import close_database, open_database

MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
PHONES = ("13812345678", "13987651234", "13700009999")
WEEK = dt.date(2026, 11, 23)  # a Monday


def full_mobiles(text: str) -> set[str]:
    return set(MOBILE.findall(text))


def xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


@pytest.fixture
def shop(db_path, clerk):
    ids = []
    for (name, phone, bday) in (("黄明华", PHONES[0], Birthday(11, 27, 1985)),
                                ("李秀英", PHONES[1], Birthday(12, 1, 1990)),
                                ("张静", PHONES[2], None)):
        m = members.enrol(name, phone, clerk_id=clerk.id, birthday=bday, enrolled_on=dt.date(2025, 6, 1))
        sales.record_sale(m.id, [sales.LineInput("A1", 49900, category="大衣")], clerk_id=clerk.id,
                          sold_at=dt.datetime(2026, 11, 16, 11, 0))
        ids.append(m.id)
    # the second one was referred by the first: referrer phones are masked too
    members.update_member(ids[1], referred_by_id=ids[0])
    return ids


def test_cli_find_table_is_masked(shop, db_path, capsys):
    from vipdesk.cli import main

    close_database()
    try:
        assert main(["--db", str(db_path), "find", "5678"]) == 0
        out = capsys.readouterr().out
        assert "138****5678" in out and "黄明华" in out
        assert full_mobiles(out) == set()
        assert main(["--db", str(db_path), "find", "13812345678"]) == 0
        out = capsys.readouterr().out
        assert "黄明华" in out and full_mobiles(out) == set()
    finally:
        close_database()
        open_database(db_path)


def test_call_list_printout_is_masked_by_default(shop):
    from vipdesk.reports.calllist import build

    html = build(WEEK, printed_by="王丽")
    assert "黄明华" in html  # birthday-soon and follow-up calls this week
    assert "138****5678" in html
    assert full_mobiles(html) == set()


def test_call_list_full_numbers_only_when_asked_and_logged(shop):
    from vipdesk.model.privacy import audit
    from vipdesk.reports.calllist import build

    html = build(WEEK, full_phone=True, printed_by="店长")
    assert PHONES[0] in full_mobiles(html)
    assert audit.entries(action="print_full_phones")


def test_call_list_setting_default_is_masked(db_path):
    assert settings.get("care.calllist_full_phone") is False


def test_birthday_list_has_no_phone_at_all(shop):
    from vipdesk.reports.birthdays import build

    html = build(2026, 11) + build(2026, 12)
    assert "黄明华" in html and "李秀英" in html
    assert full_mobiles(html) == set() and "****" not in html


def test_members_export_is_masked_by_default(shop, tmp_path):
    from vipdesk.model.importing.members_export import export_members

    export_members(tmp_path / "m.xlsx")
    text = xlsx_text(tmp_path / "m.xlsx")
    assert "138****5678" in text and "黄明华" in text
    assert full_mobiles(text) == set()
    export_members(tmp_path / "full.xlsx", full_phones=True)
    assert set(PHONES) <= full_mobiles(xlsx_text(tmp_path / "full.xlsx"))


def test_roster_export_is_masked_by_default(shop, tmp_path):
    from vipdesk.reports.roster import export_members

    export_members(tmp_path / "r.xlsx")
    text = xlsx_text(tmp_path / "r.xlsx")
    assert "139****1234" in text
    assert full_mobiles(text) == set()


def test_monthly_report_is_masked_by_default(shop, tmp_path):
    from vipdesk.reports.monthly import export_monthly
    from vipdesk.reports.period import month_period

    out = export_monthly(month_period(dt.date(2026, 11, 1)), tmp_path / "monthly.xlsx")
    text = xlsx_text(out)
    assert "黄明华" in text  # the season top list names her
    assert full_mobiles(text) == set()


def test_care_task_list_in_cli_is_masked(shop, db_path, capsys):
    from vipdesk.cli import main

    close_database()
    try:
        code = main(["--db", str(db_path), "reminders", "--date", WEEK.isoformat(), "--days", "7"])
        out = capsys.readouterr().out
        assert code == 0, out
        assert "138****5678" in out
        assert full_mobiles(out) == set()
    finally:
        close_database()
        open_database(db_path)
