"""Issue 13, defects 7 and 8: bounded input and clear import messages.

Each messy file from the issue first reproduced its defect (a zip bomb that
used gigabytes, a raw TypeError for broken styles, a "0 rows read" success for
a header-only file, an English csv error for UTF-16, an unnamed row for a
GB18030-only character, a 309-digit value echoed back in full); now each gives
a Chinese message naming the file (and row/column) and the fix.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.model.importing import limits
from vipdesk.model.importing.members_import import import_members
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Member


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _rewrite(src: Path, dst: Path, part: str, data: bytes) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, data if info.filename == part else zin.read(info.filename))
    return dst


def test_d7_zip_bomb_is_refused_before_parsing(db_path: Path, tmp_path: Path) -> None:
    """Defect 7: a ~50 KB .xlsx whose sheet inflates to 50 MB (ratio ~1000:1)."""
    ok = _xlsx(tmp_path / "ok.xlsx", [["姓名", "手机"], ["王芳", "13800001111"]])
    pad = b"<!--" + b"A" * (50 * 1024 * 1024) + b"-->"
    sheet = zipfile.ZipFile(ok).read("xl/worksheets/sheet1.xml")
    bomb = _rewrite(ok, tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", sheet.replace(b"<sheetData", pad + b"<sheetData", 1))
    assert bomb.stat().st_size < 200 * 1024
    with pytest.raises(ValidationError, match="压缩炸弹") as e:
        import_members(bomb)
    assert "bomb.xlsx" in str(e.value) and "sheet1.xml" in str(e.value)
    assert Member.select().count() == 0


def test_d7_limits_are_settings_with_safe_defaults(db_path: Path, tmp_path: Path) -> None:
    """100,000 members pass the default row limit; the owner may lower it."""
    assert settings.get(limits.MAX_ROWS.key) >= 100_000
    limits.check_shape(tmp_path / "x.csv", 100_001, 20)  # a real shop's list: passes
    path = tmp_path / "m.csv"
    path.write_text("姓名,手机\n" + "".join(f"会员{i},139{i:08d}\n" for i in range(30)), encoding="utf-8")
    settings.put(limits.MAX_ROWS.key, 10)
    with pytest.raises(ValidationError, match="超过导入上限 10 行"):
        import_members(path)
    settings.put(limits.MAX_FILE_MB.key, 0)
    with pytest.raises(ValidationError, match="超过导入上限 0 MB"):
        import_members(path)


def test_d7_too_many_columns(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("姓名,手机," + ",".join(f"c{i}" for i in range(300)) + "\n王芳,13800001111\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="列,超过导入上限"):
        import_members(path)


def test_d8_broken_styles_part_is_a_clear_message(db_path: Path, tmp_path: Path) -> None:
    """Defect 8: a broken xl/styles.xml ended in a raw TypeError traceback."""
    ok = _xlsx(tmp_path / "ok.xlsx", [["姓名", "手机"], ["王芳", "13800001111"]])
    bad = _rewrite(ok, tmp_path / "坏样式.xlsx", "xl/styles.xml",
                   b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   b'<cellXfs count="1"><xf numFmtId="x"/></cellXfs></styleSheet>')
    with pytest.raises(ValidationError) as e:
        import_members(bad)
    text = str(e.value)
    assert "坏样式.xlsx" in text and "样式" in text and "另存为" in text


def test_d8_header_only_file_says_so(db_path: Path, tmp_path: Path) -> None:
    """Defect 8: a header-only file reported a successful import of 0 rows."""
    path = tmp_path / "空表.csv"
    path.write_text("会员资料\n姓名,手机\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=re.escape("只有表头(第 2 行)")):
        import_members(path)


def test_d8_utf16_csv_without_bom_is_read(db_path: Path, tmp_path: Path) -> None:
    """Defect 8: a UTF-16 CSV (Excel "Unicode text" without BOM) gave an English csv error."""
    path = tmp_path / "u16.csv"
    path.write_bytes("姓名,手机\n王芳,13800001111\n李娜,13900002222\n".encode("utf-16-le"))
    result = import_members(path)
    assert result.written and Member.select().count() == 2


def test_d8_gb18030_only_character_under_gbk_names_the_row(db_path: Path, tmp_path: Path) -> None:
    """Defect 8: a GB18030-only character read as GBK gave no row and no fix."""
    path = tmp_path / "生僻字.csv"
    path.write_bytes("姓名,手机\n王芳,13800001111\n𠮷野,13900002222\n".encode("gb18030"))
    with pytest.raises(ValidationError) as e:
        import_members(path, encoding="gbk")
    text = str(e.value)
    assert "生僻字.csv" in text and "第 3 行" in text and "gb18030" in text
    assert import_members(path).written  # detected automatically: imported
    assert Member.get(Member.phone == "13900002222").name == "𠮷野"


def test_d8_309_digit_number_is_rejected_with_a_short_message(db_path: Path, tmp_path: Path) -> None:
    """Defect 8: a 309-digit serial number was echoed back in full in a misleading message."""
    path = tmp_path / "长数字.csv"
    path.write_text("姓名,手机,积分\n王芳,13800001111," + "9" * 309 + "\n", encoding="utf-8")
    result = import_members(path)
    bad = [p for p in result.problems if p.severity == "rejected"]
    assert len(bad) == 1 and bad[0].row == 2 and bad[0].column == "积分"
    assert "309 位" in bad[0].reason and len(str(bad[0].value)) < 60
    assert Member.select().count() == 0


def test_d8_huge_float_from_excel_is_named(db_path: Path, tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "big.xlsx", [["姓名", "手机", "积分"], ["王芳", "13800001111", float("9" * 308)]])
    result = import_members(path)
    bad = [p for p in result.problems if p.severity == "rejected"]
    assert bad and "科学计数法" in bad[0].reason and bad[0].row == 2
