"""Read a shop's spreadsheet (.xlsx or .csv) as a stream of (row number, {column: value}).

What real files look like: a title row (“2025年会员资料”) above the header, header
cells merged across two rows or columns, CSVs saved by Chinese Excel in GBK,
or by WPS in UTF-8 with a BOM.  ``open_table`` finds the header row, names the
columns and guesses the encoding; ``Table.rows`` then streams the data rows
without loading the file into memory (openpyxl read-only mode, csv module), so
a 100,000-row file costs a few megabytes.

Row numbers are those the user sees in Excel (1-based, title rows counted), so
the import report can point at the exact line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import threading
import zipfile
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError

from openpyxl.utils.cell import get_column_letter, range_boundaries

from vipdesk.model.errors import ValidationError, VipdeskError
from vipdesk.model.importing.mapping import known_headers, normalise_header
from vipdesk.text import tr

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event

SCAN_ROWS = 20  # header row is searched among the first rows
PROGRESS_EVERY = 500  # rows between progress callbacks: cheap enough for 100k rows
FILE_FIELD = "文件"


class ImportCancelled(VipdeskError):
    """The user pressed cancel; raised inside the reader/writer so nothing is written."""

    def __init__(self) -> None:
        super().__init__(tr("导入已取消,没有写入任何数据"))


def is_cancelled(cancel: Cancel | None) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def check_cancel(cancel: Cancel | None) -> None:
    if is_cancelled(cancel):
        raise ImportCancelled()


# ---------------------------------------------------------------- CSV encoding


def _decodes_as(path: Path, encoding: str, limit: int | None = None) -> bool:
    """Whole file (or its first *limit* bytes) decodes strictly with *encoding*."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    read = 0
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                decoder.decode(chunk, final=False)
                read += len(chunk)
                if limit is not None and read >= limit:
                    return True
            decoder.decode(b"", final=True)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def detect_encoding(path: str | Path) -> str:
    """utf-8-sig / utf-16 by BOM, else the first of utf-8 → gb18030 that decodes the
    whole file, else charset-normalizer's best guess.  GB18030 is a superset of
    GBK/GB2312, which is what Chinese Excel writes for "CSV (逗号分隔)"."""
    path = Path(path)
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    bomless = _utf16_without_bom(path)  # "Unicode text" from Excel/WPS without its BOM
    if bomless:
        return bomless
    for enc in ("utf-8", "gb18030"):
        if _decodes_as(path, enc):
            return enc
    from charset_normalizer import from_path

    best = from_path(path).best()
    if best is None:
        raise ValidationError(FILE_FIELD, tr("无法识别文件编码,请指定编码(如 GBK 或 UTF-8)"))
    return best.encoding


def _utf16_without_bom(path: Path) -> str | None:
    """UTF-16 without a BOM: every ASCII comma, digit and newline carries a NUL byte."""
    with open(path, "rb") as f:
        sample = f.read(4096)
    if len(sample) < 8 or sample.count(b"\x00") < len(sample) // 8:
        return None
    for enc, newline in (("utf-16-le", "\n\x00".encode("latin-1")), ("utf-16-be", "\x00\n".encode("latin-1"))):
        if newline in sample or len(sample) < 4096:
            try:
                sample[: len(sample) // 2 * 2].decode(enc)
            except UnicodeDecodeError:
                continue
            if newline in sample:
                return enc
    return None


def _sniff_delimiter(sample: str) -> str:
    lines = [ln for ln in sample.splitlines()[:SCAN_ROWS] if ln.strip()]
    best, best_count = ",", 0
    for delim in (",", "\t", ";", "|"):
        count = sum(ln.count(delim) for ln in lines)
        if count > best_count:
            best, best_count = delim, count
    return best


def _count_lines(path: Path) -> int:
    n = 0
    last = b""
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
            last = chunk
    return n + (1 if last and not last.endswith(b"\n") else 0)


# ---------------------------------------------------------------- xlsx merged cells

_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')


def _merged_ranges(archive: zipfile.ZipFile, sheet_path: str, max_row: int) -> list[tuple[int, int, int, int]]:
    """Merged ranges (min_col, min_row, max_col, max_row) touching the first *max_row* rows.

    Read-only openpyxl skips ``<mergeCells>``; it sits after all the rows in the
    sheet XML, so we stream the XML once and pick the refs out with a regex
    (fast even for 100k rows, and nothing is kept in memory)."""
    found: list[tuple[int, int, int, int]] = []
    tail = b""
    with archive.open(sheet_path.lstrip("/")) as f:
        while chunk := f.read(1 << 20):
            data = tail + chunk
            last_end = 0
            for m in _MERGE_RE.finditer(data):
                last_end = m.end()
                ref = m.group(1).decode("ascii")
                if ":" not in ref:
                    continue
                min_col, min_row, max_col, max_row_ = range_boundaries(ref)
                if min_row <= max_row:
                    found.append((min_col, min_row, max_col, max_row_))
            tail = data[max(last_end, len(data) - 200):]
    return found


# ---------------------------------------------------------------- the table


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", " ", str(value)).strip()


@dataclass
class Table:
    """An opened spreadsheet: where its header is, what its columns are called.

    Use as a context manager (an .xlsx stays open while rows are streamed)."""

    path: Path
    kind: str  # "xlsx" | "xls" | "csv"
    columns: list[str]
    column_index: list[int]  # 0-based position in the file of each column
    header_row: int  # row number of the (lowest) header row
    data_start: int  # first data row number
    total_rows: int | None  # last row number, for progress (an estimate for CSV)
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str = ","
    _wb: object | None = field(default=None, repr=False)

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._wb is not None:
            self._wb.close()  # type: ignore[attr-defined]
            self._wb = None

    def _raw_rows(self) -> Iterator[tuple[int, tuple[object, ...]]]:
        if self.kind == "xlsx":
            from vipdesk.model.importing.calamine_read import calamine_rows

            fast = calamine_rows(self.path, self.sheet)  # issue 14: ~8x faster than the XML pass
            if fast is not None:
                yield from fast
                return
            if self._wb is None:
                self._wb = _load_xlsx(self.path)
            yield from _xlsx_rows(self._wb, self._wb[self.sheet])  # type: ignore[index]
        elif self.kind == "xls":
            from vipdesk.model.importing.xls import xls_rows

            yield from xls_rows(self.path, self.sheet or "")
        else:
            with open(self.path, encoding=self.encoding, newline="") as f:
                for number, values in enumerate(csv.reader(f, delimiter=self.delimiter), start=1):
                    yield number, tuple(values)

    def rows(self, progress: Progress | None = None, cancel: Cancel | None = None
             ) -> Iterator[tuple[int, dict[str, object]]]:
        """Data rows as (row number in file, {column: raw value}); blank rows skipped.

        Cells to the right of the last named column get names like 列H so their
        content is never lost.  *cancel* is checked on every row and raises
        ImportCancelled; *progress(done, total)* is called every few hundred rows."""
        total = self.total_rows or 0
        from vipdesk.model.importing import limits

        col_limit, row_limit = limits._limit(limits.MAX_COLUMNS), limits._limit(limits.MAX_ROWS)
        known = len(self.column_index)
        positions = set(self.column_index)
        number = 0
        try:
            for number, values in self._raw_rows():
                check_cancel(cancel)
                if len(values) > col_limit:
                    limits.check_row(self.path, number, len(values))
                if number > row_limit + SCAN_ROWS:  # the sheet's declared size may lie
                    limits.check_shape(self.path, number, 0)
                if progress is not None and number % PROGRESS_EVERY == 0:
                    progress(min(number, total), max(total, number))
                if number < self.data_start:
                    continue
                if all(_blank(v) for v in values):
                    continue
                row: dict[str, object] = {}
                for i in range(known):
                    pos = self.column_index[i]
                    row[self.columns[i]] = values[pos] if pos < len(values) else None
                for pos in range(len(values)):
                    if pos not in positions and not _blank(values[pos]):
                        row[f"列{get_column_letter(pos + 1)}"] = values[pos]
                yield number, row
        except UnicodeDecodeError as exc:
            raise ValidationError(FILE_FIELD, _decode_message(self.path, self.encoding, number + 1, exc)) from exc
        except csv.Error as exc:
            raise ValidationError(FILE_FIELD, tr(
                "文件 {name} 第 {row} 行的格式有误(引号或换行不配对)。请在 Excel/WPS 中打开后"
                "另存为“CSV UTF-8”或“CSV(逗号分隔)”再导入。").format(name=self.path.name, row=number + 1)) from exc
        except (ParseError, zipfile.BadZipFile, EOFError, KeyError, IndexError, ValueError, TypeError) as exc:
            raise ValidationError(FILE_FIELD, tr(
                "Excel 文件 {name} 的工作表“{sheet}”在第 {row} 行附近已损坏,无法读完。请在 Excel/WPS 中打开后"
                "另存为新的 .xlsx,或另存为 CSV UTF-8 / GBK 再导入。").format(
                    name=self.path.name, sheet=self.sheet or "", row=number + 1)) from exc
        if progress is not None:
            progress(max(total, number), max(total, number))

    def preview(self, limit: int = 5) -> list[tuple[int, dict[str, object]]]:
        """The first few data rows, for the mapping step of the wizard."""
        out = []
        for item in self.rows():
            out.append(item)
            if len(out) >= limit:
                break
        return out


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _C, _V, _IS, _T = _NS + "row", _NS + "c", _NS + "v", _NS + "is", _NS + "t"
_COL_RE = re.compile(r"[A-Z]+")


def _col_index(ref: str) -> int:
    """"C12" → 2 (0-based)."""
    letters = _COL_RE.match(ref)
    n = 0
    for ch in letters.group(0) if letters else "":
        n = n * 26 + ord(ch) - 64
    return n - 1


def _xlsx_rows(wb, ws) -> Iterator[tuple[int, tuple[object, ...]]]:  # noqa: ANN001
    """Rows of a read-only worksheet as (row number, values), like ``iter_rows(values_only=True)``
    but about three times faster: one C-level iterparse pass and plain per-cell code.

    Uses the shared strings, date styles and epoch parsed by
    openpyxl when the file was opened.  Gaps (rows the file leaves out) are not
    yielded; row numbers come from the file, so they stay right."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.utils.datetime import from_excel

    shared = ws._shared_strings  # the read-only sheet holds the parsed table (wb.shared_strings is for writing)
    date_styles = wb._date_formats
    epoch = wb.epoch
    next_row = 1
    with wb._archive.open(ws._worksheet_path) as src:
        for _event, el in iterparse(src, events=("end",)):
            if el.tag != _ROW:
                continue
            r = el.get("r")
            number = int(r) if r else next_row
            next_row = number + 1
            values: list[object] = []
            col = -1
            for c in el.iter(_C):
                ref = c.get("r")
                col = _col_index(ref) if ref else col + 1
                t = c.get("t", "n")
                value: object = None
                if t == "inlineStr":
                    node = c.find(_IS)
                    value = "".join(x.text or "" for x in node.iter(_T)) if node is not None else None
                else:
                    text = c.findtext(_V)
                    if text is not None and text != "":
                        if t == "s":
                            value = shared[int(text)]
                        elif t == "n":
                            num = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
                            style = c.get("s")
                            if style and int(style) in date_styles:
                                try:
                                    value = from_excel(num, epoch)
                                except (OverflowError, ValueError):
                                    value = num
                            else:
                                value = num
                        elif t == "b":
                            value = text == "1"
                        elif t in ("str", "d"):
                            value = text
                        # "e" (#N/A, #VALUE!) stays empty
                if value is not None:
                    if col >= len(values):
                        values.extend([None] * (col + 1 - len(values)))
                    values[col] = value
            el.clear()
            yield number, tuple(values)


def _load_xlsx(path: Path):  # noqa: ANN202 - openpyxl Workbook
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (TypeError, ParseError, AttributeError) as exc:
        # openpyxl reads xl/styles.xml (formats, fonts) first and fails with a raw
        # TypeError when a number there is not a number (issue 13).
        raise ValidationError(FILE_FIELD, tr(
            "Excel 文件 {name} 的内部格式(样式部分 xl/styles.xml 等)已损坏,无法读取。请在 Excel/WPS 中打开后"
            "另存为新的 .xlsx,或另存为 CSV UTF-8 / GBK 再导入。").format(name=path.name)) from exc
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError(FILE_FIELD, tr("无法打开 Excel 文件 {name},文件可能已损坏。请另存为新的 .xlsx 或 CSV 再导入。")
                              .format(name=path.name) + f"({type(exc).__name__})") from exc


def _first_bad_line(path: Path, encoding: str | None) -> int | None:
    """The 1-based line that does not decode (byte-oriented encodings only)."""
    if not encoding or encoding.lower().startswith("utf-16"):
        return None
    try:
        with open(path, "rb") as f:
            for number, line in enumerate(f, start=1):
                try:
                    line.decode(encoding)
                except UnicodeDecodeError:
                    return number
    except (OSError, LookupError):
        return None
    return None


def _decode_message(path: Path, encoding: str | None, row: int, exc: UnicodeDecodeError) -> str:
    """Name the file, the row and the encoding, and say how to fix it."""
    row = _first_bad_line(path, encoding) or row
    enc = (encoding or "").lower().replace("_", "-")
    hint = tr("请不指定编码(自动识别),或在 Excel 中另存为“CSV UTF-8”再导入。")
    if enc in ("gbk", "gb2312", "cp936"):
        hint = tr("文件里可能有 GBK 里没有的生僻字(GB18030 字符,如“𠮷”),请改用 --encoding gb18030,"
                  "或不指定编码(自动识别),或在 Excel 中另存为“CSV UTF-8”。")
    return tr("文件 {name} 在第 {row} 行附近无法按 {enc} 编码读取。").format(
        name=path.name, row=row, enc=encoding) + hint


def _pick_header(grid: list[list[str]], known: Collection[str]) -> int:
    """Index in *grid* of the row with most recognised header cells (first wins ties);
    the first non-blank row when nothing is recognised."""
    best, best_score = -1, 0
    for i, cells in enumerate(grid):
        score = sum(1 for c in cells if c and normalise_header(c) in known)
        if score > best_score:
            best, best_score = i, score
    if best >= 0:
        return best
    for i, cells in enumerate(grid):
        if any(cells):
            return i
    raise ValidationError(FILE_FIELD, tr("文件是空的,没有找到表头"))


def _name_columns(header: list[str]) -> tuple[list[str], list[int]]:
    """Names for the header cells up to the last non-blank one; blank → 列C; repeats → 备注(2)."""
    last = max((i for i, c in enumerate(header) if c), default=-1)
    names: list[str] = []
    seen: dict[str, int] = {}
    for i in range(last + 1):
        name = header[i] or f"列{get_column_letter(i + 1)}"
        if name in seen:
            seen[name] += 1
            name = f"{name}({seen[name]})"
        else:
            seen[name] = 1
        names.append(name)
    return names, list(range(last + 1))


def _build(grid: list[list[str]], merges: list[tuple[int, int, int, int]], known: Collection[str]
           ) -> tuple[list[str], list[int], int, int]:
    """(columns, positions, header_row, data_start) from the first rows and merged ranges."""
    width = max((len(r) for r in grid), default=0)
    for r in grid:
        r.extend([""] * (width - len(r)))
    # A merged cell's value lives in its top-left cell: copy it over the whole range.
    for min_col, min_row, max_col, max_row in merges:
        if min_row > len(grid):
            continue
        value = grid[min_row - 1][min_col - 1] if min_col <= width else ""
        for r in range(min_row, min(max_row, len(grid)) + 1):
            for c in range(min_col, min(max_col, width) + 1):
                grid[r - 1][c - 1] = value
    h = _pick_header(grid, known)
    header = list(grid[h])
    data_start = h + 2  # 1-based row after the header
    for _c1, min_row, _c2, max_row in merges:
        if min_row <= h + 1 <= max_row:
            data_start = max(data_start, max_row + 1)
    # Two-level header: a parent cell merged across columns (联系方式 over 手机 | 座机)
    # with the real names in the row below.
    below = grid[h + 1] if h + 1 < len(grid) else None
    if below is not None:
        spans = [(a, b) for a, r1, b, r2 in merges if r1 <= h + 1 <= r2 and b > a and r2 == h + 1]
        sub = [i for a, b in spans for i in range(a - 1, min(b, width)) if below[i]]
        if sub:
            for i in sub:
                header[i] = below[i]
            data_start = max(data_start, h + 3)
        else:
            # The same two-level header saved as CSV (merges are gone): a row of known
            # names under blank header cells (联系方式,"" over 手机,座机).
            filled = [i for i, v in enumerate(below) if v]
            if filled and all(normalise_header(below[i]) in known or not header[i] for i in filled) \
                    and any(not header[i] for i in filled) \
                    and any(normalise_header(below[i]) in known for i in filled):
                for i in filled:
                    header[i] = below[i]
                data_start = max(data_start, h + 3)
    names, positions = _name_columns(header)
    if not names:
        raise ValidationError(FILE_FIELD, tr("没有找到表头"))
    return names, positions, h + 1, data_start


def open_table(path: str | Path, *, encoding: str | None = None, sheet: str | None = None,
               known: Collection[str] | None = None) -> Table:
    """Open *path* (.xlsx/.xlsm or .csv/.txt), find its header and columns.

    *encoding* overrides CSV detection; *sheet* picks a worksheet by name (default:
    the one that was active when saved); *known* is the set of normalised header
    names used to score header candidates (default: every member and sale synonym)."""
    path = Path(path)
    if not path.exists():
        raise ValidationError(FILE_FIELD, tr("文件不存在") + f"({path})")
    known = known if known is not None else known_headers()
    from vipdesk.model.importing import limits

    limits.check_file(path)  # bounded input: size (and zip parts) before any parsing
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _open_xlsx(path, sheet, known)
    if suffix in (".csv", ".txt", ".tsv"):
        return _open_csv(path, encoding, known)
    if suffix == ".xls":  # Excel 97–2003: its own reader (xls.py)
        from vipdesk.model.importing.xls import open_xls

        return open_xls(path, sheet, known)
    raise ValidationError(FILE_FIELD, tr("只支持 .xlsx、.xls 和 .csv 文件"))


def _open_xlsx(path: Path, sheet: str | None, known: Collection[str]) -> Table:
    wb = _load_xlsx(path)
    try:
        if sheet is not None:
            if sheet not in wb.sheetnames:
                raise ValidationError(FILE_FIELD, tr("找不到工作表") + f"({sheet})")
            ws = wb[sheet]
        else:
            ws = wb.active or wb.worksheets[0]
        declared_max = ws.max_row
        ws.reset_dimensions()
        grid: list[list[str]] = []
        for values in ws.iter_rows(min_row=1, max_row=SCAN_ROWS + 2, values_only=True):
            grid.append([_cell_text(v) for v in values])
        merges = _merged_ranges(wb._archive, ws._worksheet_path, SCAN_ROWS + 2)
        columns, positions, header_row, data_start = _build(grid, merges, known)
        from vipdesk.model.importing import limits

        limits.check_shape(path, declared_max, len(columns))
    except BaseException:
        wb.close()
        raise
    return Table(path, "xlsx", columns, positions, header_row, data_start,
                 total_rows=declared_max, sheet=ws.title, _wb=wb)


def _open_csv(path: Path, encoding: str | None, known: Collection[str]) -> Table:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise ValidationError(FILE_FIELD, tr("未知的编码") + f"({encoding})") from exc
    else:
        encoding = detect_encoding(path)
    try:
        with open(path, encoding=encoding, newline="") as f:
            sample = f.read(64 * 1024)
    except UnicodeDecodeError as exc:
        raise ValidationError(FILE_FIELD, _decode_message(path, encoding, 1, exc)) from exc
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _sniff_delimiter(sample)
    grid = []
    try:
        for i, values in enumerate(csv.reader(io.StringIO(sample), delimiter=delimiter)):
            if i >= SCAN_ROWS + 2:
                break
            grid.append([_cell_text(v) for v in values])
    except csv.Error as exc:
        raise ValidationError(FILE_FIELD, tr("CSV 文件格式有误") + f"({exc})") from exc
    columns, positions, header_row, data_start = _build(grid, [], known)
    lines = _count_lines(path)
    from vipdesk.model.importing import limits

    limits.check_shape(path, lines, len(columns))
    return Table(path, "csv", columns, positions, header_row, data_start,
                 total_rows=lines, encoding=encoding, delimiter=delimiter)
