"""``vipdesk bench``: vipdesk's speed against raw baselines on a demo shop (issue 14)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vipdesk.cli.common import add_subcommand, emit_json, fail


def register(sub: Any) -> None:
    p = add_subcommand(sub, "bench", "性能测试:与原始基线(纯 SQL、openpyxl 只写、calamine)同场比较")
    p.add_argument("--members", type=int, default=100_000, help="会员人数(默认 100000)")
    p.add_argument("--sales", type=int, default=1_000_000, help="销售明细行数(默认 1000000)")
    p.add_argument("--seed", type=int, default=1, help="示范数据随机种子(默认 1)")
    p.add_argument("--only", default="", help="只测这些任务,逗号分隔,如 sale,find,search_phone_tail")
    p.add_argument("--reps", type=int, default=3, help="每项重复几次取中位数(默认 3)")
    p.add_argument("--cache", type=Path, default=None,
                   help="示范数据库缓存目录(默认本机用户缓存目录下的 vipdesk/bench)")
    p.add_argument("--import-latency", action="store_true",
                   help="测导入期间的收银延迟:另一进程导入 --members 位会员和 --tickets 张小票(issue 13)")
    p.add_argument("--tickets", type=int, default=10_000, help="--import-latency 导入的小票张数(默认 10000)")
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    if getattr(args, "import_latency", False):
        return _import_latency(args)
    from vipdesk.bench.runner import ORDER, run_bench, table

    only = [t.strip() for t in args.only.split(",") if t.strip()]
    unknown = [t for t in only if t not in ORDER]
    if unknown:
        return fail(f"没有这个任务:{', '.join(unknown)}。可选:{', '.join(ORDER)}")
    if args.members < 1 or args.sales < 0 or args.reps < 1:
        return fail("会员人数和重复次数至少为 1,销售行数不能为负数")
    as_json = bool(getattr(args, "json", False))

    def say(msg: str) -> None:
        if not as_json:
            print(msg, file=sys.stderr, flush=True)

    report = run_bench(args.members, args.sales, seed=args.seed, only=only or None, reps=args.reps, say=say,
                       folder=args.cache)
    if as_json:
        emit_json(report)
    else:
        print(table(report))
    return 0


def _import_latency(args: argparse.Namespace) -> int:
    from vipdesk.bench import import_latency

    as_json = bool(getattr(args, "json", False))
    report = import_latency.run(args.members, args.tickets, folder=args.cache,
                                say=(lambda m: None) if as_json else (lambda m: print(m, file=sys.stderr, flush=True)))
    if as_json:
        emit_json(report)
    else:
        print(import_latency.table(report))
    return 0 if report["meets"] else 1
