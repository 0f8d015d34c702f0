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


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail(message: str, code: int = 2) -> int:
    print(f"错误:{message}", file=sys.stderr)
    return code


# ---------------------------------------------------------------- top-level handler (issue 13)

EXIT_FAILED = 1
EXIT_DENIED = 3  # busy, or no credentials for a protected command


def _doing(args: argparse.Namespace, en: bool) -> str:
    words = [w for w in (getattr(args, "command", None), getattr(args, "import_kind", None),
                         getattr(args, "loyalty_command", None)) if w]
    cmd = " ".join(words) or "vipdesk"
    return f"run 'vipdesk {cmd}'" if en else f"执行“vipdesk {cmd}”"


def run_guarded(func: Any, args: argparse.Namespace) -> int:
    """Run a sub-command so that no traceback ever reaches the user.

    Our own errors (VipdeskError) print their Chinese message; anything else is
    logged with its traceback to the rotating log in the data folder and named
    in one short sentence (disk full, read-only, locked, path too long …)."""
    from vipdesk.model.errors import VipdeskError
    from vipdesk.model.safety import failures
    from vipdesk.model.store.writers import WritersBusy

    en = str(getattr(args, "lang", None) or "").lower().startswith("en")
    try:
        return int(func(args) or 0)
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except WritersBusy as exc:
        return fail(str(exc), EXIT_DENIED)
    except VipdeskError as exc:
        if getattr(exc, "exit_code", None):
            return fail(str(exc), int(exc.exit_code))
        if failures.classify(exc) == failures.UNKNOWN:
            return fail(str(exc), EXIT_FAILED)
        return fail(failures.report_unexpected(exc, _doing(args, en), lang="en" if en else "zh"), EXIT_FAILED)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        return fail(failures.report_unexpected(exc, _doing(args, en), lang="en" if en else "zh"), EXIT_FAILED)
    finally:
        # Stop being a writer of the file: a restore elsewhere may run now.
        store_db = sys.modules.get("vipdesk.model.store.db")
        if store_db is not None:
            store_db.close_database()
