"""Issue 14: .xlsx rows come from python-calamine (faster) exactly as the openpyxl reader
gives them: file row numbers, column positions, empty cells, whole numbers, dates."""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from vipdesk.model.importing.calamine_read import calamine_rows
from vipdesk.model.importing.tabular import _load_xlsx, _xlsx_rows


def test_calamine_rows_equal_the_openpyxl_reader(tmp_path):
    path = tmp_path / "会员.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "会员"
    ws["C3"], ws["D3"], ws["E3"], ws["F3"] = "姓名", "手机", "生日", "消费"
    ws["C4"], ws["D4"], ws["E4"], ws["F4"] = "黄明华", 13812341234, dt.date(1990, 5, 1), 1288.5
    ws["C6"], ws["D6"], ws["G6"] = "陈静", "139 1234 5678", True  # a gap row, a cell right of the table
    ws["C7"], ws["E7"] = "=A1", dt.datetime(2026, 1, 2, 15, 30)
    wb.save(path)
    fast = list(calamine_rows(path, "会员"))
    book = _load_xlsx(path)
    try:
        slow = list(_xlsx_rows(book, book["会员"]))
    finally:
        book.close()
    non_blank = [(n, v) for n, v in fast if any(x is not None for x in v)]
    # the formula has no cached value: both readers leave it empty
    assert non_blank == [(n, tuple(x if x != "=A1" else None for x in v)) for n, v in slow
                         if any(x is not None and x != "=A1" for x in v)]
    assert [n for n, _ in non_blank] == [3, 4, 6, 7]
    assert non_blank[1][1][3] == 13812341234 and isinstance(non_blank[1][1][3], int)
    assert non_blank[1][1][4] == dt.datetime(1990, 5, 1)


def test_a_file_calamine_cannot_open_falls_back(tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"not a zip")
    assert calamine_rows(path, None) is None  # the openpyxl reader then names the damage
