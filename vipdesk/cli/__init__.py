"""Command line: ``vipdesk`` (GUI) and headless sub-commands.

Each sub-command lives in its own module under ``vipdesk.cli`` exposing
``register(subparsers)``; the module adds its parser and sets ``func``
(called with the parsed args, returns an exit code).  Keep this list sorted.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES: tuple[str, ...] = (
    "care",
    "demo",
    "importing",
    "loyalty",
    "members",
    "reports",
    "safety",
)


def build_parser() -> argparse.ArgumentParser:
    from vipdesk.cli.common import add_common

    parser = argparse.ArgumentParser(prog="vipdesk", description="会员管家 vipdesk")
    add_common(parser)
    parser.add_argument("--smoke", action="store_true", help="启动窗口、绘制一次后退出(用于检测)")
    parser.add_argument("--lang", default=None, help="界面语言,如 zh_CN(默认)或 en")
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(f"vipdesk.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        from vipdesk.ui.app import run_gui

        return run_gui(args)
    from vipdesk.cli.common import run_guarded

    try:
        return run_guarded(args.func, args)
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and cut short: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
