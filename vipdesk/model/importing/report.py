"""The validation report of an import: what was refused or changed, row by row.

Shown in the wizard, printed by ``--json`` and saved as an .xlsx next to the
imported file.  Values come from the user's file, so every one is written as a
text cell: a phone like ``=HYPERLINK(...)`` or ``+86 138…`` must never turn
into a formula when the owner opens the report in Excel or WPS.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from vipdesk.text import tr, tr_noop

REJECTED = "rejected"  # the row (or record) was not imported
CHANGED = "changed"  # imported, but a value was corrected or moved (e.g. to notes)
DUPLICATE = "duplicate"  # matches another row or a member on file; see the action taken

SEVERITY_LABELS = {REJECTED: tr_noop("未导入"), CHANGED: tr_noop("已修正"), DUPLICATE: tr_noop("重复")}


@dataclass(slots=True)
class Problem:
    """One line of the report.  *row* is the row number in the file (None: whole file)."""

    row: int | None
    column: str
    value: object
    reason: str
    severity: str = REJECTED

    def to_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "column": self.column,
            "value": display_value(self.value),
            "reason": self.reason,
            "severity": self.severity,
        }


def display_value(value: object) -> str:
    """A cell value as the user typed it (dates as 1985-03-07, 1234.0 as 1234)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") if value.time() != dt.time() else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def count_by_severity(problems: Iterable[Problem]) -> dict[str, int]:
    counts = {REJECTED: 0, CHANGED: 0, DUPLICATE: 0}
    for p in problems:
        counts[p.severity] = counts.get(p.severity, 0) + 1
    return counts


def _text_cell(ws, value: object):  # noqa: ANN001, ANN202 - openpyxl write-only cell
    """A cell that is always text, whatever the user's value starts with."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("", display_value(value))[:32000]
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # openpyxl would bind "=..." as a formula otherwise
    return cell


def _abandon(wb) -> None:  # noqa: ANN001
    """Finish the write-only sheets' temp streams of a workbook that will not be saved."""
    for sheet in wb.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()


def write_report_xlsx(problems: Iterable[Problem], path: str | Path,
                      summary: Mapping[str, object] | None = None) -> Path:
    """Write the report to *path* atomically (temp file in the same folder, then
    os.replace), so a crash never leaves half a report and an open old one is
    only replaced once the new one is complete.  Returns *path*."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(tr("问题明细"))
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 24
    ws.column_dimensions["D"].width = 48
    ws.column_dimensions["E"].width = 10
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in (tr("行号"), tr("列"), tr("原值"), tr("原因"), tr("处理")):
        cell = WriteOnlyCell(ws, value=title)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    try:
        for p in problems:
            ws.append([
                p.row if p.row is not None else "",
                _text_cell(ws, p.column),
                _text_cell(ws, p.value),
                _text_cell(ws, p.reason),
                tr(SEVERITY_LABELS.get(p.severity, p.severity)),
            ])
        if summary:
            ws2 = wb.create_sheet(tr("汇总"))
            ws2.column_dimensions["A"].width = 20
            ws2.column_dimensions["B"].width = 40
            for key, value in summary.items():
                ws2.append([_text_cell(ws2, key), value if isinstance(value, int) and not isinstance(value, bool)
                            else _text_cell(ws2, value)])
        fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=".xlsx", dir=path.parent)
    except BaseException:
        _abandon(wb)
        raise
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        _abandon(wb)
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def report_path_for(source: str | Path) -> Path:
    """members.xlsx → members_导入报告.xlsx in the same folder."""
    source = Path(source)
    return source.with_name(f"{source.stem}_{tr('导入报告')}.xlsx")
