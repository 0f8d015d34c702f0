"""The owner's PIN, kept in the settings table: the slow salted hash and the failure state.

There is no default PIN anywhere: until the owner sets one, ``has_pin()`` is
False and the GUI asks her to set it before settings, full-number exports,
bulk actions, deletion or restore.  The failure counter is stored too, so
closing and reopening vipdesk does not reset the growing delay.
Hashing and the delay rule live in ``vipdesk.model.safety.pin``.
"""

from __future__ import annotations

import time

from vipdesk.model.errors import ValidationError
from vipdesk.model.privacy import audit
from vipdesk.model.safety.pin import PinAttempts, PinLocked, check_pin, hash_pin, needs_rehash
from vipdesk.model.store import settings
from vipdesk.model.store.db import transaction
from vipdesk.text import tr

__all__ = ["PinLocked", "check_owner_pin", "has_pin", "set_pin", "wait_seconds"]

# Group "内部": not shown as editable settings.
PIN_HASH = settings.declare("privacy.owner_pin_hash", "", "店长密码(散列值)", "内部", "不可直接编辑")
PIN_ATTEMPTS = settings.declare("privacy.owner_pin_attempts", "", "店长密码错误次数", "内部", "不可直接编辑")


def has_pin() -> bool:
    return bool(settings.get(PIN_HASH.key))


def _attempts() -> PinAttempts:
    return PinAttempts.loads(settings.get(PIN_ATTEMPTS.key) or None)


def wait_seconds(now: float | None = None) -> float:
    """Seconds the owner must still wait before the next try (0 = may try now)."""
    return _attempts().wait_seconds(time.time() if now is None else now)


def failures() -> int:
    return _attempts().failures


def check_owner_pin(pin: str, *, now: float | None = None) -> bool:
    """True for the right PIN.  Raises ``PinLocked`` while the delay after failures runs;
    every answer updates the stored failure state.  False when no PIN is set."""
    stored = str(settings.get(PIN_HASH.key) or "")
    if not stored:
        return False
    ok, new_state = check_pin(pin, stored, _attempts(), now)
    with transaction():
        settings.put(PIN_ATTEMPTS.key, new_state.dumps())
        if ok and needs_rehash(stored):
            settings.put(PIN_HASH.key, hash_pin(pin))
    return ok


def set_pin(new: str, old: str | None = None, *, clerk: str = "", now: float | None = None) -> None:
    """Set the first PIN, or change it (the old PIN is required then); audit-logged."""
    had = has_pin()
    if had:
        if old is None or not check_owner_pin(old, now=now):
            raise ValidationError(tr("原密码"), tr("原店长密码不正确"))
    digest = hash_pin(new)  # validates: digits only, 4–12, not 1111/1234
    with transaction():
        settings.put(PIN_HASH.key, digest)
        settings.put(PIN_ATTEMPTS.key, PinAttempts().dumps())
        audit.log(audit.PIN_CHANGE, clerk=clerk, detail=tr("修改店长密码") if had else tr("设置店长密码"))
