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
