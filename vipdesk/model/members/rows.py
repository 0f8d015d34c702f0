"""Display rows of members by id: the customer list's page and ``vipdesk find``'s answer.

One plain SQL statement (the clerk's name joined), run through an ``Execute`` (the app's
``db.execute_sql`` or the light read path's sqlite3 connection), so the module loads no
peewee (issue 14: ``vipdesk find`` as a whole process).  The values are converted as
peewee's fields of ``Member`` and ``Staff`` convert them (text, integer, date-time columns),
so a row written by another tool reads the same on either path.
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple

TYPE_CHECKING = False
if TYPE_CHECKING:  # issue 14: typing is not loaded at run time (`vipdesk find` pays for each import)
    from typing import Any

    from vipdesk.model.members.search import Execute

# The columns of MemberRow, in order; "clerk" is the clerk's name (Staff.name), not her id.
ROWS_SQL = ('SELECT m."id", m."name", m."phone", m."tier", m."points", m."last_purchase", s."name",'
            ' m."card_no", m."total_spend" FROM "member" AS m LEFT OUTER JOIN "staff" AS s ON m."clerk_id" = s."id"'
            ' WHERE m."id" IN ({marks})')


# One display row: id (int), name, phone, tier (str), points (int), last_purchase (datetime or None),
# clerk (her name, str), card_no (str), total_spend (int, fen).  A collections.namedtuple, not a
# typing.NamedTuple: typing alone is ~3 ms of `vipdesk find` (issue 14).
MemberRow = namedtuple("MemberRow", "id name phone tier points last_purchase clerk card_no total_spend")


def _text(value: Any) -> Any:
    """peewee's CharField: text stays, bytes are decoded, anything else becomes text."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def _integer(value: Any) -> Any:
    """peewee's IntegerField: int() where it can, else the value as stored."""
    if value is None:
        return None
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


_DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S.%f%z",
                     "%Y-%m-%d %H:%M:%S%z", "%Y-%m-%d")


def _datetime(value: Any) -> Any:
    """peewee's DateTimeField (ISO text first, then its formats), then the list's own rule:
    text no format took is read as ISO (raising on junk, as before)."""
    if not isinstance(value, str):
        return value
    if value:
        s = value
        if len(s) > 10 and s[10] == " ":
            s = s[:10] + "T" + s[11:]
        if s[-1:] == "Z":
            s = s[:-1] + "+00:00"
        try:
            return dt.datetime.fromisoformat(s)
        except ValueError:
            pass
        for fmt in _DATETIME_FORMATS:
            try:
                return dt.datetime.strptime(value, fmt)
            except ValueError:
                pass
    return dt.datetime.fromisoformat(value)


def fetch_rows(execute: Execute, ids: list[int]) -> dict[int, MemberRow]:
    """Display rows for one page of *ids* (missing ids are left out), in one statement."""
    ids = list(ids)
    if not ids:
        return {}
    out: dict[int, MemberRow] = {}
    for mid, name, phone, tier, points, last, clerk, card, spend in execute(
            ROWS_SQL.format(marks=", ".join("?" * len(ids))), ids):
        mid = _integer(mid)
        out[mid] = MemberRow(mid, _text(name), _text(phone), _text(tier) or "", _integer(points) or 0,
                             _datetime(last), _text(clerk) or "", _text(card) or "", _integer(spend) or 0)
    return out
