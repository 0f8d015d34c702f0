"""Write report tables to an .xlsx workbook that Excel, WPS and LibreOffice open.

One sheet per analysis: a title line, a bold header row frozen under it,
number formats for money (¥), shares (%) and dates, columns as wide as their
text (CJK characters count double), notes right under the table (wrapped within
the table's width) and native charts below the notes, so no footnote ever sits
under a chart where a page break cuts it.  Empty table cells show "—" (never a
blank).  Print setup on every sheet: A4 landscape, fit to one page wide, the
title and header rows repeated on each page, 10 pt body text.  Every string is written as a text cell, never a formula; those
starting with = + - @ also get Excel's quote prefix, so editing the cell later
does not turn it into one.  The file is written under a temporary name and
moved into place, so a crash never leaves half a workbook behind.
"""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from vipdesk.reports.table import Chart, Table

FORMATS = {
    "int": "#,##0",
    "money": '"¥"#,##0.00',
    "pct": "0.0%",
    "num": "0.00",
    "date": "yyyy-mm-dd",
}
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="8B1A1A")
TITLE_FONT = Font(bold=True, size=14)
SECTION_FONT = Font(bold=True, size=12)
NOTE_FONT = Font(italic=True, color="666666", size=10)
BODY_FONT = Font(size=10)  # printed at ≥ 9 pt even after fit-to-width scaling
EMPTY = "—"  # a table cell with no figure (a rate over zero, a missing date)
THIN = Side(style="thin", color="BBBBBB")
BORDER = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
FORMULA_STARTS = ("=", "+", "-", "@")


def text_width(value: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in value)


def put_text(cell: Cell, value: str) -> None:
    """A string as a text cell: never a formula, whatever it starts with."""
    cell.value = value
    cell.data_type = "s"
    if value[:1] in FORMULA_STARTS:
        cell.quotePrefix = True


def put(cell: Cell, value: Any, kind: str) -> None:
    if value is None or value == "":
        put_text(cell, EMPTY)
        cell.alignment = Alignment(horizontal="center")
        return
    if isinstance(value, str):
        put_text(cell, value)
        return
    if kind == "money":
        cell.value = value / 100
    elif kind == "date" and isinstance(value, dt.datetime):
        cell.value = value.date()
    else:
        cell.value = value
    fmt = FORMATS.get(kind)
    if fmt:
        cell.number_format = fmt


def display(value: Any, kind: str) -> str:
    """Roughly what Excel shows, to size the column."""
    if value is None:
        return EMPTY
    if isinstance(value, str):
        return value
    if kind == "money":
        return f"¥{value / 100:,.2f}"
    if kind == "pct":
        return f"{value * 100:.1f}%"
    if kind == "num":
        return f"{value:.2f}"
    if kind == "date":
        return "2026-11-23"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


class SheetWriter:
    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.widths: dict[int, int] = {}
        self.row = 1
        self.notes: list[tuple[int, int, str]] = []  # (row, table width in columns, text)

    def _fit(self, col: int, text: str) -> None:
        self.widths[col] = max(self.widths.get(col, 0), text_width(text))

    def title(self, text: str, sub: str) -> None:
        put_text(self.ws.cell(1, 1), text)
        self.ws.cell(1, 1).font = TITLE_FONT
        put_text(self.ws.cell(2, 1), sub)
        self.ws.cell(2, 1).font = NOTE_FONT
        self.row = 3

    def table(self, t: Table, *, heading: bool = False) -> tuple[int, int]:
        """Write header + rows at the current row; returns (header row, last data row)."""
        ws = self.ws
        if heading:
            put_text(ws.cell(self.row, 1), t.title)
            ws.cell(self.row, 1).font = SECTION_FONT
            self.row += 1
        header = self.row
        for j, c in enumerate(t.columns, 1):
            cell = ws.cell(header, j)
            put_text(cell, c.label)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=False)
            cell.border = BORDER
            self._fit(j, c.label)
        for i, r in enumerate(t.rows):
            rr = header + 1 + i
            cells = list(r) + [None] * (len(t.columns) - len(r))  # a short row still has no blank cell
            for j, (c, v) in enumerate(zip(t.columns, cells, strict=False), 1):
                kind = c.kind
                if kind == "kpi":
                    kind = t.row_kinds[i] if i < len(t.row_kinds) else "num"
                cell = ws.cell(rr, j)
                put(cell, v, kind)
                cell.border = BORDER
                if cell.font is None or not cell.font.b:
                    cell.font = BODY_FONT
                self._fit(j, display(v, kind))
        last = header + len(t.rows)
        self.row = last + 1
        for note in t.notes:  # wrapped inside the table's width in finish(): never under a chart
            put_text(ws.cell(self.row, 1), note)
            ws.cell(self.row, 1).font = NOTE_FONT
            self.notes.append((self.row, max(len(t.columns), 1), note))
            self.row += 1
        self.row += 1
        return header, last

    def charts(self, t: Table, header: int, last: int) -> None:
        """The table's charts below its notes, one under the other (17 rows each)."""
        for ch in t.charts:
            _chart(self.ws, t, ch, header, last, f"A{self.row}")
            self.row += CHART_ROWS

    def finish(self, freeze_row: int | None) -> None:
        for col, w in self.widths.items():
            self.ws.column_dimensions[get_column_letter(col)].width = min(max(w + 2, 8), 60)
        for row, ncols, text in self.notes:
            width = sum(min(max(self.widths.get(c, 0) + 2, 8), 60) for c in range(1, ncols + 1))
            if ncols > 1:
                self.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            self.ws.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
            lines = max(1, -(-text_width(text) // max(width - 2, 10)))
            self.ws.row_dimensions[row].height = 14 * lines
        if freeze_row:
            # by coordinate: the cell there may be part of a merged note (an empty month), which
            # openpyxl cannot freeze at as an object
            col = get_column_letter(2 if self.ws.max_column > 4 else 1)
            self.ws.freeze_panes = f"{col}{freeze_row + 1}"

    def print_setup(self, header_row: int) -> None:
        """A4 landscape, one page wide, title and header rows on every page, narrow margins."""
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_title_rows = f"1:{header_row}"
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.5
        ws.oddFooter.center.text = "第 &P 页,共 &N 页"


CHART_ROWS = 17  # rows a chart (8 cm high) takes, plus one blank row


def _chart(ws: Worksheet, t: Table, ch: Chart, header: int, last: int, anchor: str) -> None:
    first = header + 1 + ch.first_row
    end = header + (ch.last_row if ch.last_row is not None else len(t.rows))
    if end < first:
        return
    cats = Reference(ws, min_col=1, min_row=first, max_row=end)

    def add(chart: Any, col: int) -> None:
        if first == header + 1:  # the header cell names the series
            chart.add_data(Reference(ws, min_col=col + 1, min_row=header, max_row=end), titles_from_data=True)
        else:
            chart.add_data(Reference(ws, min_col=col + 1, min_row=first, max_row=end))

    if ch.kind == "pie":
        chart = PieChart()
        add(chart, ch.value_cols[0])
        labels = DataLabelList()
        labels.showPercent = True
        labels.showVal = labels.showCatName = labels.showSerName = labels.showLegendKey = False
        chart.dataLabels = labels
    elif ch.kind == "line":
        chart = LineChart()
        for col in ch.value_cols:
            add(chart, col)
        chart.y_axis.title = ch.y_title
    else:
        chart = BarChart()
        chart.type = "col"
        if ch.kind == "bar_stacked":
            chart.grouping = "stacked"
            chart.overlap = 100
        for col in ch.value_cols:
            add(chart, col)
        chart.y_axis.title = ch.y_title
        if len(ch.value_cols) == 1:
            chart.legend = None
    chart.set_categories(cats)
    chart.title = ch.title
    chart.height = 8
    chart.width = 16
    ws.add_chart(chart, anchor)


def write_workbook(report: Any, path: str | Path) -> Path:
    """Write a ``MonthlyReport`` (tables in order) to ``path`` atomically."""
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    stamp = f"{report.shop_name}  ·  {report.period.label}  ·  生成于 {report.generated_at:%Y-%m-%d %H:%M}"
    if not report.full_phones:
        stamp += "  ·  手机号已打码"
    for t in report.tables:
        name = _sheet_name(t.title, used)
        ws = wb.create_sheet(name)
        w = SheetWriter(ws)
        w.title(f"{report.shop_name} 会员月度汇总 — {t.title}", stamp)
        header, last = w.table(t)
        w.charts(t, header, last)
        for sec in t.sections:
            h2, l2 = w.table(sec, heading=True)
            w.charts(sec, h2, l2)
        w.finish(header)
        w.print_setup(header)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(ch for ch in title if ch not in '[]:*?/\\')[:31] or "Sheet"
    base, n = name, 2
    while name in used:
        suffix = f"({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name)
    return name
