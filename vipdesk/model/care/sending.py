"""Sending offline: the shop sends from its own phone or SMS platform.

A batch export holds phone + text per row for the SMS platform.  Cells come
from user data, so they are written as text: CSV cells that a spreadsheet
would read as a formula (= + - @) get a leading apostrophe, and xlsx cells
are stored as strings, never formulas.  Every export is written to the
audit log because it carries full phone numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from vipdesk.model.care.engine import Task
from vipdesk.model.errors import ValidationError
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import AuditLog
from vipdesk.text import tr

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_batch(tasks: Iterable[Task], path: str | Path, *, clerk: str = "", include_held: bool = False) -> int:
    """Write phone, text (and name) per task to .csv or .xlsx; returns the row count."""
    path = Path(path)
    from vipdesk.model.care.engine import consented

    # Issue 7: a batch never carries marketing to a member who did not agree, whatever built the list.
    rows = [(t.phone, t.text, t.name) for t in consented(list(tasks)) if include_held or not t.held_reason]
    header = (tr("手机号"), tr("短信内容"), tr("姓名"))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            for r in rows:
                w.writerow([csv_safe(v) for v in r])
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = tr("群发")
        ws.append(list(header))
        for r in rows:
            ws.append(["" for _ in r])
            for col, value in enumerate(r, start=1):
                cell = ws.cell(row=ws.max_row, column=col)
                cell.value = "" if value is None else str(value)
                cell.data_type = "s"  # never a formula, even if it starts with "="
        ws.column_dimensions["A"].width = 16
        ws.column_dimensions["B"].width = 80
        wb.save(path)
    else:
        raise ValidationError(tr("文件类型"), tr("请选择 .csv 或 .xlsx 文件"))
    with transaction():
        AuditLog.create(clerk=clerk, action="care_export", count=len(rows), detail=tr("群发短信导出"), file=str(path))
    return len(rows)


def clipboard_text(task: Task) -> str:
    """What goes on the clipboard: the ready-to-send text."""
    return task.text
