"""Staff logins (name + PIN hash + role), the permission table and the append-only log of sign-in attempts."""

from __future__ import annotations

import json

from peewee import AutoField, BooleanField, CharField, DateTimeField, IntegerField, SqliteDatabase

from vipdesk.model.access_state import ESTABLISHED_KEY, OWNER_PIN_KEY
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


class RolePermission(BaseModel):
    """One granted (role, permission) pair for manager/clerk.  A missing row is a
    refusal, so deleting rows can only take rights away (fail closed); the owner
    has every permission and has no rows."""

    id = AutoField()
    role = CharField()
    permission = CharField()

    class Meta:
        table_name = "role_permission"
        indexes = ((("role", "permission"), True),)


# What managers may do on a new shop (the owner changes it in 员工与权限).
DEFAULT_GRANTS: dict[str, list[str]] = {
    "manager": ["full_phones", "import", "merge", "redeem_large", "stored_value_adjust", "points_adjust",
                "sms_send"],
    "clerk": [],
}
LEGACY_PIN_KEY = OWNER_PIN_KEY
LEGACY_TABLE_KEY = "access.permissions"


def _setting(db: SqliteDatabase, key: str) -> object:
    try:
        row = db.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except Exception:  # noqa: BLE001 - no settings table yet
        return None
    if row is None:
        return None
    try:
        return json.loads(row[0])
    except ValueError:
        return None


def _seed_permissions(db: SqliteDatabase) -> None:
    """First creation of the table (this migration runs once per file): the old
    JSON setting if the owner had edited it, else the defaults every shop had
    until now.  Later deletions of rows only take rights away."""
    legacy = _setting(db, LEGACY_TABLE_KEY)
    grants = legacy if isinstance(legacy, dict) else DEFAULT_GRANTS
    for role in ("manager", "clerk"):
        for perm in grants.get(role, []) or []:
            db.execute_sql("INSERT OR IGNORE INTO role_permission (role, permission) VALUES (?, ?)", (role, perm))


def _migrate_legacy_owner_pin(db: SqliteDatabase) -> None:
    """A database from before staff logins kept the owner PIN in a settings row:
    move it into the staff table as the owner's login, and mark the shop as having
    had an owner, so deleting any credential row later fails closed."""
    if db.execute_sql("SELECT 1 FROM staff_login LIMIT 1").fetchone() is not None:
        return
    digest = _setting(db, LEGACY_PIN_KEY)
    if not digest or not isinstance(digest, str):
        return
    stamp = now().isoformat(sep=" ")
    db.execute_sql("INSERT INTO staff_login (name, role, pin_hash, active, failures, created_at) "
                   "VALUES (?, 'owner', ?, 1, 0, ?)", ("店长", digest, stamp))
    db.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (ESTABLISHED_KEY, json.dumps(stamp)))
    db.execute_sql("INSERT INTO access_event (at, name, action, source, detail) "
                   "VALUES (?, '店长', 'owner_created', 'migration', '')", (stamp,))


def migrate(db: SqliteDatabase) -> None:
    """Idempotent: the lead may reorder migration entries at merge."""
    db.create_tables([Login, AccessEvent], safe=True)
    for op in ("UPDATE", "DELETE"):
        db.execute_sql(
            f"CREATE TRIGGER IF NOT EXISTS access_event_no_{op.lower()} BEFORE {op} ON access_event "
            "BEGIN SELECT RAISE(ABORT, 'access_event is append-only'); END")


def migrate_permissions(db: SqliteDatabase) -> None:
    """The permission table, and the old owner PIN setting moved into the staff table.  Idempotent."""
    migrate(db)
    had_table = db.execute_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='role_permission'").fetchone() is not None
    db.create_tables([RolePermission], safe=True)
    if db.execute_sql("SELECT 1 FROM sqlite_master WHERE type='table' AND name='setting'").fetchone():
        _migrate_legacy_owner_pin(db)
    if not had_table:
        _seed_permissions(db)
