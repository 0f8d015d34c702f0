"""Events (C14): VIP sessions, gatherings, the yearly party — invitations, replies, attendance.

Invitation targets are a simple filter (tier / clerk / everyone) or an
explicit list of member ids, so segments built elsewhere can pass their ids.
Notices go out ``care.event_notice_days`` before (C6) through the engine.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from vipdesk.model.care.tables import CareEvent, EventInvite
from vipdesk.model.errors import NotFound, ValidationError
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import Member, now
from vipdesk.text import tr, tr_noop

REPLIES = tr_noop({"": "未回复", "yes": "参加", "no": "不参加", "maybe": "待定"})


def create_event(name: str, starts_at: dt.datetime, *, place: str = "", note: str = "") -> CareEvent:
    name = (name or "").strip()
    if not name:
        raise ValidationError(tr("活动名称"), tr("请填写活动名称"))
    if not isinstance(starts_at, dt.datetime):
        raise ValidationError(tr("活动时间"), tr("请填写活动时间"))
    with transaction():
        return CareEvent.create(name=name[:100], starts_at=starts_at.replace(microsecond=0),
                                place=(place or "").strip()[:100], note=(note or "").strip())


def update_event(event_id: int, **fields: object) -> CareEvent:
    with transaction():
        ev = get_event(event_id)
        for key in ("name", "starts_at", "place", "note", "cancelled"):
            if key in fields:
                setattr(ev, key, fields[key])
        if not str(ev.name).strip():
            raise ValidationError(tr("活动名称"), tr("请填写活动名称"))
        ev.save()
        return ev


def get_event(event_id: int) -> CareEvent:
    ev = CareEvent.get_or_none(CareEvent.id == event_id)
    if ev is None:
        raise NotFound(tr("找不到活动 #{id}").format(id=event_id))
    return ev


def list_events(include_past: bool = True) -> list[CareEvent]:
    q = CareEvent.select().order_by(CareEvent.starts_at.desc())
    if not include_past:
        q = q.where(CareEvent.starts_at >= dt.datetime.combine(dt.date.today(), dt.time()))
    return list(q)


def segment_ids(*, tier: str = "", clerk_id: int | None = None, segment: str = "") -> list[int]:
    """Active members matching a filter: tier, clerk and/or a named segment
    (``vipdesk.model.segmentation``: "高价值会员", "A白金", "churn"…); none = everyone."""
    q = Member.select(Member.id).where(Member.status == "active")
    if tier:
        q = q.where(Member.tier == tier)
    if clerk_id:
        q = q.where(Member.clerk == clerk_id)
    if segment:
        from vipdesk.model.segmentation import ensure_fresh, segment_expression

        ensure_fresh()
        q = q.where(segment_expression(segment))
    return [r[0] for r in q.tuples()]


def invite(event_id: int, member_ids: list[int] | None = None, *, tier: str = "",
           clerk_id: int | None = None, segment: str = "") -> int:
    """Invite members (explicit ids, or the filter); returns how many were newly invited."""
    ids = member_ids if member_ids is not None else segment_ids(tier=tier, clerk_id=clerk_id, segment=segment)
    with transaction():
        get_event(event_id)
        before = EventInvite.select().where(EventInvite.event == event_id).count()
        stamp = now()
        rows = [{"event": event_id, "member": i, "invited_at": stamp} for i in ids]
        for k in range(0, len(rows), 200):
            EventInvite.insert_many(rows[k:k + 200]).on_conflict_ignore().execute()
        return EventInvite.select().where(EventInvite.event == event_id).count() - before


def _invite(event_id: int, member_id: int) -> EventInvite:
    inv = EventInvite.get_or_none((EventInvite.event == event_id) & (EventInvite.member == member_id))
    if inv is None:
        raise NotFound(tr("该会员没有被邀请"))
    return inv


def set_reply(event_id: int, member_id: int, reply: str, note: str = "") -> None:
    if reply not in REPLIES:
        raise ValidationError(tr("回复"), tr("未知回复:") + reply)
    with transaction():
        inv = _invite(event_id, member_id)
        inv.reply = reply
        if note:
            inv.note = note.strip()[:200]
        inv.save()


def set_attended(event_id: int, member_id: int, attended: bool = True) -> None:
    """Attendance; a walk-in who was not invited is added on the spot."""
    with transaction():
        inv = EventInvite.get_or_none((EventInvite.event == event_id) & (EventInvite.member == member_id))
        if inv is None:
            get_event(event_id)
            inv = EventInvite.create(event=event_id, member=member_id, reply="yes")
        inv.attended = attended
        inv.save()


@dataclass
class EventSummary:
    invited: int
    yes: int
    no: int
    maybe: int
    no_reply: int
    attended: int


def summary(event_id: int) -> EventSummary:
    counts = dict(EventInvite.select(EventInvite.reply, fn.COUNT(EventInvite.id))
                  .where(EventInvite.event == event_id).group_by(EventInvite.reply).tuples())
    attended = EventInvite.select().where((EventInvite.event == event_id) & (EventInvite.attended == True)).count()  # noqa: E712
    return EventSummary(sum(counts.values()), counts.get("yes", 0), counts.get("no", 0), counts.get("maybe", 0),
                        counts.get("", 0), attended)


def invites(event_id: int, limit: int = 5000) -> list[EventInvite]:
    return list(EventInvite.select(EventInvite, Member).join(Member).where(EventInvite.event == event_id)
                .order_by(Member.name).limit(limit))
