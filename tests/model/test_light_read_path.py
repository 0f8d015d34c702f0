"""Issue 14: the pieces of ``vipdesk find``'s light read path (plain sqlite3, no peewee) read
what the peewee path reads: the list's display rows (converted as peewee's fields convert them),
the counter search, the reader's pragmas and the constants shared with the access rules."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from peewee import JOIN

from vipdesk.model import access_state
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.members.lists import rows_for_ids
from vipdesk.model.members.rows import fetch_rows
from vipdesk.model.members.search import search_ids, search_member_ids
from vipdesk.model.privacy import audit, owner
from vipdesk.model.store import lite
from vipdesk.model.store.db import PRAGMAS, close_database, database_path, db, open_database
from vipdesk.model.store.tables import Member, Staff


def _peewee_rows(ids: list[int]) -> dict[int, tuple]:
    """The display rows as the list read them through peewee before issue 14 (the oracle)."""
    q = (Member.select(Member.id, Member.name, Member.phone, Member.tier, Member.points,
                       Member.last_purchase, Staff.name.alias("clerk_name"), Member.card_no,
                       Member.total_spend)
         .join(Staff, on=(Member.clerk == Staff.id), join_type=JOIN.LEFT_OUTER)
         .where(Member.id.in_(list(ids))))
    out = {}
    for mid, name, phone, tier, points, last, clerk, card, spend in q.tuples():
        if isinstance(last, str):
            last = dt.datetime.fromisoformat(last)
        out[mid] = (mid, name, phone, tier or "", points or 0, last, clerk or "", card or "", spend or 0)
    return out


ODD_VALUES = [  # (last_purchase, points, total_spend, tier) as another tool might have written them
    ("2026-12-03 07:07:52.123456", 12, 2487525, "金卡"),
    ("2026-12-03 07:07:52", 12.5, 100, ""),
    ("2026-12-03", "7", "12a", ""),
    ("2026-12-03T07:07:52", "x", 12.0, 8),
    ("2026-12-03 07:07:52+08:00", 0, -500, "普卡"),
    ("2026-12-03 07:07:52Z", 3, 1, "普卡"),
    ("2026-12-03 07:07:52.5", 3, 1, "普卡"),
    (None, 1, 2, "普卡"),
]


def test_display_rows_equal_peewees_for_odd_stored_values(db_path) -> None:
    """Issue 14: the row query on plain SQL gives exactly the rows peewee's fields gave, also for
    values written by another tool (text dates, REAL points, text money, a number as tier)."""
    clerk = staff.add_staff("王丽娜")
    ids = []
    for n, (last, points, spend, tier) in enumerate(ODD_VALUES):
        m = members.enrol(f"会员{n}", f"1381234{n:04d}", clerk_id=clerk.id if n % 2 else None)
        db.execute_sql("UPDATE member SET last_purchase = ?, points = ?, total_spend = ?, tier = ? WHERE id = ?",
                       (last, points, spend, tier, m.id))
        ids.append(m.id)
    expected = _peewee_rows(ids)
    got = rows_for_ids(ids)
    assert {k: tuple(v) for k, v in got.items()} == expected
    assert got[ids[1]].points == 12 and got[ids[2]].total_spend == "12a" and got[ids[1]].clerk == "王丽娜"
    con = sqlite3.connect(str(database_path()))
    try:
        assert fetch_rows(con.execute, ids) == got  # a plain connection reads the same
    finally:
        con.close()


def test_junk_date_still_raises_as_before(db_path) -> None:
    """A last-purchase text that is no date at all fails on both readings (it did before issue 14)."""
    m = members.enrol("黄明华", "13812341234")
    db.execute_sql("UPDATE member SET last_purchase = 'soon' WHERE id = ?", (m.id,))
    with pytest.raises(ValueError):
        _peewee_rows([m.id])
    with pytest.raises(ValueError):
        rows_for_ids([m.id])


def test_search_on_a_plain_connection_equals_the_apps(db_path) -> None:
    """Issue 14: one search SQL for the GUI, the CLI's light path and the bench."""
    for n, (name, phone) in enumerate([("黄明华", "13812341234"), ("黄敏", "13900001234"), ("李明", "18622223333")]):
        m = members.enrol(name, phone)
        members.issue_card(m.id, f"8000000{n}")
    con = sqlite3.connect(str(database_path()))
    try:
        for query in ("1234", "13812341234", "80000001", "800", "hm", "h", "黄", "黄明", "huangminghua", "x", ""):
            for limit in (1, 50):
                assert search_ids(con.execute, query, limit) == search_member_ids(query, limit=limit), query
    finally:
        con.close()


def test_reader_pragmas_and_shared_constants_match() -> None:
    """The light reader uses the app's pragmas, and the access rules the keys the app writes."""
    for name, value in lite.READ_PRAGMAS.items():
        assert PRAGMAS[name] == value, name
    assert access_state.PIN_CHANGE_ACTION == audit.PIN_CHANGE
    assert owner.PIN_HASH.key == access_state.OWNER_PIN_KEY
    assert not owner.PIN_HASH.default
    from vipdesk.model.access.core import ESTABLISHED

    assert ESTABLISHED.key == access_state.ESTABLISHED_KEY and not ESTABLISHED.default


def test_reader_opens_only_a_current_healthy_file(tmp_path) -> None:
    """Issue 14: open_reader answers for a current WAL file, read-only; None for a file to create or migrate."""
    path = tmp_path / "shop.db"
    assert lite.open_reader(path) is None and not path.exists()
    open_database(path)
    members.enrol("黄明华", "13812341234")
    close_database()
    conn = lite.open_reader(path)
    assert conn is not None
    try:
        assert conn.execute("SELECT COUNT(*) FROM member").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("DELETE FROM member")
    finally:
        lite.close_reader(conn, path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 1")
    con.close()
    assert lite.open_reader(path) is None


def _states(path) -> list[tuple[bool, bool, bool, bool]]:
    con = sqlite3.connect(path)
    try:
        return [(access_state.setup_mode(con), access_state.established(con), access_state.has_users(con),
                 access_state.has_pin(con))]
    finally:
        con.close()


@pytest.mark.parametrize("state", ["fresh", "legacy pin setting", "owner", "owner, logins dropped",
                                   "owner, setting and event log dropped"])
def test_setup_mode_is_the_composition_of_the_access_rules(tmp_path, state) -> None:
    """Issue 13/14: setup mode = not established, no users, no PIN (full phones for anyone);
    once anything says the shop has or had an owner, never setup mode again."""
    from vipdesk.model import access

    path = tmp_path / "shop.db"
    open_database(path)
    try:
        if state == "legacy pin setting":
            db.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?)", (access_state.OWNER_PIN_KEY, '"x$y"'))
        elif state != "fresh":
            access.create_owner("王店长", "258013")
    finally:
        close_database()
    con = sqlite3.connect(path)
    if state == "owner, logins dropped":
        con.execute("DROP TABLE staff_login")
        con.execute("CREATE TABLE staff_login (id INTEGER PRIMARY KEY, role TEXT, active INTEGER)")
    elif state == "owner, setting and event log dropped":
        con.execute("DELETE FROM setting WHERE key = ?", (access_state.ESTABLISHED_KEY,))
        con.execute("DROP TABLE access_event")
    con.commit()
    con.close()
    ((setup, established, users, pin),) = _states(path)
    assert setup == (not established and not users and not pin)
    assert setup == (state == "fresh")
