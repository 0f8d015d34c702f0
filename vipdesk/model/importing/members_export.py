"""Members back out to Excel in the column layout the member import reads (issue 3).

Round trip: ``export_members(path, full_phones=True)`` then ``import_members``
into an empty database gives the same members — names, phones, cards,
birthdays (lunar ones written as 农历八月十五), gender, points, spend, tier,
address, email, notes, clerk and enrolment date, plus ethnicity, occupation,
sizes, channel and referrer.  The headers are the import's own field labels,
so the import's mapping recognises every column without help.

Privacy (issue 7): phones are masked (138****5678) unless *full_phones*;
a masked file is for reading, it cannot be imported back (a masked number is
not a phone).  Full numbers need the owner: the GUI asks for the owner PIN
and the CLI wants ``--full-phones``; this function only does what it is told.
Every export leaves an ``AuditLog`` row (action ``export_members``).

Safety: every cell from user data is a text cell (a name starting with "="
never becomes a formula); the file is written to a temp name in the same
folder and renamed with os.replace only when complete, so a crash or a
cancel never leaves half a file and never spoils an earlier export.
Soft-profile pick-lists and staff observations are not exported: the import
has no columns for them.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from peewee import JOIN

from vipdesk.model.errors import VipdeskError
from vipdesk.model.importing.mapping import MEMBER_FIELDS, NOTES
from vipdesk.model.importing.parse import ParsedDate
from vipdesk.model.importing.tabular import Cancel, is_cancelled
from vipdesk.model.members.phone import mask_phone
from vipdesk.model.members.profile import GENDERS
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import AuditLog, Member, Staff
from vipdesk.text import tr

HIDDEN_STATUSES = ("merged", "anonymised")
PROGRESS_EVERY = 500

# Column order of the export: import field keys; headers are their labels.
COLUMNS: tuple[str, ...] = ("name", "mobile", "card_no", "birthday", "gender", "points", "total_spend", "tier",
                            "address", "email", NOTES, "clerk", "joined_on", "ethnicity", "occupation", "size",
                            "channel", "referrer")
HEADERS: tuple[str, ...] = tuple(MEMBER_FIELDS[k].label for k in COLUMNS)
_TEXT_COLUMNS = {"name", "mobile", "card_no", "birthday", "gender", "tier", "address", "email", NOTES, "clerk",
                 "ethnicity", "occupation", "size", "channel", "referrer"}


class ExportCancelled(VipdeskError):
    def __init__(self) -> None:
        super().__init__(tr("导出已取消,没有生成文件"))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    full_phones: bool


def birthday_cell(m: Member) -> str:
    """1985-03-07 / 3月7日 / 农历八月十五 / 农历1985年闰四月初一: what parse_date reads back."""
    if not (m.birth_month and m.birth_day):
        if m.birth_year:  # P1: a year (or an age) without month/day reads back as the same year
            from vipdesk.model.members.age import BirthYear

            return BirthYear(m.birth_year, bool(getattr(m, "birth_year_estimated", False))).text()
        return ""
    return ParsedDate(m.birth_year, m.birth_month, m.birth_day, bool(m.birthday_lunar),
                      bool(m.birthday_leap)).format()


def _date(v: object) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v  # type: ignore[return-value]
    return dt.date.fromisoformat(str(v)[:10])


def row_values(m: Member, clerk: str, referrer_phone: str | None, full_phones: bool) -> dict[str, object]:
    """One member as {column key: cell value} (text, int points, yuan as a number, a date)."""
    shown = (lambda p: p or "") if full_phones else mask_phone
    return {
        "name": m.name,
        "mobile": shown(m.phone),
        "card_no": m.card_no or "",
        "birthday": birthday_cell(m),
        "gender": GENDERS.get(m.gender or "", ""),
        "points": int(m.points or 0),
        "total_spend": (m.total_spend or 0) / 100,
        "tier": m.tier or "",
        "address": m.address or "",
        "email": m.email or "",
        NOTES: m.notes or "",
        "clerk": clerk or "",
        "joined_on": _date(m.enrolled_on),
        "ethnicity": m.ethnicity or "",
        "occupation": m.occupation or "",
        "size": m.sizes or "",
        "channel": m.channel or "",
        "referrer": shown(referrer_phone) if referrer_phone else "",
    }


_SELECTED = ("name", "phone", "card_no", "birth_year", "birth_year_estimated",
             "birth_month", "birth_day", "birthday_lunar", "birthday_leap",
             "gender", "points", "total_spend", "tier", "address", "email", "notes", "enrolled_on", "ethnicity",
             "occupation", "sizes", "channel")


def _query(member_ids: Sequence[int] | None):
    """Plain named tuples, not model objects: 100,000 rows must not cost a model instance each."""
    Ref = Member.alias("ref")  # noqa: N806 - peewee alias
    q = (Member.select(*[getattr(Member, f) for f in _SELECTED], Staff.name.alias("clerk_name"),
                       Ref.phone.alias("ref_phone"))
         .join(Staff, JOIN.LEFT_OUTER, on=(Member.clerk == Staff.id))
         .switch(Member)
         .join(Ref, JOIN.LEFT_OUTER, on=(Member.referred_by == Ref.id))
         .where(Member.status.not_in(HIDDEN_STATUSES)))
    if member_ids is not None:
        q = q.where(Member.id.in_(list(member_ids)))
    return q.order_by(Member.id).namedtuples()


def _discard(ws: object) -> None:
    """Finish and delete a write-only sheet's temp file (openpyxl keeps one per sheet)."""
    try:
        ws.close()  # type: ignore[attr-defined]
        out = getattr(getattr(ws, "_writer", None), "out", None)
        if out and os.path.exists(out):
            os.unlink(out)
    except Exception:  # noqa: BLE001 - best effort clean-up of a temp file
        pass


def export_members(path: str | Path, full_phones: bool = False, member_ids: Sequence[int] | None = None,
                   progress: Callable[..., None] | None = None, cancelled: Cancel | None = None,
                   clerk: str = "") -> ExportResult:
    """Write the members (all on file, or *member_ids*) to *path* (.xlsx).

    *progress(done, total)* every few hundred rows; *cancelled* (callable → bool or a
    threading.Event) is checked per row and raises ExportCancelled (no file written).
    Merged and anonymised records are never exported.  Logs the export in AuditLog."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    path.parent.mkdir(parents=True, exist_ok=True)
    count_q = Member.select().where(Member.status.not_in(HIDDEN_STATUSES))
    if member_ids is not None:
        count_q = count_q.where(Member.id.in_(list(member_ids)))
    total = count_q.count()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(tr("会员"))
    widths = {"name": 10, "mobile": 14, "card_no": 12, "birthday": 16, "address": 30, "email": 22, NOTES: 30,
              "joined_on": 12}
    for i, key in enumerate(COLUMNS):
        ws.column_dimensions[get_column_letter(i + 1)].width = widths.get(key, 10)
    ws.freeze_panes = "A2"
    from vipdesk.xlsx_dimension import declare_size

    declare_size(ws, total + 1, len(COLUMNS))  # issue 14: readers size the sheet without a first pass
    bold = Font(bold=True)
    header = []
    for title in HEADERS:
        c = WriteOnlyCell(ws, value=tr(title))
        c.font = bold
        header.append(c)
    ws.append(header)

    def cell(key: str, value: object) -> object:
        # Empty cells are left out (openpyxl skips None), which halves the work on sparse profiles.
        if key in _TEXT_COLUMNS:
            text = ILLEGAL_CHARACTERS_RE.sub("", str(value))[:32000]
            if not text:
                return None
            if text.startswith("="):  # the only prefix openpyxl would turn into a formula
                c = WriteOnlyCell(ws, value=text)
                c.data_type = "s"
                return c
            return text
        if key == "joined_on":
            return value.isoformat() if value else None  # text the import reads back; no style per cell
        return value

    done = 0
    try:
        for m in _query(member_ids).iterator():
            if is_cancelled(cancelled):
                raise ExportCancelled()
            values = row_values(m, m.clerk_name or "", m.ref_phone, full_phones)  # type: ignore[arg-type]
            ws.append([cell(k, values[k]) for k in COLUMNS])
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
        if is_cancelled(cancelled):
            raise ExportCancelled()
    except BaseException:
        _discard(ws)
        raise

    fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    if progress is not None:
        progress(total, total)
    with transaction():
        AuditLog.create(clerk=clerk, action="export_members", count=done, file=str(path),
                        detail=tr("会员导出(完整手机号)") if full_phones else tr("会员导出(手机号已隐藏)"))
    return ExportResult(path, done, full_phones)
