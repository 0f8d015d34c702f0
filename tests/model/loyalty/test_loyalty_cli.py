"""`vipdesk loyalty …` sub-commands, run in-process on a temp database."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from vipdesk.cli import main
from vipdesk.model.loyalty import config
from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.sales import recording as sales
from vipdesk.model.store import settings


@pytest.fixture
def shop(db_path):
    settings.put(config.L5_AUTO.key, False)
    clerk = staff.add_staff("小王")
    m = members.enrol("黄明华", "13800001234", clerk_id=clerk.id)
    sales.record_sale(m.id, [sales.LineInput("A", 100000, 1)], clerk_id=clerk.id,
                      sold_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=1))
    return db_path, m


def run_json(capsys, *argv: str):
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_show_redeem_convert_topup(shop, capsys):
    db, m = shop
    code, data = run_json(capsys, "loyalty", "show", "13800001234", "--db", str(db), "--json")
    assert code == 0 and data["points"] == 950 and data["tier"] == "普卡"
    code, gifts = run_json(capsys, "loyalty", "gifts", "--db", str(db), "--json")
    assert [g["points"] for g in gifts] == [600, 1200, 2500, 3500, 4500]
    code, data = run_json(capsys, "loyalty", "redeem", "13800001234", str(gifts[0]["id"]), "--clerk", "小王",
                          "--db", str(db), "--json")
    assert code == 0 and data["points"] == 600
    assert main(["loyalty", "convert", "13800001234", "--db", str(db)]) == 2  # 350 points: refused
    assert "积分不足" in capsys.readouterr().err
    assert main(["loyalty", "topup", "13800001234", "1000", "--db", str(db)]) == 2  # stored value off
    capsys.readouterr()
    settings.put(config.SV_ENABLED.key, True)
    code, data = run_json(capsys, "loyalty", "topup", "13800001234", "1000", "--db", str(db), "--json")
    assert code == 0 and data["balance_fen"] == 110000


def test_daily_incentives_thresholds_review(shop, capsys):
    """L6 birthday vouchers, L10 card incentives, L2 threshold helper and L9 yearly review through
    the CLI, each with something to do, so a command that does nothing fails the test."""
    from vipdesk.model.loyalty import tiers, vouchers

    db, m = shop
    clerk = staff.add_staff("小李")
    dec = members.enrol("十二月生", "13800002222", birthday=members.Birthday(12, 5, 1990), clerk_id=clerk.id)
    members.enrol("五月生", "13800003333", birthday=members.Birthday(5, 5, 1990))
    code, data = run_json(capsys, "loyalty", "daily", "--date", "2026-12-01", "--db", str(db), "--json")
    assert code == 0 and set(data) == {"points_expired", "vouchers_expired", "birthday_vouchers",
                                       "season_vouchers", "tier_downgrades", "inactive"}
    assert data["birthday_vouchers"] == 1  # L6: only the December birthday
    assert [v.kind for v in vouchers.member_vouchers(dec.id, open_only=True)] == ["birthday"]
    code, again = run_json(capsys, "loyalty", "daily", "--date", "2026-12-01", "--db", str(db), "--json")
    assert again["birthday_vouchers"] == 0  # once a year, not once per run

    # L10: a card sold counts (10 yuan) only once the member's profile is complete: hers is not yet.
    today = dt.date.today()
    members.issue_card(dec.id, "80000001", price=3800, clerk_id=clerk.id, issued_on=today)
    month = today.strftime("%Y-%m")
    code, data = run_json(capsys, "loyalty", "incentives", "--month", month, "--db", str(db), "--json")
    row = next(r for r in data if r["staff"] == "小李")
    assert code == 0 and (row["sold"], row["sold_counted"], row["commission_fen"]) == (1, 0, 0), row
    assert row["incomplete_members"]  # named, so the clerk knows whose profile to finish

    # L2: one ticket of ¥950 with one piece → base line = average price ¥950 × 1 piece per ticket.
    code, data = run_json(capsys, "loyalty", "thresholds", "--db", str(db), "--json")
    assert code == 0 and data["tickets"] == 1 and data["base_line"] == 95000
    assert main(["loyalty", "thresholds", "--db", str(db)]) == 0
    assert "连带率" in capsys.readouterr().out

    # L9: a 金卡 member with 950 qualifying points is proposed down to 普卡, then moved with --apply.
    tiers.set_tier(m.id, "金卡", "测试")
    code, data = run_json(capsys, "loyalty", "review", "--db", str(db), "--json")
    assert code == 0 and [(d["member_id"], d["old"], d["new"]) for d in data] == [(m.id, "金卡", "普卡")]
    assert tiers.tier_named("普卡") is not None and members.get_member(m.id).tier == "金卡"  # a preview only
    code, data = run_json(capsys, "loyalty", "review", "--apply", "--db", str(db), "--json")
    assert code == 0 and members.get_member(m.id).tier == "普卡"
