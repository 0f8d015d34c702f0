"""Issue 13: the owner's permission table, staff accounts, who did each write,
and failing closed when credential rows are deleted (plain sqlite3, as a
curious clerk with a database browser would)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vipdesk.model import access
from vipdesk.model.errors import ValidationError, VipdeskError
from vipdesk.model.privacy import audit, owner
from vipdesk.model.safety.pin import hash_pin
from vipdesk.model.store.db import close_database, db, open_database
from vipdesk.model.store.migrations import MIGRATIONS, migrate_database
from vipdesk.model.store.tables import AuditLog

OWNER_PIN, MANAGER_PIN, CLERK_PIN = "258013", "135792", "246813"


@pytest.fixture
def shop(db_path: Path) -> dict:
    access.create_owner("王店长", OWNER_PIN)
    boss = access.authenticate("王店长", OWNER_PIN)
    mgr = access.add_user(boss, "赵主管", MANAGER_PIN, access.MANAGER)
    clerk = access.add_user(boss, "小李", CLERK_PIN, access.CLERK)
    return {"boss": boss, "mgr": mgr, "clerk": clerk, "path": db_path}


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            for s in statements:
                conn.execute(s)
    finally:
        conn.close()


@pytest.mark.parametrize("permission", sorted(access.PERMISSIONS))
def test_each_permission_follows_the_table(shop, permission) -> None:
    """Issue 13 item 4: per permission, a clerk is refused, a manager allowed only
    when the table grants it, the owner always (her row is fixed)."""
    boss, mgr, clerk = shop["boss"], shop["mgr"], shop["clerk"]
    access.set_permission_table(boss, {access.MANAGER: [permission], access.CLERK: []})
    assert access.can(mgr, permission) and access.can(boss, permission)
    with pytest.raises(access.AccessDenied):
        access.require(clerk, permission)
    access.set_permission_table(boss, {access.MANAGER: [], access.CLERK: []})
    with pytest.raises(access.AccessDenied):
        access.require(mgr, permission)
    access.require(boss, permission)  # the owner cannot take her own rights away


def test_table_lives_in_rows_and_every_change_is_audited(shop) -> None:
    """Issue 13: stored in the database, written in one transaction, audit-logged with who."""
    boss = shop["boss"]
    access.set_permission_table(boss, {access.MANAGER: [access.RESTORE], access.CLERK: [access.IMPORT]},
                                redeem_limit=800)
    assert access.permission_table() == {access.MANAGER: [access.RESTORE], access.CLERK: [access.IMPORT]}
    assert access.redeem_permission(801) == access.REDEEM_LARGE and access.redeem_permission(800) is None
    rows = sorted(db.execute_sql("SELECT role, permission FROM role_permission").fetchall())
    assert rows == [("clerk", "import"), ("manager", "restore")]
    entry = AuditLog.select().where(AuditLog.detail.contains("角色权限")).order_by(AuditLog.id.desc()).get()
    assert entry.clerk == "王店长" and "restore" in entry.detail
    with pytest.raises(access.AccessDenied):
        access.set_permission_table(shop["mgr"], {access.MANAGER: list(access.PERMISSIONS)})
    assert access.permission_table()[access.MANAGER] == [access.RESTORE]


def test_deleting_permission_rows_only_takes_rights_away(shop) -> None:
    """Fail closed: a missing row is a refusal, never a fallback to defaults."""
    assert access.can(shop["mgr"], access.IMPORT)  # a default grant
    _sql(shop["path"], "DELETE FROM role_permission")
    assert not access.can(shop["mgr"], access.IMPORT)
    assert access.can(shop["boss"], access.IMPORT)


def test_people_are_stopped_never_deleted_and_the_last_owner_stays(shop) -> None:
    boss, clerk = shop["boss"], shop["clerk"]
    access.update_user(boss, clerk.id, active=False)
    assert access.authenticate("小李", CLERK_PIN) is None
    assert not access.can(clerk, None)
    assert [u.name for u, active in access.all_users() if not active] == ["小李"]
    access.update_user(boss, clerk.id, active=True)
    assert access.authenticate("小李", CLERK_PIN) is not None
    with pytest.raises(ValidationError):
        access.update_user(boss, boss.id, active=False)  # the only owner
    with pytest.raises(ValidationError):
        access.update_user(boss, boss.id, role=access.CLERK)
    with pytest.raises(access.AccessDenied):
        access.update_user(shop["mgr"], clerk.id, role=access.MANAGER)  # owner only
    access.update_user(boss, clerk.id, role=access.MANAGER)
    assert access.can(access.authenticate("小李", CLERK_PIN), access.IMPORT)
    access.reset_pin(boss, clerk.id, "975310")
    assert access.authenticate("小李", CLERK_PIN) is None
    assert access.authenticate("小李", "975310") is not None
    with pytest.raises(access.AccessDenied):
        access.reset_pin(shop["mgr"], clerk.id, "864209")


def test_audit_log_fills_in_the_signed_in_person(shop) -> None:
    """Issue 13 item 3: every audited write records who did it without each caller passing it."""
    access.sign_in(shop["mgr"])
    entry_id = audit.log(audit.EXPORT, count=3, detail="导出")
    assert AuditLog.get_by_id(entry_id).clerk == "赵主管"
    access.sign_out()
    assert AuditLog.get_by_id(audit.log(audit.EXPORT, detail="x")).clerk == ""


def test_the_pin_check_splits_so_the_slow_part_touches_no_database(shop) -> None:
    """Issue 13 item 5: ``PinCheck.verify`` runs on a worker thread; here with the database closed."""
    check = access.start_sign_in("小李")
    path = shop["path"]
    close_database()
    try:
        ok = check.verify(CLERK_PIN)
    finally:
        open_database(path)
    assert ok is True
    assert access.finish_sign_in(check, CLERK_PIN, ok).name == "小李"


# ---------------------------------------------------------------- old databases


def _old_database(path: Path, *, pin: str | None) -> None:
    """A file from before staff logins: the owner PIN in a settings row, the audit of setting it."""
    before_logins = MIGRATIONS.index("vipdesk.model.access.tables:migrate")
    open_database(path, migrate=False)
    migrate_database(db, upto=before_logins)
    if pin is not None:
        import json

        db.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)",
                       (owner.PIN_HASH.key, json.dumps(hash_pin(pin))))
        audit.log(audit.PIN_CHANGE, detail="设置店长密码")
    close_database()


def test_old_owner_pin_setting_moves_into_the_staff_table(tmp_path: Path) -> None:
    """Issue 13 item 4: a pre-staff-login file keeps working with the owner's PIN, now a login."""
    path = tmp_path / "old.db"
    _old_database(path, pin=OWNER_PIN)
    open_database(path)
    try:
        assert access.has_owner() and access.established()
        boss = access.authenticate("店长", OWNER_PIN)
        assert boss is not None and boss.role == access.OWNER
        assert owner.check_owner_pin(OWNER_PIN) is True
        assert access.needs_recovery_code()  # she never got one: the GUI offers it at sign-in
        code = access.issue_recovery_code(boss)
        assert not access.needs_recovery_code()
    finally:
        close_database()
    # Deleting every credential row (login and old setting) locks, never opens.
    _sql(path, "DELETE FROM staff_login", f"DELETE FROM setting WHERE key IN ('{owner.PIN_HASH.key}', "
         f"'{access.core.ESTABLISHED.key}')")
    open_database(path)
    try:
        assert access.locked() and owner.has_pin()
        with pytest.raises(access.AccessLocked):
            access.require(None, access.SETTINGS_PERM)
        with pytest.raises(access.AccessLocked):
            owner.check_owner_pin(OWNER_PIN)
        with pytest.raises(VipdeskError):
            owner.set_pin("802468")  # no "set a new first PIN" door either
        assert access.locked()
        access.recover(code, "店长", "802468")
        assert access.can(access.authenticate("店长", "802468"), access.RESTORE)
    finally:
        close_database()


def test_old_file_whose_pin_row_was_deleted_before_the_upgrade_stays_closed(tmp_path: Path) -> None:
    """The append-only audit entry of setting the PIN still says the shop had an owner."""
    path = tmp_path / "old.db"
    _old_database(path, pin=OWNER_PIN)
    _sql(path, f"DELETE FROM setting WHERE key = '{owner.PIN_HASH.key}'")
    open_database(path)
    try:
        assert access.locked()
        with pytest.raises(access.AccessLocked):
            access.require(None, access.IMPORT)
    finally:
        close_database()


def test_old_file_without_a_pin_is_still_first_run(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(path, pin=None)
    open_database(path)
    try:
        assert not access.locked() and not owner.has_pin()
        assert access.permission_table()[access.MANAGER]  # the defaults, since nobody narrowed them
    finally:
        close_database()


@pytest.mark.parametrize("statement", [
    "DELETE FROM staff_login",
    "DELETE FROM staff_login WHERE role = 'owner'",
    "UPDATE staff_login SET active = 0 WHERE role = 'owner'",
    "UPDATE staff_login SET role = 'clerk' WHERE role = 'owner'",
])
def test_removing_the_owner_credential_fails_closed(shop, statement) -> None:
    _sql(shop["path"], statement, "DELETE FROM setting WHERE key = 'access.owner_established'")
    assert access.locked()
    for user in (shop["boss"], shop["mgr"]):
        with pytest.raises(access.AccessLocked):
            access.require(user, access.IMPORT)


def test_dropping_whole_credential_tables_fails_closed_too(shop) -> None:
    _sql(shop["path"], "DROP TABLE role_permission")
    assert not access.can(shop["mgr"], access.IMPORT) and access.can(shop["boss"], access.IMPORT)
    _sql(shop["path"], "DROP TABLE staff_login", "DELETE FROM setting WHERE key = 'access.owner_established'")
    assert access.locked()
    with pytest.raises(access.AccessLocked):
        access.require(shop["boss"], access.IMPORT)
