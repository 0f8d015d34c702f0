"""Sales (T1, T3) and returns (T2): amounts in fen, points earned and reversed exactly."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from vipdesk.model.errors import NotFound, ValidationError
from vipdesk.model.loyalty.ledger import ledger_consistent
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.members.stats import ledger_balance
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales.recording import LineInput
from vipdesk.model.store.db import db
from vipdesk.model.store.tables import Member, PointsEntry, Sale, SaleLine

SOLD = dt.datetime(2026, 11, 20, 15, 30)


@pytest.fixture
def shop(db_path):
    clerk = staff.add_staff("王丽娜")
    member = members.enrol("黄明华", "13812345678")
    return clerk.id, member.id


def _sale(member_id, clerk_id, when=SOLD):
    return sales.record_sale(member_id, [
        LineInput("w26d001", 39900, quantity=3, category="上衣", size="M"),
        LineInput("L26D002", 129900, quantity=1, discount=800, category="连衣裙", size="M"),
    ], clerk_id=clerk_id, sold_at=when)


def test_member_sale_amounts_points_and_caches(shop) -> None:
    clerk, mid = shop
    assert Member.get_by_id(mid).tier == "普卡"
    sale = _sale(mid, clerk)
    lines = sales.sale_lines(sale.id)
    # 399 × 3 at 普卡 9.5折; 1299 at 8折 then 9.5折, rounded half-up to the fen.
    assert [(ln.style_code, ln.amount, ln.points) for ln in lines] == [("W26D001", 113715, 1137),
                                                                       ("L26D002", 98724, 987)]
    assert (sale.list_total, sale.paid, sale.items, sale.tier_discount) == (249600, 212439, 4, 950)
    assert sale.points == sum(ln.points for ln in lines) == 2124
    assert sale.ticket_no == "V20261120-0001"
    m = Member.get_by_id(mid)
    assert (m.points, m.total_spend, m.purchase_count, m.last_purchase) == (2124, 212439, 1, SOLD)
    entries = list(PointsEntry.select().where(PointsEntry.member == mid, PointsEntry.kind == "earn"))
    assert [(e.delta, e.sale_id) for e in entries] == [(2124, sale.id)]
    assert ledger_consistent()


def test_quote_matches_the_recorded_sale(shop) -> None:
    clerk, mid = shop
    q = sales.quote(mid, [LineInput("A1", 10000, 2)], SOLD)
    s = sales.record_sale(mid, [LineInput("A1", 10000, 2)], clerk_id=clerk, sold_at=SOLD)
    assert (q.paid, q.points, q.items, q.list_total) == (s.paid, s.points, s.items, s.list_total) == (19000, 190, 2,
                                                                                                       20000)


def test_walk_in_sale_earns_nothing(shop) -> None:
    clerk, _ = shop
    sale = sales.record_sale(None, [LineInput("P26D001", 29900, 2)], clerk_id=clerk, sold_at=SOLD)
    assert (sale.member_id, sale.paid, sale.points, sale.tier_discount) == (None, 59800, 0, 1000)
    assert PointsEntry.select().count() == 0


def test_partial_returns_reverse_points_and_spend_exactly(shop) -> None:
    clerk, mid = shop
    sale = _sale(mid, clerk)
    line_a, line_b = sales.sale_lines(sale.id)
    r1 = sales.record_return(sale.id, [(line_a.id, 1)], clerk_id=clerk, at=SOLD + dt.timedelta(days=2))
    assert (r1.kind, r1.original_id, r1.paid, r1.points, r1.items, r1.list_total) == (
        "return", sale.id, -37905, -379, -1, -39900)
    [back] = sales.sale_lines(r1.id)
    assert (back.quantity, back.amount, back.points, back.original_line_id) == (-1, -37905, -379, line_a.id)
    assert dict((ln.id, left) for ln, left in sales.returnable(sale.id)) == {line_a.id: 2, line_b.id: 1}
    # The rest of line A: the shares add up to exactly what the line paid and earned.
    r2 = sales.record_return(sale.id, [(line_a.id, 2)], clerk_id=clerk, at=SOLD + dt.timedelta(days=3))
    assert (r2.paid, r2.points) == (-75810, -758)
    assert r1.paid + r2.paid == -line_a.amount
    assert r1.points + r2.points == -line_a.points
    m = Member.get_by_id(mid)
    assert m.total_spend == line_b.amount == 98724
    assert m.points == ledger_balance(mid) == line_b.points == 987
    assert m.purchase_count == 1  # a return is not a purchase
    reversed_ = [e.delta for e in PointsEntry.select().where(PointsEntry.kind == "reverse").order_by(PointsEntry.id)]
    assert reversed_ == [-379, -758]
    assert ledger_consistent()


def test_return_refusals_write_nothing(shop) -> None:
    clerk, mid = shop
    sale = _sale(mid, clerk)
    line_a, _ = sales.sale_lines(sale.id)
    before = (Sale.select().count(), SaleLine.select().count(), PointsEntry.select().count())
    with pytest.raises(ValidationError) as err:
        sales.record_return(sale.id, [(line_a.id, 4)], clerk_id=clerk, at=SOLD + dt.timedelta(days=1))
    assert err.value.field == "退货数量"
    with pytest.raises(ValidationError) as err:
        sales.record_return(sale.id, [(999999, 1)], clerk_id=clerk, at=SOLD + dt.timedelta(days=1))
    assert err.value.field == "退货商品"
    with pytest.raises(ValidationError) as err:
        sales.record_return(sale.id, [(line_a.id, 1)], clerk_id=clerk, at=SOLD - dt.timedelta(days=1))
    assert err.value.field == "退货时间"
    with pytest.raises(ValidationError) as err:
        sales.record_return(sale.id, [], clerk_id=clerk, at=SOLD + dt.timedelta(days=1))
    assert err.value.field == "退货数量"
    with pytest.raises(NotFound):
        sales.record_return(424242, [(line_a.id, 1)], clerk_id=clerk)
    assert (Sale.select().count(), SaleLine.select().count(), PointsEntry.select().count()) == before


@pytest.mark.parametrize(("line", "field"), [
    (LineInput("A1", -100), "第 1 行单价"),
    (LineInput("A1", 100, quantity=0), "第 1 行数量"),
    (LineInput("A1", 100, quantity=-2), "第 1 行数量"),
    (LineInput("A1", 100, discount=0), "第 1 行折扣"),
    (LineInput("A1", 100, discount=1200), "第 1 行折扣"),
    (LineInput(" ", 100), "第 1 行款号"),
])
def test_bad_lines_are_refused_naming_the_field(shop, line: LineInput, field: str) -> None:
    clerk, mid = shop
    with pytest.raises(ValidationError) as err:
        sales.record_sale(mid, [line], clerk_id=clerk, sold_at=SOLD)
    assert err.value.field == field
    assert Sale.select().count() == 0 and PointsEntry.select().count() == 0


def test_no_items_unknown_clerk_or_member(shop) -> None:
    clerk, mid = shop
    with pytest.raises(ValidationError) as err:
        sales.record_sale(mid, [], clerk_id=clerk)
    assert err.value.field == "商品"
    with pytest.raises(ValidationError) as err:
        sales.record_sale(mid, [LineInput("A1", 100)], clerk_id=999)
    assert err.value.field == "导购"
    with pytest.raises(NotFound):
        sales.record_sale(12345, [LineInput("A1", 100)], clerk_id=clerk)
    assert Sale.select().count() == 0


def test_ticket_numbers_count_per_day_and_history_is_newest_first(shop) -> None:
    clerk, mid = shop
    a = _sale(mid, clerk, SOLD)
    b = _sale(mid, clerk, SOLD + dt.timedelta(hours=1))
    c = _sale(None, clerk, SOLD + dt.timedelta(days=1))
    assert (a.ticket_no, b.ticket_no, c.ticket_no) == ("V20261120-0001", "V20261120-0002", "V20261121-0001")
    assert [s.id for s in sales.member_sales(mid)] == [b.id, a.id]
    m = Member.get_by_id(mid)
    assert m.purchase_count == 2 and m.total_spend == a.paid + b.paid
    earned = PointsEntry.select().where((PointsEntry.member == mid) & (PointsEntry.kind == "earn"))
    assert sum(e.delta for e in earned) == a.points + b.points
    assert m.points == ledger_balance(mid) >= 0  # other rules (e.g. points → voucher) may spend some
    assert ledger_consistent()


def test_points_ledger_is_append_only(shop) -> None:
    clerk, mid = shop
    _sale(mid, clerk)
    entry = PointsEntry.select().get()
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        db.execute_sql("UPDATE points_entry SET delta = 99999 WHERE id = ?", (entry.id,))
    with pytest.raises(peewee.DatabaseError, match="append-only"):
        PointsEntry.delete().where(PointsEntry.id == entry.id).execute()
    assert PointsEntry.get_by_id(entry.id).delta == entry.delta


def test_walk_in_return_refunds_without_points(shop) -> None:
    clerk, _ = shop
    sale = sales.record_sale(None, [LineInput("P26D001", 29900, 2)], clerk_id=clerk, sold_at=SOLD)
    [line] = sales.sale_lines(sale.id)
    ret = sales.record_return(sale.id, [(line.id, 1)], clerk_id=clerk, at=SOLD + dt.timedelta(hours=2))
    assert (ret.member_id, ret.paid, ret.points, ret.items) == (None, -29900, 0, -1)
    assert PointsEntry.select().count() == 0
    assert sales.returnable(sale.id)[0][1] == 1


def test_ticket_numbers_go_past_9999_in_a_day(db_path) -> None:
    """Issue 14 (head office scale): after V…-9999 the next ticket is V…-10000, then -10001 — the
    text MAX of the day's numbers stays at "9999" ("10000" sorts below it), which repeated a
    number and refused the sale."""
    day = dt.datetime(2026, 11, 20, 10)
    prefix = f"V{day:%Y%m%d}-"
    sales.record_sale(None, [LineInput("K1", 10000)], clerk_id=None, sold_at=day, ticket_no=prefix + "9999")
    first = sales.record_sale(None, [LineInput("K1", 10000)], clerk_id=None, sold_at=day)
    second = sales.record_sale(None, [LineInput("K1", 10000)], clerk_id=None, sold_at=day)
    assert (first.ticket_no, second.ticket_no) == (prefix + "10000", prefix + "10001")
