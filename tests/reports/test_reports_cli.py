"""``vipdesk export monthly``, ``export members`` and ``segments`` end to end through ``main``."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from vipdesk.cli import main


def test_export_monthly_cli(shop, tmp_path, capsys):
    out = tmp_path / "m.xlsx"
    assert main(["--db", str(shop.path), "export", "monthly", "--month", "2026-03", "-o", str(out)]) == 0
    assert "2026年3月" in capsys.readouterr().out
    ws = load_workbook(out)["总览"]
    assert ws["A10"].value == "会员销售额" and ws["B10"].value == 1050.0


def test_export_monthly_date_range_and_bad_month(shop, tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    assert main(["export", "monthly", "--db", str(shop.path), "--from", "2026-03-01", "--to", "2026-03-15",
                 "-o", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["period"] == "20260301-20260315"
    ws = load_workbook(out)["总览"]
    assert ws["B10"].value == 300.0 + 720.0 + 500.0 + 200.0  # A, A (returned later), B, D up to the 15th
    assert main(["export", "monthly", "--db", str(shop.path), "--month", "2026-13", "-o", str(out)]) == 2
    assert "月份" in capsys.readouterr().err


def test_segments_json_and_members_export(shop, tmp_path, capsys):
    assert main(["--db", str(shop.path), "segments", "--json"]) == 0
    counts = {d["key"]: d["count"] for d in json.loads(capsys.readouterr().out)}
    assert counts["validity:未消费"] == 2
    out = tmp_path / "never.xlsx"
    assert main(["--db", str(shop.path), "export", "members", "-o", str(out), "--segment", "未消费"]) == 0
    names = [r[0] for r in load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
    assert names == ["钱七", "孙八"]
    assert main(["--db", str(shop.path), "export", "members", "-o", str(out), "--segment", "胡说"]) == 2
    assert "分群" in capsys.readouterr().err
