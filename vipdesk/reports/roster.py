"""The member roster with segments (``vipdesk export members``).

The first columns are exactly the import engineer's members export
(``vipdesk.model.importing.members_export``: the import's own headers, so a
full-phone roster reads back in); the segment columns follow and the importer
ignores them.  Written in openpyxl's streaming mode so 100,000 members fit in
memory; user text is always a text cell, never a formula; phones are masked
unless asked for; merged and anonymised records are never exported.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from vipdesk.model.importing import members_export as mx
from vipdesk.model.segmentation import ensure_fresh, segment_expression
from vipdesk.model.segmentation.tables import MemberSegment
from vipdesk.model.store.tables import Member
from vipdesk.reports.audit import note_export
from vipdesk.reports.workbook import FORMULA_STARTS, text_width
from vipdesk.xlsx_dimension import declare_size

Progress = Callable[[int, int, str], None]

# (header, kind, width): the import layout first, then the segments
SEGMENT_COLUMNS: list[tuple[str, str, int]] = [
    ("RFM", "text", 10), ("行为矩阵", "text", 11), ("价值分层", "text", 9), ("客户金字塔", "text", 11),
    ("ABC分类", "text", 9), ("2012分级", "text", 10), ("购买类型", "text", 18), ("有效性", "text", 11),
    ("沉睡", "text", 11), ("流失预警", "text", 9), ("近12个月购买次数", "int", 10), ("近12个月消费", "yuan", 13),
]
_WIDTHS = {"name": 10, "mobile": 14, "card_no": 12, "birthday": 16, "address": 30, "email": 22, "joined_on": 12}
COLUMNS: list[tuple[str, str, int]] = [
    (h, "text" if k in mx._TEXT_COLUMNS else "date" if k == "joined_on" else "yuan" if k == "total_spend"
     else "int", _WIDTHS.get(k, 10)) for k, h in zip(mx.COLUMNS, mx.HEADERS, strict=True)
] + SEGMENT_COLUMNS
FORMATS = {"date": "yyyy-mm-dd", "yuan": "0.00", "int": "0"}


def _segment_cells(g: MemberSegment | None) -> list[object]:
    if g is None:
        return [""] * (len(SEGMENT_COLUMNS) - 2) + [0, 0.0]
    return [f"R{g.r}F{g.f}M{g.m}" if g.r else "", g.behaviour, g.value_band, g.pyramid, g.abc, g.grid,
            "、".join(t for t in (g.tags or "").split("|") if t), g.validity, g.dormant, "是" if g.churn else "",
            g.purchases_win, g.spend_win / 100]


def roster_rows(segment: str | None = None, full_phones: bool = False) -> list[list[object]]:
    """The roster as rows of cell values (import layout + segments), in member id order."""
    q = mx._query(None).select_extend(Member.id.alias("seg_member_id"))
    if segment:
        q = q.where(segment_expression(segment))
    segs = {g.member_id: g for g in MemberSegment.select()}
    out = []
    for m in q.iterator():
        values = mx.row_values(m, m.clerk_name or "", m.ref_phone, full_phones)
        out.append([values[k] for k in mx.COLUMNS] + _segment_cells(segs.get(m.seg_member_id)))
    return out


def export_members(path: str | Path, *, segment: str | None = None, full_phones: bool = False,
                   clerk: str = "", progress: Progress | None = None) -> tuple[Path, int]:
    """Write the roster (optionally one segment) atomically; returns (path, member count)."""
    path = Path(path)
    ensure_fresh(progress)
    rows = roster_rows(segment, full_phones)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("会员名单")
    ws.freeze_panes = "B2"
    widths = [w for _, _, w in COLUMNS]
    for i, (_, kind, _) in enumerate(COLUMNS):
        if kind == "text":
            for r in rows[:2000]:
                v = r[i]
                if isinstance(v, str):
                    widths[i] = max(widths[i], min(text_width(v) + 2, 50))
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    declare_size(ws, len(rows) + 1, len(COLUMNS))
    head_font, head_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="8B1A1A")
    header = []
    for label, _, _ in COLUMNS:
        c = WriteOnlyCell(ws, value=label)
        c.font, c.fill = head_font, head_fill
        header.append(c)
    ws.append(header)
    total = len(rows)
    for n, r in enumerate(rows):
        # Plain values stream fastest; only text that Excel could read as a formula, dates and
        # the money columns need a styled cell (openpyxl would turn "=…" into a formula).
        cells: list[object] = []
        for (_, kind, _), v in zip(COLUMNS, r, strict=True):
            if v is None or v == "":
                cells.append(None)
            elif isinstance(v, str):
                if v[:1] in FORMULA_STARTS:
                    c = WriteOnlyCell(ws, value=v)
                    c.data_type = "s"
                    c.quotePrefix = True
                    cells.append(c)
                else:
                    cells.append(v)
            elif kind in ("date", "yuan"):
                c = WriteOnlyCell(ws, value=v)
                c.number_format = FORMATS[kind]
                cells.append(c)
            else:
                cells.append(v)
        ws.append(cells)
        if progress and n % 2000 == 0:
            progress(n, total, f"正在写入会员 {n}/{total}…")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    note_export("export_members", total, (segment or "全部会员") + (" 完整手机号" if full_phones else ""), path,
                clerk)
    if progress:
        progress(total, total, "完成")
    return path, total
