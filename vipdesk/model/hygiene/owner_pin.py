"""The owner-PIN gate for full phone numbers in exports and for merges (issue 7).

The PIN itself (hash, failure delay) belongs to ``vipdesk.model.privacy.owner``;
this is only the rule of this feature: while no PIN has been set the gate is
open (the first-run set-up is where the owner chooses one), once set the
owner must type it.
"""

from __future__ import annotations

from vipdesk.model.privacy import owner


def pin_is_set() -> bool:
    return owner.has_pin()


def check_owner_pin(entered: str) -> bool:
    """True if *entered* is the owner PIN (or none is set).  Raises ``PinLocked``
    while the owner must still wait after repeated failures."""
    if not owner.has_pin():
        return True
    return owner.check_owner_pin(entered or "")
