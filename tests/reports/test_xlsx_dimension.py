"""Issue 14: the big write-only sheets (member export, roster) carry a ``<dimension>`` equal to
what they hold, so a reader sizes them without scanning every row first."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook

from vipdesk.model.importing.members_export import export_members as export_for_import
from vipdesk.model.members import profile as members
from vipdesk.reports.roster import export_members as export_roster


def declared(path: Path) -> str | None:
    with zipfile.ZipFile(path) as z:
        sheet = next(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
        xml = z.read(sheet).decode("utf-8")
    start = xml.find("<dimension ref=\"")
    return None if start < 0 else xml[start + len("<dimension ref=\""):xml.index("\"", start + 17)]


def actual(path: Path) -> str:
    wb = load_workbook(path)  # the normal reader counts the cells itself
    try:
        return wb.worksheets[0].calculate_dimension()
    finally:
        wb.close()


def test_member_export_and_roster_declare_their_size(db_path, tmp_path):
    for i in range(7):
        members.enrol(f"会员{i}", f"1390000{i:04d}", notes=f"备注{i}")
    one = tmp_path / "members.xlsx"
    export_for_import(one)
    two, n = export_roster(tmp_path / "roster.xlsx")
    assert n == 7
    for path in (one, two):
        assert declared(path) is not None, path
        assert declared(path).split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "8"  # header + 7 members
        wb = load_workbook(path, read_only=True)
        try:
            assert wb.worksheets[0].max_row == 8  # the read-only reader trusts the element
        finally:
            wb.close()
        assert declared(path).split(":")[0] == "A1"
        assert actual(path).split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "8"
