"""Clerks (导购), managed by the owner in a small settings dialog."""

from __future__ import annotations

from vipdesk.model.errors import ValidationError
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import Staff
from vipdesk.text import tr


def list_staff(include_inactive: bool = False) -> list[Staff]:
    q = Staff.select().order_by(Staff.id)
    if not include_inactive:
        q = q.where(Staff.active == True)  # noqa: E712
    return list(q)


def add_staff(name: str, phone: str = "") -> Staff:
    name = (name or "").strip()
    if not name:
        raise ValidationError(tr("姓名"), tr("请填写导购姓名"))
    with transaction():
        existing = Staff.get_or_none(Staff.name == name)
        if existing is not None:
            if existing.active:
                raise ValidationError(tr("姓名"), tr("已有同名导购:") + name)
            existing.active = True
            existing.save()
            return existing
        return Staff.create(name=name, phone=phone)


def rename_staff(staff_id: int, name: str) -> None:
    name = (name or "").strip()
    if not name:
        raise ValidationError(tr("姓名"), tr("请填写导购姓名"))
    with transaction():
        if Staff.select().where((Staff.name == name) & (Staff.id != staff_id)).exists():
            raise ValidationError(tr("姓名"), tr("已有同名导购:") + name)
        Staff.update(name=name).where(Staff.id == staff_id).execute()


def set_staff_active(staff_id: int, active: bool) -> None:
    """Leavers are deactivated, never deleted: their sales and members keep the name."""
    with transaction():
        Staff.update(active=active).where(Staff.id == staff_id).execute()


def staff_by_name(name: str) -> Staff | None:
    return Staff.get_or_none(Staff.name == (name or "").strip())


def staff_name(staff_id: int | None) -> str:
    """The clerk's name, or "" for none or an unknown id (consent and audit records)."""
    if not staff_id:
        return ""
    s = Staff.get_or_none(Staff.id == staff_id)
    return s.name if s else ""
