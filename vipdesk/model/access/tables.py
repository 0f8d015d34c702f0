"""Staff logins (name + PIN hash + role) and the append-only log of sign-in attempts."""

from __future__ import annotations

from peewee import AutoField, BooleanField, CharField, DateTimeField, IntegerField, SqliteDatabase

from vipdesk.model.store.db import BaseModel
from vipdesk.model.store.tables import now


class Login(BaseModel):
    """One person who signs in: the owner, a manager or a clerk (linked to a Staff row)."""

    id = AutoField()
    name = CharField(unique=True)
    role = CharField()  # owner | manager | clerk
    pin_hash = CharField()
    staff_id = IntegerField(null=True)  # the Staff row sales/enrolments are attributed to
    active = BooleanField(default=True)
    failures = IntegerField(default=0)  # consecutive wrong PINs (rate limit survives a restart)
    last_failure = DateTimeField(null=True)
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "staff_login"


class AccessEvent(BaseModel):
    """Every sign-in attempt, switch, lock and recovery (append-only by trigger)."""

    id = AutoField()
    at = DateTimeField(default=now)
    name = CharField(default="")
    action = CharField()  # sign_in | failed | locked_out | recovery | owner_created | denied
    source = CharField(default="")  # gui | cli
    detail = CharField(default="")

    class Meta:
        table_name = "access_event"


def migrate(db: SqliteDatabase) -> None:
    """Idempotent: the lead may reorder migration entries at merge."""
    db.create_tables([Login, AccessEvent], safe=True)
    for op in ("UPDATE", "DELETE"):
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS access_event_no_{op.lower()} BEFORE {op} ON access_event "
            "BEGIN SELECT RAISE(ABORT, 'access_event is append-only'); END")
