"""Excel 97–2003 (.xls) files, read like .xlsx (many shops' old member lists are .xls).

python-calamine (Rust calamine) reads BIFF8 without a C build and is maintained;
xlrd ≥ 2 dropped .xls formulas' cached values and is frozen.  The whole sheet is
read at once: an .xls holds at most 65,536 rows, so that stays small.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path

from vipdesk.model.errors import ValidationError
from vipdesk.text import tr

FILE_FIELD = "文件"


def _value(v: object) -> object:
    """As openpyxl would give it: calamine reads every number as a float (a phone 13812345678
    must not become "13812345678.0") and blanks as ""."""
    if isinstance(v, str) and v == "":
        return None
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


def _open(path: Path):  # noqa: ANN202 - CalamineWorkbook
    try:
        from python_calamine import CalamineWorkbook

        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise ValidationError(FILE_FIELD, tr("无法打开 Excel(.xls)文件,文件可能已损坏") + f"({exc})") from exc


def sheet_names(path: str | Path) -> list[str]:
    return list(_open(Path(path)).sheet_names)


def xls_rows(path: Path, sheet: str) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(row number, values) of *sheet*, numbered as Excel shows them."""
    wb = _open(path)
    try:
        ws = wb.get_sheet_by_name(sheet)
        for number, values in enumerate(ws.to_python(skip_empty_area=False), start=1):
            yield number, tuple(_value(v) for v in values)
    except ValidationError:
        raise
    except Exception as exc:
        raise ValidationError(FILE_FIELD, tr("Excel(.xls)文件已损坏,无法读完") + f"({exc})") from exc


def open_xls(path: Path, sheet: str | None, known: Collection[str]):  # noqa: ANN201 - tabular.Table
    """The .xls counterpart of tabular._open_xlsx: header found the same way, merges included."""
    from vipdesk.model.importing.tabular import SCAN_ROWS, Table, _build, _cell_text

    wb = _open(path)
    names = list(wb.sheet_names)
    if not names:
        raise ValidationError(FILE_FIELD, tr("文件是空的,没有找到表头"))
    if sheet is not None and sheet not in names:
        raise ValidationError(FILE_FIELD, tr("找不到工作表") + f"({sheet})")
    sheet = sheet or names[0]
    try:
        ws = wb.get_sheet_by_name(sheet)
        rows = ws.to_python(skip_empty_area=False)
        merges = []
        for (r1, c1), (r2, c2) in (ws.merged_cell_ranges or []):
            merges.append((c1 + 1, r1 + 1, c2 + 1, r2 + 1))  # (min_col, min_row, max_col, max_row), 1-based
    except ValidationError:
        raise
    except Exception as exc:
        raise ValidationError(FILE_FIELD, tr("Excel(.xls)文件已损坏,无法读完") + f"({exc})") from exc
    grid = [[_cell_text(_value(v)) for v in r] for r in rows[:SCAN_ROWS + 2]]
    columns, positions, header_row, data_start = _build(grid, merges, known)
    return Table(path, "xls", columns, positions, header_row, data_start, total_rows=len(rows), sheet=sheet)
