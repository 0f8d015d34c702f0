"""The shop's core tables: members and their profile (P), sales (T), contacts (C12),
the points ledger and tier history (L), settings and the audit log.

Cached columns on ``Member`` (points, total_spend, purchase_count,
last_purchase, tier) exist so a 100,000-member list sorts in SQL; the
ledger and the sales are the truth and ``vipdesk.model.members.stats`` rebuilds the
caches from them.  Money is integer fen, points integers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)

from vipdesk.model.store.db import BaseModel


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Staff(BaseModel):
    """A clerk (导购); members are assigned to one (P7)."""

    id = AutoField()
    name = CharField(unique=True)
    phone = CharField(default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)


class Member(BaseModel):
    id = AutoField()
    # --- hard profile (P1); only name and phone are required (P5)
    name = CharField(index=True)
    phone = CharField(unique=True)  # normalised: 11-digit mobile or 0571-88886666
    phone_rev = CharField(index=True)  # reversed digits: "last 4 digits" is an index prefix seek
    py_initials = CharField(index=True, default="")  # 黄明华 → hmh
    py_full = CharField(index=True, default="")  # 黄明华 → huangminghua
    gender = CharField(default="")  # "F", "M" or ""
    ethnicity = CharField(default="")
    birth_year = SmallIntegerField(null=True)
    birth_year_estimated = BooleanField(default=False)  # "about 35" → year only, flagged
    birth_month = SmallIntegerField(null=True)
    birth_day = SmallIntegerField(null=True)
    birthday_lunar = BooleanField(default=False)  # 农历 birthday
    birthday_leap = BooleanField(default=False)  # 闰月
    email = CharField(default="")
    address = CharField(default="")
    sizes = CharField(default="")  # "上衣 M / 裤 27 / 鞋 37"
    # --- soft profile (P2): pick-list values or free text
    occupation = CharField(default="")
    family = CharField(default="")
    personality = CharField(default="")
    buying_habits = CharField(default="")
    style_prefs = CharField(default="")
    hobbies = CharField(default="")
    lifestyle = CharField(default="")
    service_pref = CharField(default="")
    contact_pref = CharField(default="")
    promo_attitude = CharField(default="")
    values = CharField(default="")
    soft_notes = TextField(default="")
    # --- staff observations (P3)
    observations = TextField(default="")
    # --- programme
    card_no = CharField(null=True, unique=True)  # the active card's number, mirrors Card
    clerk = ForeignKeyField(Staff, null=True, backref="members", on_delete="SET NULL")
    referred_by = ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    channel = CharField(default="")  # enrolment channel (P9)
    enrolled_on = DateField(default=dt.date.today, index=True)
    status = CharField(default="active", index=True)  # active / inactive / anonymised
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    # --- caches, rebuilt from ledger and sales by vipdesk.model.members.stats
    points = IntegerField(default=0, index=True)
    total_spend = IntegerField(default=0, index=True)  # fen, net of returns
    purchase_count = IntegerField(default=0)
    last_purchase = DateTimeField(null=True, index=True)
    tier = CharField(default="", index=True)
    # Issue 15 (import side effects on reports): the day a member import created her, and
    # whether the file gave no 入会日期 (then enrolled_on is only the import day: reports
    # count her as an imported old customer, never as a new member of that month).
    imported_on = DateField(null=True)
    enrolled_unknown = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])

    class Meta:
        indexes = ((("birthday_lunar", "birth_month", "birth_day"), False),)


class Child(BaseModel):
    """A member's child (P4) for children's-wear shops."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="children", on_delete="CASCADE")
    name = CharField()
    gender = CharField(default="")
    birth_year = SmallIntegerField(null=True)
    birth_month = SmallIntegerField(null=True)
    birth_day = SmallIntegerField(null=True)
    birthday_lunar = BooleanField(default=False)
    birthday_leap = BooleanField(default=False)
    size = CharField(default="")  # last known clothing size, e.g. 110
    notes = CharField(default="")


class MemberDate(BaseModel):
    """Other dates to remember (P11): wedding anniversary, custom dates."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="dates", on_delete="CASCADE")
    kind = CharField(default="custom")  # wedding / custom
    label = CharField(default="")
    year = SmallIntegerField(null=True)
    month = SmallIntegerField()
    day = SmallIntegerField()
    is_lunar = BooleanField(default=False)
    is_leap = BooleanField(default=False)


class Card(BaseModel):
    """Membership card (P6); a member may have had several (lost → reissued)."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="cards", on_delete="CASCADE")
    card_no = CharField(index=True)
    issued_on = DateField(default=dt.date.today)
    status = CharField(default="active")  # active / lost / cancelled
    price = IntegerField(default=0)  # fen paid for the card; 0 = free card
    free_reason = CharField(default="")  # e.g. "一次购买满3件"
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")


class Sale(BaseModel):
    """One ticket (T1); a return (T2) is a Sale of kind 'return' pointing at the original."""

    id = AutoField()
    ticket_no = CharField(unique=True)
    member = ForeignKeyField(Member, null=True, backref="sales", on_delete="RESTRICT")
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    sold_at = DateTimeField(default=now, index=True)
    kind = CharField(default="sale")  # sale / return
    original = ForeignKeyField("self", null=True, backref="returns", on_delete="RESTRICT")
    list_total = IntegerField(default=0)  # fen before discounts
    paid = IntegerField(default=0)  # fen actually paid (negative for a refund)
    items = IntegerField(default=0)  # number of pieces (negative for a return)
    tier_discount = SmallIntegerField(default=1000)  # per-mille applied, 950 = 9.5折
    points = IntegerField(default=0)  # points this ticket earned (negative when reversed)
    note = CharField(default="")
    source = CharField(default="counter")  # counter / import / demo
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("member", "sold_at"), False),)


class SaleLine(BaseModel):
    id = AutoField()
    sale = ForeignKeyField(Sale, backref="lines", on_delete="CASCADE")
    style_code = CharField(default="", index=True)  # 款号
    category = CharField(default="")
    size = CharField(default="")
    unit_price = IntegerField()  # fen, tag price
    quantity = IntegerField()  # negative on a return
    discount = SmallIntegerField(default=1000)  # line discount per-mille
    amount = IntegerField()  # fen paid for this line after all discounts
    points = IntegerField(default=0)  # points earned by this line
    original_line = ForeignKeyField("self", null=True, backref="returned_by", on_delete="RESTRICT")


class Visit(BaseModel):
    """A visit without purchase (T4), for the thank-you message (C8)."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="visits", on_delete="CASCADE")
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    visited_at = DateTimeField(default=now, index=True)
    note = CharField(default="")


class Contact(BaseModel):
    """Contact log (C12): every call or message, with outcome."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="contacts", on_delete="CASCADE")
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    at = DateTimeField(default=now, index=True)
    channel = CharField(default="call")  # call / sms / wechat / visit
    kind = CharField(default="manual")  # reminder kind that caused it, or manual
    outcome = CharField(default="")
    note = TextField(default="")
    satisfaction = SmallIntegerField(null=True)  # 1–5 (C15)

    class Meta:
        indexes = ((("member", "at"), False),)


class PointsEntry(BaseModel):
    """Append-only points ledger: a balance is the sum of ``delta`` (triggers refuse edits)."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="points_entries", on_delete="RESTRICT")
    at = DateTimeField(default=now)
    delta = IntegerField()
    kind = CharField()  # earn / redeem / reverse / adjust / expire / import / convert / referral / merge
    reason = CharField(default="")
    sale = ForeignKeyField(Sale, null=True, on_delete="RESTRICT")
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")

    class Meta:
        indexes = ((("member", "at"), False),)


class TierChange(BaseModel):
    """History of tier changes (L9)."""

    id = AutoField()
    member = ForeignKeyField(Member, backref="tier_changes", on_delete="CASCADE")
    at = DateTimeField(default=now)
    old_tier = CharField(default="")
    new_tier = CharField()
    reason = CharField(default="")


class Setting(BaseModel):
    """Owner settings as JSON values; declared with types and defaults in vipdesk.model.store.settings."""

    key = CharField(primary_key=True)
    value = TextField()


class AuditLog(BaseModel):
    """Append-only record of sensitive actions (exports, unmasking, deletions, merges, restores)."""

    id = AutoField()
    at = DateTimeField(default=now)
    clerk = CharField(default="")
    action = CharField()
    count = IntegerField(default=0)
    detail = TextField(default="")
    file = CharField(default="")

    def save(self, *args: Any, **kwargs: Any) -> Any:
        """Issue 13: an entry that names nobody records whoever is signed in (GUI sign-in or the CLI's PIN)."""
        if not self.clerk:
            from vipdesk.model.access.session import current_name

            self.clerk = current_name()
        return super().save(*args, **kwargs)


BASE_TABLES: list[type[BaseModel]] = [
    Staff,
    Member,
    Child,
    MemberDate,
    Card,
    Sale,
    SaleLine,
    Visit,
    Contact,
    PointsEntry,
    TierChange,
    Setting,
    AuditLog,
]
