"""Excel 97–2003 (.xls) member files import exactly like .xlsx (P13 import; issue 15):
title row, two-level merged header, phones stored as numbers, date cells, GBK-era text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlwt
from importing_fixtures import MESSY, XLSX_ONLY, Row, _cells, first_data_row_xlsx
from test_import_members import _assert_all_good_rows_imported, _rejected_rows

from vipdesk.model.errors import ValidationError
from vipdesk.model.importing.members_import import import_members
from vipdesk.model.importing.runner import SKIP_BAD
from vipdesk.model.importing.tabular import open_table


def write_xls(path: Path, rows: list[Row]) -> Path:
    """The same layout as importing_fixtures.write_xlsx, saved as a real BIFF8 .xls."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("会员资料")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write_merge(0, 0, 0, 8, "XX服饰 2025年会员资料表")
    top = ["会员姓名", "联系方式", None, "生日(农历请注明)", "性别", "当前积分", "累计消费", "会员卡号", "爱好"]
    for col, text in enumerate(top):
        if col == 1:
            ws.write_merge(1, 1, 1, 2, text)
        elif text is not None:
            ws.write_merge(1, 2, col, col, text)
    ws.write(2, 1, "手机")
    ws.write(2, 2, "座机")
    for i, r in enumerate(rows):
        for col, v in enumerate(_cells(r)):
            if v is None:
                continue
            if isinstance(v, dt.datetime):
                ws.write(3 + i, col, v, date_style)
            else:
                ws.write(3 + i, col, v)
    wb.save(str(path))
    return path


def test_xls_header_and_cells_read_like_xlsx(tmp_path: Path) -> None:
    path = write_xls(tmp_path / "m.xls", MESSY + XLSX_ONLY)
    with open_table(path) as t:
        assert t.kind == "xls"
        assert t.columns == ["会员姓名", "手机", "座机", "生日(农历请注明)", "性别", "当前积分", "累计消费",
                             "会员卡号", "爱好"]
        assert t.data_start == 4
        rows = list(t.rows())
    assert [n for n, _ in rows] == list(range(4, 4 + len(MESSY) + len(XLSX_ONLY)))
    assert rows[0][1]["会员姓名"] == "王芳" and rows[0][1]["手机"] == "138 1234 5678"
    serial_row = rows[len(MESSY)][1]
    assert serial_row["手机"] == 13800138000  # a number cell, not "13800138000.0"


def test_xls_member_import_same_as_xlsx(db_path: Path, tmp_path: Path) -> None:
    rows = MESSY + XLSX_ONLY
    path = write_xls(tmp_path / "老会员.xls", rows)
    result = import_members(path, policy=SKIP_BAD)
    assert result.written
    start = first_data_row_xlsx()
    assert _rejected_rows(result) == {start + i for i, r in enumerate(rows) if r.bad}
    assert result.counts()["imported"] == len(rows) - 4
    _assert_all_good_rows_imported(rows)  # names, phones, birthdays (date cell too), points, spend


def test_damaged_xls_is_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0 not really")
    with pytest.raises(ValidationError) as exc:
        open_table(tmp_path / "old.xls")
    assert ".xls" in exc.value.message and "损坏" in exc.value.message
