"""Issue 14: the member-import bench compares vipdesk with a baseline doing the same work.

The raw side (vipdesk/bench/import_raw.py) must store exactly what the import stores for a
file like the one vipdesk exports — every column normalised, opening balances, first tiers —
and the digest both sides return must see any difference."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from openpyxl import Workbook

from vipdesk.bench.import_raw import digest, import_raw, rules
from vipdesk.model.importing.members_import import import_members
from vipdesk.model.importing.runner import SKIP_BAD
from vipdesk.model.store.db import close_database, open_database

HEAD = ["姓名", "手机", "卡号", "生日", "性别", "积分", "累计消费", "等级", "地址", "邮箱", "备注", "导购",
        "入会日期", "民族", "职业", "尺码", "入会渠道", "介绍人"]
ROWS = [
    ["黄明华", "13426419408", "80000001", "农历1978年八月十五", "女", 2248.0, 121060.36, "钻石卡", "", "", "",
     "张晓燕", "2020-12-04", "", "", "", "其他", ""],
    ["邱岚", "135 3115 4963", "80000002", "农历1987年闰六月初十", "女", 0.0, 0.0, "普卡",
     "杭州市滨江区莫干山路50号", "", "", "赵敏", "2020-12-04", "汉族", "", "上衣 XL / 裤 30", "新店开业",
     "13426419408"],
    ["杨斌", "13970902790", "80000001", "1988-02-29", "男", 10.0, 5.5, "白金", "", "yangbin@", "老顾客",
     "刘芳", "2021-03-01", "汉族", "教师", "", "日常到店", "13800000000"],
    ["王芳", "13800001111", "", "约1985年生", "女", 7000.0, 0.0, "", "", "wf@example.com", "", "张晓燕",
     "2022-07-15", "", "", "", "老会员介绍", "13970902790"],
    ["李娜", "13800002222", "x", "3月7日", "女", "", "", "金卡", "", "", "", "", "2019-01-31", "", "", "", "", ""],
    ["坏行", "12345", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["晚到", "13800003333", "", "", "", "", "", "", "", "", "", "", "2999-01-01", "", "", "", "", ""],
]


def _xlsx(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEAD)
    for r in ROWS:
        ws.append(r)
    wb.save(path)
    return path


def _fresh(path: Path) -> Path:
    open_database(path)
    close_database()
    return path


def test_raw_baseline_stores_what_the_import_stores(tmp_path: Path) -> None:
    """Issue 14 item 3: same members (every column), cards, ledger rows, opening sales, tiers,
    clerks; the bad rows (short phone, future enrolment) are left out by both."""
    xlsx = _xlsx(tmp_path / "members.xlsx")
    vip = _fresh(tmp_path / "vip.db")
    open_database(vip)
    try:
        result = import_members(xlsx, report=False, policy=SKIP_BAD)
    finally:
        close_database()
    assert result.imported == 5 and result.rejected == 2
    raw = _fresh(tmp_path / "raw.db")
    rule = rules(_fresh(tmp_path / "rules.db"))
    con = sqlite3.connect(raw, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("BEGIN IMMEDIATE")
    import_raw(xlsx, con, rule)
    con.execute("COMMIT")
    con.close()
    want = digest(vip)
    assert want["members"] == 5 and want["ledger"] == 2248 + 10 + 7000
    assert digest(raw) == want


def test_digest_sees_a_single_changed_value(tmp_path: Path) -> None:
    """The comparison is not vacuous: one pinyin key changed in one member changes the digest."""
    xlsx = _xlsx(tmp_path / "members.xlsx")
    vip = _fresh(tmp_path / "vip.db")
    open_database(vip)
    try:
        import_members(xlsx, report=False, policy=SKIP_BAD)
    finally:
        close_database()
    before = digest(vip)
    con = sqlite3.connect(vip)
    with con:
        con.execute("UPDATE member SET py_full = 'x' WHERE phone = '13800001111'")
    con.close()
    after = digest(vip)
    assert after["members"] == before["members"] and after["sha256"] != before["sha256"]
