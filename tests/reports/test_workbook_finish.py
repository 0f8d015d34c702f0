"""R9 monthly workbook finish (issue 15), on a demo shop: plain Chinese titles (requirement codes
only on the definitions sheet), no blank cells and no negative counts in tables, nothing under a
chart, print setup on every sheet, spend bands from the shop's own tickets, and every sheet
printed by LibreOffice on whole pages with no column cut off."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from vipdesk.demo.builder import build_demo
from vipdesk.model.store.db import close_database, open_database
from vipdesk.reports.monthly import build_report, export_monthly
from vipdesk.reports.period import parse_month

TODAY = dt.date(2026, 11, 20)
MONTH = "2026-10"
CODE = re.compile(r"(?<![A-Za-z0-9])[PTLSCR]\d{1,2}(?![0-9])")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("finish") / "demo.db"
    build_demo(path, members=200, sales=2500, seed=11, today=TODAY)
    close_database()
    return path


@pytest.fixture(scope="module")
def book(demo_db: Path, tmp_path_factory) -> Path:
    open_database(demo_db)
    try:
        return export_monthly(parse_month(MONTH), tmp_path_factory.mktemp("book") / "monthly.xlsx")
    finally:
        close_database()


@pytest.fixture
def shop(demo_db: Path):
    open_database(demo_db)
    yield
    close_database()


def _cells(ws):  # noqa: ANN001, ANN202
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                yield c


def test_R9_no_requirement_codes_outside_the_definitions_sheet(book: Path) -> None:
    wb = load_workbook(book)
    for ws in wb.worksheets:
        assert not CODE.search(ws.title), ws.title
        if ws.title == "指标定义":
            codes = [c.value for c in ws["C"][3:] if c.value]
            assert "S4" in " ".join(codes) and "R2" in " ".join(codes)  # the codes live here
            continue
        for c in _cells(ws):
            if isinstance(c.value, str):
                assert not CODE.search(c.value), (ws.title, c.coordinate, c.value)


def test_R9_tables_have_no_blank_cells_and_no_negative_counts(book: Path, shop) -> None:
    rep = build_report(parse_month(MONTH))
    wb = load_workbook(book)
    checked = 0
    for t in rep.tables:
        for tab in [t, *t.sections]:
            for r in tab.rows:
                for col, v in zip(tab.columns, r, strict=False):
                    if col.kind == "int" and isinstance(v, int) and any(w in col.label for w in ("数", "人", "次")):
                        assert v >= 0, (tab.title, col.label, r)
    for ws in wb.worksheets:
        header = 3
        ncols = sum(1 for c in ws[header] if c.value is not None)
        row = header + 1
        while ws.cell(row, 1).value not in (None, "") and ws.cell(row, 1).font.i is not True:
            for j in range(1, ncols + 1):
                assert ws.cell(row, j).value not in (None, ""), (ws.title, ws.cell(row, j).coordinate)
                checked += 1
            row += 1
    assert checked > 200


def test_R9_nothing_is_written_under_a_chart(book: Path) -> None:
    wb = load_workbook(book)
    charts = 0
    for ws in wb.worksheets:
        for ch in ws._charts:
            charts += 1
            top = ch.anchor._from.row + 1  # 1-based
            for r in range(top, top + 16):
                for c in ws[r]:
                    assert c.value in (None, ""), (ws.title, c.coordinate, c.value)
    assert charts >= 4


def test_R9_print_setup_on_every_sheet(book: Path) -> None:
    wb = load_workbook(book)
    for ws in wb.worksheets:
        ps = ws.page_setup
        assert ps.orientation == "landscape" and int(ps.paperSize) == int(ws.PAPERSIZE_A4), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ps.fitToWidth == 1 and ps.fitToHeight == 0
        assert ws.print_title_rows and ws.print_title_rows.replace("$", "") == "1:3", ws.title
        for c in _cells(ws):
            assert (c.font.sz or 11) >= 9, (ws.title, c.coordinate)
        # fit to one page wide still prints ≥ 9 pt: the sheet is at most ~1.2 × an A4 landscape width
        width = sum((ws.column_dimensions[k].width or 8.43) for k in ws.column_dimensions)
        assert width <= 175, (ws.title, width)


def test_S11_spend_bands_follow_the_shops_own_tickets(shop) -> None:
    """A ¥3,000 jewelry ticket is not "500元及以上": bands are the shop's quantiles, rounded."""
    from vipdesk.model.store.db import db
    from vipdesk.reports.analyses.common import nice_fen, spend_bands

    assert [nice_fen(x) for x in (312000, 23600, 61000, 99)] == [300000, 25000, 60000, 100]
    end = dt.datetime(2026, 11, 1)
    tickets = sorted(p for (p,) in db.execute_sql(
        "SELECT paid FROM sale WHERE kind = 'sale' AND paid > 0 AND sold_at >= '2025-11-01' AND sold_at < '2026-11-01'"))
    median = tickets[(len(tickets) + 1) // 2 - 1]
    lo, hi = spend_bands(end, (50, 80))
    assert lo == nice_fen(median) and hi > lo
    db.execute_sql("UPDATE sale SET paid = paid * 10")  # the same shop selling jewelry
    lo10, hi10 = spend_bands(end, (50, 80))
    assert lo10 >= 5 * lo and hi10 > lo10
    conv = next(t for t in build_report(parse_month(MONTH)).tables if t.key == "conversion")
    labels = [r[0] for r in conv.rows]
    assert any(f"{lo10 // 100:,}元以下" in x for x in labels), labels
    assert not any("250元" in x for x in labels)


def _pdf_pages(pdf: Path) -> list[str]:
    from pypdf import PdfReader

    return [(p.extract_text() or "") for p in PdfReader(str(pdf)).pages]


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice (soffice) is not installed: .ci/run installs libreoffice-calc-nogui")
def test_R9_every_sheet_prints_on_whole_pages_in_libreoffice(book: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    wb = load_workbook(book)
    headers = {ws.title: [c.value for c in ws[3] if c.value] for ws in wb.worksheets}
    titles = {ws.title: ws["A1"].value for ws in wb.worksheets}
    r = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(book)], capture_output=True, text=True, timeout=300)
    pdf = tmp_path / "monthly.pdf"
    assert r.returncode == 0 and pdf.exists(), r.stderr
    pages = _pdf_pages(pdf)
    assert any("会员" in p for p in pages), "no CJK text in the PDF: install a Chinese font (fonts-wqy-microhei)"
    by_sheet: dict[str, list[str]] = {}
    for text in pages:
        flat = text.replace("\n", "").replace(" ", "")
        sheet = next((s for s, t in sorted(titles.items(), key=lambda kv: -len(kv[1]))
                      if t.replace(" ", "") in flat), None)
        assert sheet is not None, text[:200]  # every page repeats its sheet's title rows
        by_sheet.setdefault(sheet, []).append(flat)
    assert set(by_sheet) == set(titles)  # every sheet printed
    for sheet, texts in by_sheet.items():
        ws = wb[sheet]
        assert len(texts) <= 1 + ws.max_row // 20 + len(ws._charts), (sheet, len(texts))  # sane page count
        for flat in texts:  # no column cut off onto another page: each page carries the whole header row
            for label in headers[sheet]:
                assert str(label).replace(" ", "") in flat, (sheet, label)


def test_R1_a_month_before_the_first_sale_exports(shop, tmp_path: Path) -> None:
    """Reported: a month with no sales crashed in finish() (the frozen cell fell on a merged note)."""
    out = export_monthly(parse_month("2015-01"), tmp_path / "empty.xlsx")
    wb = load_workbook(out)
    assert len(wb.sheetnames) >= 10
