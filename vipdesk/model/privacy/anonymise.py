"""Access and deletion (PIPL): export one member's data; "delete member" = anonymise; retention.

Why anonymise instead of deleting rows: sales, returns and the points ledger
are the shop's books — monthly totals, staff contests and tier history must
not change when a member asks to be forgotten.  So her rows stay under the
member id, while everything that says who she is (name, phone, pinyin keys,
birthday, address, profile, notes, children's names, dates, free text in
contacts) is cleared.  Searching her old phone or name then finds nothing.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vipdesk.model.errors import NotFound, ValidationError, VipdeskError
from vipdesk.model.members.profile import GENDERS, SOFT_FIELDS, TEXT_FIELDS
from vipdesk.model.privacy import audit, consent
from vipdesk.model.store import settings
from vipdesk.model.store.db import database_path, db, transaction
from vipdesk.model.store.tables import (
    Card,
    Child,
    Contact,
    Member,
    MemberDate,
    PointsEntry,
    Sale,
    SaleLine,
    Staff,
    TierChange,
    Visit,
    now,
)
from vipdesk.text import tr

ANONYMISED = "anonymised"
GONE = (ANONYMISED, "merged")

RETENTION_MONTHS = settings.declare(
    "privacy.retention_months", 36, "会员资料保留期限(月)", "隐私",
    "超过这么多个月没有消费、没有联系的会员,会列入“待匿名化名单”供店长处理")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class AlreadyAnonymised(VipdeskError):
    pass


def anon_name(member_id: int) -> str:
    return tr("已注销会员#{id}").format(id=member_id)


def anon_phone(member_id: int) -> str:
    return f"anon-{member_id}"


# --- anonymise

def _clear_member(m: Member) -> None:
    m.name = anon_name(m.id)
    m.phone = anon_phone(m.id)
    m.phone_rev = ""
    m.py_initials = ""
    m.py_full = ""
    m.ethnicity = ""
    m.birth_year = m.birth_month = m.birth_day = None
    m.birth_year_estimated = m.birthday_lunar = m.birthday_leap = False
    m.email = m.address = m.sizes = ""
    for key in SOFT_FIELDS:
        setattr(m, key, "")
    m.soft_notes = m.observations = m.notes = ""
    m.card_no = None
    m.status = ANONYMISED
    m.updated_at = now()
    m.save()


def _clear_other_tables(member_id: int) -> None:
    Child.update(name="", birth_year=None, birth_month=None, birth_day=None, birthday_lunar=False,
                 birthday_leap=False, notes="").where(Child.member == member_id).execute()
    MemberDate.delete().where(MemberDate.member == member_id).execute()
    Card.update(status="cancelled").where((Card.member == member_id) & (Card.status == "active")).execute()
    Contact.update(note="", outcome="").where(Contact.member == member_id).execute()
    Visit.update(note="").where(Visit.member == member_id).execute()
    Sale.update(note="").where(Sale.member == member_id).execute()
    consent.ConsentEvent.update(guardian_name="").where(
        (consent.ConsentEvent.member == member_id) & (consent.ConsentEvent.guardian_name != "")).execute()
    # Free text other features keep about her (care reminders, complaints, invitations).
    for table, columns in (("care_task", ("reason", "extra")), ("complaint", ("description", "resolution")),
                           ("event_invite", ("note",))):
        present = {c.name for c in db.get_columns(table)} if db.table_exists(table) else set()
        sets = [c for c in columns if c in present]
        if sets:
            assign = ", ".join(f'"{c}" = ' + ("'{}'" if c == "extra" else "''") for c in sets)
            db.execute_sql(f'UPDATE "{table}" SET {assign} WHERE member_id = ?', (member_id,))


def anonymise_member(member_id: int, *, clerk: str = "") -> Member:
    """Clear everything that identifies the member; sales and ledger stay under her id (audit-logged)."""
    with transaction():
        m = Member.get_or_none(Member.id == member_id)
        if m is None:
            raise NotFound(tr("找不到会员 #{id}").format(id=member_id))
        if m.status in GONE:
            raise AlreadyAnonymised(tr("会员 #{id} 已注销或已合并,无需再次处理。").format(id=member_id))
        consent._record(member_id, consent.MARKETING, False, clerk=clerk, note=tr("注销"))
        _clear_member(m)
        _clear_other_tables(member_id)
        # Audit entries name the id only: her name in an append-only log would undo the anonymisation.
        audit.log(audit.ANONYMISE, count=1, clerk=clerk, detail=tr("会员 #{id} 已匿名化").format(id=member_id))
        return Member.get_by_id(member_id)


def anonymise_members(member_ids: list[int], *, clerk: str = "", backup_dir: str | Path | None = None) -> int:
    """The retention list's bulk action: back up first, then anonymise all in one transaction."""
    ids = sorted(set(member_ids))
    if not ids:
        return 0
    path = database_path()
    if path is not None and path.exists():
        from vipdesk.model.safety.backup import backup_dir_for, backup_now

        backup_now(path, backup_dir if backup_dir is not None else backup_dir_for(path), "bulk_delete")
    n = 0
    with transaction():
        for mid in ids:
            m = Member.get_or_none(Member.id == mid)
            if m is None or m.status in GONE:
                continue
            anonymise_member(mid, clerk=clerk)
            n += 1
        audit.log(audit.BULK, count=n, clerk=clerk, detail=tr("批量匿名化 {n} 位会员").format(n=n))
    return n


# --- retention

def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


@dataclass(frozen=True)
class RetentionRow:
    member_id: int
    name: str
    last_activity: dt.date
    enrolled_on: dt.date | None


def due_for_anonymisation(today: dt.date | None = None, months: int | None = None) -> list[RetentionRow]:
    """Members with no purchase, contact or visit (nor enrolment) for longer than the retention period."""
    today = today or dt.date.today()
    months = int(settings.get(RETENTION_MONTHS.key)) if months is None else int(months)
    if months <= 0:
        return []
    cutoff = add_months(today, -months).isoformat()
    sql = (
        "SELECT id, name, last, enrolled FROM (SELECT m.id AS id, m.name AS name, date(m.enrolled_on) AS enrolled,"
        " MAX(COALESCE(date(m.enrolled_on), '0000-00-00'), COALESCE(date(m.last_purchase), '0000-00-00'),"
        " COALESCE((SELECT date(MAX(s.sold_at)) FROM sale s WHERE s.member_id = m.id), '0000-00-00'),"
        " COALESCE((SELECT date(MAX(c.at)) FROM contact c WHERE c.member_id = m.id), '0000-00-00'),"
        " COALESCE((SELECT date(MAX(v.visited_at)) FROM visit v WHERE v.member_id = m.id), '0000-00-00')) AS last"
        " FROM member m WHERE m.status NOT IN (?, ?)) WHERE last < ? ORDER BY last, id")
    out = []
    for mid, name, last, enrolled in db.execute_sql(sql, (*GONE, cutoff)).fetchall():
        last_d = dt.date.fromisoformat(last) if last and last != "0000-00-00" else dt.date.min
        out.append(RetentionRow(mid, name, last_d, dt.date.fromisoformat(enrolled) if enrolled else None))
    return out


# --- access request: everything on file about one member

def _s(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return tr("是") if v else tr("否")
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{fen / 100:.2f}"


def member_data(member_id: int) -> dict[str, list[list[str]]]:
    """Sections (sheet name → rows, first row the header) of everything on file, as text."""
    m = Member.get_or_none(Member.id == member_id)
    if m is None:
        raise NotFound(tr("找不到会员 #{id}").format(id=member_id))
    staff = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    referrer = Member.get_or_none(Member.id == m.referred_by_id) if m.referred_by_id else None
    profile: list[tuple[str, Any]] = [
        (tr("会员编号"), m.id), (tr("姓名"), m.name), (tr("手机"), m.phone), (tr("性别"), tr(GENDERS.get(m.gender, ""))),
        (tr("出生年份"), m.birth_year), (tr("生日(月)"), m.birth_month), (tr("生日(日)"), m.birth_day),
        (tr("农历生日"), m.birthday_lunar), (tr("民族"), m.ethnicity), (tr("邮箱"), m.email),
        (tr("地址"), m.address), (tr("尺码"), m.sizes),
        *[(tr(label), getattr(m, key)) for key, (label, _) in SOFT_FIELDS.items()],
        (tr(TEXT_FIELDS["soft_notes"]), m.soft_notes), (tr(TEXT_FIELDS["observations"]), m.observations),
        (tr("备注"), m.notes), (tr("卡号"), m.card_no), (tr("专属导购"), staff.get(m.clerk_id, "")),
        (tr("介绍人"), referrer.name if referrer else ""), (tr("入会渠道"), m.channel),
        (tr("入会日期"), m.enrolled_on), (tr("状态"), m.status), (tr("积分"), m.points),
        (tr("累计消费(元)"), _yuan(m.total_spend)), (tr("购买次数"), m.purchase_count),
        (tr("最近消费"), m.last_purchase), (tr("等级"), m.tier),
    ]
    out: dict[str, list[list[str]]] = {tr("基本资料"): [[tr("项目"), tr("内容")]] + [[k, _s(v)] for k, v in profile]}
    out[tr("孩子")] = [[tr("姓名"), tr("性别"), tr("出生年份"), tr("月"), tr("日"), tr("农历"), tr("尺码"), tr("备注")]] + [
        [_s(c.name), tr(GENDERS.get(c.gender, "")), _s(c.birth_year), _s(c.birth_month), _s(c.birth_day),
         _s(c.birthday_lunar), _s(c.size), _s(c.notes)]
        for c in Child.select().where(Child.member == member_id).order_by(Child.id)]
    out[tr("纪念日")] = [[tr("名称"), tr("年"), tr("月"), tr("日"), tr("农历")]] + [
        [_s(d.label), _s(d.year), _s(d.month), _s(d.day), _s(d.is_lunar)]
        for d in MemberDate.select().where(MemberDate.member == member_id).order_by(MemberDate.id)]
    out[tr("会员卡")] = [[tr("卡号"), tr("办卡日期"), tr("状态"), tr("售价(元)"), tr("免费原因")]] + [
        [_s(c.card_no), _s(c.issued_on), _s(c.status), _yuan(c.price), _s(c.free_reason)]
        for c in Card.select().where(Card.member == member_id).order_by(Card.id)]
    sales_rows = [[tr("小票号"), tr("时间"), tr("类型"), tr("款号"), tr("品类"), tr("尺码"), tr("单价(元)"),
                   tr("数量"), tr("金额(元)"), tr("积分"), tr("导购")]]
    sales = list(Sale.select().where(Sale.member == member_id).order_by(Sale.sold_at, Sale.id))
    lines: dict[int, list[SaleLine]] = {}
    if sales:
        for line in SaleLine.select().where(SaleLine.sale.in_([s.id for s in sales])).order_by(SaleLine.id):
            lines.setdefault(line.sale_id, []).append(line)
    for s in sales:
        kind = tr("退货") if s.kind == "return" else tr("销售")
        for line in lines.get(s.id, []):
            sales_rows.append([_s(s.ticket_no), _s(s.sold_at), kind, _s(line.style_code), _s(line.category),
                               _s(line.size), _yuan(line.unit_price), _s(line.quantity), _yuan(line.amount),
                               _s(line.points), staff.get(s.clerk_id, "")])
        if not lines.get(s.id):
            sales_rows.append([_s(s.ticket_no), _s(s.sold_at), kind, "", "", "", "", _s(s.items), _yuan(s.paid),
                               _s(s.points), staff.get(s.clerk_id, "")])
    out[tr("消费记录")] = sales_rows
    out[tr("积分明细")] = [[tr("时间"), tr("变动"), tr("类型"), tr("说明")]] + [
        [_s(p.at), _s(p.delta), _s(p.kind), _s(p.reason)]
        for p in PointsEntry.select().where(PointsEntry.member == member_id).order_by(PointsEntry.id)]
    out[tr("等级变化")] = [[tr("时间"), tr("原等级"), tr("新等级"), tr("原因")]] + [
        [_s(t.at), _s(t.old_tier), _s(t.new_tier), _s(t.reason)]
        for t in TierChange.select().where(TierChange.member == member_id).order_by(TierChange.id)]
    out[tr("联系记录")] = [[tr("时间"), tr("方式"), tr("事由"), tr("结果"), tr("备注"), tr("导购")]] + [
        [_s(c.at), _s(c.channel), _s(c.kind), _s(c.outcome), _s(c.note), staff.get(c.clerk_id, "")]
        for c in Contact.select().where(Contact.member == member_id).order_by(Contact.at, Contact.id)]
    out[tr("到店记录")] = [[tr("时间"), tr("备注"), tr("导购")]] + [
        [_s(v.visited_at), _s(v.note), staff.get(v.clerk_id, "")]
        for v in Visit.select().where(Visit.member == member_id).order_by(Visit.visited_at, Visit.id)]
    out[tr("同意记录")] = [[tr("时间"), tr("类型"), tr("同意"), tr("告知书版本"), tr("记录人"), tr("监护人"), tr("说明")]] + [
        [_s(e.at), consent.kind_label(e.kind), _s(e.granted), _s(e.notice_version), _s(e.clerk),
         _s(e.guardian_name), _s(e.note)]
        for e in consent.history(member_id)]
    return out


def _write_atomic(path: Path, write: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def export_member_data(member_id: int, path: str | Path, *, clerk: str = "") -> Path:
    """Her access request: every field, children, dates, cards, sales, ledger, contacts and consent
    history to .xlsx (every cell a text cell, never a formula) or .json; audit-logged."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".json"):
        raise ValidationError(tr("文件类型"), tr("请选择 .xlsx 或 .json 文件"))
    data = member_data(member_id)
    if suffix == ".json":
        payload = {"member_id": member_id, "exported_at": _s(now()), "sections": data}
        _write_atomic(path, lambda p: p.write_text(json.dumps(payload, ensure_ascii=False, indent=2),
                                                   encoding="utf-8"))
    else:
        from openpyxl import Workbook

        wb = Workbook()
        wb.remove(wb.active)
        for title, rows in data.items():
            ws = wb.create_sheet(title[:31])
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row, start=1):
                    if value == "":
                        continue
                    cell = ws.cell(row=r, column=c)
                    cell.value = value
                    cell.data_type = "s"  # text, even if it starts with "="
                    if value.startswith(_FORMULA_START):
                        cell.quotePrefix = True
            ws.freeze_panes = "A2"
            for c in range(1, (len(rows[0]) if rows else 0) + 1):
                ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = 16
        _write_atomic(path, lambda p: wb.save(p))
    audit.log("member_export", count=1, clerk=clerk, file=path,
              detail=tr("导出会员 #{id} 的个人数据").format(id=member_id))
    return path
