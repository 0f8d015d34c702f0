"""`vipdesk import sales FILE`: tickets from rows, returns by 原小票号, counter rules
for points, re-import adds nothing, dry run, all-or-nothing vs --skip-bad."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from vipdesk.model.loyalty import config, ledger
from vipdesk.model.members import profile as members
from vipdesk.model.sales.pos_import import import_sales
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Member, Sale, SaleLine, Staff

HEAD = ["日期时间", "小票号", "会员", "款号", "品类", "尺码", "单价", "数量", "折扣", "实收金额", "导购", "类型", "原小票号"]
ROWS = [
    ["2026-11-20 10:05", "P001", "13800001234", "A100", "上衣", "M", "500", "1", "9折", "450", "小王", "销售", ""],
    ["2026-11-20 10:05", "P001", "13800001234", "B200", "裤装", "27", "300", "2", "1", "600", "小王", "销售", ""],
    ["2026-11-20 11:00", "P002", "", "C300", "配饰", "", "99", "1", "", "99", "小李", "销售", ""],
    ["2026-11-21 15:00", "R001", "13800001234", "B200", "裤装", "27", "300", "1", "", "-300", "小王", "退货", "P001"],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(HEAD)
        w.writerows(rows)
    return path


@pytest.fixture
def member(db_path):
    settings.put(config.L5_AUTO.key, False)
    return members.enrol("黄明华", "13800001234")


def test_import_tickets_and_return(member, tmp_path):
    res = import_sales(write_csv(tmp_path / "pos.csv", ROWS))
    assert res.written and res.imported == 4 and res.rejected == 0
    p1 = Sale.get(Sale.ticket_no == "P001")
    assert (p1.member_id, p1.paid, p1.items, p1.source) == (member.id, 105000, 3, "import")
    assert p1.points == 1050  # counter rule: 1 point per yuan paid (POS amount kept)
    assert Sale.get(Sale.ticket_no == "P002").member_id is None
    r = Sale.get(Sale.ticket_no == "R001")
    assert (r.kind, r.original_id, r.paid, r.points) == ("return", p1.id, -30000, -300)
    assert ledger.balance(member.id) == 750
    assert Staff.get_or_none(Staff.name == "小李") is not None
    # Re-import adds nothing.
    again = import_sales(write_csv(tmp_path / "pos.csv", ROWS))
    assert again.imported == 0 and again.skipped == 4
    assert Sale.select().count() == 3 and ledger.balance(member.id) == 750


def test_dry_run_writes_nothing(member, tmp_path):
    res = import_sales(write_csv(tmp_path / "pos.csv", ROWS), dry_run=True)
    assert not res.written and res.imported == 4
    assert Sale.select().count() == 0 and ledger.balance(member.id) == 0


def test_bad_rows_all_or_nothing_or_skip_bad(member, tmp_path):
    bad = ROWS[:3] + [
        ["2026-11-22 10:00", "P003", "13999999999", "D1", "", "", "100", "1", "", "100", "小王", "销售", ""],
        ["2026-11-22 10:00", "P004", "", "D1", "", "", "100", "1", "", "abc", "小王", "销售", ""],
        ["2026-11-22 11:00", "R009", "", "D1", "", "", "100", "1", "", "-100", "小王", "退货", "NOPE"],
    ]
    path = write_csv(tmp_path / "bad.csv", bad)
    res = import_sales(path)
    assert not res.written and Sale.select().count() == 0
    rows = sorted({p.row for p in res.problems if p.severity == "rejected"})
    assert rows == [5, 6, 7]
    res = import_sales(path, skip_bad=True)
    assert res.written and Sale.select().count() == 2
    assert SaleLine.select().count() == 3


def test_xlsx_and_cli_json(member, tmp_path, db_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEAD)
    for r in ROWS[:2]:
        ws.append(r)
    path = tmp_path / "pos.xlsx"
    wb.save(path)
    from vipdesk.model.store.db import close_database

    close_database()
    out = subprocess.run([sys.executable, "-m", "vipdesk", "import", "sales", str(path), "--db", str(db_path),
                          "--json", "--no-report"], capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["written"] and data["counts"]["imported"] == 2
    out = subprocess.run([sys.executable, "-m", "vipdesk", "loyalty", "show", "13800001234", "--db", str(db_path),
                          "--json"], capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["points"] == 1050 and data["tier"] == "普卡"
    from vipdesk.model.store.db import open_database

    open_database(db_path)
    assert Member.get_by_id(member.id).points == 1050


def test_member_json_has_loyalty(member, tmp_path, db_path):
    from vipdesk.model.loyalty import vouchers

    import_sales(write_csv(tmp_path / "pos.csv", ROWS))
    v = vouchers.issue(member.id, "manual", 5000, reason="补偿")
    from vipdesk.model.store.db import close_database

    close_database()
    out = subprocess.run([sys.executable, "-m", "vipdesk", "member", "13800001234", "--db", str(db_path), "--json"],
                         capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["tier"] == "普卡" and data["points"] == 750
    assert [(x["code"], x["value_fen"]) for x in data["vouchers"]] == [(v.code, 5000)]
    assert data["tier_history"][0]["new"] == "普卡"
    from vipdesk.model.store.db import open_database

    open_database(db_path)


def test_skip_bad_never_imports_half_a_ticket(member, tmp_path):
    rows = [
        ["2026-11-20 10:05", "P001", "13800001234", "A100", "上衣", "M", "500", "1", "9折", "450", "小王", "销售", ""],
        ["2026-11-20 10:05", "P001", "13800001234", "B200", "裤装", "27", "300", "2", "1", "六百", "小王", "销售", ""],
        ["2026-11-20 11:00", "P002", "", "C300", "配饰", "", "99", "1", "", "99", "小李", "销售", ""],
    ]
    res = import_sales(write_csv(tmp_path / "half.csv", rows), skip_bad=True)
    assert res.written
    assert [s.ticket_no for s in Sale.select()] == ["P002"]
    assert sorted({p.row for p in res.problems if p.severity == "rejected"}) == [2, 3]


def test_return_refund_method_from_the_file(member, tmp_path):
    """Issue 17 follow-up: a POS return row's 退款方式 is kept (微信, 支付宝…), not recorded as cash;
    without the column it stays cash; an unknown word is a clear problem naming the row and field."""
    from vipdesk.model.sales import refunds

    head = [*HEAD, "退款方式"]
    rows = [[*r, ""] for r in ROWS]
    rows.append(["2026-11-22 09:00", "R002", "13800001234", "A100", "上衣", "M", "500", "1", "", "-450", "小王",
                 "退货", "P001", "微信支付"])
    path = tmp_path / "pos.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(head)
        w.writerows(rows)
    res = import_sales(path)
    assert res.written and res.rejected == 0
    assert refunds.method_of(Sale.get(Sale.ticket_no == "R002").id) == "wechat"
    assert refunds.method_of(Sale.get(Sale.ticket_no == "R001").id) == "cash"  # blank: the till's cash

    bad = tmp_path / "bad.csv"
    with bad.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(head)
        w.writerow(["2026-11-23 09:00", "R003", "13800001234", "B200", "裤装", "27", "300", "1", "", "-300", "小王",
                    "退货", "P001", "信用积分"])
    res = import_sales(bad)
    assert not res.written and res.rejected == 1
    problem = res.problems[0]
    assert (problem.row, problem.column) == (2, "退款方式") and "微信" in problem.reason
