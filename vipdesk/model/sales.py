"""Recording sales (T1, T3), returns (T2) and quoting a sale before it is confirmed.

Amounts: line amount = unit price × quantity × line discount × tier discount,
rounded half-up to the fen.  A return is its own Sale (kind "return") with
negative quantities and amounts, linked line by line to the original, so
spend and points are reversed by adding, never by editing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from vipdesk.model import hooks, stats
from vipdesk.model.db import transaction
from vipdesk.model.errors import NotFound, ValidationError
from vipdesk.model.loyalty import earning, tiers
from vipdesk.model.tables import Member, Sale, SaleLine, Staff, now
from vipdesk.text import tr

CATEGORIES = ["上衣", "裤装", "裙装", "外套", "针织", "连衣裙", "配饰", "鞋包", "童装", "内衣", "饰品", "其他"]


@dataclass
class LineInput:
    style_code: str
    unit_price: int  # fen
    quantity: int = 1
    discount: int = 1000  # per-mille line discount (900 = 9折)
    category: str = ""
    size: str = ""


@dataclass
class QuoteLine:
    line: LineInput
    amount: int
    points: int


@dataclass
class Quote:
    """What the clerk sees before confirming a sale."""

    lines: list[QuoteLine]
    list_total: int
    tier_name: str
    tier_discount: int
    paid: int
    points: int
    items: int
    upgrade_to: str | None = None
    notes: list[str] = field(default_factory=list)


def _round_div(numerator: int, denominator: int) -> int:
    """Half-up integer division for non-negative numerators."""
    return (2 * numerator + denominator) // (2 * denominator)


def validate_line(n: int, line: LineInput) -> None:
    where = tr("第 {n} 行").format(n=n)
    if not (line.style_code or "").strip():
        raise ValidationError(where + tr("款号"), tr("请填写款号"))
    if not isinstance(line.unit_price, int) or line.unit_price < 0:
        raise ValidationError(where + tr("单价"), tr("单价不能为负数"))
    if not isinstance(line.quantity, int) or line.quantity <= 0:
        raise ValidationError(where + tr("数量"), tr("数量必须是正整数"))
    if not 0 < line.discount <= 1000:
        raise ValidationError(where + tr("折扣"), tr("折扣应在 0.1 折到不打折之间"))


def quote(member_id: int | None, lines: list[LineInput], when: dt.datetime | None = None) -> Quote:
    if not lines:
        raise ValidationError(tr("商品"), tr("请至少录入一件商品"))
    for n, line in enumerate(lines, 1):
        validate_line(n, line)
    when = when or now()
    member = Member.get_or_none(Member.id == member_id) if member_id is not None else None
    if member_id is not None and member is None:
        raise NotFound(tr("找不到会员 #{id}").format(id=member_id))
    tier_disc = tiers.discount_for(member)
    qlines: list[QuoteLine] = []
    for line in lines:
        gross = line.unit_price * line.quantity
        amount = _round_div(gross * line.discount * tier_disc, 1_000_000)
        pts = earning.points_for_amount(amount, member_id, when)
        qlines.append(QuoteLine(line, amount, pts))
    q = Quote(
        lines=qlines,
        list_total=sum(line.unit_price * line.quantity for line in lines),
        tier_name=member.tier if member else "",
        tier_discount=tier_disc,
        paid=sum(x.amount for x in qlines),
        points=sum(x.points for x in qlines),
        items=sum(line.quantity for line in lines),
    )
    if member is not None:
        future = tiers.qualifying_points(member.id, when) + q.points
        target = tiers.tier_for_points(future)
        current = tiers.tier_named(member.tier)
        if current is None or target.threshold > current.threshold:
            q.upgrade_to = target.name
    return q


def _next_ticket_no(day: dt.date) -> str:
    prefix = f"V{day:%Y%m%d}-"
    last = Sale.select(fn.MAX(Sale.ticket_no)).where(
        (Sale.ticket_no >= prefix) & (Sale.ticket_no < prefix + "\uffff")).scalar()
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"


def _check_clerk(clerk_id: int | None) -> None:
    if clerk_id is not None and Staff.get_or_none(Staff.id == clerk_id) is None:
        raise ValidationError(tr("导购"), tr("没有这位导购"))


def record_sale(member_id: int | None, lines: list[LineInput], *, clerk_id: int | None,
                sold_at: dt.datetime | None = None, note: str = "", ticket_no: str | None = None,
                source: str = "counter") -> Sale:
    """Record one ticket; a member sale earns points and may upgrade the tier, in one transaction."""
    sold_at = sold_at or now()
    with transaction():
        _check_clerk(clerk_id)
        q = quote(member_id, lines, sold_at)
        if ticket_no is not None and Sale.select().where(Sale.ticket_no == ticket_no).exists():
            raise ValidationError(tr("小票号"), tr("小票号已存在:") + ticket_no)
        sale = Sale.create(
            ticket_no=ticket_no or _next_ticket_no(sold_at.date()), member=member_id, clerk=clerk_id,
            sold_at=sold_at, kind="sale", list_total=q.list_total, paid=q.paid, items=q.items,
            tier_discount=q.tier_discount, points=q.points, note=(note or "").strip(), source=source,
        )
        for ql in q.lines:
            SaleLine.create(sale=sale, style_code=ql.line.style_code.strip().upper(), category=ql.line.category,
                            size=ql.line.size, unit_price=ql.line.unit_price, quantity=ql.line.quantity,
                            discount=ql.line.discount, amount=ql.amount, points=ql.points)
        hooks.run("sale_recorded", sale.id)
        if member_id is not None:
            stats.refresh_member(member_id)
        return sale


def returnable(sale_id: int) -> list[tuple[SaleLine, int]]:
    """Lines of a sale with the quantity that can still be returned."""
    out = []
    for line in SaleLine.select().where(SaleLine.sale == sale_id).order_by(SaleLine.id):
        done = -(SaleLine.select(fn.COALESCE(fn.SUM(SaleLine.quantity), 0))
                 .where(SaleLine.original_line == line.id).scalar())
        out.append((line, line.quantity - done))
    return out


def record_return(original_sale_id: int, items: list[tuple[int, int]], *, clerk_id: int | None,
                  at: dt.datetime | None = None, note: str = "", ticket_no: str | None = None,
                  source: str = "counter") -> Sale:
    """Return ``items`` = [(original line id, quantity)] of an earlier sale (T2).

    Refund and points are the exact share of what those units paid and earned,
    so returning every unit gives back exactly the ticket's amount and points.
    """
    at = at or now()
    with transaction():
        _check_clerk(clerk_id)
        original = Sale.get_or_none(Sale.id == original_sale_id)
        if original is None or original.kind != "sale":
            raise NotFound(tr("找不到原销售小票"))
        if at < original.sold_at:
            raise ValidationError(tr("退货时间"), tr("退货时间不能早于原销售时间"))
        left = {line.id: (line, qty) for line, qty in returnable(original_sale_id)}
        wanted = [(lid, qty) for lid, qty in items if qty]
        if not wanted:
            raise ValidationError(tr("退货数量"), tr("请选择要退的商品"))
        for lid, qty in wanted:
            if lid not in left:
                raise ValidationError(tr("退货商品"), tr("该商品不属于原小票"))
            line, remaining = left[lid]
            if qty < 0 or qty > remaining:
                raise ValidationError(tr("退货数量"), tr("{code} 最多还可退 {n} 件").format(
                    code=line.style_code, n=remaining))
        ret = Sale.create(ticket_no=ticket_no or _next_ticket_no(at.date()), member=original.member_id,
                          clerk=clerk_id, sold_at=at, kind="return", original=original,
                          tier_discount=original.tier_discount, note=(note or "").strip(), source=source)
        paid = points = items_n = list_total = 0
        for lid, qty in wanted:
            line, remaining = left[lid]
            already = line.quantity - remaining
            # Share of amount/points for units [already, already+qty) — sums exactly over all units.
            amount = (line.amount * (already + qty)) // line.quantity - (line.amount * already) // line.quantity
            pts = (line.points * (already + qty)) // line.quantity - (line.points * already) // line.quantity
            SaleLine.create(sale=ret, style_code=line.style_code, category=line.category, size=line.size,
                            unit_price=line.unit_price, quantity=-qty, discount=line.discount, amount=-amount,
                            points=-pts, original_line=line.id)
            paid -= amount
            points -= pts
            items_n -= qty
            list_total -= line.unit_price * qty
        ret.paid, ret.points, ret.items, ret.list_total = paid, points, items_n, list_total
        ret.save()
        hooks.run("return_recorded", ret.id)
        if original.member_id is not None:
            stats.refresh_member(original.member_id)
        return ret


def member_sales(member_id: int, limit: int = 200) -> list[Sale]:
    return list(Sale.select().where(Sale.member == member_id).order_by(Sale.sold_at.desc()).limit(limit))


def sale_lines(sale_id: int) -> list[SaleLine]:
    return list(SaleLine.select().where(SaleLine.sale == sale_id).order_by(SaleLine.id))
