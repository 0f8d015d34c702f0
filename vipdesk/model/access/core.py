"""Staff logins and roles: who is at the counter, and what they may do.

- Everyone signs in with name + PIN (6–12 digits, scrypt; ``safety.pin``).
- Roles owner / manager / clerk; the owner edits which permission each of the
  other roles has (settings, full phones, restore, import, merge, delete,
  redemptions above N points, stored-value adjustments).  The owner has all.
- Wrong PINs are rate-limited per login (the counter lives in the row, so a
  restart does not reset it) and every attempt is logged (``access_event``,
  append-only).
- Fail closed: once a shop has had an owner (a setting *and* an append-only
  ``owner_created`` event say so), a file with no active owner left accepts no
  privileged action until ``recover`` with the recovery code printed at setup.
  Deleting a credential row therefore locks the door instead of opening it.

What a PIN cannot do: stop someone who copies the database file (see SECURITY.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from peewee import OperationalError
from peewee import __exception_wrapper__ as _peewee_errors

from vipdesk.model import access_state
from vipdesk.model.access.tables import (
    DEFAULT_GRANTS,
    ESTABLISHED_KEY,
    LEGACY_TABLE_KEY,
    AccessEvent,
    Login,
    RolePermission,
)
from vipdesk.model.errors import NotFound, ValidationError, VipdeskError
from vipdesk.model.safety.pin import PinAttempts, PinLocked, hash_pin, needs_rehash, verify_pin
from vipdesk.model.store import settings
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import Staff, now
from vipdesk.text import tr, tr_noop

OWNER, MANAGER, CLERK = "owner", "manager", "clerk"
ROLES = (OWNER, MANAGER, CLERK)
ROLE_LABELS = {OWNER: tr_noop("店长"), MANAGER: tr_noop("主管"), CLERK: tr_noop("导购")}

SETTINGS_PERM = "settings"
FULL_PHONES = "full_phones"
RESTORE = "restore"
IMPORT = "import"
MERGE = "merge"
DELETE = "delete"
REDEEM_LARGE = "redeem_large"
STORED_VALUE_ADJUST = "stored_value_adjust"
POINTS_ADJUST = "points_adjust"
SMS_SEND = "sms_send"
COPY_DATA = "copy_data"
MANAGE_STAFF = "manage_staff"
PERMISSIONS: dict[str, str] = {
    SETTINGS_PERM: tr_noop("修改设置"),
    FULL_PHONES: tr_noop("导出或查看完整手机号"),
    RESTORE: tr_noop("恢复备份"),
    IMPORT: tr_noop("导入会员或销售"),
    MERGE: tr_noop("合并会员"),
    DELETE: tr_noop("删除或注销会员"),
    REDEEM_LARGE: tr_noop("大额积分兑换"),
    STORED_VALUE_ADJUST: tr_noop("储值调整"),
    POINTS_ADJUST: tr_noop("手工调整积分、发券、锁定等级"),
    SMS_SEND: tr_noop("发送短信(产生费用)"),
    COPY_DATA: tr_noop("复制全部数据到U盘"),
    MANAGE_STAFF: tr_noop("管理导购名单"),
}
DEFAULT_TABLE: dict[str, list[str]] = {role: list(perms) for role, perms in DEFAULT_GRANTS.items()}

# Before the permission table had its own rows (kept so an older file's edits are read at migration).
PERMISSION_TABLE = settings.declare(LEGACY_TABLE_KEY, DEFAULT_TABLE, "角色权限", "内部", "店长在“员工与权限”中修改")
REDEEM_LIMIT = settings.declare("access.redeem_limit_points", 5000, "大额兑换门槛(积分)", "员工与权限",
                                "兑换超过这么多积分需要“大额积分兑换”权限")
IDLE_MINUTES = settings.declare("access.idle_minutes", 5, "无操作自动锁定(分钟)", "员工与权限", "0 表示不锁定")
ESTABLISHED = settings.declare(ESTABLISHED_KEY, "", "已设置店长", "内部", "不可直接编辑")


class AccessDenied(VipdeskError):
    """The signed-in person (or nobody) lacks the permission; the CLI exits with 3."""

    exit_code = 3


class AccessLocked(AccessDenied):
    """The shop had an owner and now has none: nothing privileged until recovery."""

    def __init__(self) -> None:
        super().__init__(tr("这个数据库曾设置过店长账号,但现在找不到店长账号(可能被删除)。为安全起见,"
                            "需要店长权限的操作全部停用,请用设置时打印的恢复码恢复店长账号。"))


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    staff_id: int | None

    @property
    def role_label(self) -> str:
        return tr(ROLE_LABELS.get(self.role, self.role))


def _user(row: Login) -> User:
    return User(row.id, row.name, row.role, row.staff_id)


def _event(action: str, name: str = "", source: str = "", detail: str = "") -> None:
    AccessEvent.create(action=action, name=name, source=source, detail=detail)


# ---------------------------------------------------------------- state


def _state(rule: Callable[[sqlite3.Connection], bool]) -> bool:
    """Run one of ``access_state``'s plain-SQL rules on this thread's connection; a database
    error comes out as peewee's, as from any other query here."""
    with _peewee_errors:
        return rule(db.connection())


def established() -> bool:
    """True once the shop has had an owner (``access_state.established``)."""
    return _state(access_state.established)


def has_owner() -> bool:
    return _state(access_state.has_owner)


def locked() -> bool:
    """Fail closed: the shop had an owner and the file now has none."""
    return _state(access_state.locked)


def has_users() -> bool:
    return _state(access_state.has_users)


def has_pin() -> bool:
    """An owner PIN exists or existed (``privacy.owner.has_pin``)."""
    return _state(access_state.has_pin)


def setup_mode() -> bool:
    """First-run state: no owner was ever set, no users, no PIN (``access_state.setup_mode``)."""
    return _state(access_state.setup_mode)


def users() -> list[User]:
    return [_user(r) for r in Login.select().where(Login.active == True).order_by(Login.id)]  # noqa: E712


# ---------------------------------------------------------------- setup and recovery


def _new_recovery_code() -> str:
    raw = "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def _code_hash(code: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(code.replace("-", "").upper().encode(), salt=salt, n=1 << 14, r=8, p=1, dklen=32)
    return f"{salt.hex()}${digest.hex()}"


def _code_matches(code: str, stored: str) -> bool:
    try:
        salt_hex, digest_hex = stored.split("$")
        digest = hashlib.scrypt(code.replace("-", "").replace(" ", "").upper().encode(),
                                salt=bytes.fromhex(salt_hex), n=1 << 14, r=8, p=1, dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, bytes.fromhex(digest_hex))


def _staff_for(name: str, *, create: bool = True) -> int | None:
    """The Staff row sales are attributed to; the owner is linked only to an existing
    one (she is not added to the clerks' list just by setting a PIN)."""
    row = Staff.get_or_none(Staff.name == name)
    if row is None and create:
        row = Staff.create(name=name)
    return int(row.id) if row is not None else None


def create_owner(name: str, pin: str, *, source: str = "gui") -> str:
    """First run: the owner's login; returns the recovery code to print and keep.

    For the setup wizard.  Refuses when the shop already has (or had) an owner:
    a second owner is added by the owner, a lost one comes back by ``recover``."""
    name = (name or "").strip() or tr("店长")
    digest = hash_pin(pin)  # validates: digits only, 6–12, not 111111/123456
    if locked():
        raise AccessLocked()
    if established():
        raise ValidationError(tr("店长"), tr("已经设置过店长账号。忘记密码请用恢复码恢复。"))
    code = _new_recovery_code()
    with transaction():
        Login.create(name=name, role=OWNER, pin_hash=digest, staff_id=_staff_for(name, create=False))
        settings.put(ESTABLISHED.key, now().isoformat(sep=" "))
        _event("owner_created", name, source, _code_hash(code))
    return code


def recover(code: str, name: str, pin: str, *, source: str = "gui") -> str:
    """Bring back the owner with the recovery code printed at setup; returns a new code."""
    events = list(AccessEvent.select().where(AccessEvent.action.in_(("owner_created", "recovery", "recovery_code")))
                  .order_by(AccessEvent.id.desc()).limit(1))
    if not events or not _code_matches(code or "", events[0].detail):
        with transaction():
            _event("failed", name, source, "recovery code")
        raise ValidationError(tr("恢复码"), tr("恢复码不正确"))
    digest = hash_pin(pin)
    name = (name or "").strip() or tr("店长")
    new_code = _new_recovery_code()
    with transaction():
        row = Login.get_or_none(Login.name == name)
        if row is None:
            Login.create(name=name, role=OWNER, pin_hash=digest, staff_id=_staff_for(name, create=False))
        else:
            Login.update(role=OWNER, pin_hash=digest, active=True, failures=0).where(Login.id == row.id).execute()
        settings.put(ESTABLISHED.key, now().isoformat(sep=" "))
        _event("recovery", name, source, _code_hash(new_code))
    return new_code


def add_user(by: User | None, name: str, pin: str, role: str = CLERK) -> User:
    """The owner adds a manager or a clerk (linked to the Staff row of that name)."""
    require(by, None, owner_only=True)
    if role not in ROLES:
        raise ValidationError(tr("角色"), tr("未知角色"))
    name = (name or "").strip()
    if not name:
        raise ValidationError(tr("姓名"), tr("必填项为空"))
    digest = hash_pin(pin)
    with transaction():
        if Login.select().where(Login.name == name).exists():
            raise ValidationError(tr("姓名"), tr("已有同名账号"))
        row = Login.create(name=name, role=role, pin_hash=digest, staff_id=_staff_for(name))
        _event("user_added", name, "", f"{role} by {by.name if by else ''}")
    return _user(row)


def change_pin(user: User, old: str, new: str) -> None:
    if authenticate(user.name, old) is None:
        raise ValidationError(tr("原密码"), tr("原密码不正确"))
    digest = hash_pin(new)
    with transaction():
        Login.update(pin_hash=digest).where(Login.id == user.id).execute()
        _event("pin_change", user.name)


def all_users() -> list[tuple[User, bool]]:
    """Every login with whether it is active, for the owner's staff screen (nobody is ever deleted)."""
    return [(_user(r), bool(r.active)) for r in Login.select().order_by(Login.active.desc(), Login.id)]


def _other_active_owner(user_id: int) -> bool:
    return Login.select().where((Login.role == OWNER) & (Login.active == True) & (Login.id != user_id)).exists()  # noqa: E712


def update_user(by: User | None, user_id: int, *, role: str | None = None, active: bool | None = None) -> User:
    """The owner changes someone's role or (de)activates them.  People are never
    deleted (their sales and enrolments keep their name); the last active owner
    cannot be demoted or deactivated, so the shop cannot lock itself out."""
    require(by, None, owner_only=True)
    row = Login.get_or_none(Login.id == user_id)
    if row is None:
        raise NotFound(tr("没有这个账号"))
    if role is not None and role not in ROLES:
        raise ValidationError(tr("角色"), tr("未知角色"))
    losing_owner = row.role == OWNER and row.active and (
        (role is not None and role != OWNER) or active is False)
    if losing_owner and not _other_active_owner(row.id):
        raise ValidationError(tr("角色"), tr("至少要保留一位在用的店长账号,否则没有人能修改权限。"))
    from vipdesk.model.privacy import audit

    fields: dict[str, object] = {}
    if role is not None and role != row.role:
        fields["role"] = role
    if active is not None and bool(active) != bool(row.active):
        fields["active"] = bool(active)
    if fields:
        with transaction():
            Login.update(**fields).where(Login.id == row.id).execute()
            detail = ", ".join(f"{k}={v}" for k, v in fields.items())
            _event("user_changed", row.name, "", f"{detail} by {by.name if by else ''}")
            audit.log(audit.SETTINGS, detail=tr("员工账号 {name}:{what}").format(name=row.name, what=detail),
                      clerk=by.name if by else "")
    return _user(Login.get_by_id(row.id))


def reset_pin(by: User | None, user_id: int, new_pin: str) -> None:
    """The owner sets a new PIN for someone who forgot theirs (and clears their failure count)."""
    require(by, None, owner_only=True)
    row = Login.get_or_none(Login.id == user_id)
    if row is None:
        raise NotFound(tr("没有这个账号"))
    digest = hash_pin(new_pin)
    from vipdesk.model.privacy import audit

    with transaction():
        Login.update(pin_hash=digest, failures=0, last_failure=None).where(Login.id == row.id).execute()
        _event("pin_reset", row.name, "", f"by {by.name if by else ''}")
        audit.log(audit.PIN_CHANGE, detail=tr("重设 {name} 的密码").format(name=row.name),
                  clerk=by.name if by else "")


def needs_recovery_code() -> bool:
    """An owner moved over from the old settings-row PIN has no recovery code yet."""
    events = list(AccessEvent.select().where(AccessEvent.action.in_(("owner_created", "recovery", "recovery_code")))
                  .order_by(AccessEvent.id.desc()).limit(1))
    return has_owner() and (not events or not events[0].detail)


def issue_recovery_code(by: User | None) -> str:
    """A new recovery code (the old one stops working); the owner prints it and keeps it."""
    require(by, None, owner_only=True)
    code = _new_recovery_code()
    with transaction():
        _event("recovery_code", by.name if by else "", "", _code_hash(code))
    return code


# ---------------------------------------------------------------- sign in


def wait_seconds(name: str, at: float | None = None) -> float:
    row = Login.get_or_none(Login.name == name)
    return 0.0 if row is None else _attempts(row).wait_seconds(time.time() if at is None else at)


def _attempts(row: Login) -> PinAttempts:
    last = row.last_failure.timestamp() if isinstance(row.last_failure, dt.datetime) else 0.0
    return PinAttempts(int(row.failures or 0), last)


@contextmanager
def _logged_if_writable() -> Iterator[None]:
    """Log in a transaction; a file opened read-only (a damaged file, a backup being
    restored) still answers, its count of failures just cannot grow."""
    try:
        with transaction():
            yield
    except OperationalError as exc:
        if "readonly" not in str(exc).lower():
            raise


@dataclass(frozen=True)
class PinCheck:
    """A sign-in in progress: ``verify`` (slow scrypt, no database) may run on a
    worker thread so the sign-in dialog stays responsive; ``finish`` records it."""

    login_id: int | None
    name: str
    pin_hash: str
    source: str
    at: float

    def verify(self, pin: str) -> bool:
        return self.login_id is not None and verify_pin(pin or "", self.pin_hash)


def start_sign_in(name: str, *, source: str = "gui", at: float | None = None) -> PinCheck:
    """Look the login up; raises ``PinLocked`` (logged) while the delay after failures runs."""
    at = time.time() if at is None else at
    row = Login.get_or_none((Login.name == (name or "").strip()) & (Login.active == True))  # noqa: E712
    if row is None:
        return PinCheck(None, name or "", "", source, at)
    wait = _attempts(row).wait_seconds(at)
    if wait > 0:
        with _logged_if_writable():
            _event("locked_out", row.name, source, f"{wait:.0f}s")
        raise PinLocked(wait)
    return PinCheck(int(row.id), row.name, row.pin_hash, source, at)


def finish_sign_in(check: PinCheck, pin: str, ok: bool) -> User | None:
    """Record the outcome of ``check.verify(pin)``: the failure count and the access log."""
    if check.login_id is None:
        with _logged_if_writable():
            _event("failed", check.name, check.source, "unknown name")
        return None
    row = Login.get_or_none(Login.id == check.login_id)
    if row is None or not row.active or row.pin_hash != check.pin_hash:
        ok = False  # changed while the PIN was being checked
    with _logged_if_writable():
        if ok:
            fields: dict[str, object] = {"failures": 0, "last_failure": None}
            if needs_rehash(check.pin_hash):
                fields["pin_hash"] = hash_pin(pin)
            Login.update(**fields).where(Login.id == check.login_id).execute()
            _event("sign_in", check.name, check.source)
        elif row is not None:
            Login.update(failures=Login.failures + 1, last_failure=dt.datetime.fromtimestamp(check.at)).where(
                Login.id == check.login_id).execute()
            _event("failed", check.name, check.source)
    return _user(row) if ok and row is not None else None


def authenticate(name: str, pin: str, *, source: str = "gui", at: float | None = None) -> User | None:
    """The user for a right name + PIN, else None.  Raises ``PinLocked`` while the
    delay after repeated failures runs.  Every attempt is logged."""
    check = start_sign_in(name, source=source, at=at)
    return finish_sign_in(check, pin, check.verify(pin))


def users_who_can(permission: str | None) -> list[User]:
    """Active logins whose role has *permission* (owners first): who may approve it."""
    if locked():
        return []
    table = permission_table()
    found = [u for u in users() if u.role == OWNER or (permission is not None and permission in table.get(u.role, []))]
    return sorted(found, key=lambda u: u.role != OWNER)


def owner_names() -> list[str]:
    return [r.name for r in Login.select().where((Login.role == OWNER) & (Login.active == True))]  # noqa: E712


# ---------------------------------------------------------------- permissions


def permission_table() -> dict[str, list[str]]:
    """Role → granted permissions, from the ``role_permission`` rows (missing = refused)."""
    table: dict[str, list[str]] = {MANAGER: [], CLERK: []}
    try:
        rows = list(RolePermission.select().order_by(RolePermission.id))
    except OperationalError:  # the table was dropped: nobody but the owner may do anything
        return table
    for row in rows:
        if row.role in table and row.permission in PERMISSIONS and row.permission not in table[row.role]:
            table[row.role].append(row.permission)
    return table


def set_permission_table(by: User | None, table: dict[str, list[str]], *, redeem_limit: int | None = None) -> None:
    """Only the owner edits the table; the owner's own row is fixed at "everything"
    (there are no owner rows to edit), so the shop cannot lock itself out.
    One transaction, audit-logged with the before and after."""
    require(by, None, owner_only=True)
    clean = {role: sorted({p for p in table.get(role, []) if p in PERMISSIONS}) for role in (MANAGER, CLERK)}
    from vipdesk.model.privacy import audit

    with transaction():
        before = permission_table()
        RolePermission.delete().execute()
        for role, perms in clean.items():
            for perm in perms:
                RolePermission.create(role=role, permission=perm)
        _event("permissions", by.name if by else "", "", json.dumps(clean))
        changes = []
        for role in (MANAGER, CLERK):
            added = sorted(set(clean[role]) - set(before[role]))
            removed = sorted(set(before[role]) - set(clean[role]))
            if added or removed:
                changes.append(f"{role}: +{','.join(added) or '-'} -{','.join(removed) or '-'}")
        audit.log(audit.SETTINGS, detail=tr("角色权限:") + ("; ".join(changes) or tr("无变化")),
                  clerk=by.name if by else "")
        if redeem_limit is not None:
            if int(redeem_limit) < 0:
                raise ValidationError(tr("大额兑换门槛(积分)"), tr("不能小于 0"))
            settings.put(REDEEM_LIMIT.key, int(redeem_limit))  # audit-logged by settings.put


def can(user: User | None, permission: str | None) -> bool:
    if user is None or locked():
        return False
    if not Login.select().where((Login.id == user.id) & (Login.active == True)).exists():  # noqa: E712
        return False  # the row was deleted or disabled since sign-in
    if user.role == OWNER:
        return True
    if permission is None:
        return False
    return permission in permission_table().get(user.role, [])


def require(user: User | None, permission: str | None, *, owner_only: bool = False) -> None:
    """Raise ``AccessDenied`` (``AccessLocked`` when failing closed) unless *user* may."""
    if locked():
        raise AccessLocked()
    if owner_only:
        permission = None
    if not can(user, permission):
        label = tr(PERMISSIONS[permission]) if permission else tr("店长操作")
        who = user.name if user else tr("未登录")
        raise AccessDenied(tr("{who} 没有“{what}”的权限,请店长或有权限的人登录后再做。").format(who=who, what=label))


def approver_roles(permission: str | None) -> list[str]:
    """Role names (translated) who may approve *permission*, from the owner's table:
    the owner always, then every other role the table grants it to."""
    table = {} if locked() or permission is None else permission_table()
    return [tr(ROLE_LABELS[OWNER])] + [tr(ROLE_LABELS[r]) for r in (MANAGER, CLERK) if permission in table.get(r, [])]


def approval_prompt(permission: str | None, reason: str = "") -> str:
    """The one sentence every approval gate shows (issue 13): what is being approved
    and who may approve it, read from the permission table — never a fixed "店长".

    *reason* is an action ("导入会员") or a full sentence ending in 。 (then the
    "who may" sentence follows on its own line)."""
    roles = tr("、").join(approver_roles(permission))
    reason = (reason or "").strip() or tr("这个操作")
    sentence = reason[-1] in "。.!?!?"
    if permission is None:
        text = tr("{reason}\n需要{roles}确认。") if sentence else tr("{reason}需要{roles}确认。")
    elif sentence:
        text = tr("{reason}\n需要有“{what}”权限的人员确认({roles})。")
    else:
        text = tr("{reason}需要有“{what}”权限的人员确认({roles})。")
    what = tr(PERMISSIONS[permission]) if permission else ""
    return text.format(reason=reason, what=what, roles=roles)


def approvers_note(permission: str | None) -> str:
    """Short form for a label next to a protected choice: "需店长、主管确认"."""
    return tr("需{roles}确认").format(roles=tr("、").join(approver_roles(permission)))


def redeem_permission(points: int) -> str | None:
    """Redemptions above the owner's limit need REDEEM_LARGE; smaller ones need nothing."""
    return REDEEM_LARGE if int(points) > int(settings.get(REDEEM_LIMIT.key) or 0) else None


def find_user(name: str) -> User:
    row = Login.get_or_none((Login.name == name) & (Login.active == True))  # noqa: E712
    if row is None:
        raise NotFound(tr("没有这个账号:{name}").format(name=name))
    return _user(row)
