"""Bounded input: an import checks a file's size before parsing it (issue 13).

File size, rows and columns, and for .xlsx every zip part's uncompressed size
and compression ratio — a 40 KB "zip bomb" once made an import use gigabytes.
The limits are settings with safe defaults: a real shop's 100,000 members pass
easily (such a file is ~10 MB as .xlsx, ~60 MB of sheet XML, ratio ~10:1).

Why the declared sizes in the zip directory can be trusted: Python's zipfile
never inflates more than the declared ``file_size`` of a member, so a part
that lies about its size is cut short (and then fails its CRC), never bigger.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from vipdesk.model.errors import ValidationError
from vipdesk.model.store import settings
from vipdesk.text import tr

FILE_FIELD = "文件"
MB = 1024 * 1024

MAX_FILE_MB = settings.declare("import.max_file_mb", 200, "导入文件最大(MB)", "导入",
                               "超过这个大小的文件不导入(10 万会员的 Excel 约 10 MB)")
MAX_ROWS = settings.declare("import.max_rows", 500_000, "导入最多行数", "导入", "超过这么多行的文件不导入")
MAX_COLUMNS = settings.declare("import.max_columns", 200, "导入最多列数", "导入", "超过这么多列的文件不导入")
MAX_PART_MB = settings.declare("import.max_xlsx_part_mb", 1024, "Excel 单个部件解压后最大(MB)", "导入",
                               "防止“压缩炸弹”:解压后超过这个大小的 Excel 不导入")
MAX_RATIO = settings.declare("import.max_xlsx_ratio", 100, "Excel 最大压缩比", "导入",
                             "解压后比压缩时大这么多倍(且超过 10 MB)的部件视为压缩炸弹")
RATIO_FLOOR_MB = 10  # small parts may compress very well (empty styles); only big ones count
MAX_CELL_CHARS = 2000  # one cell: longer is a pasted document or a formula gone wrong


def _limit(d: settings.SettingDef) -> int:
    """The setting, or its default when no database is open (a headless check)."""
    try:
        return int(settings.get(d.key))
    except Exception:  # noqa: BLE001 - no database yet: the safe default
        return int(d.default)


def check_file(path: Path) -> None:
    """Refuse a file too big to import before anything parses it."""
    size = path.stat().st_size
    limit = _limit(MAX_FILE_MB)
    if size > limit * MB:
        raise ValidationError(FILE_FIELD, tr(
            "文件 {name} 有 {size} MB,超过导入上限 {limit} MB。请分成几个文件导入,"
            "或请店长在设置中调高“导入文件最大”。").format(name=path.name, size=size // MB, limit=limit))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        check_xlsx_parts(path)


def check_xlsx_parts(path: Path) -> None:
    """Every part's uncompressed size and ratio, read from the zip directory only."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValidationError(FILE_FIELD, tr(
            "文件 {name} 不是有效的 .xlsx(可能已损坏,或是改了扩展名的其他文件)。"
            "请在 Excel/WPS 中打开后另存为 .xlsx,或另存为 CSV UTF-8 / GBK 再导入。").format(name=path.name)) from exc
    part_limit = _limit(MAX_PART_MB) * MB
    ratio_limit = _limit(MAX_RATIO)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        too_big = info.file_size > part_limit
        bomb = info.file_size > RATIO_FLOOR_MB * MB and ratio > ratio_limit
        if too_big or bomb:
            raise ValidationError(FILE_FIELD, tr(
                "文件 {name} 的部件 {part} 解压后有 {size} MB(压缩比 {ratio}:1),像是“压缩炸弹”或异常文件,"
                "为保护电脑没有打开。如果这确实是会员表,请在 Excel/WPS 中另存为 CSV 再导入。").format(
                    name=path.name, part=info.filename, size=info.file_size // MB, ratio=int(ratio)))
    if total > 4 * part_limit:
        raise ValidationError(FILE_FIELD, tr("文件 {name} 解压后共 {size} MB,超过导入上限。请分成几个文件导入。")
                              .format(name=path.name, size=total // MB))


def check_shape(path: Path, rows: int | None, columns: int) -> None:
    """Rows (as declared by the sheet, or counted lines of a CSV) and columns."""
    row_limit, col_limit = _limit(MAX_ROWS), _limit(MAX_COLUMNS)
    if rows is not None and rows > row_limit:
        raise ValidationError(FILE_FIELD, tr(
            "文件 {name} 有 {rows} 行,超过导入上限 {limit} 行。请分成几个文件导入。").format(
                name=path.name, rows=rows, limit=row_limit))
    if columns > col_limit:
        raise ValidationError(FILE_FIELD, tr(
            "文件 {name} 有 {cols} 列,超过导入上限 {limit} 列。请删掉不需要的列再导入。").format(
                name=path.name, cols=columns, limit=col_limit))


def check_row(path: Path, number: int, width: int) -> None:
    """A row far wider than the header (a broken file) is stopped while streaming."""
    col_limit = _limit(MAX_COLUMNS)
    if width > col_limit:
        raise ValidationError(FILE_FIELD, tr(
            "文件 {name} 第 {row} 行有 {cols} 列,超过导入上限 {limit} 列。请检查这一行。").format(
                name=path.name, row=number, cols=width, limit=col_limit))
