"""Recording sales (T1, T3), returns (T2) and quoting a sale before it is confirmed.

Amounts: line amount = unit price × quantity × line discount × tier discount,
rounded half-up to the fen.  A return is its own Sale (kind "return") with
negative quantities and amounts, linked line by line to the original, so
spend and points are reversed by adding, never by editing.

Paying: ``Sale.paid`` is the goods value after discounts (spend, tiers).
Vouchers and stored value are ways of paying it, kept in a Settlement row;
a voucher's share is spread over the lines and earns no points, so a return
reverses exactly what its lines earned.  A return whose points were already
spent either cancels the open voucher they became or keeps their value back
from the refund (owner's setting ``loyalty.return_spent_policy``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from vipdesk.model.errors import NotFound, ValidationError
from vipdesk.model.loyalty import config, earning, tiers
from vipdesk.model.loyalty import stored_value as sv_mod
from vipdesk.model.loyalty import vouchers as vouchers_mod
from vipdesk.model.loyalty.ledger import balance as points_balance
from vipdesk.model.loyalty.ledger import post_points
from vipdesk.model.loyalty.tables import Settlement
from vipdesk.model.members import stats
from vipdesk.model.sales import facts, refunds
from vipdesk.model.store import hooks, settings
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import Sale, SaleLine, now
from vipdesk.text import tr, tr_noop

CATEGORIES = tr_noop(["上衣", "裤装", "裙装", "外套", "针织", "连衣裙", "配饰", "鞋包", "童装", "内衣", "饰品", "其他"])


@dataclass
class LineInput:
    style_code: str
    unit_price: int  # fen
    quantity: int = 1
    discount: int = 1000  # per-mille line discount (900 = 9折)
    category: str = ""
    size: str = ""
    amount: int | None = None  # fen actually paid for the line, when a POS already applied every discount


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
    voucher_amount: int = 0  # fen taken off by vouchers
    voucher_applied: list[tuple[int, int]] = field(default_factory=list)  # (voucher id, fen used)
    stored_value: int = 0  # fen paid from 储值
    cash_due: int = 0  # fen still to pay at the till
    usable_vouchers: list[vouchers_mod.VoucherInfo] = field(default_factory=list)
    stored_value_balance: int = 0
    points_percent: int = 100  # multiplier applied (200 = double)


def _round_div(numerator: int, denominator: int) -> int:
    """Half-up integer division for non-negative numerators."""
    return (2 * numerator + denominator) // (2 * denominator)


def validate_line(n: int, line: LineInput) -> None:
    def where() -> str:  # only when a line is wrong: a valid sale builds no message
        return tr("第 {n} 行").format(n=n)

    if not (line.style_code or "").strip():
        raise ValidationError(where() + tr("款号"), tr("请填写款号"))
    if not isinstance(line.unit_price, int) or line.unit_price < 0:
        raise ValidationError(where() + tr("单价"), tr("单价不能为负数"))
    if not isinstance(line.quantity, int) or line.quantity <= 0:
        raise ValidationError(where() + tr("数量"), tr("数量必须是正整数"))
    if not 0 < line.discount <= 1000:
        raise ValidationError(where() + tr("折扣"), tr("折扣应在 0.1 折到不打折之间"))
    if line.amount is not None and (not isinstance(line.amount, int) or line.amount < 0):
        raise ValidationError(where() + tr("实收金额"), tr("实收金额不能为负数"))


def allocate(total: int, weights: list[int]) -> list[int]:
    """Split *total* fen over *weights* in proportion (largest remainder, ties to the first):
    deterministic, so a return can recompute a line's share of a voucher."""
    wsum = sum(weights)
    if total <= 0 or wsum <= 0:
        return [0] * len(weights)
    total = min(total, wsum)
    base = [total * w // wsum for w in weights]
    rest = total - sum(base)
    order = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % wsum), i))
    for i in order[:rest]:
        base[i] += 1
    return base


# Every setting a sale's rules read (quote, earning, expiry, referral, tier check, L5, stored
# value): fetched in one statement at the start of record_sale's transaction (issue 14).
SALE_SETTINGS = (
    tiers.TIERS.key, tiers.ON_TOP_MIN.key, tiers.QUALIFY_DAYS.key, earning.POINTS_PER_YUAN.key,
    config.BIRTHDAY_DISCOUNT.key, config.MULTIPLIER_DAYS.key, config.BIRTHDAY_PERCENT.key, config.TIER_BASIS.key,
    config.EXPIRY_ENABLED.key, config.EXPIRY_MODE.key, config.EXPIRY_MONTHS.key, config.REFERRAL_POINTS.key,
    config.L5_ENABLED.key, config.L5_AUTO.key, config.L5_POINTS.key, config.L5_VALUE.key, config.L5_VALID_DAYS.key,
    config.SV_ENABLED.key,
)


def quote(member_id: int | None, lines: list[LineInput], when: dt.datetime | None = None, *,
          vouchers: list[int] | tuple[int, ...] = (), stored_value: int = 0, preview: bool = True) -> Quote:
    """What a sale would come to: tier discount, vouchers, stored value, points, upgrade.

    ``preview=False`` (``record_sale``) leaves out what only the sale dialog shows — her usable
    vouchers, the upgrade and L5 conversion to come — which the sale's own hooks then decide."""
    return _quote(member_id, lines, when, vouchers=vouchers, stored_value=stored_value, preview=preview)[0]


def _quote(member_id: int | None, lines: list[LineInput], when: dt.datetime | None = None, *,
           vouchers: list[int] | tuple[int, ...] = (), stored_value: int = 0,
           preview: bool = True) -> tuple[Quote, facts.MemberFacts | None]:
    """``quote`` and the member as its rules read her (record_sale hands her on to the hooks)."""
    if not lines:
        raise ValidationError(tr("商品"), tr("请至少录入一件商品"))
    for n, line in enumerate(lines, 1):
        validate_line(n, line)
    when = when or now()
    # Only the columns the rules read, in one statement: a full member row is ~50 columns.
    member = facts.read_member(member_id) if member_id is not None else None
    if member_id is not None and member is None:
        raise NotFound(tr("找不到会员 #{id}").format(id=member_id))
    tier_disc = tiers.discount_for(member)
    birthday_disc = int(config.get(config.BIRTHDAY_DISCOUNT.key))
    birthday_better = (member is not None and birthday_disc < tier_disc
                       and earning.birthday_month_of(member, when.year) == when.month)
    if birthday_better:
        tier_disc = birthday_disc  # L6: the birthday-month discount when it beats the tier's
    on_top_min = int(config.get(tiers.ON_TOP_MIN.key))  # L1: tier discount on top of the sale price
    amounts = [line.amount if line.amount is not None
               else _round_div(line.unit_price * line.quantity * line.discount
                               * tiers.line_tier_discount(line.discount, tier_disc, on_top_min), 1_000_000)
               for line in lines]
    paid = sum(amounts)
    # Vouchers (in the order given) pay part of the ticket; their share earns no points.
    applied: list[tuple[int, int]] = []
    left = paid
    seen: set[int] = set()
    for vid in vouchers:
        if vid in seen:
            raise ValidationError(tr("礼券"), tr("同一张券不能用两次"))
        seen.add(vid)
        v = vouchers_mod.get(vid)
        why = vouchers_mod.usable_reason(v, member_id, when)
        if why:
            raise ValidationError(tr("礼券"), tr("{code} 不能使用:{why}").format(code=v.code, why=why))
        if left <= 0:
            raise ValidationError(tr("礼券"), tr("{code} 用不上:金额已抵扣完").format(code=v.code))
        use = min(v.value, left)
        applied.append((vid, use))
        left -= use
    voucher_amount = paid - left
    shares = allocate(voucher_amount, amounts)
    pct, why = earning.multiplier(member, when) if member is not None else (100, "")
    per_yuan = int(config.get(earning.POINTS_PER_YUAN.key)) if member is not None else 0
    # The multiplier is the sale's, not the line's: worked out once (earning.points_for_amount's rule).
    qlines = [QuoteLine(line, amount, earning.points_at(amount - share, per_yuan, pct) if member is not None else 0)
              for line, amount, share in zip(lines, amounts, shares, strict=True)]
    sv_balance = sv_mod.balance(member_id) if member is not None and (preview or stored_value) else 0
    if stored_value:
        if not isinstance(stored_value, int) or stored_value < 0:
            raise ValidationError(tr("储值支付"), tr("金额不能为负数"))
        if member is None:
            raise ValidationError(tr("储值支付"), tr("散客不能用储值"))
        if not sv_mod.enabled():
            raise ValidationError(tr("储值支付"), tr("储值功能未启用"))
        if stored_value > left:
            raise ValidationError(tr("储值支付"), tr("储值支付不能超过应付金额"))
        if stored_value > sv_balance:
            raise ValidationError(tr("储值支付"), tr("储值余额不足"))
    q = Quote(
        lines=qlines,
        list_total=sum(line.unit_price * line.quantity for line in lines),
        tier_name=member.tier if member else "",
        tier_discount=tier_disc,
        paid=paid,
        points=sum(x.points for x in qlines),
        items=sum(line.quantity for line in lines),
        voucher_amount=voucher_amount,
        voucher_applied=applied,
        stored_value=stored_value,
        cash_due=left - stored_value,
        usable_vouchers=vouchers_mod.usable(member_id, when) if member is not None and preview else [],
        stored_value_balance=sv_balance,
        points_percent=pct,
    )
    if birthday_better:
        q.notes.append(tr("生日月折扣"))
    if pct > 100:
        q.notes.append(tr("{why}:积分 ×{x}").format(why=why, x=f"{pct / 100:g}"))
    if member is not None and preview:
        q.upgrade_to = tiers.upgrade_preview(member, q.points, q.paid, when)
        n = vouchers_mod.auto_convert_preview(member.id, q.points, when)
        if n:
            q.notes.append(tr("本单后积分自动换 {n} 张 {v} 代金券").format(
                n=n, v=f"¥{config.get(config.L5_VALUE.key) / 100:,.2f}"))
    return q, member


def _next_ticket_no(day: dt.date) -> str:
    prefix = f"V{day:%Y%m%d}-"
    last = db.execute_sql("SELECT MAX(ticket_no) FROM sale WHERE ticket_no >= ? AND ticket_no < ?",
                          (prefix, prefix + "\uffff")).fetchone()[0]
    if last and last.endswith("9999"):
        # Past 9,999 tickets in a day "…-10000" sorts below "…-9999" as text: the longest wins
        # (reads the day's numbers once, only on such a day; a head office's busiest ones).
        last = db.execute_sql("SELECT ticket_no FROM sale WHERE ticket_no >= ? AND ticket_no < ?"
                              " ORDER BY length(ticket_no) DESC, ticket_no DESC LIMIT 1",
                              (prefix, prefix + "\uffff")).fetchone()[0]
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"


def _check_clerk(clerk_id: int | None) -> None:
    if clerk_id is not None and db.execute_sql("SELECT 1 FROM staff WHERE id = ?", (clerk_id,)).fetchone() is None:
        raise ValidationError(tr("导购"), tr("没有这位导购"))


def _ticket_taken(ticket_no: str) -> bool:
    return db.execute_sql("SELECT 1 FROM sale WHERE ticket_no = ?", (ticket_no,)).fetchone() is not None


_SALE_INSERT = (
    "INSERT INTO sale (ticket_no, member_id, clerk_id, sold_at, kind, original_id, list_total, paid, items,"
    " tier_discount, points, note, source, created_at) VALUES (?, ?, ?, ?, 'sale', NULL, ?, ?, ?, ?, ?, ?, ?, ?)")
_LINE_INSERT = (
    "INSERT INTO sale_line (sale_id, style_code, category, size, unit_price, quantity, discount, amount, points,"
    " original_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")


def record_sale(member_id: int | None, lines: list[LineInput], *, clerk_id: int | None,
                sold_at: dt.datetime | None = None, note: str = "", ticket_no: str | None = None,
                source: str = "counter", vouchers: list[int] | tuple[int, ...] = (),
                stored_value: int = 0) -> Sale:
    """Record one ticket; a member sale earns points and may upgrade the tier, in one transaction.
    *vouchers* (ids) and *stored_value* (fen) pay part of it; the rest is cash.

    Issue 14: the rows go in as plain statements (peewee's query building cost more than the
    writes), the settings the rules read come in one statement, and the member and ticket read
    while quoting are handed to the ``sale_recorded`` handlers (``sales.facts``) instead of
    being read back."""
    sold_at = sold_at or now()
    if source == "counter":  # issue 13: no clerk chosen → the signed-in person (imports keep the file's)
        from vipdesk.model.access.session import acting_staff_id

        clerk_id = acting_staff_id(clerk_id)
    with transaction():
        settings.preload(SALE_SETTINGS)
        _check_clerk(clerk_id)
        q, member = _quote(member_id, lines, sold_at, vouchers=vouchers, stored_value=stored_value, preview=False)
        if ticket_no is not None and _ticket_taken(ticket_no):
            raise ValidationError(tr("小票号"), tr("小票号已存在:") + ticket_no)
        ticket = ticket_no or _next_ticket_no(sold_at.date())
        created = now()
        note = (note or "").strip()
        sale_id = db.execute_sql(_SALE_INSERT, (
            ticket, member_id, clerk_id, sold_at, q.list_total, q.paid, q.items, q.tier_discount, q.points, note,
            source, created)).lastrowid
        db.cursor().executemany(_LINE_INSERT, [
            (sale_id, ql.line.style_code.strip().upper(), ql.line.category, ql.line.size, ql.line.unit_price,
             ql.line.quantity, ql.line.discount, ql.amount, ql.points) for ql in q.lines])
        for vid, used in q.voucher_applied:
            vouchers_mod.redeem(vid, sale_id, used, clerk_id=clerk_id, at=sold_at)
        if q.stored_value:
            sv_mod.post(member_id, -q.stored_value, "pay", tr("消费支付 小票 {t}").format(t=ticket),
                        sale_id=sale_id, clerk_id=clerk_id, at=sold_at)
        db.execute_sql("INSERT INTO settlement (sale_id, voucher, stored_value, cash, points_offset, points_withheld,"
                       " note) VALUES (?, ?, ?, ?, 0, 0, '')", (sale_id, q.voucher_amount, q.stored_value, q.cash_due))
        facts.remember(facts.SaleFacts(sale_id, member_id, clerk_id, ticket, sold_at, q.points, q.paid, member))
        try:
            hooks.run("sale_recorded", sale_id)
        finally:
            facts.forget(sale_id)
        if member_id is not None:
            stats.add_sale(member_id, q.paid, sold_at)  # incremental: O(1) in her history (issue 14)
        sale = Sale(id=sale_id, ticket_no=ticket, member=member_id, clerk=clerk_id, sold_at=sold_at, kind="sale",
                    original=None, list_total=q.list_total, paid=q.paid, items=q.items, tier_discount=q.tier_discount,
                    points=q.points, note=note, source=source, created_at=created)
        sale._dirty.clear()  # as Sale.create leaves it: every field is saved
        return sale


def returnable(sale_id: int) -> list[tuple[SaleLine, int]]:
    """Lines of a sale with the quantity that can still be returned."""
    out = []
    for line in SaleLine.select().where(SaleLine.sale == sale_id).order_by(SaleLine.id):
        done = -(SaleLine.select(fn.COALESCE(fn.SUM(SaleLine.quantity), 0))
                 .where(SaleLine.original_line == line.id).scalar())
        out.append((line, line.quantity - done))
    return out


@dataclass
class ReturnLine:
    line: SaleLine
    quantity: int
    amount: int  # fen of the goods value returned
    points: int  # points those units earned
    voucher_share: int  # fen of it that a voucher paid (not refunded)


@dataclass
class ReturnQuote:
    """What a return would do, shown before it is confirmed (and applied by record_return)."""

    lines: list[ReturnLine]
    goods: int  # fen, value of the returned goods
    voucher_kept: int  # fen paid by a voucher: not refunded
    points: int  # points the returned items earned
    points_balance: int
    vouchers_cancelled: list[vouchers_mod.VoucherInfo]
    points_reversed: int  # taken from the balance
    points_withheld: int  # already spent and not recoverable as points
    refund_offset: int  # fen kept back for them
    stored_value_refund: int
    cash_refund: int
    policy: str
    notes: list[str] = field(default_factory=list)
    refund_method: str = refunds.DEFAULT  # how the cash part goes back (refunds.METHODS)

    @property
    def refund(self) -> int:
        return self.stored_value_refund + self.cash_refund


def _voucher_shares(original: Sale) -> dict[int, int]:
    st = Settlement.get_or_none(Settlement.sale == original.id)
    lines = list(SaleLine.select().where(SaleLine.sale == original.id).order_by(SaleLine.id))
    shares = allocate(st.voucher if st else 0, [line.amount for line in lines])
    return {line.id: share for line, share in zip(lines, shares, strict=True)}


def _unit_share(total: int, quantity: int, already: int, qty: int) -> int:
    """Share of *total* for units [already, already+qty) of *quantity*: sums exactly over all units."""
    return (total * (already + qty)) // quantity - (total * already) // quantity


def _plan_return(original: Sale, wanted: list[tuple[int, int]], left: dict[int, tuple[SaleLine, int]],
                 refund_method: str = refunds.DEFAULT, at: dt.datetime | None = None) -> ReturnQuote:
    shares = _voucher_shares(original)
    rlines = []
    for lid, qty in wanted:
        line, remaining = left[lid]
        already = line.quantity - remaining
        rlines.append(ReturnLine(line, qty, _unit_share(line.amount, line.quantity, already, qty),
                                 _unit_share(line.points, line.quantity, already, qty),
                                 _unit_share(shares.get(line.id, 0), line.quantity, already, qty)))
    goods = sum(r.amount for r in rlines)
    kept = sum(r.voucher_share for r in rlines)
    pts = sum(r.points for r in rlines)
    policy = config.get(config.RETURN_POLICY.key)
    member_id = original.member_id
    bal = points_balance(member_id) if member_id is not None else 0
    cancelled: list[vouchers_mod.VoucherInfo] = []
    notes: list[str] = []
    if member_id is not None and pts > bal and policy == "cancel_voucher":
        # Points are fungible: the returned goods' points may sit in any voucher made from this
        # year's points (L5 counts a year), newest first — not only in those made after this sale.
        since = min(original.sold_at, (at or now()) - dt.timedelta(days=365))
        for v in reversed(vouchers_mod.points_vouchers_open_since(member_id, since)):
            if pts <= bal:
                break
            cancelled.append(v)
            bal += v.points_cost
    withheld = max(0, pts - bal)
    offset = min(withheld * int(config.get(config.POINT_VALUE_FEN.key)), goods - kept)
    if cancelled:
        notes.append(tr("作废由积分换来的礼券:") + "、".join(v.code for v in cancelled))
    if withheld:
        notes.append(tr("积分已用掉 {n} 分,退款扣减 {m} 分钱").format(n=withheld, m=offset))
    sv_paid = Settlement.get_or_none(Settlement.sale == original.id)
    sv_left = sv_paid.stored_value if sv_paid else 0
    if sv_left:
        done = (Settlement.select(fn.COALESCE(fn.SUM(Settlement.stored_value), 0))
                .join(Sale, on=(Settlement.sale == Sale.id)).where(Sale.original == original.id).scalar())
        sv_left += int(done)  # earlier returns' refunds are negative
    sv_refund = max(0, min(sv_left, goods - kept - offset))
    cash = goods - kept - offset - sv_refund
    if refund_method == "stored_value":  # the rest goes onto her stored value too, not over the till
        sv_refund, cash = sv_refund + cash, 0
    return ReturnQuote(rlines, goods, kept, pts, points_balance(member_id) if member_id is not None else 0,
                       cancelled, pts - withheld, withheld, offset, sv_refund, cash, policy, notes, refund_method)


def _check_return(original_sale_id: int, items: list[tuple[int, int]], at: dt.datetime,
                  refund_method: str = refunds.DEFAULT
                  ) -> tuple[Sale, list[tuple[int, int]], dict[int, tuple[SaleLine, int]]]:
    original = Sale.get_or_none(Sale.id == original_sale_id)
    if original is None or original.kind != "sale":
        raise NotFound(tr("找不到原销售小票"))
    if refund_method not in refunds.METHODS:
        raise ValidationError(tr("退款方式"), tr("未知的退款方式:") + str(refund_method))
    if refund_method == "stored_value":
        if original.member_id is None:
            raise ValidationError(tr("退款方式"), tr("散客的退款不能退到储值"))
        if not sv_mod.enabled():
            raise ValidationError(tr("退款方式"), tr("储值功能未启用"))
    if at < original.sold_at:
        raise ValidationError(tr("退货时间"), tr("退货时间不能早于原销售时间"))
    left = {line.id: (line, qty) for line, qty in returnable(original_sale_id)}
    wanted = [(lid, qty) for lid, qty in items if qty]
    if not wanted:
        raise ValidationError(tr("退货数量"), tr("请选择要退的商品"))
    if len({lid for lid, _ in wanted}) != len(wanted):
        raise ValidationError(tr("退货商品"), tr("同一商品请合并成一行"))
    for lid, qty in wanted:
        if lid not in left:
            raise ValidationError(tr("退货商品"), tr("该商品不属于原小票"))
        line, remaining = left[lid]
        if qty < 0 or qty > remaining:
            raise ValidationError(tr("退货数量"), tr("{code} 最多还可退 {n} 件").format(
                code=line.style_code, n=remaining))
    return original, wanted, left


def quote_return(original_sale_id: int, items: list[tuple[int, int]], at: dt.datetime | None = None,
                 refund_method: str = refunds.DEFAULT) -> ReturnQuote:
    """Preview a return: refund, points taken back, vouchers cancelled or refund reduced."""
    original, wanted, left = _check_return(original_sale_id, items, at or now(), refund_method)
    return _plan_return(original, wanted, left, refund_method, at)


def record_return(original_sale_id: int, items: list[tuple[int, int]], *, clerk_id: int | None,
                  at: dt.datetime | None = None, note: str = "", ticket_no: str | None = None,
                  source: str = "counter", refund_method: str = refunds.DEFAULT) -> Sale:
    """Return ``items`` = [(original line id, quantity)] of an earlier sale (T2).

    *refund_method* (refunds.METHODS) is how the money that is not stored value goes back;
    "stored_value" puts it onto her stored value as well.

    Refund and points are the exact share of what those units paid and earned,
    so returning every unit gives back exactly the ticket's amount and points.
    Points already spent: see ``quote_return``; the balance never goes negative.
    """
    at = at or now()
    if source == "counter":  # issue 13: no clerk chosen → the signed-in person
        from vipdesk.model.access.session import acting_staff_id

        clerk_id = acting_staff_id(clerk_id)
    with transaction():
        _check_clerk(clerk_id)
        original, wanted, left = _check_return(original_sale_id, items, at, refund_method)
        if ticket_no is not None and Sale.select().where(Sale.ticket_no == ticket_no).exists():
            raise ValidationError(tr("小票号"), tr("小票号已存在:") + ticket_no)
        plan = _plan_return(original, wanted, left, refund_method, at)
        ret = Sale.create(ticket_no=ticket_no or _next_ticket_no(at.date()), member=original.member_id,
                          clerk=clerk_id, sold_at=at, kind="return", original=original,
                          tier_discount=original.tier_discount, note=(note or "").strip(), source=source)
        for r in plan.lines:
            line = r.line
            SaleLine.create(sale=ret, style_code=line.style_code, category=line.category, size=line.size,
                            unit_price=line.unit_price, quantity=-r.quantity, discount=line.discount,
                            amount=-r.amount, points=-r.points, original_line=line.id)
        ret.paid, ret.points = -plan.goods, -plan.points
        ret.items = -sum(r.quantity for r in plan.lines)
        ret.list_total = -sum(r.line.unit_price * r.quantity for r in plan.lines)
        ret.save()
        member_id = original.member_id
        for v in plan.vouchers_cancelled:
            vouchers_mod.cancel(v.id, tr("退货 小票 {t},积分已换成此券").format(t=ret.ticket_no),
                                clerk_id=clerk_id, at=at, sale_id=ret.id)
        if member_id is not None and plan.points_reversed:
            post_points(member_id, -plan.points_reversed, "reverse",
                        tr("退货扣回积分 小票 {t}").format(t=ret.ticket_no), sale_id=ret.id, clerk_id=clerk_id, at=at)
        if plan.stored_value_refund:
            sv_mod.post(member_id, plan.stored_value_refund, "refund",
                        tr("退货退回储值 小票 {t}").format(t=ret.ticket_no), sale_id=ret.id, clerk_id=clerk_id, at=at)
        Settlement.create(sale=ret, voucher=-plan.voucher_kept, stored_value=-plan.stored_value_refund,
                          cash=-plan.cash_refund, points_offset=plan.refund_offset,
                          points_withheld=plan.points_withheld, note="; ".join(plan.notes)[:250])
        # What the money went back as: the chosen method, or stored value when that was all of it.
        method = refund_method if plan.cash_refund or refund_method == "stored_value" or not plan.stored_value_refund \
            else "stored_value"
        refunds.Refund.create(sale=ret, method=method)
        hooks.run("return_recorded", ret.id)
        if member_id is not None:
            stats.refresh_member(member_id)
        return ret


def settlement(sale_id: int) -> Settlement | None:
    """How a ticket was paid or refunded (None for tickets from before settlements existed)."""
    return Settlement.get_or_none(Settlement.sale == sale_id)


def member_sales(member_id: int, limit: int = 200) -> list[Sale]:
    return list(Sale.select().where(Sale.member == member_id).order_by(Sale.sold_at.desc()).limit(limit))


def sale_lines(sale_id: int) -> list[SaleLine]:
    return list(SaleLine.select().where(SaleLine.sale == sale_id).order_by(SaleLine.id))
