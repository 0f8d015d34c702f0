"""The workbook read by a second reader (the raw OOXML with zipfile + ElementTree),
no formula anywhere, native charts present, and the roster export."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile

import pytest
from openpyxl import load_workbook

from vipdesk.reports.monthly import export_monthly
from vipdesk.reports.period import parse_month

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def raw_sheets(path) -> dict[str, dict[str, object]]:
    """Sheet name → {cell ref: value} straight from the XML (shared + inline strings, numbers)."""
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    out = {}
    for sheet in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", NS):
        target = rels[sheet.get(REL)].lstrip("/")
        target = target if target.startswith("xl/") else "xl/" + target
        cells = {}
        for c in ET.fromstring(z.read(target)).iter(f"{{{NS['m']}}}c"):
            t = c.get("t")
            if t == "inlineStr":
                cells[c.get("r")] = "".join(x.text or "" for x in c.iter(f"{{{NS['m']}}}t"))
            elif t == "s":
                cells[c.get("r")] = shared[int(c.find("m:v", NS).text)]
            elif c.find("m:v", NS) is not None:
                cells[c.get("r")] = float(c.find("m:v", NS).text)
        out[sheet.get("name")] = cells
    return out


@pytest.fixture
def march(shop, tmp_path):
    return export_monthly(parse_month("2026-03"), tmp_path / "march.xlsx")


def test_second_reader_sees_same_cells_as_openpyxl(march):
    raw = raw_sheets(march)
    wb = load_workbook(march)
    assert set(raw) == set(wb.sheetnames)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                got = raw[ws.title][cell.coordinate]
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    assert got == pytest.approx(cell.value), (ws.title, cell.coordinate)
                elif isinstance(cell.value, str):
                    assert got == cell.value, (ws.title, cell.coordinate)
    # spot check by the second reader alone: member sales ¥1,050 this month, total ¥2,050
    ov = raw["总览"]
    labels = {v: k for k, v in ov.items() if isinstance(v, str) and k.startswith("A")}
    assert ov["B" + labels["会员销售额"][1:]] == 1050.0
    assert ov["B" + labels["总销售额"][1:]] == 2050.0


def test_no_formula_in_any_cell_and_hostile_names_stay_text(march):
    z = zipfile.ZipFile(march)
    sheets = [n for n in z.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]
    assert sheets
    texts = []
    for name in sheets:
        root = ET.fromstring(z.read(name))
        assert not list(root.iter(f"{{{NS['m']}}}f")), name  # no <f> element at all
        texts += ["".join(x.text or "" for x in c.iter(f"{{{NS['m']}}}t"))
                  for c in root.iter(f"{{{NS['m']}}}c") if c.get("t") in ("inlineStr", "s")]
    assert '=HYPERLINK("http://x")' in texts and "-赵六" in texts
    wb = load_workbook(march)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.coordinate)


def test_native_charts_present(march):
    z = zipfile.ZipFile(march)
    charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    kinds = "".join(z.read(n).decode() for n in charts)
    assert len(charts) >= 5
    assert "pieChart" in kinds  # tier distribution, category mix
    assert "lineChart" in kinds  # monthly trend
    assert "barChart" in kinds  # points distribution, category trend


def test_roster_export_with_segment_columns(shop, tmp_path):
    from vipdesk.reports.roster import export_members

    path, n = export_members(tmp_path / "roster.xlsx")
    assert n == 6
    wb = load_workbook(path)
    ws = wb.active
    header = [c.value for c in ws[1]]
    for col in ("姓名", "手机", "卡号", "积分", "累计消费", "RFM", "行为矩阵", "客户金字塔", "购买类型", "流失预警"):
        assert col in header
    rows = {r[0]: dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["李四"]["手机"] == "138****0002"
    assert rows["孙八"]["有效性"] == "未消费"
    assert rows["李四"]["累计消费"] == 1000.0 and rows["李四"]["近12个月消费"] == 1000.0
    assert rows['=HYPERLINK("http://x")']["备注"] == "+86 老顾客"
    raw = raw_sheets(path)
    assert '=HYPERLINK("http://x")' in raw["会员名单"].values()
    assert not list(ET.fromstring(zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")).iter(f"{{{NS['m']}}}f"))
    path, n = export_members(tmp_path / "one.xlsx", segment="未消费", full_phones=True)
    names = {r[0]: r[1] for r in load_workbook(path).active.iter_rows(min_row=2, values_only=True)}
    assert names == {"钱七": "13800000005", "孙八": "13800000006"}
