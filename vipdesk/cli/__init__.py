"""Command line: ``vipdesk`` (GUI) and headless sub-commands.

Each sub-command lives in its own module under ``vipdesk.cli`` exposing
``register(subparsers)``; the module adds its parser and sets ``func``
(called with the parsed args, returns an exit code).  Keep this list sorted.

Only the module of the command being run is imported (issue 14: ``vipdesk find``
must not pay for Qt, openpyxl or pypinyin).  ``COMMANDS`` maps each sub-command
name to its module; a name missing there (or ``--help``) loads every module, so a
module added to ``COMMAND_MODULES`` alone still works, only less lazily.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES: tuple[str, ...] = (
    "bench",
    "care",
    "demo",
    "importing",
    "loyalty",
    "members",
    "reports",
    "safety",
    "sms",
)

# sub-command name -> module in COMMAND_MODULES that registers it
COMMANDS: dict[str, str] = {
    "bench": "bench",
    "birthdays": "care", "calllist": "care", "reminders": "care", "uncontacted": "care",
    "demo": "demo",
    "import": "importing",
    "loyalty": "loyalty",
    "find": "members", "member": "members",
    "export": "reports", "segments": "reports",
    "backup": "safety", "check": "safety", "restore": "safety",
    "sms": "sms",
}

_HELP = ("-h", "--help")
# top-level options that take a value: ``vipdesk --db D:\\店\\vip.db`` is the GUI, not a command "D:\\…"
_VALUED = ("--db", "--user", "--pin-file", "--lang")


def modules_for(argv: list[str]) -> tuple[str, ...]:
    """The command modules ``argv`` needs: its command's module, none for the GUI, all for help."""
    words: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token.startswith("-"):
            if token in _HELP:
                return COMMAND_MODULES
            if token in _VALUED:
                next(tokens, None)  # its value is not a command
            continue
        module = COMMANDS.get(token)
        if module is not None and module in COMMAND_MODULES:
            return (module,)
        words.append(token)
    # No known command: a bare `vipdesk [--db X] [--smoke]` starts the GUI and needs no
    # sub-parser; anything else (a typo, a command another module adds) gets them all.
    if words:
        return COMMAND_MODULES
    return ()


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv`` given, only the sub-commands ``argv`` can reach are loaded."""
    from vipdesk.cli.common import add_common

    parser = argparse.ArgumentParser(prog="vipdesk", description="会员管家 vipdesk")
    add_common(parser)
    parser.add_argument("--smoke", action="store_true", help="启动窗口、绘制一次后退出(用于检测)")
    parser.add_argument("--lang", default=None, help="界面语言,如 zh_CN(默认)或 en")
    sub = parser.add_subparsers(dest="command")
    names = COMMAND_MODULES if argv is None else modules_for(argv)
    for name in names:
        importlib.import_module(f"vipdesk.cli.{name}").register(sub)
    return parser


def _safe_std_streams() -> None:
    """Make printing never raise UnicodeEncodeError.

    Why: redirected into a file or a pipe, Python writes in the ANSI code page
    (cp936 on a Chinese Windows, cp1252 on a Western one) or whatever
    PYTHONIOENCODING says; cp1252 cannot hold Chinese.  The encoding is kept
    (GBK is what a Chinese Windows reader expects), unencodable characters
    become "?" (stdout) or escapes (stderr).  JSON stays lossless: emit_json
    switches to \\u escapes on such a stream.  A windowed exe (vipdesk.exe)
    has no streams at all: they go to the null device.
    """
    import os

    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process
            continue
        # 'strict' normally, 'surrogateescape' under some locales (seen under Wine): both raise on
        # a character the code page lacks.  UTF-8 holds everything: left alone.
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if (encoding not in ("utf8", "utf8sig") and getattr(stream, "errors", None) in ("strict", "surrogateescape")
                and hasattr(stream, "reconfigure")):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):  # a detached or closed stream: leave it
                pass


def main(argv: list[str] | None = None) -> int:
    _safe_std_streams()
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        from vipdesk.platform_check import ensure_gui_can_start

        stop = ensure_gui_can_start()  # no display / missing system libraries: say which, before Qt aborts
        if stop is not None:
            return stop
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
