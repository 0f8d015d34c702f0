"""What a sale's rules need to know about the ticket and its member, read once (issue 14).

``record_sale`` reads the member's rule columns (tier, birthday, status, referrer, tier lock and
grace) in one statement while quoting, writes the ticket, and leaves both here in the write
transaction's memo (``db.txn_memo``) for the ``sale_recorded`` handlers, which would otherwise
read back the rows the transaction has just written.  Holding the write lock, nobody else can
change them in between; a handler that finds nothing here (the event fired some other way)
reads the rows itself (``sale_facts``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vipdesk.model.store.db import db, txn_memo

# One statement for every member column the sale path reads (a Member row is ~50 columns).
MEMBER_SQL = (
    "SELECT m.id, m.tier, m.birth_month, m.birth_day, m.birthday_lunar, m.birthday_leap, m.name, m.status,"
    " m.referred_by_id, COALESCE(ts.locked, 0), ts.grace_until IS NOT NULL"
    " FROM member m LEFT JOIN tier_state ts ON ts.member_id = m.id WHERE m.id = ?")


@dataclass(slots=True)
class MemberFacts:
    """The member as the sale's rules see her; attribute names match ``Member``'s, so the
    birthday and tier rules take either."""

    id: int
    tier: str
    birth_month: int | None
    birth_day: int | None
    birthday_lunar: bool
    birthday_leap: bool
    name: str
    status: str
    referred_by_id: int | None
    tier_locked: bool
    grace_pending: bool


@dataclass(slots=True)
class SaleFacts:
    """The ticket just written (attribute names match ``Sale``'s)."""

    id: int
    member_id: int | None
    clerk_id: int | None
    ticket_no: str
    sold_at: dt.datetime
    points: int
    paid: int
    member: MemberFacts | None


def read_member(member_id: int) -> MemberFacts | None:
    row = db.execute_sql(MEMBER_SQL, (member_id,)).fetchone()
    if row is None:
        return None
    return MemberFacts(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), row[6], row[7], row[8],
                       bool(row[9]), bool(row[10]))


def remember(facts: SaleFacts) -> None:
    memo = txn_memo()
    if memo is not None:
        memo[f"sale:{facts.id}"] = facts


def sale_facts(sale_id: int) -> SaleFacts:
    """The facts ``record_sale`` left for this ticket while its handlers run, or read from the database."""
    memo = txn_memo()
    hit = memo.get(f"sale:{sale_id}") if memo is not None else None
    if hit is not None:
        return hit
    from vipdesk.model.store.tables import Sale

    row = db.execute_sql("SELECT id, member_id, clerk_id, ticket_no, sold_at, points, paid FROM sale WHERE id = ?",
                         (sale_id,)).fetchone()
    member = read_member(row[1]) if row[1] is not None else None
    return SaleFacts(row[0], row[1], row[2], row[3], Sale.sold_at.python_value(row[4]), int(row[5]), int(row[6]),
                     member)


def forget(sale_id: int) -> None:
    """Drop a ticket's facts once its handlers have run (a later event re-reads)."""
    memo = txn_memo()
    if memo is not None:
        memo.pop(f"sale:{sale_id}", None)
