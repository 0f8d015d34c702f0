"""Every overview cell of March 2026 against figures worked out by hand (see conftest)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from vipdesk.reports.monthly import export_monthly
from vipdesk.reports.period import parse_month

# (label, March 2026, February 2026, March 2025, kind) — money in yuan, rates as fractions
EXPECTED = [
    ("期初会员数", 4, 3, 3, "int"),  # A B C F | A B F | A B F
    ("期末会员数", 6, 4, 3, "int"),
    ("新增会员数", 2, 1, 0, "int"),  # D E | C | —
    ("会员人数增幅", 2 / 4, 1 / 3, 0 / 3, "pct"),
    ("消费会员数", 3, 3, 1, "int"),  # A B D | A B C | A
    ("消费会员占比", 3 / 6, 3 / 4, 1 / 3, "pct"),
    ("会员销售额", 1050.0, 1050.0, 300.0, "money"),  # A 300+720+50−720, B 500, D 200 | 400+500+150 | 300
    ("总销售额", 2050.0, 1300.0, 400.0, "money"),  # + walk-ins 1000 | 250 | 100
    ("会员销售占比", 1050 / 2050, 1050 / 1300, 300 / 400, "pct"),
    ("会员交易次数", 5, 3, 1, "int"),  # the return is not a purchase
    ("客单价", 350.0, 350.0, 300.0, "money"),  # 1050/3 | 1050/3 | 300/1
    ("平均每单金额", 210.0, 350.0, 300.0, "money"),  # 1050/5 | 1050/3 | 300/1
    ("平均消费频次", 5 / 3, 1.0, 1.0, "num"),
    ("连带率(件/单)", 8 / 5, 4 / 3, 1.0, "num"),  # A 3+1+1, B 2, D 1 | 2+1+1 | 1
    ("有效会员数", 2, 1, 0, "int"),  # A, B | A | —
    ("有效会员占比", 2 / 6, 1 / 4, 0.0, "pct"),
    ("死卡数", 1, 1, 0, "int"),  # F | F | — (A bought within the year)
    ("死卡率", 1 / 3, 1 / 3, 0.0, "pct"),  # of A B F | A B F | A
]
NA = "—"  # what the workbook shows where a figure does not apply
FORMATS = {"int": "#,##0", "money": '"¥"#,##0.00', "pct": "0.0%", "num": "0.00"}


def rel(cur, old):
    return None if old == 0 else (cur - old) / old


@pytest.fixture
def workbook(shop, tmp_path):
    out = export_monthly(parse_month("2026-03"), tmp_path / "march.xlsx")
    return load_workbook(out)


def test_every_overview_cell_matches_hand_figures(workbook):
    ws = workbook["总览"]
    assert [c.value for c in ws[3]][:6] == ["指标", "本月", "上月", "环比", "去年同月", "同比"]
    for i, (label, cur, prev, ly, kind) in enumerate(EXPECTED):
        row = [c for c in ws[4 + i]][:6]
        assert row[0].value == label
        assert row[1].value == pytest.approx(cur), label
        assert row[2].value == pytest.approx(prev), label
        assert row[4].value == pytest.approx(ly), label
        for cell in (row[1], row[2], row[4]):
            assert cell.number_format == FORMATS[kind], label
        if kind == "pct":  # rates are compared side by side, not as a change of a change
            assert row[3].value == NA and row[5].value == NA  # shown as "—", never a blank cell
        else:
            assert row[3].value == pytest.approx(rel(cur, prev)) if rel(cur, prev) is not None else row[3].value == NA
            expected_yoy = rel(cur, ly)
            if expected_yoy is None:
                assert row[5].value == NA, label
            else:
                assert row[5].value == pytest.approx(expected_yoy), label
            if row[3].value != NA:
                assert row[3].number_format == "0.0%"
    assert ws.cell(4 + len(EXPECTED), 1).value != "期初会员数"  # nothing repeated after the table


def test_overview_header_frozen_and_columns_fitted(workbook):
    ws = workbook["总览"]
    assert ws.freeze_panes in ("A4", "B4")
    assert ws.column_dimensions["A"].width >= 14  # "连带率(件/单)" is 13 wide
    for ws in workbook.worksheets:
        assert ws.freeze_panes is not None, ws.title


def test_sheets_one_per_analysis(workbook):
    names = workbook.sheetnames
    for expected in ("总览", "月度趋势", "新老会员消费", "品类与单价", "品类走势", "年龄段消费", "积分分布",
                     "等级分布", "会员分群", "转换率", "导购竞赛", "关怀成本与回报", "积分与储值负债", "指标定义"):
        assert expected in names
    assert any(n.endswith("消费前30") and n.startswith("春季") for n in names)  # March is spring


def test_new_vs_existing_and_categories(workbook):
    ws = workbook["新老会员消费"]
    rows = {r[0]: r[1:] for r in ws.iter_rows(min_row=4, max_row=6, values_only=True)}
    # new: D (¥200, 1 ticket, 1 piece); existing: A and B (¥850, 4 tickets, 7 pieces)
    assert rows["新会员(本期入会)"][:5] == (1, 1, 200.0, pytest.approx(200 / 1050), 200.0)
    assert rows["老会员"][:5] == (2, 4, 850.0, pytest.approx(850 / 1050), 425.0)
    assert rows["老会员"][5] == pytest.approx(7 / 4)
    assert rows["合计"][:3] == (3, 5, 1050.0)
    cat = workbook["品类与单价"]
    crow = {r[0]: r for r in cat.iter_rows(min_row=4, max_row=6, values_only=True) if r[0]}
    # 上衣: A 3×100 + A 50 + D 200 = ¥550 for 5 pieces; 裤装: B 2×250 = ¥500; 外套 sold and returned = 0
    assert crow["上衣"][1:5] == (5, 550.0, pytest.approx(550 / 1050), 110.0)
    assert crow["裤装"][1:3] == (2, 500.0)
    assert crow["裤装"][5] == 200.0  # February: A's 2 × ¥200 trousers


def test_points_and_staff(workbook, shop):
    ws = workbook["导购竞赛"]
    rows = {r[0]: r for r in ws.iter_rows(min_row=4, max_row=5, values_only=True)}
    wang = rows["小王"]
    # 小王 in March: new member D (referred) → 1 new, referral rate 100%; tickets A 3/2, A 3/31, D 3/6
    assert wang[1] == 1 and wang[8] == 1.0
    assert wang[5] == 3 and wang[6] == 550.0
    assert wang[9] == pytest.approx(5 / 3)  # 3 + 1 + 1 pieces over 3 tickets
    assert wang[7] == pytest.approx(1 / 2)  # served A (bought before March) and D (first time)
    li = rows["小李"]
    # 小李: E enrolled (no referral); tickets: A 3/15 ¥720, B 3/8 ¥500, walk-in ¥1000; return −720
    assert li[1] == 1 and li[8] == 0.0
    assert li[5] == 3 and li[6] == 1500.0
    assert li[10] == pytest.approx((720 + 500 + 1000) / 3)


def test_top_sheet_masks_phones_and_keeps_text(shop, tmp_path):
    wb = load_workbook(export_monthly(parse_month("2026-03"), tmp_path / "m.xlsx"))
    ws = wb[[n for n in wb.sheetnames if n.endswith("消费前30")][0]]
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if isinstance(r[0], int)]
    # spring (from 2026-03-01): B ¥500, A ¥350 (300 + 720 − 720 + 50), D ¥200
    assert [(r[1], r[6]) for r in rows] == [("李四", 500.0), ("=HYPERLINK(\"http://x\")", 350.0), ("-赵六", 200.0)]
    assert rows[0][2] == "138****0002"
    assert rows[1][8] == dt.datetime(2026, 3, 31)
    full = load_workbook(export_monthly(parse_month("2026-03"), tmp_path / "full.xlsx", full_phones=True))
    ws = full[[n for n in full.sheetnames if n.endswith("消费前30")][0]]
    assert ws.cell(4, 3).value == "13800000002"


def test_export_is_audited(shop, tmp_path):
    from vipdesk.model.store.tables import AuditLog

    export_monthly(parse_month("2026-03"), tmp_path / "a.xlsx", full_phones=True)
    log = AuditLog.select().where(AuditLog.action == "export_monthly").get()
    assert "2026-03" in log.detail and "完整手机号" in log.detail
    assert log.file.endswith("a.xlsx")


def test_conversions_and_age_groups(shop, tmp_path):
    """S11 with the owner's fixed ¥250/¥500 bands (the seeds'); automatic bands: test_workbook_finish."""
    from vipdesk.model.store import settings
    from vipdesk.reports.analyses.common import SPEND_BANDS

    settings.put(SPEND_BANDS.key, [25000, 50000])
    workbook = load_workbook(export_monthly(parse_month("2026-03"), tmp_path / "fixed.xlsx"))
    ws = workbook["转换率"]
    rows = {r[0]: r[1:] for r in ws.iter_rows(min_row=4, max_row=7, values_only=True)}
    # base window 2024-04-01…2025-03-31: A (1 buy at ¥300), B and F (none) sit in 0–1 purchases;
    # last 12 months: A bought 4 times, B twice, F never → 2 of 3 converted (target 50%)
    assert rows["购买频次 0–1次 → 2次以上"][:4] == (3, 2, pytest.approx(2 / 3), 0.5)
    assert rows["购买频次 0–1次 → 2次以上"][4] == pytest.approx(2 / 3 - 0.5)
    assert rows["购买频次 2–4次 → 5次以上"][:3] == (0, 0, NA)
    assert rows["客单价 250元以下 → 250元以上"][:2] == (0, 0)
    # A's ¥300 ticket → now ¥750 over 4 tickets = ¥187.50: not converted to ¥500+
    assert rows["客单价 250–500元 → 500元以上"][:3] == (1, 0, 0.0)
    age = {r[0]: r[1:] for r in workbook["年龄段消费"].iter_rows(min_row=4, max_row=9, values_only=True)}
    assert age["35–44岁"][:3] == (1, 1, 350.0)  # A, born 1990-05-01, is 35 on 2026-03-31
    assert age["55岁及以上"][:3] == (1, 1, 500.0)  # B, born 1960
    assert age["年龄未知"][:3] == (4, 1, 200.0)  # C D E F; D bought ¥200


def test_child_age_groups_for_kids_shops(shop, tmp_path):
    from vipdesk.model.members import profile as members
    from vipdesk.model.members.profile import Birthday

    members.add_child(shop.ids["B"], "小宝", birthday=Birthday(6, 1, 2022))  # 3 on 2026-03-31
    members.add_child(shop.ids["B"], "大宝", birthday=Birthday(1, 1, 2018))  # 8
    members.add_child(shop.ids["D"], "乐乐", birthday=Birthday(9, 9, 2020))  # 5
    wb = load_workbook(export_monthly(parse_month("2026-03"), tmp_path / "kids.xlsx"))
    ws = wb["年龄段消费"]
    rows = {r[0]: r[1:] for r in ws.iter_rows(min_row=1, values_only=True) if r[0]}
    assert "孩子年龄段" in rows
    assert rows["1–3岁"][:5] == (1, 1, 1, 500.0, 500.0)  # B: ¥500 in March
    assert rows["4–6岁"][:5] == (1, 1, 1, 200.0, 200.0)  # D: ¥200
    assert rows["7–11岁"][:4] == (1, 1, 1, 500.0)
