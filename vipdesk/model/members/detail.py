"""Read-only queries behind the detail pane: one member's profile, children,
dates, cards, sales with lines, contacts and visits.  Writes go through
``vipdesk.model.members.profile`` and ``vipdesk.model.sales.recording``; this module only reads,
so the widgets never build SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vipdesk.model.store.tables import Card, Child, Contact, Member, MemberDate, Sale, SaleLine, Staff, Visit


@dataclass
class MemberDetail:
    member: Member
    clerk_name: str
    referrer_name: str
    referrer_phone: str
    referrals: int


@dataclass
class SaleWithLines:
    sale: Sale
    clerk_name: str
    lines: list[SaleLine] = field(default_factory=list)


def member_detail(member_id: int) -> MemberDetail | None:
    m = Member.get_or_none(Member.id == member_id)
    if m is None:
        return None
    clerk = Staff.get_or_none(Staff.id == m.clerk_id) if m.clerk_id else None
    ref = Member.get_or_none(Member.id == m.referred_by_id) if m.referred_by_id else None
    referrals = Member.select().where(Member.referred_by == member_id).count()
    return MemberDetail(m, clerk.name if clerk else "", ref.name if ref else "", ref.phone if ref else "", referrals)


def member_name(member_id: int | None) -> str:
    if not member_id:
        return ""
    m = Member.select(Member.name).where(Member.id == member_id).first()
    return m.name if m else ""


def children(member_id: int) -> list[Child]:
    return list(Child.select().where(Child.member == member_id).order_by(Child.birth_year, Child.id))


def dates(member_id: int) -> list[MemberDate]:
    return list(MemberDate.select().where(MemberDate.member == member_id).order_by(MemberDate.month, MemberDate.day))


def cards(member_id: int) -> list[Card]:
    return list(Card.select().where(Card.member == member_id).order_by(Card.issued_on.desc(), Card.id.desc()))


def _staff_names() -> dict[int, str]:
    return {sid: name for sid, name in Staff.select(Staff.id, Staff.name).tuples()}


def sales_with_lines(member_id: int, limit: int = 200) -> list[SaleWithLines]:
    """The member's tickets, newest first, each with its lines (two queries)."""
    sales = list(Sale.select().where(Sale.member == member_id).order_by(Sale.sold_at.desc(), Sale.id.desc())
                 .limit(limit))
    names = _staff_names()
    out = {s.id: SaleWithLines(s, names.get(s.clerk_id, "")) for s in sales}
    if out:
        for line in SaleLine.select().where(SaleLine.sale.in_(list(out))).order_by(SaleLine.id):
            out[line.sale_id].lines.append(line)
    return list(out.values())


def contacts(member_id: int, limit: int = 200) -> list[tuple[Contact, str]]:
    names = _staff_names()
    q = Contact.select().where(Contact.member == member_id).order_by(Contact.at.desc(), Contact.id.desc()).limit(limit)
    return [(c, names.get(c.clerk_id, "")) for c in q]


def visits(member_id: int, limit: int = 100) -> list[tuple[Visit, str]]:
    names = _staff_names()
    q = Visit.select().where(Visit.member == member_id).order_by(Visit.visited_at.desc()).limit(limit)
    return [(v, names.get(v.clerk_id, "")) for v in q]


def sale(sale_id: int) -> Sale | None:
    return Sale.get_or_none(Sale.id == sale_id)


def sale_by_ticket(ticket_no: str) -> Sale | None:
    """A sale by its ticket number (returns of walk-in sales start from the paper ticket)."""
    return Sale.get_or_none(Sale.ticket_no == (ticket_no or "").strip().upper())


def buying_summary(member_id: int, top: int = 3) -> tuple[list[tuple[str, int]], str]:
    """What she buys (P1 styles bought, P12): top categories by pieces kept, and her most bought size."""
    from peewee import fn

    kept = fn.SUM(SaleLine.quantity)
    cats = (SaleLine.select(SaleLine.category, kept.alias("n"))
            .join(Sale).where((Sale.member == member_id) & (SaleLine.category != ""))
            .group_by(SaleLine.category).having(kept > 0).order_by(kept.desc(), SaleLine.category).limit(top))
    size = (SaleLine.select(SaleLine.size)
            .join(Sale).where((Sale.member == member_id) & (SaleLine.size != "") & (Sale.kind == "sale"))
            .group_by(SaleLine.size).order_by(fn.SUM(SaleLine.quantity).desc(), SaleLine.size).limit(1).scalar())
    return [(c, int(n)) for c, n in cats.tuples()], size or ""


def member_names(ids: set[int] | list[int]) -> dict[int, str]:
    """Names by id for tables that list many members (vouchers, incentives)."""
    ids = set(ids)
    if not ids:
        return {}
    return {m.id: m.name for m in Member.select(Member.id, Member.name).where(Member.id.in_(ids))}


def member_row(member_id: int) -> Member:
    """One member's row for a dialog's title and defaults (raises DoesNotExist when gone)."""
    return Member.get_by_id(member_id)
