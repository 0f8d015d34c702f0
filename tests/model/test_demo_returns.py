"""The demo's returns are the app's returns (issue 14, item 3) and its file is a migrated file.

Checked against the rules of ``sales.record_return`` written out independently here: the refund
method row, points already spent cancelling this year's open L5 vouchers newest first and the
rest withheld from the refund, and ``reversal.retier_after_return``."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from vipdesk.demo.builder import build_demo
from vipdesk.model.loyalty import config, tiers
from vipdesk.model.sales import refunds
from vipdesk.model.store.db import close_database, db, open_database

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo_returns") / "demo.db"
    build_demo(path, members=300, sales=3000, seed=7, today=TODAY)
    close_database()
    return path


@pytest.fixture
def shop(demo: Path):
    open_database(demo)
    yield demo
    close_database()


def q(sql: str, *params):
    return db.execute_sql(sql, params).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _returns() -> list[tuple]:
    return q("""SELECT r.id, r.member_id, r.sold_at, o.sold_at, -r.points, st.points_withheld, st.points_offset
                FROM sale r JOIN sale o ON o.id = r.original_id JOIN settlement st ON st.sale_id = r.id
                WHERE r.kind = 'return' ORDER BY r.id""")


def test_every_return_records_how_the_money_went_back(shop) -> None:
    """Issue 14 item 3 / issue 17 item 5: one refund row per return ticket, none for sales."""
    assert one("SELECT COUNT(*) FROM sale WHERE kind = 'return'") > 0
    assert one("SELECT COUNT(*) FROM sale s LEFT JOIN refund f ON f.sale_id = s.id WHERE s.kind = 'return'"
               " AND f.sale_id IS NULL") == 0
    assert one("SELECT COUNT(*) FROM refund f JOIN sale s ON s.id = f.sale_id WHERE s.kind != 'return'") == 0
    methods = {r[0] for r in q("SELECT DISTINCT method FROM refund")}
    # No stored value in the demo, so nothing goes back onto it; several ways are used.
    assert methods <= set(refunds.METHODS) - {"stored_value"} and len(methods) >= 3


def test_spent_points_cancel_this_years_vouchers_newest_first(shop) -> None:
    """Issue 14 item 3 (L5, T2): as record_return does now — open points vouchers made since
    min(original sale, a year before the return), newest first, only while points are missing;
    whatever is still missing is withheld from the refund at the point value."""
    assert config.get(config.RETURN_POLICY.key) == "cancel_voucher"
    point_value = int(config.get(config.POINT_VALUE_FEN.key))
    cancelling = 0
    for rid, mid, at, orig_at, back, withheld, offset in _returns():
        if mid is None:
            assert (back, withheld) == (0, 0)
            continue
        entries = q("SELECT MIN(id) FROM points_entry WHERE sale_id = ?", rid)[0][0]
        if entries is None:
            assert back == withheld == 0 or back == withheld
            before = one("SELECT COALESCE(SUM(delta), 0) FROM points_entry WHERE member_id = ? AND at <= ?", mid, at)
        else:
            before = one("SELECT COALESCE(SUM(delta), 0) FROM points_entry WHERE member_id = ? AND id < ?",
                         mid, entries)
        since = min(dt.datetime.fromisoformat(orig_at), dt.datetime.fromisoformat(at) - dt.timedelta(days=365))
        # Open at the return: made before it, not ended by anything but this return.
        eligible = q("""SELECT v.id, v.points_cost FROM voucher v WHERE v.member_id = ? AND v.points_cost > 0
                        AND v.created_at >= ? AND v.created_at <= ? AND NOT EXISTS (SELECT 1 FROM voucher_event e
                        WHERE e.voucher_id = v.id AND e.kind != 'issue' AND e.at <= ? AND e.sale_id IS NOT ?)
                        ORDER BY v.created_at DESC, v.id DESC""", mid, since.isoformat(" "), at, at, rid)
        cancelled = [r[0] for r in q("SELECT voucher_id FROM voucher_event WHERE sale_id = ? AND kind = 'cancel'"
                                     " ORDER BY id", rid)]
        expected, bal = [], before
        for vid, cost in eligible:
            if back <= bal:
                break
            expected.append(vid)
            bal += cost
        assert cancelled == expected, rid
        assert withheld == max(0, back - bal), rid
        goods = -one("SELECT paid FROM sale WHERE id = ?", rid)
        kept = -one("SELECT voucher FROM settlement WHERE sale_id = ?", rid)
        assert offset == min(withheld * point_value, goods - kept), rid
        reversed_ = one("SELECT COALESCE(SUM(delta), 0) FROM points_entry WHERE sale_id = ? AND kind = 'reverse'", rid)
        assert reversed_ == -(back - withheld), rid
        cancelling += bool(cancelled)
    assert cancelling > 0  # the rule was exercised


def _tier_before(mid: int, at: str, rid: int) -> str:
    """Her tier just before the return's own tier change (if any)."""
    return one("""SELECT new_tier FROM tier_change WHERE member_id = ? AND (at < ? OR (at = ? AND reason != ?))
                  ORDER BY at DESC, id DESC LIMIT 1""", mid, at, at, "退货后重新评定等级")


def test_a_return_re_evaluates_the_tier_like_the_app(shop) -> None:
    """Issue 14 item 3 / issue 17 (L9): after every member return the tier is what
    retier_after_return makes it — the tier the qualifying value now reaches, never below the tier
    she held before the rules lifted her inside the qualifying period."""
    rules = tiers.tiers()
    by_name = {t.name: t for t in rules}
    seen = 0
    for rid, mid, at, _orig_at, _back, _withheld, _offset in _returns():
        if mid is None:
            continue
        when = dt.datetime.fromisoformat(at)
        current = by_name[_tier_before(mid, at, rid)]
        target = tiers.tier_for_points(tiers.qualifying_value(mid, when), rules)
        expected = None
        if target.threshold < current.threshold:
            first = q("""SELECT old_tier FROM tier_change WHERE member_id = ? AND at > ? AND at <= ?
                         AND old_tier != '' AND reason IN ('积分达到升级标准', '消费后达到升级标准', '介绍奖励后达到升级标准')
                         ORDER BY at, id LIMIT 1""", mid, tiers._since(when).strftime("%Y-%m-%d %H:%M:%S"), at)
            if first:
                floor = by_name[first[0][0]]
                new = floor if floor.threshold > target.threshold else target
                if new.threshold < current.threshold:
                    expected = new.name
        got = q("SELECT old_tier, new_tier FROM tier_change WHERE member_id = ? AND at = ? AND reason = ?",
                mid, at, "退货后重新评定等级")
        assert got == ([(current.name, expected)] if expected else []), rid
        seen += bool(expected)
    assert seen > 0  # some returns did take a tier back


def _schema(path: Path) -> set[tuple]:
    con = sqlite3.connect(str(path))
    try:
        return set(con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    finally:
        con.close()


def test_same_schema_as_a_migrated_file(demo: Path, tmp_path: Path) -> None:
    """Issue 14 item 1: indexes dropped for the bulk load come back exactly as the migrations made
    them; the file is durable again and its foreign keys hold."""
    fresh = tmp_path / "fresh.db"
    open_database(fresh)
    close_database()
    assert _schema(demo) == _schema(fresh)
    con = sqlite3.connect(str(demo))
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()
