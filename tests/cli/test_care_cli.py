"""vipdesk reminders / calllist / birthdays."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from vipdesk.cli import main


@pytest.fixture
def shop(db_path: Path):
    from vipdesk.model.members import profile as members
    from vipdesk.model.members import staff
    from vipdesk.model.sales.recording import LineInput, record_sale

    li = staff.add_staff("小李")
    wang = staff.add_staff("小王")
    a = members.enrol("黄明华", "13800001111", gender="F", clerk_id=li.id, enrolled_on=dt.date(2026, 1, 5),
                      birthday=members.Birthday(8, 15, 1985, is_lunar=True), hobbies="瑜伽")
    b = members.enrol("王芳", "13800002222", gender="F", clerk_id=wang.id, enrolled_on=dt.date(2026, 1, 5),
                      birthday=members.Birthday(9, 3, 1990))
    record_sale(b.id, [LineInput("A1", 59900, 1, category="风衣")], clerk_id=wang.id,
                sold_at=dt.datetime(2026, 9, 16, 10))
    return {"db": db_path, "a": a, "b": b}


def _pdf_text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_reminders_json(shop, capsys):
    assert main(["--db", str(shop["db"]), "reminders", "--date", "2026-09-22", "--days", "4", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"date", "kind", "member_id", "name", "phone", "clerk", "text"} <= set(rows[0])
    got = {(r["date"], r["kind"], r["name"]) for r in rows}
    assert ("2026-09-22", "birthday_soon", "黄明华") in got
    assert ("2026-09-23", "followup", "王芳") in got
    assert ("2026-09-25", "birthday", "黄明华") in got
    assert ("2026-09-25", "holiday", "王芳") in got
    bday = next(r for r in rows if r["kind"] == "birthday")
    assert bday["phone"] == "13800001111" and bday["clerk"] == "小李" and "黄女士" in bday["text"]


def test_reminders_text_masks_phones_and_filters_by_clerk(shop, capsys):
    assert main(["--db", str(shop["db"]), "reminders", "--date", "2026-09-25", "--clerk", "小李"]) == 0
    out = capsys.readouterr().out
    assert "黄明华" in out and "王芳" not in out
    assert "138****1111" in out and "13800001111" not in out
    assert main(["--db", str(shop["db"]), "reminders", "--clerk", "没有这人"]) == 2


def test_calllist_pdf_per_clerk_with_masked_phones(shop, tmp_path, capsys):
    out = tmp_path / "calls.pdf"
    assert main(["--db", str(shop["db"]), "calllist", "--week", "2026-09-24", "-o", str(out)]) == 0
    text = _pdf_text(out)
    assert "王芳" in text and "小王" in text and "风衣" in text
    assert "138****2222" in text and "13800002222" not in text
    assert "黄明华" in text  # birthday call 3 days ahead (农历八月十五 = 9月25日)


def test_birthdays_pdf_names_and_dates_without_phones(shop, tmp_path):
    out = tmp_path / "bd.pdf"
    assert main(["--db", str(shop["db"]), "birthdays", "--month", "2026-09", "-o", str(out)]) == 0
    text = _pdf_text(out)
    assert "黄明华" in text and "王芳" in text and "农历八月十五" in text
    assert "1111" not in text and "2222" not in text
    out2 = tmp_path / "bd2.pdf"
    assert main(["--db", str(shop["db"]), "birthdays", "--month", "2026-10", "-o", str(out2)]) == 0
    assert "黄明华" not in _pdf_text(out2)


def test_calllist_runs_headless_in_a_fresh_process(shop, tmp_path):
    from vipdesk.model.store.db import close_database

    close_database()
    out = tmp_path / "calls.pdf"
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    r = subprocess.run([sys.executable, "-m", "vipdesk", "--db", str(shop["db"]), "calllist", "--week",
                        "2026-09-24", "-o", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "王芳" in _pdf_text(out)


def test_C7_uncontacted_cli_lists_members_below_the_monthly_minimum(shop, capsys):
    from vipdesk.model.members import profile as members

    members.log_contact(shop["a"].id, clerk_id=None, channel="sms", outcome="已发", kind="holiday",
                        at=dt.datetime(2026, 10, 1, 10))
    assert main(["--db", str(shop["db"]), "uncontacted", "--month", "2026-10", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["phone"], r["care_messages"]) for r in rows] == [("王芳", "138****2222", 0)]
    assert main(["--db", str(shop["db"]), "uncontacted", "--month", "2026-11"]) == 0
    out = capsys.readouterr().out
    assert "2026年11月:2 位会员" in out and "黄明华" in out
    assert main(["--db", str(shop["db"]), "uncontacted", "--clerk", "没这人"]) != 0
