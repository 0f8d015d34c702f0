"""``vipdesk import members FILE`` (and ``vipdesk import sales FILE``).

Each kind of import is a module with ``run_file(path, *, dry_run, policy,
encoding, sheet, progress, report) -> ImportResult`` and a Chinese ``LABEL``;
``IMPORT_KINDS`` maps the sub-command to that module.  A kind whose module does
not exist yet is simply not offered, so sales import plugs in by adding its
module (one line here if it lives elsewhere).

Exit codes: 0 written (or a clean dry run), 1 rows rejected (with --skip-bad:
good rows written; without: nothing written), 2 the file could not be read.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

from vipdesk.cli.common import emit_json, fail, open_db

IMPORT_KINDS: dict[str, str] = {
    "members": "vipdesk.model.importing.members_import",
    "sales": "vipdesk.model.sales.pos_import",
}
# Labels kept here so building the parser imports no import module (openpyxl, pypinyin):
# `vipdesk find` and `--help` stay fast (issue 14).  A kind missing here is imported for its LABEL.
IMPORT_LABELS: dict[str, str] = {"members": "会员", "sales": "销售"}


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="从 Excel/CSV 导入会员或销售", description="从 Excel/CSV 导入会员或销售")
    kinds = p.add_subparsers(dest="import_kind", required=True)
    for kind, module_name in IMPORT_KINDS.items():
        label = IMPORT_LABELS.get(kind)
        if label is None:
            module = _module(module_name)
            if module is None:
                continue
            label = getattr(module, "LABEL", kind)
        k = kinds.add_parser(kind, help=f"导入{label}", description=f"从 .xlsx、.xls 或 .csv 导入{label}")
        # Same options as add_common, but SUPPRESS defaults: a sub-parser's default would
        # otherwise overwrite `vipdesk --db X import ...` with None (argparse behaviour).
        k.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="数据库文件路径(默认在本机用户数据目录)")
        k.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="输出 JSON(供脚本使用)")
        k.add_argument("file", type=Path, help="要导入的 .xlsx、.xls 或 .csv 文件")
        k.add_argument("--dry-run", action="store_true", help="只检查并报告,不写入任何数据")
        k.add_argument("--skip-bad", action="store_true",
                       help="导入没有问题的行,跳过有问题的行(默认:有任何问题行则全部不导入)")
        k.add_argument("--encoding", default=None, help="CSV 文件编码,如 gbk、utf-8(默认自动识别)")
        k.add_argument("--sheet", default=None, help="Excel 工作表名称(默认:打开时显示的那张)")
        k.add_argument("--no-report", action="store_true", help="不在文件旁保存导入报告 .xlsx")
        k.set_defaults(func=_run, import_module=module_name)


def _progress_printer(enabled: bool):  # noqa: ANN202
    state = {"phase": "", "last": -1}
    names = {"reading": "读取", "checking": "检查", "backup": "备份", "staging": "准备写入", "writing": "写入",
             "report": "保存报告"}

    def phase(name: str) -> None:
        state["phase"], state["last"] = names.get(name, name), -1

    def progress(done: int, total: int) -> None:
        pct = int(done * 100 / total) if total else 0
        if pct // 10 != state["last"] // 10:
            state["last"] = pct
            print(f"\r{state['phase']} {pct}%", end="", file=sys.stderr, flush=True)

    return (phase, progress) if enabled else (None, None)


def _run(args: argparse.Namespace) -> int:
    from vipdesk.model.errors import ValidationError
    from vipdesk.model.importing.runner import ALL_OR_NOTHING, SKIP_BAD
    from vipdesk.model.importing.tabular import ImportCancelled

    module = importlib.import_module(args.import_module)
    if not args.file.exists():
        return fail(f"文件不存在:{args.file}")
    open_db(args)
    if not args.dry_run:  # issue 13: the CLI obeys the GUI's permissions
        from vipdesk.cli.common import require_permission
        from vipdesk.model.access import IMPORT

        require_permission(args, IMPORT)
    interactive = not args.json and sys.stderr.isatty()
    phase, progress = _progress_printer(interactive)
    try:
        result = module.run_file(
            args.file, dry_run=args.dry_run, policy=SKIP_BAD if args.skip_bad else ALL_OR_NOTHING,
            encoding=args.encoding, sheet=args.sheet, progress=progress, phase=phase,
            report=not args.no_report)
    except ValidationError as exc:
        if args.json:
            emit_json({"file": str(args.file), "error": {"field": exc.field, "message": exc.message}})
            return 2
        return fail(f"{exc.field}:{exc.message}")
    except ImportCancelled as exc:
        return fail(str(exc), 130)
    finally:
        if interactive:
            print(file=sys.stderr)
    if args.json:
        emit_json(result.to_json())
    else:
        _print_text(result)
    return 1 if result.rejected else 0


def _print_text(result: Any) -> None:
    from vipdesk.model.importing.report import SEVERITY_LABELS, display_value

    c = result.counts()
    if result.written:
        head = "导入完成"
    elif result.dry_run:
        head = "预览(未写入任何数据)"
    else:
        head = "有问题行,未写入任何数据(可用 --skip-bad 只导入没有问题的行)"
    print(head)
    print(f"读取 {c['read']} 行:新增 {c['imported']},更新 {c['updated']},跳过 {c['skipped']},"
          f"有问题 {c['rejected']}")
    shown = [p for p in result.problems if p.severity != "changed" or p.row is None]
    for p in shown[:50]:
        where = f"第 {p.row} 行" if p.row is not None else "文件"
        value = display_value(p.value)
        print(f"  {where} [{p.column}] {value!s:.30} — {p.reason}({SEVERITY_LABELS.get(p.severity, p.severity)})")
    if len(result.problems) > len(shown[:50]):
        print(f"  … 共 {len(result.problems)} 条,详见报告")
    if result.report_path:
        print(f"报告已保存:{result.report_path}")
    if result.report_error:
        print(result.report_error, file=sys.stderr)
