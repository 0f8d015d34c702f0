"""The member roster with segments (``vipdesk export members``).

The first columns follow the import layout (姓名, 手机, 卡号, 生日, 性别, 积分,
累计消费, 等级, … headers the importer recognises), so an exported roster with
full phones can be read back; the segment columns follow.  Written in
openpyxl's streaming mode so 100,000 members fit in memory; user text is
always a text cell, never a formula; phones are masked unless asked for.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from vipdesk.model.db import db
from vipdesk.model.phone import mask_phone
from vipdesk.model.segmentation import ensure_fresh, segment_condition
from vipdesk.reports.audit import note_export
from vipdesk.reports.workbook import FORMATS, FORMULA_STARTS, text_width

Progress = Callable[[int, int, str], None]

# (header, kind, width)
COLUMNS: list[tuple[str, str, int]] = [
    ("姓名", "text", 10), ("手机", "text", 14), ("卡号", "text", 12), ("生日", "text", 11), ("性别", "text", 6),
    ("积分", "int", 9), ("累计消费", "money", 13), ("等级", "text", 8), ("导购", "text", 9),
    ("入会日期", "date", 12), ("最近消费", "date", 12), ("介绍人", "text", 10), ("入会渠道", "text", 10),
    ("地址", "text", 24), ("邮箱", "text", 18), ("备注", "text", 18),
    ("RFM", "text", 10), ("行为矩阵", "text", 11), ("价值分层", "text", 9), ("客户金字塔", "text", 11),
    ("ABC分类", "text", 9), ("2012分级", "text", 10), ("购买类型", "text", 18), ("有效性", "text", 11),
    ("沉睡", "text", 11), ("流失预警", "text", 9), ("近12个月购买次数", "int", 10), ("近12个月消费", "money", 13),
]
GENDER = {"F": "女", "M": "男"}


def _birthday(y: int | None, m: int | None, d: int | None, lunar: bool) -> str:
    if not m or not d:
        return f"{y}年" if y else ""
    text = f"{y:04d}-{m:02d}-{d:02d}" if y else f"{m:02d}-{d:02d}"
    return ("农历 " + text) if lunar else text


def _date(v: object) -> dt.date | None:
    if v is None or v == "":
        return None
    return dt.date.fromisoformat(str(v)[:10])


def roster_rows(segment: str | None = None, full_phones: bool = False) -> list[list[object]]:
    """The roster as rows of Python values (money in fen), in member id order."""
    where, params = ("", [])
    if segment:
        where, params = segment_condition(segment, "m.id")
        where = " WHERE " + where
    sql = (
        "SELECT m.name, m.phone, m.card_no, m.birth_year, m.birth_month, m.birth_day, m.birthday_lunar, m.gender,"
        " m.points, m.total_spend, m.tier, st.name, m.enrolled_on, m.last_purchase, r.name, m.channel,"
        " m.address, m.email, m.notes, g.r, g.f, g.m, g.behaviour, g.value_band, g.pyramid, g.abc, g.grid,"
        " g.tags, g.validity, g.dormant, g.churn, g.purchases_win, g.spend_win"
        " FROM member m LEFT JOIN staff st ON st.id = m.clerk_id LEFT JOIN member r ON r.id = m.referred_by_id"
        f" LEFT JOIN member_segment g ON g.member_id = m.id{where} ORDER BY m.id")
    out = []
    for row in db.execute_sql(sql, params):
        (name, phone, card, by, bm, bd, lunar, gender, points, spend, tier, clerk, enrolled, last, referrer,
         channel, address, email, notes, r, f, mm, beh, val, pyr, abc, grid, tags, validity, dormant, churn,
         nwin, swin) = row
        out.append([
            name, phone if full_phones else mask_phone(phone), card or "", _birthday(by, bm, bd, bool(lunar)),
            GENDER.get(gender or "", ""), points, spend, tier or "", clerk or "", _date(enrolled), _date(last),
            referrer or "", channel or "", address or "", email or "", notes or "",
            f"R{r}F{f}M{mm}" if r else "", beh or "", val or "", pyr or "", abc or "", grid or "",
            "、".join(t for t in (tags or "").split("|") if t), validity or "", dormant or "",
            "是" if churn else "", nwin or 0, swin or 0,
        ])
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
    head_font, head_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="8B1A1A")
    header = []
    for label, _, _ in COLUMNS:
        c = WriteOnlyCell(ws, value=label)
        c.font, c.fill = head_font, head_fill
        header.append(c)
    ws.append(header)
    total = len(rows)
    for n, r in enumerate(rows):
        cells = []
        for (_, kind, _), v in zip(COLUMNS, r, strict=True):
            if v is None or v == "":
                cells.append(None)
                continue
            c = WriteOnlyCell(ws, value=v if kind != "money" else v / 100)
            if isinstance(v, str):
                c.data_type = "s"
                if v[:1] in FORMULA_STARTS:
                    c.quotePrefix = True
            elif kind in FORMATS:
                c.number_format = FORMATS[kind]
            cells.append(c)
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
