"""The SMS outbox and the opt-out register.

``SmsMessage``: one row per (member, kind, occasion) — ``key`` is unique and
goes to the provider as OutId / SessionContext, so a message can never be
queued twice and its delivery report finds it again.  ``SmsOptOut`` is
append-only (triggers refuse UPDATE/DELETE): who refused, how and when.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SqliteDatabase,
    TextField,
)

from vipdesk.model.store.db import BaseModel
from vipdesk.model.store.tables import Contact, Member, now

QUEUED, SENDING, SUBMITTED, DELIVERED, FAILED, UNKNOWN = (
    "queued", "sending", "submitted", "delivered", "failed", "unknown")
STATUSES = (QUEUED, SENDING, SUBMITTED, DELIVERED, FAILED, UNKNOWN)


class SmsMessage(BaseModel):
    id = AutoField()
    key = CharField(unique=True)  # member-kind-occasion identity
    send_key = CharField(index=True)  # what the provider saw (key, or key.rN after a resend of a failed one)
    member = ForeignKeyField(Member, backref="sms_messages", on_delete="CASCADE")
    kind = CharField()
    due = DateField()
    ref = CharField(default="")
    extra = TextField(default="{}")
    phone = CharField(index=True)
    provider = CharField(default="")
    template_code = CharField(default="")
    params = TextField(default="{}")
    text = TextField(default="")
    units = IntegerField(default=1)
    marketing = BooleanField(default=False)
    status = CharField(default=QUEUED, index=True)
    attempts = IntegerField(default=0)
    resends = IntegerField(default=0)
    next_try_at = DateTimeField(null=True)
    note = CharField(default="")  # why it waits / failed, in Chinese
    code = CharField(default="")  # provider's code
    provider_id = CharField(default="")  # BizId / SerialNo
    clerk = CharField(default="")
    created_at = DateTimeField(default=now)
    sending_at = DateTimeField(null=True, index=True)
    settled_at = DateTimeField(null=True)
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")


class SmsOptOut(BaseModel):
    id = AutoField()
    member_id = IntegerField(null=True)  # no FK: merges/deletes of members must not hit the append-only trigger
    phone = CharField(index=True)
    at = DateTimeField(default=now)
    source = CharField()  # clerk / reply / blacklist
    detail = CharField(default="")
    clerk = CharField(default="")


def migrate(db: SqliteDatabase) -> None:
    db.create_tables([SmsMessage, SmsOptOut], safe=True)
    t = SmsOptOut._meta.table_name
    for op in ("UPDATE", "DELETE"):
        db.execute_sql(f"CREATE TRIGGER IF NOT EXISTS {t}_no_{op.lower()} BEFORE {op} ON {t} "
                       f"BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END")
