"""The counter search: one box, any of phone tail, full mobile, card number,
name, pinyin initials or full pinyin.  Every branch is an index seek
(prefix ranges on indexed columns); only the name-substring fallback scans
the small name index.

Issue 14: each query kind is ONE precompiled SQL statement (its branches joined by
UNION ALL, each branch ranked and limited on its own), run through the connection
directly: no peewee query building per keystroke.  The branches come out in the order
they are written (best match first); duplicates are dropped here.  The module loads no peewee:
``vipdesk find``'s light read path (store/lite.py) runs the same statements on its own
connection through ``search_ids``.
"""

from __future__ import annotations

import re
import unicodedata

TYPE_CHECKING = False
if TYPE_CHECKING:  # issue 14: typing is not loaded at run time (`vipdesk find` pays for each import)
    from collections.abc import Callable, Iterable
    from typing import Any

    # Runs one statement with its parameters: ``db.execute_sql`` or a sqlite3 connection's ``execute``.
    Execute = Callable[[str, Any], Iterable[tuple[Any, ...]]]

MAX_RESULTS = 200

_DIGITS = re.compile(r"[\d\s\-+]+")
_SEPARATORS = re.compile(r"[\s\-]")
_LETTERS = re.compile(r"[A-Za-z]+")

# Branch conditions; named parameters: q (the query), q_end (q + U+FFFF, the end of its
# prefix range), r / r_end (reversed digits), low / low_end (lower-case letters),
# up / up_end (upper-case, card numbers), n (the limit), n5 (substring hits to rank).
_PHONE = '"phone" = :q'
_CARD = '"card_no" = :q'
_TAIL = '"phone_rev" >= :r AND "phone_rev" < :r_end'
_CARD_PREFIX = '"card_no" >= :q AND "card_no" < :q_end'
_INITIALS = '"py_initials" >= :low AND "py_initials" < :low_end'
_PINYIN = '"py_full" >= :low AND "py_full" < :low_end'
_CARD_UPPER_PREFIX = '"card_no" >= :up AND "card_no" < :up_end'
_NAME = '"name" = :q'
_NAME_PREFIX = '"name" >= :q AND "name" < :q_end'
# Substring (name_index): a 2+ character query seeks the pair it starts with and confirms the
# whole text; one character seeks itself; the first n5 hits are then ranked like the rest.
_NAME_PART = ('"id" IN (SELECT g."member_id" FROM "member_name_gram" g JOIN "member" m2 ON m2."id" = g."member_id"'
              ' WHERE g."gram" = :q2 AND instr(m2."name", :q) > 0 LIMIT :n5)')
_NAME_CHAR = '"id" IN (SELECT "member_id" FROM "member_name_gram" WHERE "gram" = :q LIMIT :n5)'
_CARD_UPPER = '"card_no" = :up'

# Query kind -> its branches, best first.
_KINDS: dict[str, tuple[str, ...]] = {
    "mobile": (_PHONE, _CARD, _TAIL, _CARD_PREFIX),  # 11 digits
    "digits": (_CARD, _TAIL, _CARD_PREFIX),  # 4+ digits
    "short_digits": (_CARD,),  # 1–3 digits: only a whole card number
    "letters": (_INITIALS, _PINYIN, _CARD_UPPER_PREFIX),
    "letter": (_INITIALS, _CARD_UPPER_PREFIX),  # one letter: no full-pinyin branch
    "name": (_NAME, _NAME_PREFIX, _NAME_PART, _CARD_UPPER),
    "name_char": (_NAME, _NAME_PREFIX, _NAME_CHAR, _CARD_UPPER),  # one character
}

_HIDDEN = " AND \"status\" NOT IN ('anonymised', 'merged')"  # merged: see hygiene.merge


def _statement(branches: tuple[str, ...], include_anonymised: bool) -> str:
    hidden = "" if include_anonymised else _HIDDEN
    parts = [f'SELECT "id" FROM (SELECT "id" FROM "member" WHERE {cond}{hidden}'
             ' ORDER BY "last_purchase" DESC NULLS LAST LIMIT :n)' for cond in branches]
    return " UNION ALL ".join(parts)


_SQL: dict[tuple[str, bool], str] = {(kind, anon): _statement(branches, anon)
                                     for kind, branches in _KINDS.items() for anon in (False, True)}


def normalize_query(query: str) -> str:
    q = unicodedata.normalize("NFKC", query or "").strip()
    if _DIGITS.fullmatch(q):
        q = _SEPARATORS.sub("", q)
        if q.startswith("+86"):
            q = q[3:]
    return q


def _kind(q: str) -> str:
    if q.isdigit():
        if len(q) == 11:
            return "mobile"
        return "digits" if len(q) >= 4 else "short_digits"
    if _LETTERS.fullmatch(q):
        return "letters" if len(q) >= 2 else "letter"
    return "name" if len(q) >= 2 else "name_char"


def search_member_ids(query: str, limit: int = MAX_RESULTS, include_anonymised: bool = False) -> list[int]:
    """Ids of members matching *query*, best matches first (one SQL statement)."""
    from vipdesk.model.store.db import db

    return search_ids(db.execute_sql, query, limit, include_anonymised)


def search_ids(execute: Execute, query: str, limit: int = MAX_RESULTS, include_anonymised: bool = False) -> list[int]:
    """``search_member_ids`` through *execute* (the app's connection or the light read path's)."""
    q = normalize_query(query)
    if not q:
        return []
    low, up = q.lower(), q.upper()
    rev = q[::-1]
    params = {"q": q, "q_end": q + "\uffff", "r": rev, "r_end": rev + "\uffff", "low": low,
              "low_end": low + "\uffff", "up": up, "up_end": up + "\uffff", "n": limit, "n5": limit * 5,
              "q2": q[:2]}
    seen = dict.fromkeys(row[0] for row in execute(_SQL[(_kind(q), include_anonymised)], params))
    return list(seen)[:limit]
