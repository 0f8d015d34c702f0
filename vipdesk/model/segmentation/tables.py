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


class StyleFirstSale(BaseModel):
    """When each style (款号) first sold in the shop: the "new arrival" tag (S6 新货型) asks it for
    every line of a member.  Kept up to date by each sale (one upsert per style), so re-segmenting
    one member at the counter reads her own lines only, not every sale of her styles (issue 14).
    A cache: ``rebuild_style_first`` recomputes it from the sales at any time."""

    style_code = CharField(primary_key=True)
    first_at = DateTimeField()

    class Meta:
        table_name = "style_first_sale"


SEGMENT_TABLES: list[type[BaseModel]] = [MemberSegment, SegmentRun, StyleFirstSale]

REBUILD_STYLE_FIRST = (
    "INSERT OR REPLACE INTO style_first_sale (style_code, first_at)"
    " SELECT l.style_code, MIN(s.sold_at) FROM sale_line l JOIN sale s ON s.id = l.sale_id"
    " WHERE s.kind = 'sale' GROUP BY l.style_code")


def migrate(db: SqliteDatabase) -> None:
    """Idempotent: tables if missing; style_first_sale filled from the sales when it is empty."""
    db.create_tables(SEGMENT_TABLES, safe=True)
    migrate_style_first(db)


def migrate_style_first(db: SqliteDatabase) -> None:
    """Its own step so files already past ``migrate`` get the aggregate too (idempotent)."""
    db.create_tables([StyleFirstSale], safe=True)
    if db.execute_sql("SELECT 1 FROM style_first_sale LIMIT 1").fetchone() is None:
        db.execute_sql(REBUILD_STYLE_FIRST)
