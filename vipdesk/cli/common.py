"""Options and helpers every sub-command shares."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None, help="数据库文件路径(默认在本机用户数据目录)")
    parser.add_argument("--json", action="store_true", help="输出 JSON(供脚本使用)")


def add_subcommand(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text)
    # SUPPRESS: an option given before the sub-command (vipdesk --db X check) must not be
    # overwritten by the sub-parser's default.
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="数据库文件路径(默认在本机用户数据目录)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="输出 JSON(供脚本使用)")
    return p


def open_db(args: argparse.Namespace) -> Path:
    """Open the database named by ``--db`` (or the default one) for a headless command."""
    from vipdesk.model.store.db import open_database
    from vipdesk.paths import default_db_path

    path = Path(args.db) if args.db else default_db_path()
    open_database(path)
    return path


def stream_takes(text: str, stream: Any = None) -> bool:
    """Whether *stream* (default stdout) can encode *text* in its encoding."""
    encoding = getattr(stream or sys.stdout, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def emit_json(data: Any) -> None:
    """JSON on stdout: readable Chinese where the stream takes it, \\u escapes (still lossless) where not."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    if not stream_takes(text):
        text = json.dumps(data, ensure_ascii=True, indent=2, default=str)
    sys.stdout.write(text + "\n")


def fail(message: str, code: int = 2) -> int:
    print(f"错误:{message}", file=sys.stderr)
    return code
