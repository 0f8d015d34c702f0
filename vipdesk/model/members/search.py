"""The counter search: one box, any of phone tail, full mobile, card number,
name, pinyin initials or full pinyin.  Every branch is an index seek
(prefix ranges on indexed columns); only the name-substring fallback scans
the small name index.
"""

from __future__ import annotations

import re
import unicodedata

from vipdesk.model.store.db import db
from vipdesk.model.store.tables import Member

MAX_RESULTS = 200


def _prefix_range(field, prefix: str):
    """``field`` starts with ``prefix`` as a range the index can seek."""
    return (field >= prefix) & (field < prefix + "\uffff")


def normalize_query(query: str) -> str:
    q = unicodedata.normalize("NFKC", query or "").strip()
    if re.fullmatch(r"[\d\s\-+]+", q):
        q = re.sub(r"[\s\-]", "", q)
        if q.startswith("+86"):
            q = q[3:]
    return q


def search_member_ids(query: str, limit: int = MAX_RESULTS, include_anonymised: bool = False) -> list[int]:
    """Ids of members matching *query*, best matches first."""
    q = normalize_query(query)
    if not q:
        return []
    base = Member.select(Member.id)
    if not include_anonymised:
        base = base.where(Member.status.not_in(("anonymised", "merged")))  # merged: see hygiene.merge
    seen: dict[int, None] = {}

    def take(sel) -> None:
        for (mid,) in sel.order_by(Member.last_purchase.desc(nulls="last")).limit(limit).tuples():
            seen.setdefault(mid, None)

    if q.isdigit():
        if len(q) == 11:
            take(base.where(Member.phone == q))
        take(base.where(Member.card_no == q))
        if len(q) >= 4:
            take(base.where(_prefix_range(Member.phone_rev, q[::-1])))
            take(base.where(_prefix_range(Member.card_no, q)))
        return list(seen)[:limit]
    if re.fullmatch(r"[A-Za-z]+", q):
        low = q.lower()
        take(base.where(_prefix_range(Member.py_initials, low)))
        if len(low) >= 2:
            take(base.where(_prefix_range(Member.py_full, low)))
        take(base.where(_prefix_range(Member.card_no, q.upper())))
        return list(seen)[:limit]
    take(base.where(Member.name == q))
    take(base.where(_prefix_range(Member.name, q)))
    if len(seen) < limit:
        # Substring: scan only the narrow name index (covering), then rank the few hits.
        hits = [row[0] for row in db.execute_sql(
            "SELECT id FROM member INDEXED BY member_name WHERE instr(name, ?) > 0 LIMIT ?", (q, limit * 5))]
        if hits:
            take(base.where(Member.id.in_(hits)))
    card = q.upper()
    take(base.where(Member.card_no == card))
    return list(seen)[:limit]
