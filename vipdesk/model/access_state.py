"""The access state rules in plain SQL over a DB-API connection: has this shop had an owner,
has it users, is it locked, is it still in setup mode (issue 13: who may see full phones).

One implementation for both paths (issue 14): ``access.core`` calls these with peewee's
connection, the light read path of ``vipdesk find`` (``store/lite.py``) with its own
read-only one.  It lives outside the ``access`` package because that package's
``__init__`` loads peewee.  Fail closed: a dropped ``access_event`` table counts as "had an
owner"; a dropped ``staff_login`` table as "no owner" (so a shop that had one is locked).
Other database errors propagate (``sqlite3`` ones; ``access.core`` turns them into
peewee's, as every peewee query does).
"""

from __future__ import annotations

import json
import sqlite3

ESTABLISHED_KEY = "access.owner_established"  # setting: when the owner was created ("" until then)
OWNER_PIN_KEY = "privacy.owner_pin_hash"  # setting: the owner PIN of a shop from before staff logins
PIN_CHANGE_ACTION = "pin_change"  # audit_log action of setting that PIN (privacy.audit.PIN_CHANGE)


def _setting(conn: sqlite3.Connection, key: str) -> object:
    """The stored JSON value of *key*; None when not stored (both keys here default to "")."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def _exists(conn: sqlite3.Connection, sql: str, params: tuple[object, ...] = ()) -> bool:
    return conn.execute(sql + " LIMIT 1", params).fetchone() is not None


def established(conn: sqlite3.Connection) -> bool:
    """True once the shop has had an owner: a setting, an append-only event, or
    (a file from before staff logins) the append-only audit entry of setting the PIN."""
    if _setting(conn, ESTABLISHED_KEY):
        return True
    try:
        if _exists(conn, "SELECT 1 FROM access_event WHERE action = 'owner_created'"):
            return True
    except sqlite3.OperationalError:
        return True  # the append-only log itself was dropped: assume the worst
    return _exists(conn, "SELECT 1 FROM audit_log WHERE action = ?", (PIN_CHANGE_ACTION,))


def has_owner(conn: sqlite3.Connection) -> bool:
    try:
        return _exists(conn, "SELECT 1 FROM staff_login WHERE role = 'owner' AND active = 1")
    except sqlite3.OperationalError:  # the table itself was dropped: no owner (fails closed if one existed)
        return False


def has_users(conn: sqlite3.Connection) -> bool:
    return _exists(conn, "SELECT 1 FROM staff_login WHERE active = 1")


def locked(conn: sqlite3.Connection) -> bool:
    """Fail closed: the shop had an owner and the file now has none."""
    return established(conn) and not has_owner(conn)


def has_pin(conn: sqlite3.Connection) -> bool:
    """True once an owner PIN exists — or existed: a shop whose owner login was
    deleted is *locked*, never back to "no PIN yet"."""
    return established(conn) or has_owner(conn) or bool(_setting(conn, OWNER_PIN_KEY))


def setup_mode(conn: sqlite3.Connection) -> bool:
    """A shop that never set an owner: nothing to check a PIN against (first-run state),
    so anyone may do anything, full phones included.  ``not established and not has_users and
    not has_pin``, with ``has_pin``'s own ``established`` (just found false) not read twice."""
    if established(conn) or has_users(conn):
        return False
    return not (has_owner(conn) or bool(_setting(conn, OWNER_PIN_KEY)))
