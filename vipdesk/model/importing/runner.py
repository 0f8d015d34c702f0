"""The generic import run shared by member import and sales import.

    read → map → validate each row → check (private copy) → stage → write in short transactions → report

How to plug in an import (members_import.py is the worked example)::

    from vipdesk.model.importing.runner import run_import, ImportRow, WriteContext, SKIP_BAD
    from vipdesk.model.importing.mapping import SALE_FIELDS
    from vipdesk.model.importing import parse

    def validate(row: ImportRow) -> SaleLine | None:
        # row.parse(field, parser, required=...) converts ValidationError into a
        # "rejected" problem naming the row, the column and the value; row.reject /
        # row.changed add problems by hand.  Return the typed record; whatever you
        # return for a row that has a rejected problem is discarded.  May read the DB.
        sold_at = row.parse("sold_at", parse.parse_datetime, required=True)
        paid = row.parse("amount_paid", parse.parse_amount_fen, required=True)
        return SaleLine(sold_at, paid, ...)

    def write(records: Sequence[tuple[int, SaleLine]], ctx: WriteContext) -> None:
        # Called inside a transaction.  Iterate with ctx.each(records): it
        # checks cancel (raising ImportCancelled, which rolls everything back) and
        # reports progress.  Count with ctx.imported / ctx.updated / ctx.skipped
        # (+= n); ctx.reject(row, column, value, reason) for a record that cannot be
        # written (under all-or-nothing this makes the whole run write nothing; under
        # skip-bad you must not write it — wrap risky writes in a nested
        # ``with transaction():`` savepoint); ctx.problem(row, column, value, reason,
        # severity) for duplicates/notes (``duplicate(ctx, ...)`` is the shorthand);
        # ctx.column(field) is the file's column name for a field, for problems;
        # ctx.extra[...] = JSON-able data handed back in result.extra / --json.
        for row_number, line in ctx.each(records):
            ...

    result = run_import(path, SALE_FIELDS, validate, write, policy=SKIP_BAD,
                        dry_run=False, progress=cb, cancel=event, report_path=report_path_for(path))

Pieces: ``tabular.open_table`` (reading), ``mapping`` (FieldSpec, guess_mapping:
pass ``mapping=`` to use the user's column → field choice), ``parse`` (cell
normalisers raising ValidationError), ``report`` (Problem, write_report_xlsx).
The result: ``ImportResult`` with counts() (read, imported, updated, skipped,
rejected), problems, written, mapping, header_row, encoding, report_path,
extra, and to_json() for ``--json``.

Semantics:
- policy ALL_OR_NOTHING (default): any rejected row, or any ctx.reject in the
  writer → nothing is committed.  SKIP_BAD: good records are committed, bad rows
  reported.
- dry_run: the writer still runs — on a private copy of the file (snapshot.py), which is
  thrown away — so the preview's counts and duplicate lists are exactly what a real run
  would do, nothing is written and the shop's file is never write-locked.  The same check
  runs before a real ALL_OR_NOTHING run and refuses a file with bad rows.
  ``result.written`` tells whether anything was committed; the counts always describe
  the run as computed.
- cancel (callable → bool, or threading.Event) is checked on every row read and
  every record written; ImportCancelled propagates to the caller after rollback.
- progress(done, total) restarts per phase; phase(name) is called with
  "reading", "writing", "report".  Both are called from the importing thread:
  a GUI runs run_import in a worker (inside ``db.connection_context()``) and
  forwards them with queued signals.
- Before committing anything the runner takes a verified "import" backup
  (``safety.bulk.backup_before``), in every front end.
- Issue 13, the counter never waits: a ``ChunkedWriter`` (both vipdesk importers) is
  committed by jobs.py — staged, then applied in transactions of about 0.1 s with a pause
  between them; a killed run is completed or discarded at the next open.  Cancel works
  until the writing starts; then the run finishes.  A plain writer function still runs
  in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from vipdesk.model.errors import ValidationError
from vipdesk.model.importing.mapping import (
    NOTES,
    FieldSpec,
    all_synonyms,
    check_mapping,
    guess_mapping,
    normalise_header,
)
from vipdesk.model.importing.mapping import apply_mapping as _apply_mapping
from vipdesk.model.importing.report import CHANGED, DUPLICATE, REJECTED, Problem, write_report_xlsx
from vipdesk.model.importing.tabular import FILE_FIELD, Cancel, Progress, Table, check_cancel, open_table
from vipdesk.model.safety.bulk import backup_before
from vipdesk.model.store.db import transaction
from vipdesk.text import tr

R = TypeVar("R")

ALL_OR_NOTHING = "all-or-nothing"
SKIP_BAD = "skip-bad"
POLICIES = (ALL_OR_NOTHING, SKIP_BAD)

_WRITE_PROGRESS_EVERY = 200


MAX_DIGITS = 30  # card numbers, phones and amounts are far shorter; more is a slip


def _short(raw: object) -> object:
    """What the report shows of an absurd value: its start and its length, not 309 digits."""
    text = str(raw)
    return text if len(text) <= 40 else f"{text[:20]}…({len(text)} 字符)"


def _oversized(raw: object) -> str | None:
    """A reason when a cell is too long or too big to be data (issue 13), else None."""
    if type(raw) is str and len(raw) <= MAX_DIGITS:
        return None  # nearly every cell: too short for either limit (a hot path, issue 14)
    from vipdesk.model.importing.limits import MAX_CELL_CHARS

    if isinstance(raw, bool):
        return None
    if isinstance(raw, float) and (raw != raw or abs(raw) >= 1e20):
        return tr("数字太大(Excel 把它存成了科学计数法,如 1E+308),原来的数字已经丢失。"
                  "请把这一列设为“文本”格式后重新输入")
    if isinstance(raw, int) and len(str(abs(raw))) > MAX_DIGITS:
        return tr("数字太长({n} 位),请检查这一格是否填错(可能是序号或公式结果)").format(n=len(str(abs(raw))))
    if isinstance(raw, str):
        digits = raw.strip().replace(" ", "")
        if digits.isdigit() and len(digits) > MAX_DIGITS:
            return tr("数字太长({n} 位),请检查这一格是否填错(可能是序号或公式结果)").format(n=len(digits))
        if len(raw) > MAX_CELL_CHARS:
            return tr("内容太长({n} 个字),请检查这一格是否填错").format(n=len(raw))
    return None


class ImportRow:
    """One data row while it is validated: raw values by field, notes, problems."""

    __slots__ = ("number", "values", "notes", "columns", "problems", "rejected")

    def __init__(self, number: int, values: dict[str, object], notes: list[tuple[str, object]],
                 columns: Mapping[str, str]) -> None:
        self.number = number
        self.values = values  # field key → raw non-blank cell value
        self.notes = notes  # (column, value) of unmapped columns, in file order
        self.columns = columns  # field key → column name in the file
        self.problems: list[Problem] = []
        self.rejected = False

    def has(self, key: str) -> bool:
        return key in self.values

    def raw(self, key: str) -> object | None:
        return self.values.get(key)

    def column(self, key: str) -> str:
        return self.columns.get(key, key)

    def parse(self, key: str, parser: Callable[..., Any], *, required: bool = False,
              default: Any = None, label: str | None = None) -> Any:
        """parser(raw, column) for field *key*; a ValidationError becomes a rejected
        problem and *default* is returned.  Blank → *default* (or rejected if required)."""
        column = self.column(key)
        if key not in self.values:
            if required:
                self.reject(key, None, tr("必填项为空"))
            return default
        raw = self.values[key]
        oversized = _oversized(raw)
        if oversized:
            self.reject(key, _short(raw), oversized)
            return default
        try:
            return parser(raw, label or column)
        except ValidationError as exc:
            self.reject(key, raw, exc.message)
            return default

    def reject(self, key: str, value: object, reason: str) -> None:
        self.problems.append(Problem(self.number, self.column(key), value, reason, REJECTED))
        self.rejected = True

    def changed(self, key: str, value: object, reason: str) -> None:
        self.problems.append(Problem(self.number, self.column(key), value, reason, CHANGED))


class WriteContext:
    """What the writer gets besides the records: counters, problems, cancel, progress."""

    def __init__(self, total: int, cancel: Cancel | None, progress: Progress | None, dry_run: bool,
                 columns: Mapping[str, str] | None = None) -> None:
        self.total = total
        self.columns = dict(columns or {})  # field key → column name in the file, for problems
        self.dry_run = dry_run  # informational: the transaction is rolled back anyway
        self.imported = 0
        self.updated = 0
        self.skipped = 0
        self.rejected = 0
        self.problems: list[Problem] = []
        self.extra: dict[str, Any] = {}  # anything the writer wants to hand back (e.g. duplicates)
        self._cancel = cancel
        self._progress = progress
        self._done = 0

    def check_cancel(self) -> None:
        check_cancel(self._cancel)

    def column(self, key: str, default: str | None = None) -> str:
        """The file's column for field *key* (so the report names what the user sees)."""
        return self.columns.get(key) or default or key

    def advance(self, n: int = 1) -> None:
        self._done += n
        if self._progress is not None and (self._done % _WRITE_PROGRESS_EVERY == 0 or self._done >= self.total):
            self._progress(min(self._done, self.total), self.total)

    def each(self, records: Iterable[tuple[int, R]]) -> Iterator[tuple[int, R]]:
        """Iterate records, checking cancel before each and reporting progress after."""
        for item in records:
            self.check_cancel()
            yield item
            self.advance()

    def reject(self, row: int | None, column: str, value: object, reason: str) -> None:
        self.rejected += 1
        self.problems.append(Problem(row, column, value, reason, REJECTED))

    def problem(self, row: int | None, column: str, value: object, reason: str,
                severity: str = CHANGED) -> None:
        self.problems.append(Problem(row, column, value, reason, severity))


@dataclass
class ImportResult:
    """Outcome of one run.  ``written``: whether anything was committed."""

    path: Path
    dry_run: bool
    policy: str
    written: bool = False
    read: int = 0
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    problems: list[Problem] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    columns: list[str] = field(default_factory=list)
    header_row: int = 0
    encoding: str | None = None
    sheet: str | None = None
    report_path: Path | None = None
    report_error: str | None = None
    backup_path: Path | None = None  # the "import" backup taken before writing
    extra: dict[str, Any] = field(default_factory=dict)  # from WriteContext.extra
    kind: str = ""  # "members" / "sales": names the staged job (jobs.py)
    stats: Any = None  # jobs.ApplyStats of a committed chunked run: commits, longest lock hold

    def counts(self) -> dict[str, int]:
        return {"read": self.read, "imported": self.imported, "updated": self.updated,
                "skipped": self.skipped, "rejected": self.rejected}

    def summary(self) -> dict[str, object]:
        """Chinese key → value, for the report's summary sheet and the wizard."""
        return {
            tr("文件"): str(self.path),
            tr("读取行数"): self.read,
            tr("新增"): self.imported,
            tr("更新"): self.updated,
            tr("跳过"): self.skipped,
            tr("未导入(有问题)"): self.rejected,
            tr("结果"): tr("已写入数据库") if self.written else (
                tr("预览,未写入") if self.dry_run else tr("有问题行,未写入任何数据")),
        }

    def to_json(self) -> dict[str, object]:
        return {
            "file": str(self.path),
            "dry_run": self.dry_run,
            "policy": self.policy,
            "written": self.written,
            "counts": self.counts(),
            "header_row": self.header_row,
            "encoding": self.encoding,
            "sheet": self.sheet,
            "mapping": self.mapping,
            "report": str(self.report_path) if self.report_path else None,
            "report_error": self.report_error,
            "problems": [p.to_json() for p in self.problems],
            "transactions": self.stats.to_json() if self.stats is not None else None,
            **self.extra,
        }


class ChunkedWriter:
    """A writer that can commit in many short transactions (issue 13; jobs.py drives it).

    ``units(records)`` groups records that must commit together (a ticket's lines);
    ``begin(ctx)`` loads what the writer needs, outside any transaction; ``write_chunk``
    writes some units inside one short transaction; ``finish(ctx)`` is the last step
    (statistics, audit log) inside the final transaction; ``close()`` always runs after,
    outside any transaction.  A writer must be picklable before ``begin`` (a killed
    import is completed at the next start from its pickled state)."""

    def units(self, records: Sequence[tuple[int, Any]]) -> list[list[tuple[int, Any]]]:
        return [[r] for r in records]

    def begin(self, ctx: WriteContext) -> None:
        pass

    def prepare(self, records: Sequence[tuple[int, Any]]) -> None:
        """Work on the next chunk's records that needs no lock (nothing read may change it);
        called just before ``write_chunk`` outside the transaction, so the lock is held
        for less and each transaction takes more records (issue 14)."""

    def write_chunk(self, records: Sequence[tuple[int, Any]], ctx: WriteContext) -> None:
        raise NotImplementedError

    def finish(self, ctx: WriteContext) -> None:
        pass

    def close(self) -> None:
        pass

    def __call__(self, records: Sequence[tuple[int, Any]], ctx: WriteContext) -> None:
        """The whole run inside the caller's one transaction (the old way; tests, tools)."""
        self.begin(ctx)
        try:
            self.write_chunk([r for u in self.units(records) for r in u], ctx)
            self.finish(ctx)
        finally:
            self.close()


class _Rollback(Exception):
    """Raised inside the transaction to undo a preview."""


def run_import(
    source: str | Path | Table,
    fields: Mapping[str, FieldSpec],
    validate: Callable[[ImportRow], R | None],
    write: Callable[[Sequence[tuple[int, R]], WriteContext], None],
    *,
    mapping: Mapping[str, str] | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
    policy: str = ALL_OR_NOTHING,
    dry_run: bool = False,
    simulate_write: bool = True,
    progress: Progress | None = None,
    phase: Callable[[str], None] | None = None,
    cancel: Cancel | None = None,
    report_path: str | Path | None = None,
    backup: bool = True,
    kind: str = "",
) -> ImportResult:
    """Run one import; see the module docstring.  Raises ValidationError for a
    file that can't be read or a mapping that misses a required column, and
    ImportCancelled when cancelled (nothing written in either case).

    *simulate_write*=False skips the rolled-back writer on dry runs and refused
    files (faster preview, but without the writer's duplicate/count details).
    *backup*: take a verified "import" backup before committing (default; every
    front end gets it)."""
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}")
    table = source if isinstance(source, Table) else open_table(
        source, encoding=encoding, sheet=sheet, known=all_synonyms(fields.values()) or None)
    with table:
        used = dict(mapping) if mapping is not None else guess_mapping(table.columns, fields)
        for col in table.columns:
            used.setdefault(col, NOTES)
        check_mapping(used, fields)
        result = ImportResult(table.path, dry_run, policy, mapping=used, columns=list(table.columns),
                              header_row=table.header_row, encoding=table.encoding, sheet=table.sheet,
                              kind=kind)
        notes_label = tr(fields[NOTES].label) if NOTES in fields else tr("备注")
        notes_headers = all_synonyms([fields[NOTES]]) if NOTES in fields else set()
        for col, key in used.items():
            if key == NOTES and col in table.columns and normalise_header(col) not in notes_headers:
                result.problems.append(Problem(
                    None, col, "", tr("未识别的列,内容记入") + notes_label, CHANGED))
        columns_of = {key: col for col, key in used.items() if key != NOTES}

        staged: list[tuple[int, R]] = []
        if phase:
            phase("reading")
        for number, row in table.rows(progress=progress, cancel=cancel):
            values, notes = _apply_mapping(row, used)
            irow = ImportRow(number, values, notes, columns_of)
            record = validate(irow)
            result.read += 1
            result.problems.extend(irow.problems)
            if irow.rejected or record is None:
                result.rejected += 1
                if not irow.rejected:  # validator said no without saying why
                    result.problems.append(Problem(number, "", "", tr("此行无法导入"), REJECTED))
            else:
                staged.append((number, record))

    if result.read == 0:
        where = tr("工作表“{sheet}”").format(sheet=table.sheet) if table.sheet else tr("文件")
        raise ValidationError(FILE_FIELD, tr(
            "{name} 的{where}只有表头(第 {row} 行),下面没有数据行。请确认选对了文件和工作表,"
            "或把会员资料粘贴到表头下面再导入。").format(name=table.path.name, where=where, row=table.header_row))
    commit = not dry_run and not (policy == ALL_OR_NOTHING and result.rejected)
    if staged and isinstance(write, ChunkedWriter):
        _write_chunked(result, staged, write, columns_of, commit=commit, simulate=simulate_write,
                       backup=backup, progress=progress, phase=phase, cancel=cancel)
    elif staged and (commit or simulate_write):
        _write_in_one_transaction(result, staged, write, columns_of, commit=commit, backup=backup,
                                  progress=progress, phase=phase, cancel=cancel)
    if not staged:
        result.written = False

    if report_path is not None and result.problems:
        if phase:
            phase("report")
        try:
            result.report_path = write_report_xlsx(result.problems, report_path, result.summary())
        except OSError as exc:
            result.report_error = tr("无法保存导入报告") + f"({exc})"
    return result


def _take_ctx(result: ImportResult, ctx: WriteContext) -> None:
    result.problems.extend(ctx.problems)
    result.imported, result.updated, result.skipped = ctx.imported, ctx.updated, ctx.skipped
    result.rejected += ctx.rejected
    result.extra.update(ctx.extra)


def _backup(result: ImportResult, phase: Callable[[str], None] | None) -> None:
    # Every bulk write takes a backup first, whichever front end started it (issue 13) — a new
    # shop's file too: it already holds the owner's settings, tiers and PIN (about 0.5 s).
    if phase:
        phase("backup")
    result.backup_path = getattr(backup_before("import"), "path", None)


def _write_in_one_transaction(result: ImportResult, staged: list[tuple[int, R]],
                              write: Callable[[Sequence[tuple[int, R]], WriteContext], None],
                              columns_of: dict[str, str], *, commit: bool, backup: bool,
                              progress: Progress | None, phase: Callable[[str], None] | None,
                              cancel: Cancel | None) -> None:
    """A plain writer function: everything in one transaction (holds the lock throughout;
    the importers of vipdesk are ChunkedWriters and never take this path)."""
    if commit and backup:
        _backup(result, phase)
    if phase:
        phase("writing")
    ctx = WriteContext(len(staged), cancel, progress, dry_run=not commit, columns=columns_of)
    try:
        with transaction():
            write(staged, ctx)
            ctx.check_cancel()
            if not commit or (result.policy == ALL_OR_NOTHING and ctx.rejected):
                raise _Rollback()
        result.written = True
    except _Rollback:
        result.written = False
    finally:
        _take_ctx(result, ctx)


def _write_chunked(result: ImportResult, staged: list[tuple[int, R]], writer: ChunkedWriter,
                   columns_of: dict[str, str], *, commit: bool, simulate: bool, backup: bool,
                   progress: Progress | None, phase: Callable[[str], None] | None,
                   cancel: Cancel | None) -> None:
    """Issue 13: the counter never waits.  A preview, and the all-or-nothing check before a
    real run, run the writer on a private copy of the file (no write lock at all); a real
    run then stages the records and applies them in short transactions (jobs.py)."""
    import copy

    from vipdesk.model.importing import jobs
    from vipdesk.model.importing.snapshot import private_copy

    check = not commit or result.policy == ALL_OR_NOTHING
    if check and (commit or simulate):
        if phase:
            phase("checking")
        ctx = WriteContext(len(staged), cancel, progress, dry_run=True, columns=columns_of)
        with private_copy():
            jobs.apply_unstaged(copy.deepcopy(writer), staged, ctx)
        if not commit or ctx.rejected:
            result.written = False
            _take_ctx(result, ctx)
            return
    if not commit:
        return
    if backup:
        _backup(result, phase)
    # Once applying, a cancel would only leave work for the next start: the run finishes.
    ctx = WriteContext(len(staged), None, None, dry_run=False, columns=columns_of)
    stats = jobs.ApplyStats(holds=[])
    try:
        jobs.stage_and_apply(result.kind or "import", str(result.path), writer, staged, ctx, cancel=cancel,
                             progress=progress, phase=phase, stats=stats)
        result.written = True
    finally:
        result.stats = stats
        if result.written:
            _take_ctx(result, ctx)


def duplicate(ctx: WriteContext, row: int, column: str, value: object, reason: str) -> None:
    """Shorthand for listing a duplicate in the report."""
    ctx.problem(row, column, value, reason, DUPLICATE)
