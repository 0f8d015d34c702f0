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
    db, m = shop
    code, data = run_json(capsys, "loyalty", "daily", "--date", "2026-12-01", "--db", str(db), "--json")
    assert code == 0 and set(data) == {"points_expired", "vouchers_expired", "birthday_vouchers",
                                       "season_vouchers", "tier_downgrades", "inactive"}
    month = dt.date.today().strftime("%Y-%m")
    code, data = run_json(capsys, "loyalty", "incentives", "--month", month, "--db", str(db), "--json")
    assert code == 0 and data == []
    code, data = run_json(capsys, "loyalty", "thresholds", "--db", str(db), "--json")
    assert code == 0 and data["tickets"] == 1 and data["base_line"] == 95000
    assert main(["loyalty", "thresholds", "--db", str(db)]) == 0
    assert "连带率" in capsys.readouterr().out
    code, data = run_json(capsys, "loyalty", "review", "--db", str(db), "--json")
    assert code == 0 and data == []
