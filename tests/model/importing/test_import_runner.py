"""The generic import run: policies, dry run, one transaction, cancel, progress, report.

A toy import (clerks into the Staff table) stands in for members and sales, so
the runner is tested on its own terms against a real SQLite file.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.model.importing import parse
from vipdesk.model.importing.mapping import NOTES, FieldSpec
from vipdesk.model.importing.report import CHANGED, REJECTED
from vipdesk.model.importing.runner import (
    ALL_OR_NOTHING,
    SKIP_BAD,
    ImportRow,
    WriteContext,
    run_import,
)
from vipdesk.model.importing.tabular import ImportCancelled
from vipdesk.model.members.phone import normalize_mobile
from vipdesk.model.store.tables import Staff

FIELDS = {f.key: f for f in (
    FieldSpec("name", "姓名", ("姓名", "名字"), required=True),
    FieldSpec("phone", "手机", ("手机", "电话")),
    FieldSpec(NOTES, "备注", ("备注",)),
)}


def validate(row: ImportRow) -> tuple[str, str] | None:
    name = row.parse("name", lambda v, c: parse.parse_text(v, c, max_len=20), required=True)
    phone = row.parse("phone", normalize_mobile, default="")
    return (name, phone)


def write(records: Sequence[tuple[int, tuple[str, str]]], ctx: WriteContext) -> None:
    for row, (name, phone) in ctx.each(records):
        if name == "坏人":
            ctx.reject(row, ctx.column("name"), name, "写入时发现的问题")
            continue
        Staff.create(name=name, phone=phone)
        ctx.imported += 1


def _csv(tmp_path: Path, rows: list[str], name: str = "staff.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(["姓名,手机,爱好", *rows]) + "\n", encoding="utf-8")
    return path


GOOD = ["王芳,13812345678,瑜伽", "李娜,13900001111,"]
BAD = ["张三,12345,", ",13700002222,"]


def test_all_or_nothing_writes_nothing_when_a_row_is_bad(db_path: Path, tmp_path: Path) -> None:
    result = run_import(_csv(tmp_path, GOOD + BAD), FIELDS, validate, write)
    assert not result.written
    assert Staff.select().count() == 0
    assert result.counts() == {"read": 4, "imported": 2, "updated": 0, "skipped": 0, "rejected": 2}
    rejected = [(p.row, p.column, p.severity) for p in result.problems if p.severity == REJECTED]
    assert rejected == [(4, "手机", REJECTED), (5, "姓名", REJECTED)]
    assert any(p.row is None and p.column == "爱好" and p.severity == CHANGED for p in result.problems)


def test_skip_bad_writes_the_good_rows(db_path: Path, tmp_path: Path) -> None:
    result = run_import(_csv(tmp_path, GOOD + BAD), FIELDS, validate, write, policy=SKIP_BAD)
    assert result.written
    assert sorted(s.name for s in Staff.select()) == ["李娜", "王芳"]
    assert result.rejected == 2


def test_clean_file_is_written_in_one_go(db_path: Path, tmp_path: Path) -> None:
    result = run_import(_csv(tmp_path, GOOD), FIELDS, validate, write)
    assert result.written and result.imported == 2 and Staff.select().count() == 2


def test_dry_run_computes_everything_and_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    result = run_import(_csv(tmp_path, GOOD), FIELDS, validate, write, dry_run=True)
    assert not result.written and result.dry_run
    assert result.imported == 2
    assert Staff.select().count() == 0
    fast = run_import(_csv(tmp_path, GOOD), FIELDS, validate, write, dry_run=True, simulate_write=False)
    assert fast.imported == 0 and fast.read == 2 and Staff.select().count() == 0


def test_a_writer_rejection_undoes_the_whole_run(db_path: Path, tmp_path: Path) -> None:
    path = _csv(tmp_path, [*GOOD, "坏人,13700002222,"])
    result = run_import(path, FIELDS, validate, write)
    assert not result.written and result.rejected == 1
    assert Staff.select().count() == 0
    result = run_import(path, FIELDS, validate, write, policy=SKIP_BAD)
    assert result.written and Staff.select().count() == 2


def test_writer_exception_rolls_back(db_path: Path, tmp_path: Path) -> None:
    def failing(records: Sequence[tuple[int, tuple[str, str]]], ctx: WriteContext) -> None:
        write(records, ctx)
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        run_import(_csv(tmp_path, GOOD), FIELDS, validate, failing)
    assert Staff.select().count() == 0


def test_cancel_halfway_through_the_write_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    from vipdesk.model.members.profile import enrol

    enrol("老顾客", "13900000001")  # a shop with data: its import takes a backup first (issue 14)
    rows = [f"会员{i},138{i:08d}," for i in range(1000)]
    stop = threading.Event()
    phases: list[str] = []
    written_before_cancel: list[int] = []

    def progress(done: int, total: int) -> None:
        if phases and phases[-1] == "writing" and done >= total // 2:
            written_before_cancel.append(Staff.select().count())  # same connection: sees its own writes
            stop.set()

    with pytest.raises(ImportCancelled):
        run_import(_csv(tmp_path, rows), FIELDS, validate, write, cancel=stop, progress=progress,
                   phase=phases.append)
    assert phases == ["reading", "backup", "writing"]  # issue 13: a backup before any write
    assert written_before_cancel and written_before_cancel[0] >= 400  # really halfway
    assert Staff.select().count() == 0


def test_cancel_while_reading(db_path: Path, tmp_path: Path) -> None:
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    with pytest.raises(ImportCancelled):
        run_import(_csv(tmp_path, GOOD), FIELDS, validate, write, cancel=cancel)
    assert Staff.select().count() == 0


def test_progress_reaches_the_end_of_each_phase(db_path: Path, tmp_path: Path) -> None:
    rows = [f"会员{i},138{i:08d}," for i in range(1200)]
    events: list[tuple[str, int, int]] = []
    phase = {"now": ""}

    def on_phase(name: str) -> None:
        phase["now"] = name

    run_import(_csv(tmp_path, rows), FIELDS, validate, write, phase=on_phase,
               progress=lambda d, t: events.append((phase["now"], d, t)))
    writing = [(d, t) for p, d, t in events if p == "writing"]
    reading = [(d, t) for p, d, t in events if p == "reading"]
    assert writing[-1] == (1200, 1200) and reading[-1][0] == reading[-1][1]
    assert all(d <= t for d, t in writing + reading)


def test_user_mapping_and_missing_required_column(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("名称,号码\n王芳,13812345678\n", encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        run_import(path, FIELDS, validate, write)
    assert exc.value.field == "姓名"
    result = run_import(path, FIELDS, validate, write, mapping={"名称": "name", "号码": "phone"})
    assert result.written and Staff.get().phone == "13812345678"


def test_report_saved_when_there_are_problems(db_path: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.xlsx"
    result = run_import(_csv(tmp_path, GOOD + BAD), FIELDS, validate, write, report_path=report)
    assert result.report_path == report and report.exists()
    data = result.to_json()
    assert data["counts"]["rejected"] == 2 and data["report"] == str(report)
    assert {p["row"] for p in data["problems"] if p["severity"] == "rejected"} == {4, 5}


def test_report_error_is_reported_not_raised(db_path: Path, tmp_path: Path) -> None:
    result = run_import(_csv(tmp_path, BAD), FIELDS, validate, write, report_path=tmp_path / "no" / "r.xlsx")
    assert result.report_path is None and result.report_error


def test_unknown_policy_refused(db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        run_import(_csv(tmp_path, GOOD), FIELDS, validate, write, policy="maybe")
    assert ALL_OR_NOTHING != SKIP_BAD


def test_first_import_into_a_new_shop_is_backed_up_too(db_path: Path, tmp_path: Path) -> None:
    """Issue 13: every import takes a backup first — a new shop's first one too, since its file
    already holds the owner's settings, tiers and PIN; and a shop with members of course."""
    from vipdesk.model.members.profile import enrol

    phases: list[str] = []
    result = run_import(_csv(tmp_path, GOOD), FIELDS, validate, write, phase=phases.append)
    assert result.written and "backup" in phases and result.backup_path is not None
    enrol("老顾客", "13900000001")
    phases.clear()
    rows = [f"会员{i},137{i:08d}," for i in range(3)]
    result = run_import(_csv(tmp_path, rows), FIELDS, validate, write, phase=phases.append)
    assert result.written and "backup" in phases and result.backup_path is not None and result.backup_path.exists()
