"""The counter search: every way a clerk types a member, each an index seek."""

from __future__ import annotations

import logging

import pytest

from vipdesk.model.members import profile as members
from vipdesk.model.members.search import search_member_ids
from vipdesk.model.store.db import db

PEOPLE = [
    ("黄明华", "13812341234", "80000001"),
    ("黄敏", "13900001234", "80000002"),
    ("曾志伟", "15811112222", None),
    ("李明", "18622223333", "80000003"),
    ("王芳", "19912345678", None),
    ("张晓明", "13566661234", None),
]


@pytest.fixture
def shop(db_path) -> dict[str, int]:
    ids = {}
    for name, phone, card in PEOPLE:
        m = members.enrol(name, phone)
        if card:
            members.issue_card(m.id, card)
        ids[name] = m.id
    return ids


def names(query: str, shop: dict[str, int]) -> set[str]:
    by_id = {v: k for k, v in shop.items()}
    return {by_id[i] for i in search_member_ids(query)}


def test_last_four_digits(shop) -> None:
    assert names("1234", shop) == {"黄明华", "黄敏", "张晓明"}
    assert names("41234", shop) == {"黄明华"}  # more digits narrow it
    assert names("2222", shop) == {"曾志伟"}


def test_full_mobile_any_format(shop) -> None:
    assert names("13812341234", shop) == {"黄明华"}
    assert names("138 1234 1234", shop) == {"黄明华"}
    assert names("+86 138-1234-1234", shop) == {"黄明华"}
    assert names("１３８１２３４１２３４", shop) == {"黄明华"}


def test_card_number(shop) -> None:
    assert names("80000003", shop) == {"李明"}
    assert names("80000001", shop) == {"黄明华"}


def test_name_exact_prefix_and_substring(shop) -> None:
    assert names("黄明华", shop) == {"黄明华"}
    assert names("黄", shop) == {"黄明华", "黄敏"}
    assert names("明", shop) == {"黄明华", "李明", "张晓明"}
    ids = search_member_ids("李明")
    assert ids[0] == shop["李明"]  # the exact name first


def test_pinyin_initials_and_full(shop) -> None:
    assert names("hmh", shop) == {"黄明华"}
    assert names("HMH", shop) == {"黄明华"}
    assert names("hm", shop) == {"黄明华", "黄敏"}
    assert names("huangminghua", shop) == {"黄明华"}
    assert names("huangm", shop) == {"黄明华", "黄敏"}
    assert names("zzw", shop) == {"曾志伟"}
    assert names("zeng", shop) == {"曾志伟"}  # 曾 as a surname is zeng, not ceng


def test_nothing_found_and_blank(shop) -> None:
    assert search_member_ids("") == []
    assert search_member_ids("   ") == []
    assert search_member_ids("0000") == []
    assert search_member_ids("欧阳") == []


def test_limit(shop) -> None:
    assert len(search_member_ids("1234", limit=2)) == 2


class _SqlLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.queries: list[tuple[str, object]] = []

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, tuple) and len(record.msg) == 2:
            self.queries.append((record.msg[0], record.msg[1] or ()))


def _plans(query: str) -> list[tuple[str, str]]:
    """(sql, plan text) of every statement the real search runs for *query*."""
    log = _SqlLog()
    logger = logging.getLogger("peewee")
    old_level = logger.level
    logger.addHandler(log)
    logger.setLevel(logging.DEBUG)
    try:
        search_member_ids(query)
    finally:
        logger.removeHandler(log)
        logger.setLevel(old_level)
    out = []
    for sql, params in log.queries:
        rows = db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        out.append((sql, " | ".join(str(r[-1]) for r in rows)))
    return out


@pytest.mark.parametrize(("query", "column", "index"), [
    ("1234", "phone_rev", "member_phone_rev"),
    ("hmh", "py_initials", "member_py_initials"),
    ("huangming", "py_full", "member_py_full"),
    ("13812341234", "phone", "member_phone"),
])
def test_search_branches_are_index_seeks(shop, query: str, column: str, index: str) -> None:
    plans = [(sql, plan) for sql, plan in _plans(query) if f'"{column}"' in sql]
    assert plans, f"no statement on {column}"
    for _sql, plan in plans:
        assert "SEARCH" in plan and f"USING INDEX {index}" in plan, plan
        assert "SCAN member" not in plan, plan  # no table scan ("SCAN (subquery-1)" reads a branch's 50 ids)


def test_issue14_name_part_search_follows_every_write_to_the_name(shop) -> None:
    """Issue 14 item 5: the name-part search reads character pairs kept by triggers, so it must
    follow an edit, a row written by another tool (plain SQL) and a deleted row, and find
    one-character and longer parts anywhere in the name, as the scan did."""
    assert search_member_ids("明华") == [shop["黄明华"]]
    assert set(search_member_ids("明")) == {shop["黄明华"], shop["李明"], shop["张晓明"]}
    assert search_member_ids("晓明") == [shop["张晓明"]]
    members.update_member(shop["黄明华"], name="黄丽华")
    assert search_member_ids("明华") == [] and search_member_ids("丽华") == [shop["黄明华"]]
    assert shop["黄明华"] not in search_member_ids("明")
    db.execute_sql("INSERT INTO member (name, phone, phone_rev, created_at, updated_at, enrolled_on, py_initials,"
                   " py_full, gender, ethnicity, birth_year_estimated, birthday_lunar, birthday_leap, email,"
                   " address, sizes, occupation, family, personality, buying_habits, style_prefs, hobbies,"
                   " lifestyle, service_pref, contact_pref, promo_attitude, \"values\", soft_notes, observations,"
                   " channel, status, notes, points, total_spend, purchase_count, tier) SELECT '欧阳明华', '13700000001',"
                   " '10000000731', created_at, updated_at, enrolled_on, '', '', '', '', 0, 0, 0, '', '', '', '', '',"
                   " '', '', '', '', '', '', '', '', '', '', '', '', 'active', '', 0, 0, 0, '' FROM member LIMIT 1")
    other = db.execute_sql("SELECT id FROM member WHERE name = '欧阳明华'").fetchone()[0]
    assert search_member_ids("阳明华") == [other]
    db.execute_sql("DELETE FROM member WHERE id = ?", (other,))
    assert search_member_ids("阳明华") == []
    assert db.execute_sql("SELECT COUNT(*) FROM member_name_gram WHERE member_id = ?", (other,)).fetchone()[0] == 0


def test_issue14_name_part_search_seeks_pairs_instead_of_scanning_names(shop) -> None:
    """At 1,000,000 members a scan of every name took ~90 ms: both name-part branches seek."""
    from vipdesk.model.members.search import _SQL

    for kind in ("name", "name_char"):
        plan = " ".join(str(r[-1]) for r in db.execute_sql(
            "EXPLAIN QUERY PLAN " + _SQL[(kind, False)],
            {"q": "明华", "q_end": "明华\uffff", "q2": "明华", "up": "明华", "up_end": "明华\uffff", "n": 50,
             "n5": 250, "r": "", "r_end": "", "low": "", "low_end": ""}))
        assert "USING PRIMARY KEY (gram=?)" in plan and "SCAN m2" not in plan and "SCAN member" not in plan, (kind, plan)
