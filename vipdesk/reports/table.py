"""One analysis as a plain table (no Qt, no openpyxl), so the workbook writer,
the in-app view and the tests all read the same figures.

Money cells hold integer fen, shares are fractions (0.25 = 25%), dates are
``datetime.date``; ``None`` means "not applicable" (e.g. a rate over zero).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class Text(str):
    """A report text made from a template: reads as the Chinese text (the workbook for head
    office is Chinese), and keeps template and values so the app can show it translated
    (``vipdesk.ui.reports.view``).  The template is extracted for translation (context "reports")."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Text:
        obj = super().__new__(cls, template.format(**values))
        obj.template = template
        obj.values = values
        return obj


# Column kinds: text, int, money (fen), pct (fraction), num (two decimals), date;
# "kpi" = the row's own kind from ``Table.row_kinds`` (the overview mixes counts, money and rates).
KINDS = ("text", "int", "money", "pct", "num", "date", "kpi")


@dataclass
class Column:
    label: str
    kind: str = "text"
    user: bool = False  # holds user-typed text (names, notes): always written as text


@dataclass
class Chart:
    """A native chart the workbook draws from this table's columns (1-based, after the label column)."""

    kind: str  # bar / pie / line
    title: str
    value_cols: list[int]
    first_row: int = 0  # first data row (0-based into rows)
    last_row: int | None = None  # exclusive; None = all rows
    y_title: str = ""


@dataclass
class Table:
    key: str  # stable id: sheet order and GUI tabs
    title: str  # sheet name (≤ 31 chars) and heading
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    sections: list[Table] = field(default_factory=list)  # more tables below on the same sheet
    row_kinds: list[str] = field(default_factory=list)  # per-row kind for columns of kind "kpi"

    def column(self, label: str) -> list[Any]:
        i = [c.label for c in self.columns].index(label)
        return [r[i] for r in self.rows]

    def row(self, first_cell: Any) -> list[Any]:
        for r in self.rows:
            if r[0] == first_cell:
                return r
        raise KeyError(first_cell)


def ratio(a: float | int | None, b: float | int | None) -> float | None:
    if a is None or not b:
        return None
    return a / b
