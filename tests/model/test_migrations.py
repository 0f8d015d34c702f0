"""Schema versions: an old file upgrades in place with nothing lost; a newer file is never touched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vipdesk.model.store.db import close_database, db, open_database
from vipdesk.model.store.migrations import SCHEMA_VERSION, NewerSchema, migrate_database, schema_version
from vipdesk.model.store.tables import Member, PointsEntry, Sale, SaleLine, Staff


def _make_v1_file(path: Path) -> None:
    """A shop file as the first release wrote it: version 1 with a member, a sale and points."""
    open_database(path, migrate=False)
    assert migrate_database(db, upto=1) == 1
    # Plain inserts: the current services' hooks may need tables a version-1 file does not have yet.
    with db.atomic():
        clerk = Staff.insert(name="王丽娜").execute()
        mid = Member.insert(name="黄明华", phone="13812345678", phone_rev="87654321831", py_initials="hmh",
                            py_full="huangminghua", birth_month=8, birth_day=15, birthday_lunar=True,
                            clerk=clerk, card_no="80000001", points=1000, total_spend=100000,
                            purchase_count=1, tier="普卡").execute()
        sale = Sale.insert(ticket_no="V20250101-0001", member=mid, clerk=clerk, paid=100000, list_total=100000,
                           items=1, points=1000, sold_at="2025-01-01 10:00:00").execute()
        SaleLine.insert(sale=sale, style_code="W25D001", unit_price=100000, quantity=1, amount=100000,
                        points=1000).execute()
        PointsEntry.insert(member=mid, delta=1000, kind="earn", sale=sale, at="2025-01-01 10:00:00").execute()
    close_database()


def _user_version(path: Path) -> int:
    con = sqlite3.connect(str(path))
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


@pytest.mark.skipif(SCHEMA_VERSION < 2, reason="only one schema version exists so far")
def test_old_file_upgrades_in_place_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _make_v1_file(path)
    assert _user_version(path) == 1

    open_database(path)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        m = Member.get(Member.phone == "13812345678")
        assert (m.name, m.points, m.total_spend, m.card_no, m.birthday_lunar) == ("黄明华", 1000, 100000,
                                                                                  "80000001", True)
        assert [s.ticket_no for s in Sale.select()] == ["V20250101-0001"]
        assert [(e.delta, e.kind) for e in PointsEntry.select()] == [(1000, "earn")]
        tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert len(tables) > 13  # later versions added their tables
        triggers = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
        assert {"points_entry_no_update", "points_entry_no_delete"} <= triggers
    finally:
        close_database()

    copies = list(tmp_path.glob("shop.db.v1-before-migration-*"))
    assert len(copies) == 1
    con = sqlite3.connect(str(copies[0]))
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 1
        assert con.execute("SELECT name FROM member").fetchall() == [("黄明华",)]
    finally:
        con.close()

    # Opening an up-to-date file migrates nothing and takes no further copy.
    open_database(path)
    close_database()
    assert len(list(tmp_path.glob("shop.db.v*-before-migration-*"))) == 1


def test_new_file_gets_the_current_version_without_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(path)
    try:
        assert schema_version(db) == SCHEMA_VERSION
    finally:
        close_database()
    assert not list(tmp_path.glob("*before-migration*"))


def test_file_from_a_newer_vipdesk_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(path)
    Staff.insert(name="王丽娜").execute()
    db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    close_database()

    with pytest.raises(NewerSchema) as err:
        open_database(path)
    close_database()
    assert err.value.found == SCHEMA_VERSION + 1
    assert err.value.supported == SCHEMA_VERSION
    assert "更新版本" in str(err.value)
    assert _user_version(path) == SCHEMA_VERSION + 1
    assert not list(tmp_path.glob("*before-migration*"))
