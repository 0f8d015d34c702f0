"""The owner-PIN gate for full phone numbers in exports and for merges (issue 7).

Where the owner PIN lives is the safety feature's business; until it offers
an API this module reads the scrypt hash from the ``setting`` row
``safety.owner_pin_hash`` (format of ``vipdesk.model.safety.pin.hash_pin``)
and keeps the failure counter in ``safety.owner_pin_attempts`` so that
restarting vipdesk does not reset the delay.  No hash stored = no PIN set:
the gate is open (the first-run set-up is where the owner chooses one).
"""

from __future__ import annotations

import json

from vipdesk.model.db import transaction
from vipdesk.model.safety import pin
from vipdesk.model.tables import Setting

HASH_KEY = "safety.owner_pin_hash"
ATTEMPTS_KEY = "safety.owner_pin_attempts"


def _raw(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return None
    try:
        value = json.loads(row.value)
    except ValueError:
        return row.value
    return value if isinstance(value, str) else None


def pin_is_set() -> bool:
    return bool(_raw(HASH_KEY))


def check_owner_pin(entered: str) -> bool:
    """True if *entered* is the owner PIN (or none is set).  Raises ``pin.PinLocked``
    while the owner must still wait after repeated failures."""
    stored = _raw(HASH_KEY)
    if not stored:
        return True
    attempts = pin.PinAttempts.loads(_raw(ATTEMPTS_KEY))
    ok, after = pin.check_pin(entered or "", stored, attempts)
    with transaction():
        Setting.insert(key=ATTEMPTS_KEY, value=json.dumps(after.dumps())).on_conflict_replace().execute()
    return ok
