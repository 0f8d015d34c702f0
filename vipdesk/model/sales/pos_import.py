"""``vipdesk import sales FILE``: the day's sales from a POS export (xlsx/csv).

One row per line item with Chinese headers (日期时间, 小票号, 会员, 款号, 品类,
尺码, 单价, 数量, 折扣, 实收金额, 导购, 类型 销售/退货, 原小票号).  Rows sharing
a 小票号 form one ticket.  Every ticket goes through ``sales.record_sale`` /
``sales.record_return`` with its own ticket number and time, so points, tiers
and vouchers follow exactly the counter's rules; the POS's 实收金额 is kept as
the amount paid (it already holds the POS's discounts).  A 小票号 already on
file is skipped, so importing the same file twice adds nothing.

Built on the shared runner (``vipdesk.model.importing``): all-or-nothing by
default, ``skip_bad`` commits the good tickets, ``dry_run`` writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vipdesk.model.errors import VipdeskError
from vipdesk.model.importing import parse
from vipdesk.model.importing.mapping import SALE_FIELDS
from vipdesk.model.importing.report import report_path_for
from vipdesk.model.importing.runner import (
    ALL_OR_NOTHING,
    SKIP_BAD,
    ChunkedWriter,
    ImportResult,
    ImportRow,
    WriteContext,
    duplicate,
    run_import,
)
from vipdesk.model.importing.tabular import Cancel, Progress
from vipdesk.model.members.profile import find_by_phone
from vipdesk.model.members.staff import add_staff, staff_by_name
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales import refunds
from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import Member, Sale
from vipdesk.text import tr

RETURN_WORDS = {"退货", "退", "退款", "return", "refund", "r"}
SALE_WORDS = {"销售", "销", "售", "sale", "s", ""}
# How a POS export names the way a return's money went back → refunds.METHODS keys.
REFUND_WORDS = {
    "现金": "cash", "现": "cash", "cash": "cash",
    "银行卡": "card", "刷卡": "card", "卡": "card", "pos": "card", "card": "card", "bankcard": "card",
    "微信": "wechat", "微信支付": "wechat", "wechat": "wechat", "wx": "wechat",
    "支付宝": "alipay", "alipay": "alipay", "zfb": "alipay",
    "储值": "stored_value", "储值卡": "stored_value", "会员储值": "stored_value", "余额": "stored_value",
    "storedvalue": "stored_value",
}


@dataclass
class ImportLine:
    row: int
    ticket_no: str
    sold_at: dt.datetime
    member_key: str
    member_id: int | None
    style_code: str
    category: str
    size: str
    unit_price: int
    quantity: int
    discount: int
    paid: int
    clerk: str
    is_return: bool
    original_ticket_no: str
    note: str
    refund_method: str = refunds.DEFAULT  # a return's money back (issue 17): a blank cell is the till's cash


def _member(key: str) -> Member | None:
    key = key.strip()
    if not key:
        return None
    m = Member.get_or_none(Member.card_no == key.upper())
    return m or find_by_phone(key)


def validate(row: ImportRow, members_seen: dict[str, int | None] | None = None) -> ImportLine | None:
    ticket = row.parse("ticket_no", lambda r, f: parse.parse_text(r, f, max_len=40), required=True)
    sold_at = row.parse("sold_at", parse.parse_datetime, required=True)
    kind_text = str(row.parse("kind", lambda r, f: parse.parse_text(r, f, max_len=10), default="")).lower()
    if kind_text not in RETURN_WORDS | SALE_WORDS:
        row.reject("kind", row.raw("kind"), tr("类型应为 销售 或 退货"))
    is_return = kind_text in RETURN_WORDS
    qty = row.parse("quantity", lambda r, f: parse.parse_int(r, f), default=1)
    paid = row.parse("amount_paid", lambda r, f: parse.parse_amount_fen(r, f, allow_negative=True), required=True)
    if qty is not None and qty < 0 or paid is not None and paid < 0:
        is_return = is_return or kind_text == ""  # a negative row without a type is a return
    qty = abs(qty) if qty is not None else None
    if qty == 0:
        row.reject("quantity", row.raw("quantity"), tr("数量不能为 0"))
    paid = abs(paid) if paid is not None else None
    unit = row.parse("unit_price", lambda r, f: parse.parse_amount_fen(r, f), default=None)
    discount = row.parse("discount", parse.parse_discount, default=1000)
    member_key = str(row.parse("member", lambda r, f: parse.text_of(r), default="") or "")
    member_id: int | None = None
    if member_key:
        if members_seen is not None and member_key in members_seen:
            member_id = members_seen[member_key]
        else:
            found = _member(member_key)
            member_id = found.id if found is not None else None
            if members_seen is not None:
                members_seen[member_key] = member_id
    if member_key and member_id is None:
        row.reject("member", member_key, tr("找不到这位会员(手机号或卡号)"))
    original = str(row.parse("original_ticket_no", lambda r, f: parse.parse_text(r, f, max_len=40), default=""))
    if is_return and not original:
        row.reject("original_ticket_no", None, tr("退货行需要原小票号"))
    style = str(row.parse("style_code", lambda r, f: parse.parse_text(r, f, max_len=40), default="") or "")
    method_text = str(row.parse("refund_method", lambda r, f: parse.parse_text(r, f, max_len=20), default="") or "")
    method = REFUND_WORDS.get(method_text.strip().lower().replace(" ", ""), "") if method_text else refunds.DEFAULT
    if not method:
        row.reject("refund_method", method_text, tr("退款方式应为 现金、银行卡、微信、支付宝 或 储值"))
    if row.rejected or ticket is None or sold_at is None or paid is None or qty is None:
        return None
    if unit is None:
        unit = paid // qty
    return ImportLine(
        row=row.number, ticket_no=ticket, sold_at=sold_at, member_key=member_key,
        member_id=member_id, style_code=style or tr("未填款号"),
        category=str(row.parse("category", lambda r, f: parse.parse_text(r, f, max_len=20), default="")),
        size=str(row.parse("size", lambda r, f: parse.parse_text(r, f, max_len=20), default="")),
        unit_price=unit, quantity=qty, discount=discount or 1000, paid=paid,
        clerk=str(row.parse("clerk", lambda r, f: parse.parse_text(r, f, max_len=20), default="")),
        is_return=is_return, original_ticket_no=original,
        note=parse.parse_text(" ".join(f"{c}:{parse.text_of(v)}" for c, v in row.notes), tr("备注"))[:200],
        refund_method=method,
    )


def _groups(records: Sequence[tuple[int, ImportLine]]) -> list[list[ImportLine]]:
    by_ticket: dict[str, list[ImportLine]] = {}
    for _n, line in records:
        by_ticket.setdefault(line.ticket_no, []).append(line)
    groups = list(by_ticket.values())
    groups.sort(key=lambda g: (g[0].sold_at, g[0].is_return, g[0].row))
    return groups


def _clerk_id(name: str, ctx: WriteContext, row: int) -> int | None:
    if not name:
        return None
    s = staff_by_name(name)
    if s is None:
        s = add_staff(name)
        ctx.problem(row, tr("导购"), name, tr("新导购,已添加"))
    return s.id


def _write_ticket(group: list[ImportLine], ctx: WriteContext) -> None:
    first = group[0]
    for other in group[1:]:
        if (other.is_return, other.member_id, other.sold_at, other.original_ticket_no) != (
                first.is_return, first.member_id, first.sold_at, first.original_ticket_no):
            raise VipdeskError(tr("同一小票的各行日期时间、会员、类型或原小票号不一致"))
    clerk_id = _clerk_id(first.clerk, ctx, first.row)
    if not first.is_return:
        lines = [sales.LineInput(g.style_code, g.unit_price, g.quantity, g.discount, g.category, g.size,
                                 amount=g.paid) for g in group]
        sales.record_sale(first.member_id, lines, clerk_id=clerk_id, sold_at=first.sold_at,
                          note=first.note, ticket_no=first.ticket_no, source="import")
        return
    original = Sale.get_or_none((Sale.ticket_no == first.original_ticket_no) & (Sale.kind == "sale"))
    if original is None:
        raise VipdeskError(tr("找不到原小票:") + first.original_ticket_no)
    if first.member_id is not None and original.member_id != first.member_id:
        raise VipdeskError(tr("退货会员与原小票会员不一致"))
    left = {line.id: (line, qty) for line, qty in sales.returnable(original.id)}
    items: dict[int, int] = {}
    for g in group:
        need = g.quantity
        for lid, (line, qty) in left.items():
            avail = qty - items.get(lid, 0)
            if need and avail > 0 and line.style_code == g.style_code.strip().upper() and (
                    not g.size or line.size == g.size):
                take = min(need, avail)
                items[lid] = items.get(lid, 0) + take
                need -= take
        if need:
            raise VipdeskError(tr("原小票 {t} 中没有可退的 {code} {n} 件").format(
                t=original.ticket_no, code=g.style_code, n=g.quantity))
    # getattr: a job staged by an older version (finished after a crash) has no refund_method
    methods = {getattr(g, "refund_method", refunds.DEFAULT) for g in group}
    if len(methods) > 1:
        raise VipdeskError(tr("同一张退货小票的各行退款方式不一致"))
    ret = sales.record_return(original.id, list(items.items()), clerk_id=clerk_id, at=first.sold_at,
                              note=first.note, ticket_no=first.ticket_no, source="import",
                              refund_method=methods.pop())
    file_refund = sum(g.paid for g in group)
    if file_refund != -ret.paid:
        ctx.problem(first.row, tr("实收金额"), file_refund,
                    tr("退款按原小票计算为 {v} 分").format(v=-ret.paid))


def write(records: Sequence[tuple[int, ImportLine]], ctx: WriteContext,
          bad_tickets: frozenset[str] | set[str] = frozenset()) -> None:
    """Write ticket by ticket; a ticket with a rejected row is left out whole (never half a ticket)."""
    for group in _groups(records):
        ctx.check_cancel()
        first = group[0]
        if first.ticket_no in bad_tickets:
            for g in group:
                ctx.reject(g.row, tr("小票号"), g.ticket_no, tr("同一小票有问题行,整张小票未导入"))
            ctx.advance(len(group))
            continue
        if Sale.select().where(Sale.ticket_no == first.ticket_no).exists():
            for g in group:
                duplicate(ctx, g.row, tr("小票号"), g.ticket_no, tr("小票号已导入过,跳过"))
            ctx.skipped += len(group)
            ctx.advance(len(group))
            continue
        try:
            with transaction():  # a savepoint: a bad ticket leaves no trace under skip-bad
                _write_ticket(group, ctx)
            ctx.imported += len(group)
        except VipdeskError as exc:
            for g in group:
                ctx.reject(g.row, tr("小票号"), g.ticket_no, str(exc))
        ctx.advance(len(group))


def import_sales(path: str | Path, *, dry_run: bool = False, policy: str = ALL_OR_NOTHING,
                 skip_bad: bool = False, encoding: str | None = None, sheet: str | None = None,
                 mapping: Mapping[str, str] | None = None, progress: Progress | None = None,
                 phase: Callable[[str], None] | None = None, cancel: Cancel | None = None,
                 report: bool | str | Path = False) -> ImportResult:
    """Import a POS export; see the module docstring.  *skip_bad* is shorthand for
    ``policy=SKIP_BAD``; *report* True saves the problem report next to the file."""
    report_path = report_path_for(path) if report is True else (Path(report) if report else None)
    bad_tickets: set[str] = set()

    members_seen: dict[str, int | None] = {}  # a file names the same members many times

    def check(row: ImportRow) -> ImportLine | None:
        line = validate(row, members_seen)
        if row.rejected and row.has("ticket_no"):
            try:  # the same normalisation validate() uses for the ticket number
                bad_tickets.add(parse.parse_text(row.raw("ticket_no"), tr("小票号"), max_len=1000))
            except VipdeskError:
                pass
        return line

    return run_import(path, SALE_FIELDS, check, SalesWriter(bad_tickets), mapping=mapping, encoding=encoding,
                      sheet=sheet, policy=SKIP_BAD if skip_bad else policy, dry_run=dry_run, progress=progress,
                      phase=phase, cancel=cancel, report_path=report_path, kind="sales")


class SalesWriter(ChunkedWriter):
    """The writer half, in short transactions (issue 13): a ticket is one unit, never split
    between two transactions; segments are recomputed once after the last one."""

    def __init__(self, bad_tickets: set[str] | frozenset[str] = frozenset()) -> None:
        # The same set the validator fills while reading: a copy taken here would be empty.
        self.bad_tickets = bad_tickets if isinstance(bad_tickets, set) else set(bad_tickets)

    def __getstate__(self) -> dict[str, Any]:
        return {"bad_tickets": self.bad_tickets}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["bad_tickets"])

    def units(self, records: Sequence[tuple[int, ImportLine]]) -> list[list[tuple[int, ImportLine]]]:
        return [[(line.row, line) for line in group] for group in _groups(records)]

    def begin(self, ctx: WriteContext) -> None:
        from vipdesk.model.segmentation import deferred

        self._deferred = ExitStack()
        self._deferred.enter_context(deferred())  # segments once at the end, not after every ticket

    def write_chunk(self, records: Sequence[tuple[int, ImportLine]], ctx: WriteContext) -> None:
        write(records, ctx, self.bad_tickets)

    def close(self) -> None:
        stack = getattr(self, "_deferred", None)
        if stack is not None:
            self._deferred = None
            stack.close()  # outside the import's transactions: the one recompute of all segments


run_file = import_sales  # the name `vipdesk import <kind>` looks for
LABEL = "销售"
FIELDS = SALE_FIELDS
