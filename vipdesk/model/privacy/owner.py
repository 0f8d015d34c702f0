"""The owner's PIN, kept in the settings table: the slow salted hash and the failure state.

There is no default PIN anywhere: until the owner sets one, ``has_pin()`` is
False and the GUI asks her to set it before settings, full-number exports,
bulk actions, deletion or restore.  The failure counter is stored too, so
closing and reopening vipdesk does not reset the growing delay.
Hashing and the delay rule live in ``vipdesk.model.safety.pin``.
"""

from __future__ import annotations

import time

from vipdesk.model import access, access_state
from vipdesk.model.errors import ValidationError
from vipdesk.model.privacy import audit
from vipdesk.model.safety.pin import PinAttempts, PinLocked, check_pin, hash_pin, needs_rehash
from vipdesk.model.store import settings
from vipdesk.model.store.db import transaction
from vipdesk.text import tr

__all__ = ["PinLocked", "check_owner_pin", "has_pin", "set_pin", "wait_seconds"]

# Group "内部": not shown as editable settings.
PIN_HASH = settings.declare(access_state.OWNER_PIN_KEY, "", "店长密码(散列值)", "内部", "不可直接编辑")
PIN_ATTEMPTS = settings.declare("privacy.owner_pin_attempts", "", "店长密码错误次数", "内部", "不可直接编辑")


def has_pin() -> bool:
    """True once an owner PIN exists — or existed: a shop whose owner login was
    deleted is *locked* (access.locked), never back to "no PIN yet"."""
    return access.core.has_pin()  # one rule for this and the light read path (model/access_state.py)


def _attempts() -> PinAttempts:
    return PinAttempts.loads(settings.get(PIN_ATTEMPTS.key) or None)


def _owner_row() -> access.core.Login | None:
    names = access.core.owner_names() if access.has_owner() else []
    return access.core.Login.get_or_none(access.core.Login.name == names[0]) if names else None


def wait_seconds(now: float | None = None) -> float:
    """Seconds the owner must still wait before the next try (0 = may try now)."""
    row = _owner_row()
    if row is not None:
        return access.core.wait_seconds(row.name, now)
    return _attempts().wait_seconds(time.time() if now is None else now)


def failures() -> int:
    row = _owner_row()
    if row is not None:
        return int(row.failures or 0)
    return _attempts().failures


def check_owner_pin(pin: str, *, now: float | None = None) -> bool:
    """True for the right PIN.  Raises ``PinLocked`` while the delay after failures runs;
    every answer updates the stored failure state.  False when no PIN is set."""
    if access.established() or access.has_owner():
        # Staff logins (issue 13): the owner's login PIN; fail closed without one.
        if access.locked():
            raise access.AccessLocked()
        for name in access.core.owner_names():
            if access.authenticate(name, pin, at=now) is not None:
                return True
        return False
    stored = str(settings.get(PIN_HASH.key) or "")
    if not stored:
        return False
    ok, new_state = check_pin(pin, stored, _attempts(), now)
    with transaction():
        settings.put(PIN_ATTEMPTS.key, new_state.dumps())
        if ok and needs_rehash(stored):
            settings.put(PIN_HASH.key, hash_pin(pin))
    return ok


def set_pin(new: str, old: str | None = None, *, clerk: str = "", now: float | None = None) -> str | None:
    """Set the first PIN, or change it (the old PIN is required then); audit-logged.

    The first PIN creates the owner's login (``access.create_owner``) and returns
    the recovery code to print; a change returns None."""
    had = has_pin()
    if had:
        if old is None or not check_owner_pin(old, now=now):
            raise ValidationError(tr("原密码"), tr("原店长密码不正确"))
    digest = hash_pin(new)  # validates: digits only, 6–12, not 111111/123456
    if not had:
        code = access.create_owner(tr("店长"), new)
        with transaction():
            audit.log(audit.PIN_CHANGE, clerk=clerk, detail=tr("设置店长密码"))
        return code
    if access.has_owner():
        name = access.core.owner_names()[0]
        with transaction():
            access.core.Login.update(pin_hash=digest).where(access.core.Login.name == name).execute()
            audit.log(audit.PIN_CHANGE, clerk=clerk, detail=tr("修改店长密码"))
        return None
    with transaction():
        settings.put(PIN_HASH.key, digest)
        settings.put(PIN_ATTEMPTS.key, PinAttempts().dumps())
        audit.log(audit.PIN_CHANGE, clerk=clerk, detail=tr("修改店长密码") if had else tr("设置店长密码"))
    return None
