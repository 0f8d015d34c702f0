"""The owner-PIN gate for full phone numbers in exports and for merges (issue 7).

The PIN itself (hash, failure delay) belongs to ``vipdesk.model.privacy.owner``
and the GUI asks through ``vipdesk.ui.privacy.pin.require_owner``.  The rule is
the same here: there is no default PIN, so while none has been set the gate is
closed — the owner must set one first (``require_owner`` offers that).
"""

from __future__ import annotations

from vipdesk.model.privacy import owner


def pin_is_set() -> bool:
    return owner.has_pin()


def check_owner_pin(entered: str) -> bool:
    """True only if *entered* is the owner PIN; False while no PIN is set.  Raises
    ``PinLocked`` while the owner must still wait after repeated failures."""
    return owner.check_owner_pin(entered or "")
