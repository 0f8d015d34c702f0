"""Complaints and their handling (C15); satisfaction per contact lives on Contact."""

from __future__ import annotations

from vipdesk.model.care.tables import Complaint
from vipdesk.model.errors import NotFound, ValidationError
from vipdesk.model.members.profile import get_member
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import Member, now
from vipdesk.text import tr, tr_noop

STATUSES = tr_noop({"open": "待处理", "handling": "处理中", "resolved": "已解决"})
CATEGORIES = tr_noop(["质量问题", "服务态度", "尺码/版型", "售后/退换", "价格/积分", "其他"])


def log_complaint(member_id: int, description: str, *, category: str = "", clerk_id: int | None = None) -> Complaint:
    description = (description or "").strip()
    if not description:
        raise ValidationError(tr("投诉内容"), tr("请填写投诉内容"))
    with transaction():
        get_member(member_id)
        return Complaint.create(member=member_id, description=description[:2000], category=(category or "")[:40],
                                clerk=clerk_id)


def update_complaint(complaint_id: int, *, status: str | None = None, resolution: str | None = None,
                     satisfaction: int | None = None) -> Complaint:
    if status is not None and status not in STATUSES:
        raise ValidationError(tr("处理状态"), tr("未知状态:") + status)
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        raise ValidationError(tr("满意度"), tr("满意度应为 1 到 5 分"))
    with transaction():
        c = Complaint.get_or_none(Complaint.id == complaint_id)
        if c is None:
            raise NotFound(tr("找不到投诉 #{id}").format(id=complaint_id))
        if resolution is not None:
            c.resolution = resolution.strip()[:2000]
        if status is not None:
            if status == "resolved" and not (c.resolution or "").strip():
                raise ValidationError(tr("处理结果"), tr("标记为已解决前请填写处理结果"))
            c.status = status
            c.resolved_at = now() if status == "resolved" else None
        if satisfaction is not None:
            c.satisfaction = satisfaction
        c.save()
        return c


def list_complaints(member_id: int | None = None, status: str | None = None, limit: int = 1000) -> list[Complaint]:
    q = Complaint.select(Complaint, Member).join(Member).order_by(Complaint.at.desc()).limit(limit)
    if member_id is not None:
        q = q.where(Complaint.member == member_id)
    if status is not None:
        q = q.where(Complaint.status == status)
    return list(q)


def open_count(member_id: int | None = None) -> int:
    q = Complaint.select().where(Complaint.status != "resolved")
    if member_id is not None:
        q = q.where(Complaint.member == member_id)
    return q.count()
