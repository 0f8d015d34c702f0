"""Reading shop spreadsheets: header below a title row, merged headers, GBK / UTF-8-BOM CSV."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from importing_fixtures import MESSY, XLSX_ONLY, to_shared_strings, write_csv, write_xlsx
from openpyxl import Workbook

from vipdesk.model.errors import ValidationError
from vipdesk.model.importing.tabular import ImportCancelled, detect_encoding, open_table


@pytest.mark.parametrize("shared", [False, True], ids=["inline-strings", "shared-strings"])
def test_xlsx_title_row_and_two_level_merged_header(tmp_path: Path, shared: bool) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", MESSY + XLSX_ONLY)
    if shared:  # as Excel and WPS save it
        to_shared_strings(path)
    with open_table(path) as t:
        assert t.columns == ["会员姓名", "手机", "座机", "生日(农历请注明)", "性别", "当前积分", "累计消费",
                             "会员卡号", "爱好"]
        assert t.data_start == 4
        rows = list(t.rows())
    assert [n for n, _ in rows] == list(range(4, 4 + len(MESSY) + len(XLSX_ONLY)))
    first = rows[0][1]
    assert first["会员姓名"] == "王芳" and first["手机"] == "138 1234 5678"
    serial_row = rows[len(MESSY)][1]
    assert serial_row["手机"] == 13800138000 and serial_row["生日(农历请注明)"] == 31113


def test_vertically_merged_header_without_sub_row(tmp_path: Path) -> None:
    """Header cells merged over two rows (姓名 A2:A3 …) and data from row 4."""
    wb = Workbook()
    ws = wb.active
    ws.append(["会员表"])
    ws.append(["姓名", "手机号", "生日"])
    ws.append([None, None, None])
    for col in "ABC":
        ws.merge_cells(f"{col}2:{col}3")
    ws.append(["王芳", "13812345678", "1985-03-07"])
    wb.save(tmp_path / "v.xlsx")
    with open_table(tmp_path / "v.xlsx") as t:
        assert t.columns == ["姓名", "手机号", "生日"]
        assert t.header_row == 2
        assert list(t.rows()) == [(4, {"姓名": "王芳", "手机号": "13812345678", "生日": "1985-03-07"})]


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "gb18030", "utf-8"])
def test_csv_encodings_detected(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "m.csv", MESSY, encoding)
    with open_table(path) as t:
        assert t.header_row == 2
        assert t.columns[0] == "会员姓名"
        rows = list(t.rows())
    assert rows[0] == (3, {"会员姓名": "王芳", "手机": "138 1234 5678", "座机": "", "生日(农历请注明)": "1985/3/7",
                           "性别": "女", "当前积分": "1,200", "累计消费": "￥1,234.50", "会员卡号": "", "爱好": ""})
    assert [r["会员姓名"] for _, r in rows] == [r.name for r in MESSY]  # the nameless row is kept too
    assert len(rows) == len(MESSY)


def test_detect_encoding_orders(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes("姓名,手机\n王芳,13812345678\n".encode("gbk"))
    (tmp_path / "b.csv").write_bytes("\ufeff姓名,手机\n".encode())
    (tmp_path / "c.csv").write_bytes("姓名,手机\n".encode())
    assert detect_encoding(tmp_path / "a.csv") == "gb18030"
    assert detect_encoding(tmp_path / "b.csv") == "utf-8-sig"
    assert detect_encoding(tmp_path / "c.csv") == "utf-8"


def test_encoding_override_and_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes("姓名,手机\n王芳,13812345678\n".encode("gbk"))
    with open_table(path, encoding="gbk") as t:
        assert list(t.rows()) == [(2, {"姓名": "王芳", "手机": "13812345678"})]
    with pytest.raises(ValidationError) as exc:
        open_table(path, encoding="utf-8")
    assert "编码" in exc.value.message
    with pytest.raises(ValidationError):
        open_table(path, encoding="no-such-codec")


def test_unknown_and_blank_header_columns_keep_their_data(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_text("姓名,,手机,备注,备注\n王芳,x,13812345678,a,b,overflow\n", encoding="utf-8")
    with open_table(path) as t:
        assert t.columns == ["姓名", "列B", "手机", "备注", "备注(2)"]
        [(n, row)] = list(t.rows())
    assert n == 2
    assert row == {"姓名": "王芳", "列B": "x", "手机": "13812345678", "备注": "a", "备注(2)": "b", "列F": "overflow"}


def test_tab_separated_and_blank_rows_skipped(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("姓名\t手机\n\n王芳\t13812345678\n\t\n李娜\t13900001111\n", encoding="utf-8")
    with open_table(path) as t:
        assert [(n, r["姓名"]) for n, r in t.rows()] == [(3, "王芳"), (5, "李娜")]


def test_two_level_header_saved_as_csv(tmp_path: Path) -> None:
    """Excel's merged 联系方式 over 手机 | 座机, saved as CSV: the merge is gone, the names stay."""
    path = tmp_path / "two.csv"
    path.write_text("会员资料\n姓名,联系方式,,生日\n,手机,座机,\n王芳,13812345678,0571-88886666,1985-03-07\n",
                    encoding="gbk")
    with open_table(path) as t:
        assert t.columns == ["姓名", "手机", "座机", "生日"]
        assert list(t.rows()) == [(4, {"姓名": "王芳", "手机": "13812345678", "座机": "0571-88886666",
                                       "生日": "1985-03-07"})]


def test_header_found_below_title_rows(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["某某店"])
        w.writerow(["导出时间:2025-01-01"])
        w.writerow([])
        w.writerow(["客户名称", "联系电话", "出生日期"])
        w.writerow(["王芳", "13812345678", "1985-03-07"])
    with open_table(path) as t:
        assert t.header_row == 4 and t.columns == ["客户名称", "联系电话", "出生日期"]


def test_progress_and_cancel(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "手机"])
        for i in range(2000):
            w.writerow([f"会员{i}", f"138{i:08d}"])
    seen: list[tuple[int, int]] = []
    with open_table(path) as t:
        assert sum(1 for _ in t.rows(progress=lambda d, n: seen.append((d, n)))) == 2000
    assert seen[-1][0] == seen[-1][1] and len(seen) >= 4
    assert all(d <= n for d, n in seen)

    stop = threading.Event()
    count = 0
    with open_table(path) as t, pytest.raises(ImportCancelled):
        for _ in t.rows(cancel=stop):
            count += 1
            if count == 100:
                stop.set()
    assert count == 100
    with open_table(path) as t, pytest.raises(ImportCancelled):
        list(t.rows(cancel=lambda: True))


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        open_table(tmp_path / "nope.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ValidationError) as exc:
        open_table(tmp_path / "old.xls")
    assert ".xls" in exc.value.message and "损坏" in exc.value.message  # a damaged .xls (real ones import)
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ValidationError):
        open_table(tmp_path / "broken.xlsx")
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(ValidationError):
        open_table(tmp_path / "empty.csv")


def test_wrong_dimension_does_not_cut_rows(tmp_path: Path) -> None:
    """Some exporters write <dimension ref="A1"/>: every row must still be read."""
    import zipfile

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机"])
    for i in range(5):
        ws.append([f"会员{i}", f"1380000000{i}"])
    src = tmp_path / "src.xlsx"
    wb.save(src)
    dst = tmp_path / "dim.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B6"/>', b'<dimension ref="A1"/>')
            zout.writestr(item, data)
    with open_table(dst) as t:
        assert len(list(t.rows())) == 5


def test_malformed_csv_is_a_validation_error(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text('姓名,手机\n"' + "x" * 200_000 + '",1\n', encoding="utf-8")
    with open_table(path) as t, pytest.raises(ValidationError) as exc:
        list(t.rows())
    assert "CSV" in exc.value.message and "第 2 行" in exc.value.message
