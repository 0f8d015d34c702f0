"""Who is signed in in this process (the GUI's counter, or one CLI command).

Writes read ``current_name`` / ``current_staff_id`` to record who did them:
the audit log defaults its clerk to the signed-in person, and the counter
dialogs default the clerk of a sale or an enrolment to them (L10 incentives)."""

from __future__ import annotations

import threading

from vipdesk.model.access.core import User

_lock = threading.Lock()
_current: User | None = None


def sign_in(user: User | None) -> None:
    global _current
    with _lock:
        _current = user


def sign_out() -> None:
    sign_in(None)


def current() -> User | None:
    return _current


def current_name() -> str:
    return _current.name if _current is not None else ""


def current_staff_id() -> int | None:
    return _current.staff_id if _current is not None else None


def acting_staff_id(clerk_id: int | None) -> int | None:
    """The clerk a counter write is attributed to (issue 13, L10): the one the caller
    chose, else whoever is signed in (GUI sign-in or the CLI's PIN), else nobody."""
    return clerk_id if clerk_id is not None else current_staff_id()
