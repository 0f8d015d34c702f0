"""Segmentation's own tables: each member's current segments (a cache, rebuilt
from the sales at any time) and the shop-wide boundaries of the last bulk run.

``member_segment`` is not a ledger: it is recomputed, so it is plain and
mutable.  ``tags`` is stored as "|新货型|促销型|" so a segment filter is one
indexed-or-LIKE condition in SQL.
"""

from __future__ import annotations

from peewee import (
    SQL,
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


class MemberSegFacts(BaseModel):
    """Each member's lifetime segmentation facts (S1, S6–S9), moved by each sale and return in its
    own transaction, so re-segmenting her at the counter reads one row plus her window of sales,
    never her whole history (issue 14).  A cache: the bulk run rewrites every row that differs from
    the sales, and ``stale`` (set by triggers when a ticket moves between members, changes date or
    kind, or a line changes) sends her next re-segmenting through a full read of her history.

    ``new_items``, ``deep_items`` and ``families`` depend on settings (S6): the key they were built
    with is the bulk run's ``facts_key``; after a change of those settings the counter reads her
    history until the next bulk run rebuilds them.  Times are peewee's text form."""

    member = ForeignKeyField(Member, primary_key=True, on_delete="CASCADE")
    purchases = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])  # sale tickets
    first_at = CharField(null=True)  # first and last sale ticket
    last_at = CharField(null=True)
    last_any = CharField(null=True)  # latest sale or return: past the cut → read her history
    spend_all = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])  # fen, sales net of returns
    single_tickets = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    discounted_tickets = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    items = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    amount = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    new_items = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    deep_items = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    families = TextField(default="", constraints=[SQL("DEFAULT ''")])  # pieces per style family (member_facts.fam_text), "" for none
    stale = SmallIntegerField(default=0, constraints=[SQL("DEFAULT 0")])

    class Meta:
        table_name = "member_seg_facts"


SEGMENT_TABLES: list[type[BaseModel]] = [MemberSegment, SegmentRun, StyleFirstSale]

# A ticket that changes member, kind or date, or a line that changes or goes, after the per-sale hook
# ran (a merge moves her tickets): both members' rows are marked stale, not silently wrong.
_STALE = ("INSERT INTO member_seg_facts (member_id, stale) SELECT {m}, 1 WHERE {m} IS NOT NULL"
          " ON CONFLICT(member_id) DO UPDATE SET stale = 1;")
FACTS_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS seg_facts_sale_moved AFTER UPDATE OF member_id, kind, sold_at ON sale"
    " WHEN old.member_id IS NOT new.member_id OR old.kind IS NOT new.kind OR old.sold_at IS NOT new.sold_at"
    f" BEGIN {_STALE.format(m='old.member_id')} {_STALE.format(m='new.member_id')} END",
    f"CREATE TRIGGER IF NOT EXISTS seg_facts_sale_gone AFTER DELETE ON sale BEGIN {_STALE.format(m='old.member_id')} END",
    "CREATE TRIGGER IF NOT EXISTS seg_facts_line_changed AFTER UPDATE OF sale_id, style_code, category, quantity,"
    " discount, amount ON sale_line"
    " WHEN old.sale_id IS NOT new.sale_id OR old.style_code IS NOT new.style_code OR old.category IS NOT new.category"
    " OR old.quantity IS NOT new.quantity OR old.discount IS NOT new.discount OR old.amount IS NOT new.amount"
    f" BEGIN {_STALE.format(m='(SELECT member_id FROM sale WHERE id = old.sale_id)')}"
    f" {_STALE.format(m='(SELECT member_id FROM sale WHERE id = new.sale_id)')} END",
    "CREATE TRIGGER IF NOT EXISTS seg_facts_line_gone AFTER DELETE ON sale_line"
    f" BEGIN {_STALE.format(m='(SELECT member_id FROM sale WHERE id = old.sale_id)')} END",
)

REBUILD_STYLE_FIRST = (
    "INSERT OR REPLACE INTO style_first_sale (style_code, first_at)"
    " SELECT l.style_code, MIN(s.sold_at) FROM sale_line l JOIN sale s ON s.id = l.sale_id"
    " WHERE s.kind = 'sale' GROUP BY l.style_code")


def migrate(db: SqliteDatabase) -> None:
    """Idempotent: tables if missing; style_first_sale filled from the sales when it is empty."""
    db.create_tables(SEGMENT_TABLES, safe=True)
    migrate_style_first(db)


def migrate_member_facts(db: SqliteDatabase) -> None:
    """Idempotent: the per-member facts table and its staleness triggers.  Left empty: the next
    bulk run (at start-up, since the last run has no ``facts_key``) fills it; until then the
    counter reads each member's history as before."""
    db.create_tables([MemberSegFacts], safe=True)
    for sql in FACTS_TRIGGERS:
        db.execute_sql(sql)


def migrate_style_first(db: SqliteDatabase) -> None:
    """Its own step so files already past ``migrate`` get the aggregate too (idempotent)."""
    db.create_tables([StyleFirstSale], safe=True)
    if db.execute_sql("SELECT 1 FROM style_first_sale LIMIT 1").fetchone() is None:
        db.execute_sql(REBUILD_STYLE_FIRST)
