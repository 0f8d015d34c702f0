"""``vipdesk export monthly``, ``vipdesk export members`` and ``vipdesk segments``.

``export`` owns its kinds; a members export in the import layout by the import
module (``vipdesk.model.importing.members_export``) is not used here because
the roster adds segment columns the importer ignores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from vipdesk.cli.common import emit_json, fail, open_db


def _common(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: a sub-parser default would overwrite `vipdesk --db X export …` with None.
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="数据库文件路径(默认在本机用户数据目录)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="输出 JSON(供脚本使用)")


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="导出 Excel:月度会员汇总、会员名单", description="导出 Excel 工作簿")
    kinds = p.add_subparsers(dest="export_kind", required=True)
    m = kinds.add_parser("monthly", help="月度会员汇总工作簿(给总部)", description="导出某月的会员月度汇总 .xlsx")
    _common(m)
    m.add_argument("--month", default=None, help="月份 YYYY-MM(默认:上个月)")
    m.add_argument("--from", dest="date_from", default=None, help="或:开始日期 YYYY-MM-DD(与 --to 一起用)")
    m.add_argument("--to", dest="date_to", default=None, help="结束日期 YYYY-MM-DD(含当天)")
    m.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="输出的 .xlsx 文件")
    m.add_argument("--full-phones", action="store_true", help="导出完整手机号(默认打码,会记入审计日志)")
    m.set_defaults(func=cmd_monthly)

    r = kinds.add_parser("members", help="会员名单(含分群)", description="导出会员名单 .xlsx,含各分群列")
    _common(r)
    r.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="输出的 .xlsx 文件")
    r.add_argument("--segment", default=None, help="只导出某个分群(名称或键,见 vipdesk segments)")
    r.add_argument("--full-phones", action="store_true", help="导出完整手机号(默认打码,会记入审计日志)")
    r.set_defaults(func=cmd_members)

    s = sub.add_parser("segments", help="各会员分群的人数", description="各会员分群的人数(按今天重新计算)")
    _common(s)
    s.add_argument("--recompute", action="store_true", help="强制全部重新计算")
    s.add_argument("--rules", action="store_true", help="显示分群规则说明")
    s.set_defaults(func=cmd_segments)


def _period(args: argparse.Namespace):  # noqa: ANN202
    from vipdesk.reports.period import date_range, month_period, parse_month

    if args.date_from or args.date_to:
        if not (args.date_from and args.date_to):
            raise ValueError("--from 和 --to 需要一起使用")
        return date_range(dt.date.fromisoformat(args.date_from), dt.date.fromisoformat(args.date_to))
    if args.month:
        return parse_month(args.month)
    return month_period(dt.date.today()).previous()


def _printer(enabled: bool):  # noqa: ANN202
    if not enabled:
        return None

    def progress(done: int, total: int, text: str) -> None:
        print(f"\r{text} {done}/{total}" + " " * 10, end="", file=sys.stderr, flush=True)

    return progress


def _require_full_phones(args: argparse.Namespace) -> None:
    """Issue 13: the CLI obeys the GUI's permissions (PIN on a terminal, --pin-file, VIPDESK_PIN)."""
    from vipdesk.cli.common import require_permission
    from vipdesk.model.access import FULL_PHONES

    require_permission(args, FULL_PHONES)


def cmd_monthly(args: argparse.Namespace) -> int:
    from vipdesk.model.errors import VipdeskError
    from vipdesk.reports.monthly import export_monthly

    try:
        period = _period(args)
    except (ValueError, VipdeskError) as exc:
        return fail(str(exc))
    open_db(args)
    if args.full_phones:
        _require_full_phones(args)
    as_json = getattr(args, "json", False)
    out = export_monthly(period, args.output, full_phones=args.full_phones,
                         progress=_printer(not as_json and sys.stderr.isatty()))
    if as_json:
        emit_json({"file": str(out), "period": period.key, "full_phones": args.full_phones})
    else:
        print(f"已导出 {period.label} 会员月度汇总:{out}")
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    from vipdesk.model.errors import VipdeskError
    from vipdesk.model.segmentation import find_segment
    from vipdesk.reports.roster import export_members

    open_db(args)
    try:
        if args.segment:
            find_segment(args.segment)
    except VipdeskError as exc:
        return fail(str(exc))
    if args.full_phones:
        _require_full_phones(args)
    as_json = getattr(args, "json", False)
    out, n = export_members(args.output, segment=args.segment, full_phones=args.full_phones,
                            progress=_printer(not as_json and sys.stderr.isatty()))
    if as_json:
        emit_json({"file": str(out), "members": n, "segment": args.segment or ""})
    else:
        print(f"已导出 {n} 位会员:{out}")
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    from vipdesk.model.segmentation import ensure_fresh, recompute_all, rules_text, segment_counts

    open_db(args)
    if args.rules:
        print(rules_text())
        return 0
    if args.recompute:
        recompute_all()
    else:
        ensure_fresh()
    counts = segment_counts()
    if getattr(args, "json", False):
        emit_json([{"key": d.key, "label": d.label, "group": d.group, "count": n} for d, n in counts])
        return 0
    group = None
    for d, n in counts:
        if d.group != group:
            group = d.group
            print(f"【{group}】")
        print(f"  {d.label:<12}{n:>8} 人   ({d.key})")
    return 0
