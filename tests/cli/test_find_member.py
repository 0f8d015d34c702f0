"""``vipdesk demo``, ``vipdesk find`` and ``vipdesk member`` as owners' scripts and support use them."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vipdesk.cli import main
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.members.calendar import Anniversary, next_occurrence
from vipdesk.model.members.profile import Birthday
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales.recording import LineInput
from vipdesk.model.store.db import close_database, open_database


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    finally:
        close_database()
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A small hand-made shop: known names, phones, a lunar birthday, a child, a sale and a return."""
    path = tmp_path / "shop.db"
    open_database(path)
    clerk = staff.add_staff("王丽娜")
    m = members.enrol("黄明华", "13812341234", birthday=Birthday(8, 15, 1978, is_lunar=True), clerk_id=clerk.id,
                      gender="女", occupation="教师", sizes="上衣 M")
    members.issue_card(m.id, "80000001")
    members.add_child(m.id, "小宝", "男", Birthday(6, 1, 2020), size="110")
    members.enrol("黄敏", "13900001234")
    members.enrol("李明", "18622223333")
    sale = sales.record_sale(m.id, [LineInput("W26D001", 129900, 1, category="外套"),
                                    LineInput("T26D002", 39900, 2, category="上衣")],
                             clerk_id=clerk.id, sold_at=dt.datetime(2026, 11, 1, 15, 0))
    line = sales.sale_lines(sale.id)[1]
    sales.record_return(sale.id, [(line.id, 1)], clerk_id=clerk.id, at=dt.datetime(2026, 11, 3, 11, 0))
    close_database()
    return path


def test_find_tail_json_returns_exactly_the_members_with_that_tail(shop, capsys) -> None:
    code, out, _ = run(capsys, "find", "--db", str(shop), "1234", "--json")
    assert code == 0
    rows = json.loads(out)
    assert {r["name"] for r in rows} == {"黄明华", "黄敏"}
    for r in rows:
        assert r["phone"].endswith("1234") and len(r["phone"]) == 11
        assert {"id", "name", "phone", "card_no", "tier", "points"} <= set(r)
    hmh = next(r for r in rows if r["name"] == "黄明华")
    assert hmh["card_no"] == "80000001" and hmh["tier"] == "普卡" and hmh["points"] > 0


def test_find_table_masks_phones_and_db_may_come_first(shop, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(shop), "find", "hmh")
    assert code == 0
    assert "黄明华" in out and "138****1234" in out
    assert "13812341234" not in out
    assert "共 1 位会员" in out


def test_find_nothing(shop, capsys) -> None:
    code, out, _ = run(capsys, "find", "--db", str(shop), "0000")
    assert code == 0 and "没有找到" in out
    code, out, _ = run(capsys, "find", "--db", str(shop), "0000", "--json")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize("key", ["1", "13812341234", "138-1234-1234", "80000001"])
def test_member_json_by_id_phone_or_card(shop, capsys, key: str) -> None:
    code, out, _ = run(capsys, "member", "--db", str(shop), key, "--json")
    assert code == 0
    s = json.loads(out)
    assert (s["id"], s["name"], s["phone"], s["card_no"], s["tier"]) == (1, "黄明华", "13812341234", "80000001",
                                                                       "普卡")
    paid = 123405 + 75810 - 37905  # both lines at 普卡 9.5折, then one of the two tops returned
    assert s["total_spend_fen"] == paid
    assert s["total_spend"] == round(paid / 100, 2)
    assert s["purchase_count"] == 1
    assert s["last_purchase"] == "2026-11-01 15:00:00"
    assert s["points"] > 0
    assert s["gender"] == "F" and s["occupation"] == "教师" and s["sizes"] == "上衣 M"
    b = s["birthday"]
    assert b["is_lunar"] and (b["month"], b["day"]) == (8, 15)
    assert b["text"].startswith("农历八月十五")
    assert b["next"] == next_occurrence(Anniversary(8, 15, is_lunar=True), dt.date.today()).isoformat()
    assert s["clerk"]["name"] == "王丽娜"
    assert s["card"]["status"] == "active"
    assert [(c["name"], c["size"]) for c in s["children"]] == [("小宝", "110")]
    assert [x["kind"] for x in s["recent_sales"]] == ["return", "sale"]
    assert s["recent_sales"][0]["paid_fen"] == -37905


def test_member_text_and_unknown(shop, capsys) -> None:
    code, out, _ = run(capsys, "member", "--db", str(shop), "80000001")
    assert code == 0
    assert "黄明华" in out and "138****1234" in out and "农历八月十五" in out and "小宝" in out
    assert "13812341234" not in out
    code, _, err = run(capsys, "member", "--db", str(shop), "13700000000")
    assert code == 1 and "找不到会员" in err


def test_demo_builds_refuses_to_overwrite_and_rebuilds_with_force(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.db"
    code, out, _ = run(capsys, "demo", "--db", str(path), "--members", "80", "--sales", "500", "--seed", "2",
                       "--today", "2026-11-20", "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["members"] == 80 and summary["tickets"] > 0 and summary["path"] == str(path)
    before = path.read_bytes()

    code, _, err = run(capsys, "demo", "--db", str(path), "--members", "10", "--sales", "10")
    assert code != 0 and "--force" in err
    assert path.read_bytes() == before

    code, out, _ = run(capsys, "demo", "--db", str(path), "--members", "10", "--sales", "10", "--force")
    assert code == 0 and "示范店已生成" in out
    code, out, _ = run(capsys, "find", "--db", str(path), "hmh", "--json")
    assert [r["name"] for r in json.loads(out)] == ["黄明华"]


def test_console_entry_point_runs_headless(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    env = {**os.environ, "VIPDESK_HOME": str(tmp_path / "home")}
    built = subprocess.run([sys.executable, "-m", "vipdesk", "demo", "--db", str(path), "--members", "50",
                            "--sales", "200", "--seed", "1"], capture_output=True, text=True, env=env, timeout=120)
    assert built.returncode == 0, built.stderr
    hmh = subprocess.run([sys.executable, "-m", "vipdesk", "member", "--db", str(path), "1", "--json"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert hmh.returncode == 0, hmh.stderr
    tail = json.loads(hmh.stdout)["phone"][-4:]
    found = subprocess.run([sys.executable, "-m", "vipdesk", "find", "--db", str(path), tail, "--json"],
                           capture_output=True, text=True, env=env, timeout=60)
    assert found.returncode == 0, found.stderr
    rows = json.loads(found.stdout)
    assert rows and all(r["phone"].endswith(tail) for r in rows)
