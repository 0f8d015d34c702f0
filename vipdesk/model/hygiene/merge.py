"""Merge two records of one person into one (P13).

``merge_members(survivor_id, other_id, chosen, clerk)`` runs in ONE
transaction: either everything below happens or nothing does.

- Profile: the surviving value field by field.  ``chosen[field]`` is
  "survivor", "other" or an explicit value; fields not chosen keep the
  survivor's value, or take the other's when the survivor's is empty; the
  free-text notes fields join both texts.  A phone that loses is kept in the
  survivor's notes (另一号码), so no number is forgotten.
- History moves: sales (and with them their settlements, lines, returns),
  contacts, visits, children, other dates, cards, complaints, care tasks and
  event invitations (where the survivor has no row of the same identity),
  and members the other one referred.
- Money never moves by UPDATE: the points ledger, the stored-value ledger and
  vouchers are append-only.  Points move as a pair of ``merge`` entries
  (−balance on the other, +balance on the survivor), split by expiry date so
  points that would expire still expire on the same day (a PointsLot for each
  dated part).  Stored value moves as a pair of ``adjust`` entries.  Open
  vouchers are cancelled on the other (their points come back to her first)
  and re-issued to the survivor with the same value, dates and points cost.
  Used, expired and cancelled vouchers, gift redemptions and tier history
  stay with the merged record as history.
- The other record stays (sales reports refer to ids) with status "merged",
  its phone freed as ``merged-<id>``, its card number cleared and the note
  "已合并到 #id".  Search, the customer list and duplicate finder skip it.
- Consent (privacy, append-only): when the other record holds her newest
  marketing choice or a guardian's consent, the same is appended to the survivor.
- Caches are rebuilt (``stats.refresh_member``), the survivor keeps the higher
  of the two tiers (a merge never demotes), and an ``AuditLog`` row
  (action "merge") records both ids and who did it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vipdesk.model.errors import DuplicateMember, NotFound, ValidationError
from vipdesk.model.members import profile as members_model
from vipdesk.model.members import stats
from vipdesk.model.members.profile import SOFT_FIELDS, Birthday
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import (
    AuditLog,
    Card,
    Child,
    Contact,
    Member,
    MemberDate,
    Sale,
    Staff,
    Visit,
    now,
)
from vipdesk.text import tr, tr_noop

MERGED = "merged"
SURVIVOR = "survivor"
OTHER = "other"
POINTS_KIND = "merge"

# (field key, Chinese label) in the order the merge dialog shows them.
MERGE_FIELDS: list[tuple[str, str]] = [
    ("name", tr_noop("姓名")),
    ("phone", tr_noop("手机")),
    ("gender", tr_noop("性别")),
    ("birthday", tr_noop("生日")),
    ("card_no", tr_noop("卡号")),
    ("clerk", tr_noop("专属导购")),
    ("enrolled_on", tr_noop("入会日期")),
    ("channel", tr_noop("入会渠道")),
    ("referred_by", tr_noop("介绍人")),
    ("email", tr_noop("邮箱")),
    ("address", tr_noop("地址")),
    ("ethnicity", tr_noop("民族")),
    ("sizes", tr_noop("尺码")),
    *[(k, label) for k, (label, _choices) in SOFT_FIELDS.items()],
    ("soft_notes", tr_noop("软档案备注")),
    ("observations", tr_noop("员工观察")),
    ("notes", tr_noop("备注")),
]
FIELD_KEYS = [k for k, _ in MERGE_FIELDS]
JOINED_TEXT = ("notes", "soft_notes", "observations")  # default: both texts kept


@dataclass
class MergeResult:
    survivor_id: int
    other_id: int
    values: dict[str, Any]  # the survivor's profile after the merge
    points_moved: int
    stored_value_moved: int  # fen
    vouchers_moved: int
    sales_moved: int
    audit_id: int


# ---------------------------------------------------------------- field values


def field_value(m: Member, key: str) -> Any:
    """The member's value of one merge field (birthday as Birthday, clerk/referrer as ids)."""
    if key == "birthday":
        if not (m.birth_month and m.birth_day):
            return None
        return Birthday(m.birth_month, m.birth_day, m.birth_year, bool(m.birthday_lunar), bool(m.birthday_leap),
                        bool(m.birth_year_estimated))
    if key == "clerk":
        return m.clerk_id
    if key == "referred_by":
        return m.referred_by_id
    if key == "enrolled_on":
        v = m.enrolled_on
        return v if v is None or isinstance(v, dt.date) else dt.date.fromisoformat(str(v)[:10])
    return getattr(m, key)


def _empty(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def field_text(key: str, value: Any) -> str:
    """A merge field's value as the dialog shows it."""
    if _empty(value):
        return ""
    if key == "birthday":
        from vipdesk.formatting import lunar_in_numbers
        from vipdesk.model.importing.parse import ParsedDate

        if lunar_in_numbers():  # English: "Lunar 8/15 (1978)", "1985-03-07", "3/7"
            from vipdesk.model.members.calendar import Anniversary, anniversary_text

            text = anniversary_text(Anniversary(value.month, value.day, value.is_lunar, value.is_leap, value.year))
            return text + (f" ({value.year})" if value.is_lunar and value.year else "")
        return ParsedDate(value.year, value.month, value.day, value.is_lunar, value.is_leap).format()
    if key == "gender":
        return tr(members_model.GENDERS.get(value, value))
    if key == "channel":
        return tr(str(value))  # the offered channels shown translated; one the shop typed, as typed
    if key == "clerk":
        s = Staff.get_or_none(Staff.id == value)
        return s.name if s else f"#{value}"
    if key == "referred_by":
        r = Member.get_or_none(Member.id == value)
        return f"{r.name}(#{value})" if r else f"#{value}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _default(key: str, mine: Any, theirs: Any) -> Any:
    if key in JOINED_TEXT:
        a, b = (mine or "").strip(), (theirs or "").strip()
        if a and b and b not in a:
            return f"{a};{b}"
        return a or b
    if key == "birthday" and mine and theirs and mine.year is None and theirs.year is not None \
            and (mine.month, mine.day, mine.is_lunar) == (theirs.month, theirs.day, theirs.is_lunar):
        return theirs  # the same birthday, with the year: more complete
    if key == "enrolled_on" and mine and theirs:
        return min(mine, theirs)  # she has been a member since the earlier date
    return theirs if _empty(mine) else mine


def _load(member_id: int) -> Member:
    m = Member.get_or_none(Member.id == member_id)
    if m is None:
        raise NotFound(tr("找不到会员 #{id}").format(id=member_id))
    if m.status in (MERGED, "anonymised"):
        raise ValidationError(tr("会员"), tr("会员 #{id} 已合并或已删除,不能再合并").format(id=member_id))
    return m


def merged_values(survivor: Member, other: Member, chosen: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The survivor's profile after a merge with these choices (what the dialog previews)."""
    chosen = dict(chosen or {})
    unknown = set(chosen) - set(FIELD_KEYS)
    if unknown:
        raise ValidationError(tr("合并"), tr("未知字段:") + "、".join(sorted(unknown)))
    out: dict[str, Any] = {}
    for key in FIELD_KEYS:
        mine, theirs = field_value(survivor, key), field_value(other, key)
        pick = chosen.get(key, None)
        if key not in chosen:
            out[key] = _default(key, mine, theirs)
        elif isinstance(pick, str) and pick == SURVIVOR:
            out[key] = mine
        elif isinstance(pick, str) and pick == OTHER:
            out[key] = theirs
        else:
            out[key] = pick
    if _empty(out["phone"]):
        raise ValidationError(tr("手机"), tr("合并后的会员必须有手机号"))
    if _empty(out["name"]):
        raise ValidationError(tr("姓名"), tr("请填写姓名"))
    if out["referred_by"] in (survivor.id, other.id):
        out["referred_by"] = None
    return out


def preview(survivor_id: int, other_id: int, chosen: Mapping[str, Any] | None = None) -> dict[str, Any]:
    return merged_values(_load(survivor_id), _load(other_id), chosen)


# ---------------------------------------------------------------- money


def _move_points(other_id: int, survivor_id: int, at: dt.datetime, clerk_id: int | None) -> int:
    """Pair(s) of ledger entries; dated parts keep their expiry date on the survivor."""
    from vipdesk.model.loyalty import ledger
    from vipdesk.model.loyalty.tables import PointsLot

    balance = stats.ledger_balance(other_id)
    if balance <= 0:
        return 0
    lots = ledger._remaining_lots(other_id)  # same allocation the ledger's expiry uses
    ledger.post_points(other_id, -balance, POINTS_KIND, tr("合并到会员 #{id}").format(id=survivor_id),
                       clerk_id=clerk_id, at=at)
    by_date: dict[dt.date | None, int] = {}
    for exp, pts in lots:
        by_date[exp] = by_date.get(exp, 0) + pts
    moved = sum(by_date.values())
    if moved != balance:  # should not happen; never create or lose points
        by_date = {None: balance}
    reason = tr("由会员 #{id} 合并转入").format(id=other_id)
    for exp, pts in sorted(by_date.items(), key=lambda kv: (kv[0] is None, kv[0] or dt.date.max)):
        if pts <= 0:
            continue
        entry = ledger.post_points(survivor_id, pts, POINTS_KIND, reason, clerk_id=clerk_id, at=at)
        if exp is not None:
            PointsLot.create(entry=entry.id, member=survivor_id, expires_on=exp)
    return balance


def _move_stored_value(other_id: int, survivor_id: int, at: dt.datetime, clerk_id: int | None) -> int:
    from vipdesk.model.loyalty import stored_value

    bal = stored_value.balance(other_id)
    if bal <= 0:
        return 0
    stored_value.post(other_id, -bal, "adjust", tr("合并到会员 #{id}").format(id=survivor_id),
                      clerk_id=clerk_id, at=at)
    stored_value.post(survivor_id, bal, "adjust", tr("由会员 #{id} 合并转入").format(id=other_id),
                      clerk_id=clerk_id, at=at)
    return bal


def _open_vouchers(other_id: int) -> list:
    from vipdesk.model.loyalty import vouchers

    return vouchers.member_vouchers(other_id, open_only=True)


def _cancel_vouchers(open_list: list, survivor_id: int, at: dt.datetime, clerk_id: int | None) -> None:
    from vipdesk.model.loyalty import vouchers

    for v in open_list:
        vouchers.cancel(v.id, tr("会员合并,转给会员 #{id}").format(id=survivor_id), clerk_id=clerk_id, at=at)


def _reissue_vouchers(open_list: list, other_id: int, survivor_id: int, at: dt.datetime,
                      clerk_id: int | None) -> int:
    from vipdesk.model.loyalty import vouchers

    for v in open_list:
        note = tr("由会员 #{id} 的礼券 {code} 合并转入").format(id=other_id, code=v.code)
        vouchers.issue(survivor_id, v.kind, v.value, expires_on=v.expires_on, valid_from=v.valid_from,
                       points_cost=v.points_cost, clerk_id=clerk_id, note=(f"{v.note};" if v.note else "") + note,
                       at=at, reason=note)
    return len(open_list)


# ---------------------------------------------------------------- history rows


def _move_unique(table: str, key_cols: tuple[str, ...], other_id: int, survivor_id: int) -> None:
    """Move rows of a table with a unique identity incl. member: rows the survivor already has stay."""
    if not db.table_exists(table):
        return
    same = " AND ".join(f"t2.{c} IS {table}.{c}" for c in key_cols)
    db.execute_sql(
        f"UPDATE {table} SET member_id = ? WHERE member_id = ? AND NOT EXISTS "
        f"(SELECT 1 FROM {table} t2 WHERE t2.member_id = ? AND {same})", (survivor_id, other_id, survivor_id))


def _move_history(other_id: int, survivor_id: int) -> int:
    sales = Sale.update(member=survivor_id).where(Sale.member == other_id).execute()
    for model in (Contact, Visit, Child, MemberDate, Card):
        model.update(member=survivor_id).where(model.member == other_id).execute()
    Member.update(referred_by=survivor_id).where(
        (Member.referred_by == other_id) & (Member.id != survivor_id)).execute()
    Member.update(referred_by=None).where((Member.id == survivor_id) & (Member.referred_by == other_id)).execute()
    if db.table_exists("complaint"):
        db.execute_sql("UPDATE complaint SET member_id = ? WHERE member_id = ?", (survivor_id, other_id))
    _move_unique("care_task", ("kind", "due", "ref"), other_id, survivor_id)
    _move_unique("event_invite", ("event_id",), other_id, survivor_id)
    if db.table_exists("member_segment"):  # a cache: recomputed for the survivor below
        db.execute_sql("DELETE FROM member_segment WHERE member_id = ?", (other_id,))
    return sales


def _settle_cards(survivor_id: int, card_no: str | None) -> str | None:
    """Exactly one active card (the chosen one) after the merge; returns the card number kept."""
    if card_no:
        card_no = str(card_no).strip().upper()
        if not Card.select().where((Card.member == survivor_id) & (Card.card_no == card_no)).exists():
            raise ValidationError(tr("卡号"), tr("只能选两位会员已有的卡号:") + card_no)
        Card.update(status="cancelled").where(
            (Card.member == survivor_id) & (Card.status == "active") & (Card.card_no != card_no)).execute()
        latest = (Card.select().where((Card.member == survivor_id) & (Card.card_no == card_no))
                  .order_by(Card.id.desc()).first())
        if latest.status != "active":
            latest.status = "active"
            latest.save()
        return card_no
    return None


# ---------------------------------------------------------------- the merge


def _clerk_row(clerk: str | int | None) -> tuple[int | None, str]:
    if clerk is None or clerk == "":
        return None, ""
    if isinstance(clerk, int):
        s = Staff.get_or_none(Staff.id == clerk)
        return (s.id, s.name) if s else (None, str(clerk))
    s = Staff.get_or_none(Staff.name == clerk)
    return (s.id if s else None), str(clerk)


def merge_members(survivor_id: int, other_id: int, chosen: Mapping[str, Any] | None = None,
                  clerk: str | int | None = None) -> MergeResult:
    """Merge *other_id* into *survivor_id* (see the module docstring); returns what moved.

    *clerk*: who does it (staff name or id), for the audit log and the ledger entries."""
    if survivor_id == other_id:
        raise ValidationError(tr("会员"), tr("不能把会员和自己合并"))
    clerk_id, clerk_name = _clerk_row(clerk)
    at = now()
    with transaction():
        survivor, other = _load(survivor_id), _load(other_id)
        values = merged_values(survivor, other, chosen)
        old_phones = {survivor.phone, other.phone}
        old_tiers = (survivor.tier, other.tier)

        open_list = _open_vouchers(other_id)
        _cancel_vouchers(open_list, survivor_id, at, clerk_id)  # points they cost come back first
        points = _move_points(other_id, survivor_id, at, clerk_id)
        sv = _move_stored_value(other_id, survivor_id, at, clerk_id)
        moved_vouchers = _reissue_vouchers(open_list, other_id, survivor_id, at, clerk_id)
        sales = _move_history(other_id, survivor_id)

        # Free the other's unique phone and card number before the survivor may take them.
        other_notes = (other.notes or "").strip()
        mark = tr("已合并到 #{id}").format(id=survivor_id)
        Member.update(status=MERGED, phone=f"merged-{other_id}", phone_rev="", card_no=None,
                      notes=f"{mark};{other_notes}" if other_notes else mark, updated_at=at).where(
            Member.id == other_id).execute()
        Member.update(card_no=None).where(Member.id == survivor_id).execute()

        survivor = Member.get_by_id(survivor_id)
        fields: dict[str, Any] = {}
        for key in FIELD_KEYS:
            v = values[key]
            if key == "card_no":
                continue
            if key == "clerk":
                fields["clerk_id"] = v
            elif key == "referred_by":
                fields["referred_by_id"] = v
            elif key == "enrolled_on":
                if v is not None:
                    fields["enrolled_on"] = v
            elif key == "birthday":
                fields["birthday"] = v
            elif key == "gender":
                fields["gender"] = v or ""
            else:
                fields[key] = "" if v is None else v
        members_model._apply_fields(survivor, fields)  # the profile's own validation rules
        lost = [p for p in old_phones if p != survivor.phone]
        extra = [tr("另一号码") + f":{p}" for p in lost if p and p not in (survivor.notes or "")]
        if extra:
            survivor.notes = ";".join(filter(None, [survivor.notes, *extra]))[:2000]
        clash = Member.get_or_none((Member.phone == survivor.phone) & (Member.id != survivor_id))
        if clash is not None:
            raise DuplicateMember(tr("手机号 {phone} 已是会员 {name} 的号码").format(
                phone=survivor.phone, name=clash.name), clash.id)
        survivor.card_no = _settle_cards(survivor_id, values["card_no"])
        survivor.updated_at = at
        survivor.save()

        _carry_consent(other_id, survivor_id, clerk_name)
        stats.refresh_member(survivor_id)
        stats.refresh_member(other_id)
        _keep_higher_tier(survivor_id, old_tiers)
        _resegment(survivor_id)
        audit = AuditLog.create(
            clerk=clerk_name, action="merge", count=1, at=at,
            detail=tr("会员 #{other} 合并到 #{survivor}").format(other=other_id, survivor=survivor_id)
            + f"(other={other_id}, survivor={survivor_id}, points={points}, stored_value={sv},"
              f" vouchers={moved_vouchers}, sales={sales})")
        return MergeResult(survivor_id, other_id, values, points, sv, moved_vouchers, sales, audit.id)


def _carry_consent(other_id: int, survivor_id: int, clerk: str) -> None:
    """Consent is append-only history: when the other record holds her newest word on marketing
    (or a guardian's consent), append the same to the survivor (a withdrawal is logged there)."""
    try:
        from vipdesk.model.privacy import consent
    except ImportError:  # pragma: no cover - privacy module absent
        return
    for kind in (consent.MARKETING, consent.GUARDIAN):
        mine, theirs = consent.latest(survivor_id, kind), consent.latest(other_id, kind)
        if theirs is None or (mine is not None and mine.id > theirs.id):  # ids grow with time
            continue
        if kind == consent.MARKETING:
            if mine is None or bool(mine.granted) != bool(theirs.granted):
                consent.record_marketing_consent(survivor_id, bool(theirs.granted), clerk=clerk)
        elif theirs.granted and theirs.guardian_name:
            consent.record_guardian_consent(survivor_id, theirs.guardian_name, clerk=clerk)


def _keep_higher_tier(survivor_id: int, old_tiers: tuple[str, str]) -> None:
    from vipdesk.model.loyalty import tiers

    levels = {t.name: t.threshold for t in tiers.tiers()}
    best = max((t for t in old_tiers if t in levels), key=lambda t: levels[t], default=None)
    current = Member.get_by_id(survivor_id).tier
    if best is not None and levels[best] > levels.get(current, -1):
        tiers.set_tier(survivor_id, best, tr("会员合并"))
    tiers.check_upgrade(survivor_id, tr("会员合并"))


def _resegment(member_id: int) -> None:
    try:
        from vipdesk.model.segmentation import store
    except ImportError:  # pragma: no cover - segmentation not installed
        return
    if store.last_run() is not None:
        store.recompute_member(member_id)
