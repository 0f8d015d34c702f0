"""``vipdesk demo``: build a demo shop into a new database file (benchmarks, newcomers, screenshots)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from vipdesk.cli.common import add_subcommand, emit_json, fail


def _keep_parent_options(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``vipdesk --db X demo`` must mean X: argparse would otherwise put the
    sub-command's default over a --db given before the sub-command."""
    for action in p._actions:
        if action.dest in ("db", "json"):
            action.default = argparse.SUPPRESS
    return p


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("日期格式应为 2026-11-23") from None


def register(sub: Any) -> None:
    p = add_subcommand(sub, "demo", "生成一个示范店数据库(会员、导购、两年销售),用于试用和性能测试")
    p.add_argument("--members", type=int, default=2000, help="会员人数(默认 2000)")
    p.add_argument("--sales", type=int, default=20000, help="销售明细行数(默认 20000)")
    p.add_argument("--seed", type=int, default=1, help="随机种子:相同种子生成相同数据(默认 1)")
    p.add_argument("--today", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="把哪一天当作“今天”(默认今天;固定它可得到完全相同的文件内容)")
    p.add_argument("--force", action="store_true", help="数据库文件已存在时删除后重建(会丢失其中全部数据!)")
    p.set_defaults(func=cmd_demo)
    _keep_parent_options(p)


def _remove_database(path: Path) -> None:
    for f in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
              path.with_name(path.name + "-journal")):
        f.unlink(missing_ok=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from vipdesk.demo.builder import build_demo
    from vipdesk.model.errors import VipdeskError
    from vipdesk.model.safety.lock import InstanceLock
    from vipdesk.model.store.db import close_database
    from vipdesk.paths import default_db_path

    path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    as_json = bool(getattr(args, "json", False))
    if args.members < 1 or args.sales < 0:
        return fail("会员人数至少为 1,销售行数不能为负数")
    if args.force and path.is_file():  # issue 13: wiping the shop's data = the GUI's 恢复备份 (replace all data)
        from vipdesk.cli.common import require_permission_on_file

        require_permission_on_file(args, path, "restore")
    try:
        with InstanceLock(path):
            if path.exists() and path.stat().st_size > 0:
                if not args.force:
                    return fail(f"数据库文件已存在:{path}。为保护数据不会覆盖;确定要重建请加 --force")
                _remove_database(path)
            last = [-1]

            def progress(done: int, total: int, text: str) -> None:
                pct = done * 100 // max(1, total)
                if not as_json and pct != last[0] and sys.stderr.isatty():
                    print(f"\r{text} {pct}%", end="", file=sys.stderr, flush=True)
                last[0] = pct

            summary = build_demo(path, members=args.members, sales=args.sales, seed=args.seed,
                                 progress=progress, today=args.today)
            close_database()
    except VipdeskError as exc:  # e.g. the GUI has this database open
        return fail(str(exc))
    if not as_json and sys.stderr.isatty():
        print(file=sys.stderr)
    if as_json:
        emit_json(summary.__dict__)
    else:
        print(f"示范店已生成:{summary.path}")
        print(f"  会员 {summary.members:,} 人,导购 {summary.staff} 人")
        print(f"  销售小票 {summary.tickets:,} 张(退货 {summary.returns:,} 张),明细 {summary.sale_lines:,} 行")
        print(f"  积分流水 {summary.points_entries:,} 条,等级变动 {summary.tier_changes:,} 条")
        print(f"  礼券 {summary.vouchers:,} 张,礼品兑换 {summary.gift_redemptions:,} 次,"
              f"会员同意记录 {summary.consent_events:,} 条")
        print(f"  到店未购 {summary.visits:,} 次,回访记录 {summary.contacts:,} 条")
        print(f"  用时 {summary.seconds:.1f} 秒")
    return 0
