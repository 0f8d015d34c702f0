"""The care tables: task state, scanned days, events (C14), complaints (C15), weather care (C3)."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    SmallIntegerField,
    SqliteDatabase,
    TextField,
)

from vipdesk.model.store.db import BaseModel
from vipdesk.model.store.tables import Contact, Member, Staff, now


class CareTask(BaseModel):
    """A reminder that was acted on, or that must carry over until it is.

    Tasks are computed from the data each time; a row exists only when a
    task was done / skipped, or when a carrying kind (calls, welcome…) fell
    due on a day that has passed the morning scan — that row is what keeps an
    undone call on the list as overdue.  (kind, member, due, ref) is the
    task's identity.
    """

    id = AutoField()
    due = DateField(index=True)
    kind = CharField()
    member = ForeignKeyField(Member, backref="care_tasks", on_delete="CASCADE")
    ref = CharField(default="")  # sale id, holiday key, event id… so two tasks of a kind on one day differ
    reason = CharField(default="")
    channel = CharField(default="call")  # call / message
    extra = TextField(default="{}")  # JSON: placeholder values ({活动}, {购买}…) for re-rendering
    status = CharField(default="open", index=True)  # open / done / skipped / void
    status_reason = CharField(default="")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    closed_at = DateTimeField(null=True)
    closed_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = (
            (("kind", "member", "due", "ref"), True),
            (("status", "due"), False),
        )


class CareScan(BaseModel):
    """A day whose carrying tasks have been written down (so a closed shop's Sunday is caught up)."""

    day = DateField(primary_key=True)
    at = DateTimeField(default=now)


class CareEvent(BaseModel):
    """A VIP session, gathering or yearly party (C14); notices go out before it (C6)."""

    id = AutoField()
    name = CharField()
    starts_at = DateTimeField(index=True)
    place = CharField(default="")
    note = TextField(default="")
    cancelled = BooleanField(default=False)
    created_at = DateTimeField(default=now)


class EventInvite(BaseModel):
    id = AutoField()
    event = ForeignKeyField(CareEvent, backref="invites", on_delete="CASCADE")
    member = ForeignKeyField(Member, backref="event_invites", on_delete="CASCADE")
    invited_at = DateTimeField(default=now)
    reply = CharField(default="")  # "" no answer yet / yes / no / maybe
    attended = BooleanField(default=False)
    note = CharField(default="")

    class Meta:
        indexes = ((("event", "member"), True),)


class Complaint(BaseModel):
    """A complaint and its handling (C15)."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="complaints", on_delete="CASCADE")
    at = DateTimeField(default=now, index=True)
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    category = CharField(default="")
    description = TextField()
    status = CharField(default="open", index=True)  # open / handling / resolved
    resolution = TextField(default="")
    resolved_at = DateTimeField(null=True)
    satisfaction = SmallIntegerField(null=True)  # 1–5 after handling


class WeatherCare(BaseModel):
    """The owner's "cold snap today, reach these members" (C3); members chosen by a filter."""

    id = AutoField()
    day = DateField(index=True)
    weather = CharField()  # cold / heat / typhoon / rain
    note = CharField(default="")  # optional own wording for {天气关怀}
    tier = CharField(default="")  # "" = any
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    member_ids = TextField(default="")  # JSON list when the owner picked members one by one
    created_at = DateTimeField(default=now)


CARE_TABLES = [CareTask, CareScan, CareEvent, EventInvite, Complaint, WeatherCare]


def migrate(db: SqliteDatabase) -> None:
    db.create_tables(CARE_TABLES, safe=True)
