"""Segmentation's own tables: each member's current segments (a cache, rebuilt
from the sales at any time) and the shop-wide boundaries of the last bulk run.

``member_segment`` is not a ledger: it is recomputed, so it is plain and
mutable.  ``tags`` is stored as "|新货型|促销型|" so a segment filter is one
indexed-or-LIKE condition in SQL.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    SqliteDatabase,
    TextField,
)

from vipdesk.model.store.db import BaseModel
from vipdesk.model.store.tables import Member, now


class MemberSegment(BaseModel):
    member = ForeignKeyField(Member, primary_key=True, backref="segment", on_delete="CASCADE")
    as_of = DateTimeField(default=now)
    recency_days = IntegerField(null=True)
    purchases = IntegerField(default=0)
    purchases_win = IntegerField(default=0)
    spend_win = IntegerField(default=0)  # fen
    avg_ticket_win = IntegerField(default=0)  # fen
    r = SmallIntegerField(default=0)
    f = SmallIntegerField(default=0)
    m = SmallIntegerField(default=0)
    behaviour = CharField(default="", index=True)
    value_band = CharField(default="", index=True)
    pyramid = CharField(default="", index=True)
    abc = CharField(default="", index=True)
    grid = CharField(default="", index=True)
    tags = CharField(default="")
    validity = CharField(default="", index=True)
    dormant = CharField(default="", index=True)
    churn = BooleanField(default=False, index=True)


class SegmentRun(BaseModel):
    """One bulk recompute: when, as of when, and the boundaries it derived (JSON)."""

    id = AutoField()
    as_of = DateTimeField()
    computed_at = DateTimeField(default=now)
    members = IntegerField(default=0)
    bounds = TextField(default="{}")


SEGMENT_TABLES: list[type[BaseModel]] = [MemberSegment, SegmentRun]


def migrate(db: SqliteDatabase) -> None:
    db.create_tables(SEGMENT_TABLES, safe=True)
