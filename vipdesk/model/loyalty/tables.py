"""Loyalty's own tables: vouchers and their status events, the stored-value
ledger, points lots (expiry dates fixed when earned), the gift catalogue and
its redemptions, how each ticket was settled, per-member tier lock/grace and
"done once" markers for the daily jobs.

Money (vouchers, stored value) lives in append-only rows, like points:
``voucher``, ``voucher_event``, ``stored_value_entry``, ``points_lot``,
``gift_redemption`` and ``settlement`` refuse UPDATE and DELETE (triggers).
A voucher's state is its events: at most one terminal event (redeem /
expire / cancel) per voucher, enforced by a partial unique index, so two
tills can never spend the same voucher.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    SqliteDatabase,
)

from vipdesk.model.store.db import BaseModel
from vipdesk.model.store.tables import Member, PointsEntry, Sale, Staff, now


class Voucher(BaseModel):
    """A 代金券: issued once, never edited; its state comes from VoucherEvent."""

    id = AutoField()
    code = CharField(unique=True)
    member = ForeignKeyField(Member, backref="vouchers", on_delete="RESTRICT")
    kind = CharField()  # points (L5) / birthday (L6) / season (L7) / gift / manual
    value = IntegerField()  # fen
    valid_from = DateField(default=dt.date.today)
    expires_on = DateField(null=True, index=True)
    points_cost = IntegerField(default=0)  # points deducted to make it (returned if cancelled)
    points_entry = ForeignKeyField(PointsEntry, null=True, on_delete="RESTRICT")
    rule_key = CharField(null=True, unique=True)  # e.g. birthday:2026:12 — an automatic rule issues once
    source_sale = ForeignKeyField(Sale, null=True, on_delete="RESTRICT")
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    note = CharField(default="")
    created_at = DateTimeField(default=now)


class VoucherEvent(BaseModel):
    """issue / redeem / expire / cancel — a voucher's life as appended events."""

    id = AutoField()
    voucher = ForeignKeyField(Voucher, backref="events", on_delete="RESTRICT")
    at = DateTimeField(default=now)
    kind = CharField()
    sale = ForeignKeyField(Sale, null=True, on_delete="RESTRICT")
    amount = IntegerField(default=0)  # fen taken off a sale when redeemed
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    reason = CharField(default="")


class StoredValueEntry(BaseModel):
    """储值 ledger (fen): topup / bonus / pay / refund / topup_refund / bonus_refund / adjust."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="stored_value_entries", on_delete="RESTRICT")
    at = DateTimeField(default=now)
    delta = IntegerField()
    kind = CharField()
    reason = CharField(default="")
    sale = ForeignKeyField(Sale, null=True, on_delete="RESTRICT")
    topup = ForeignKeyField("self", null=True, on_delete="RESTRICT")  # bonus/refund → its top-up
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("member", "at"), False),)


class PointsLot(BaseModel):
    """The expiry date of an earning entry, fixed when it was earned (policy changes never re-date)."""

    entry = ForeignKeyField(PointsEntry, primary_key=True, on_delete="RESTRICT")
    member = ForeignKeyField(Member, on_delete="RESTRICT", index=True)
    expires_on = DateField(index=True)


class Gift(BaseModel):
    """Redemption catalogue (L4); stock is a counter, not money."""

    id = AutoField()
    name = CharField()
    points = IntegerField()
    stock = IntegerField(default=0)
    voucher_value = IntegerField(default=0)  # fen: a 现金券 that comes with the gift
    active = BooleanField(default=True)
    sort = SmallIntegerField(default=0)


class GiftRedemption(BaseModel):
    id = AutoField()
    member = ForeignKeyField(Member, backref="gift_redemptions", on_delete="RESTRICT")
    gift = ForeignKeyField(Gift, on_delete="RESTRICT")
    points = IntegerField()
    entry = ForeignKeyField(PointsEntry, on_delete="RESTRICT")
    voucher = ForeignKeyField(Voucher, null=True, on_delete="RESTRICT")
    at = DateTimeField(default=now)
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")


class Settlement(BaseModel):
    """How a ticket was paid (sale) or refunded (return), in fen with the sale's sign:
    voucher + stored_value + cash - points_offset == sale.paid."""

    sale = ForeignKeyField(Sale, primary_key=True, on_delete="RESTRICT")
    voucher = IntegerField(default=0)
    stored_value = IntegerField(default=0)
    cash = IntegerField(default=0)
    points_offset = IntegerField(default=0)  # fen kept back from a refund for points already spent
    points_withheld = IntegerField(default=0)  # those points
    note = CharField(default="")


class TierState(BaseModel):
    """Per-member tier lock (staff, special cases) and a running downgrade grace period."""

    member = ForeignKeyField(Member, primary_key=True, on_delete="CASCADE")
    locked = BooleanField(default=False)
    lock_reason = CharField(default="")
    grace_until = DateField(null=True)
    grace_target = CharField(default="")


class LoyaltyOnce(BaseModel):
    """Marks a rule that must run once per key: 'season:2026-09', 'review:2027', 'referral:12'."""

    key = CharField(primary_key=True)
    at = DateTimeField(default=now)
    detail = CharField(default="")


LOYALTY_TABLES: list[type[BaseModel]] = [
    Voucher, VoucherEvent, StoredValueEntry, PointsLot, Gift, GiftRedemption, Settlement, TierState, LoyaltyOnce,
]
APPEND_ONLY = ("voucher", "voucher_event", "stored_value_entry", "points_lot", "gift_redemption", "settlement")

# Seed [003] catalogue: point prices 600/1200/2500/3500/4500 with the shop's gift names.
DEFAULT_GIFTS = [
    ("卡通表情捶捶棒1个", 600, 0),
    ("超柔卡通抱枕1个", 1200, 0),
    ("现金券100元+卡通表情捶捶棒1个", 2500, 10000),
    ("现金券100元+超柔卡通抱枕1个+卡通表情捶捶棒1个", 3500, 10000),
    ("现金券200元+超柔卡通抱枕1个", 4500, 20000),
]
DEFAULT_GIFT_STOCK = 10


def migrate(db: SqliteDatabase) -> None:
    db.create_tables(LOYALTY_TABLES, safe=True)
    for table in APPEND_ONLY:
        for op in ("UPDATE", "DELETE"):
            db.execute_sql(
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
    # One terminal event per voucher: a second redeem/cancel/expire fails in the database itself.
    db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS voucher_event_one_end ON voucher_event(voucher_id)"
                   " WHERE kind != 'issue'")
    if Gift.select().count() == 0:
        for n, (name, points, voucher) in enumerate(DEFAULT_GIFTS):
            Gift.create(name=name, points=points, stock=DEFAULT_GIFT_STOCK, voucher_value=voucher, sort=n)
