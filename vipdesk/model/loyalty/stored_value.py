"""Stored value (储值): top-up with a bonus rule (充1000送100), paying part or all
of a sale, refunding a top-up, and a text slip to print.

Same rules as points: an append-only ledger in fen, the balance is the sum,
it never goes below zero, and a correction is a new entry.  Off until the
owner switches it on (``loyalty.sv_enabled``).
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from vipdesk.formatting import fen_to_yuan_text, format_datetime
from vipdesk.model.errors import InsufficientBalance, NotFound, ValidationError
from vipdesk.model.loyalty import config
from vipdesk.model.loyalty.tables import StoredValueEntry
from vipdesk.model.members.phone import mask_phone
from vipdesk.model.store import settings
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import Member, Staff, now
from vipdesk.text import tr

KINDS = {"topup": "充值", "bonus": "充值赠送", "pay": "消费支付", "refund": "退货退回储值",
         "topup_refund": "退充值", "bonus_refund": "扣回赠送", "adjust": "调整"}


def enabled() -> bool:
    return bool(config.get(config.SV_ENABLED.key))


def balance(member_id: int) -> int:
    return int(StoredValueEntry.select(fn.COALESCE(fn.SUM(StoredValueEntry.delta), 0))
               .where(StoredValueEntry.member == member_id).scalar())


def entries(member_id: int) -> list[StoredValueEntry]:
    return list(StoredValueEntry.select().where(StoredValueEntry.member == member_id)
                .order_by(StoredValueEntry.at, StoredValueEntry.id))


def bonus_for(amount: int) -> int:
    """Bonus of the highest rule the top-up reaches (充1000送100)."""
    best = 0
    for r in config.get(config.SV_BONUS_RULES.key):
        if amount >= int(r.get("min_fen", 0)) > 0:
            best = max(best, int(r.get("bonus_fen", 0)))
    return best


def post(member_id: int, delta: int, kind: str, reason: str = "", *, sale_id: int | None = None,
         topup_id: int | None = None, clerk_id: int | None = None, at: dt.datetime | None = None) -> StoredValueEntry:
    """Append one entry inside BEGIN IMMEDIATE; refuses to take the balance below zero."""
    if not isinstance(delta, int) or isinstance(delta, bool):
        raise TypeError("stored value is integer fen")
    if kind not in KINDS:
        raise ValueError(kind)
    with transaction():
        bal = balance(member_id)
        if bal + delta < 0:
            raise InsufficientBalance(tr("储值余额不足:余额 {b},需要 {n}").format(
                b=fen_to_yuan_text(bal), n=fen_to_yuan_text(-delta)))
        return StoredValueEntry.create(member=member_id, delta=delta, kind=kind, reason=reason, sale=sale_id,
                                       topup=topup_id, clerk=clerk_id, at=at or now())


def top_up(member_id: int, amount: int, *, clerk_id: int | None = None, at: dt.datetime | None = None,
           note: str = "") -> StoredValueEntry:
    """Top up *amount* fen; the bonus rule adds a linked 'bonus' entry."""
    if not enabled():
        raise ValidationError(tr("储值"), tr("储值功能未启用(设置 → 积分与等级设置)"))
    if not isinstance(amount, int) or amount <= 0:
        raise ValidationError(tr("充值金额"), tr("充值金额必须大于 0"))
    with transaction():
        if Member.get_or_none(Member.id == member_id) is None:
            raise NotFound(tr("找不到会员 #{id}").format(id=member_id))
        entry = post(member_id, amount, "topup", (note or "").strip() or tr("充值"), clerk_id=clerk_id, at=at)
        bonus = bonus_for(amount)
        if bonus:
            post(member_id, bonus, "bonus", tr("充{a}送{b}").format(a=fen_to_yuan_text(amount),
                                                                   b=fen_to_yuan_text(bonus)),
                 topup_id=entry.id, clerk_id=clerk_id, at=entry.at)
        return entry


def topup_refunded(topup_id: int) -> bool:
    return StoredValueEntry.select().where((StoredValueEntry.topup == topup_id)
                                           & (StoredValueEntry.kind == "topup_refund")).exists()


def refund_top_up(topup_id: int, *, clerk_id: int | None = None, at: dt.datetime | None = None,
                  reason: str = "") -> StoredValueEntry:
    """Give a top-up's money back: the top-up and its bonus leave the balance together,
    which must still hold both (money already spent cannot be refunded)."""
    with transaction():
        topup = StoredValueEntry.get_or_none((StoredValueEntry.id == topup_id) & (StoredValueEntry.kind == "topup"))
        if topup is None:
            raise NotFound(tr("找不到这笔充值"))
        if topup_refunded(topup_id):
            raise ValidationError(tr("退充值"), tr("这笔充值已经退过"))
        bonus = int(StoredValueEntry.select(fn.COALESCE(fn.SUM(StoredValueEntry.delta), 0)).where(
            (StoredValueEntry.topup == topup_id) & (StoredValueEntry.kind == "bonus")).scalar())
        need = topup.delta + bonus
        if balance(topup.member_id) < need:
            raise InsufficientBalance(tr("储值余额不足以退回这笔充值及赠送({n})").format(n=fen_to_yuan_text(need)))
        at = at or now()
        why = (reason or "").strip() or tr("退充值")
        if bonus:
            post(topup.member_id, -bonus, "bonus_refund", why, topup_id=topup_id, clerk_id=clerk_id, at=at)
        return post(topup.member_id, -topup.delta, "topup_refund", why, topup_id=topup_id, clerk_id=clerk_id, at=at)


def slip_text(entry_id: int) -> str:
    """A plain-text slip for a top-up or refund (printed, or written to PDF by the UI)."""
    e = StoredValueEntry.get_or_none(StoredValueEntry.id == entry_id)
    if e is None:
        raise NotFound(tr("找不到储值记录"))
    member = Member.get_by_id(e.member_id)
    linked = list(StoredValueEntry.select().where(
        (StoredValueEntry.topup == e.id) & (StoredValueEntry.kind == "bonus")))
    bonus = sum(b.delta for b in linked)
    last_id = max([e.id] + [b.id for b in linked])
    after = int(StoredValueEntry.select(fn.COALESCE(fn.SUM(StoredValueEntry.delta), 0)).where(
        (StoredValueEntry.member == e.member_id) & (StoredValueEntry.id <= last_id)).scalar())
    clerk = Staff.get_or_none(Staff.id == e.clerk_id) if e.clerk_id else None
    at = e.at if isinstance(e.at, dt.datetime) else dt.datetime.fromisoformat(str(e.at))
    lines = [
        config.get(settings.SHOP_NAME.key),
        tr("储值凭条"),
        "-" * 24,
        tr("会员:{name} {phone}").format(name=member.name, phone=mask_phone(member.phone)),
        tr("时间:") + format_datetime(at),
        tr("类型:") + tr(KINDS.get(e.kind, e.kind)),
        tr("金额:") + fen_to_yuan_text(e.delta),
    ]
    if bonus:
        lines.append(tr("赠送:") + fen_to_yuan_text(bonus))
    lines += [
        tr("余额:") + fen_to_yuan_text(after),
        tr("经办:") + (clerk.name if clerk else ""),
        tr("流水号:SV{n:06d}").format(n=e.id),
        "-" * 24,
        tr("顾客签名:"),
    ]
    return "\n".join(lines)
