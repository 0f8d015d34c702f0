"""Hygiene's own table: pairs of members the owner said are two different people (P13),
so the duplicate finder never proposes them again.

One row per unordered pair, stored as (lower id, higher id).  Idempotent migration: the lead
may reorder migration entries at merge time.
"""

from __future__ import annotations

from peewee import AutoField, CharField, DateTimeField, ForeignKeyField, SqliteDatabase

from vipdesk.model.store.db import BaseModel
from vipdesk.model.store.tables import Member, now


class NotDuplicate(BaseModel):
    """Two records the owner checked: not the same person."""

    id = AutoField()
    member_a = ForeignKeyField(Member, on_delete="CASCADE")  # the lower id
    member_b = ForeignKeyField(Member, on_delete="CASCADE")  # the higher id
    marked_at = DateTimeField(default=now)
    clerk = CharField(default="")

    class Meta:
        table_name = "not_duplicate"
        indexes = ((("member_a", "member_b"), True),)


HYGIENE_TABLES: list[type[BaseModel]] = [NotDuplicate]


def migrate(db: SqliteDatabase) -> None:
    db.create_tables(HYGIENE_TABLES, safe=True)
