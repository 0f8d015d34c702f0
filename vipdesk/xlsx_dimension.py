"""A ``<dimension>`` for openpyxl's write-only sheets (issue 14).

openpyxl writes none in write-only mode, so readers (python-calamine, Excel, our own member
import) scan a 100,000-row sheet once just to learn its size.  A small shared helper: the
member export (model) and the roster (reports) both use it."""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter


def declare_size(ws: Any, n_rows: int, n_cols: int) -> None:
    """Call before the first ``append``: openpyxl writes the element at the top of the sheet,
    from ``calculate_dimension`` when the sheet has one."""
    ref = f"A1:{get_column_letter(max(n_cols, 1))}{max(n_rows, 1)}"
    ws.calculate_dimension = lambda: ref
