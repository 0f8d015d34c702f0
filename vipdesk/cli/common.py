"""Options and helpers every sub-command shares."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:  # issue 14: typing is not loaded at run time (`vipdesk find` pays for each import)
    from typing import Any


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None, help="数据库文件路径(默认在本机用户数据目录)")
    parser.add_argument("--json", action="store_true", help="输出 JSON(供脚本使用)")
    parser.add_argument("--user", default=None, help="登录账号姓名(默认店长;也可用环境变量 VIPDESK_USER)")
    parser.add_argument("--pin-file", type=Path, default=None,
                        help="从这个文件读取密码(定时任务用;也可用环境变量 VIPDESK_PIN)")


def add_subcommand(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help_text, description=help_text)
    # SUPPRESS: an option given before the sub-command (vipdesk --db X check) must not be
    # overwritten by the sub-parser's default.
    p.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="数据库文件路径(默认在本机用户数据目录)")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="输出 JSON(供脚本使用)")
    return p


def db_path(args: argparse.Namespace) -> Path:
    """The database named by ``--db``, or the default one."""
    if args.db:
        return Path(args.db)
    from vipdesk.paths import default_db_path

    return default_db_path()


def open_db(args: argparse.Namespace, *, reading: bool = False) -> Path:
    """Open the database named by ``--db`` (or the default one) for a headless command.

    *reading*: the command only reads (see below)."""
    from vipdesk.model.store.db import open_database

    path = db_path(args)
    if reading:
        # Issue 14: a read (``vipdesk find``) migrates a file that needs it, as every open does,
        # but leaves the tidying (leftover .tmp files, finishing a killed import) to the next
        # command that writes: a half-finished import's committed rows read consistently.
        open_database(path, hooks=False)
        return path
    from vipdesk.model.safety.leftovers import remove_leftovers

    remove_leftovers(path)  # .tmp files of a killed backup/restore (issue 13)
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
    try:
        return int(func(args) or 0)
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        return _report(exc, args)
    finally:
        # Stop being a writer of the file: a restore elsewhere may run now.
        store_db = sys.modules.get("vipdesk.model.store.db")
        if store_db is not None:
            store_db.close_database()


def _report(exc: Exception, args: argparse.Namespace) -> int:
    """The message and exit code for a command that failed; its modules load only on failure
    (issue 14: logging.handlers and the failure classifier cost every ``vipdesk find``)."""
    from vipdesk.model.errors import VipdeskError
    from vipdesk.model.safety import failures
    from vipdesk.model.store.writers import WritersBusy

    en = str(getattr(args, "lang", None) or "").lower().startswith("en")
    db = getattr(args, "db", None)
    if db is None:
        from vipdesk.paths import default_db_path

        db = default_db_path()
    where = Path(db)
    lang = "en" if en else "zh"
    if isinstance(exc, WritersBusy):
        return fail(str(exc), EXIT_DENIED)
    if isinstance(exc, VipdeskError):
        if getattr(exc, "exit_code", None):
            return fail(str(exc), int(exc.exit_code))
        if failures.classify(exc, where) == failures.UNKNOWN:
            return fail(str(exc), EXIT_FAILED)
    return fail(failures.report_unexpected(exc, _doing(args, en), lang=lang, where=where), EXIT_FAILED)


# ---------------------------------------------------------------- permissions (issue 13)

PIN_ENV = "VIPDESK_PIN"
USER_ENV = "VIPDESK_USER"


def _credentials(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """(user, pin) from --user/--pin-file or VIPDESK_USER/VIPDESK_PIN; None when not given."""
    import os

    user = getattr(args, "user", None) or os.environ.get(USER_ENV) or None
    pin_file = getattr(args, "pin_file", None)
    pin: str | None = None
    if pin_file:
        try:
            pin = Path(pin_file).read_text(encoding="utf-8").strip().splitlines()[0].strip()
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            from vipdesk.model.access import AccessDenied

            raise AccessDenied(f"无法读取密码文件 {pin_file}:{exc}") from None
    elif os.environ.get(PIN_ENV):
        pin = os.environ[PIN_ENV].strip()
    return user, pin


def _setup_mode() -> bool:
    """A shop that never set an owner: nothing to check a PIN against (first-run state)."""
    from vipdesk.model import access

    return access.core.setup_mode()


def require_permission(args: argparse.Namespace, permission: str | None, *, any_user: bool = False) -> None:
    """The CLI obeys the GUI's permissions: sign in with a PIN (terminal prompt,
    --pin-file or VIPDESK_PIN), else ``AccessDenied`` (exit code 3).

    The database must be open.  *permission* None with *any_user*: any signed-in
    person will do (e.g. a small redemption)."""
    import getpass

    from vipdesk.model import access
    from vipdesk.model.privacy import owner

    if _setup_mode():
        print("提示:还没有设置店长密码,任何人都可以执行这个操作。请尽快在会员管家中设置。", file=sys.stderr)
        return
    if access.locked():
        raise access.AccessLocked()
    user, pin = _credentials(args)
    if pin is None:
        if sys.stdin is not None and sys.stdin.isatty():
            pin = getpass.getpass("请输入密码:")
        else:
            label = access.PERMISSIONS.get(permission or "", "登录")
            raise access.AccessDenied(
                f"这个命令需要“{label}”权限,但没有提供密码。请在终端中运行并输入密码,"
                f"或用 --pin-file 文件 / 环境变量 {PIN_ENV} 提供密码(定时任务),用 --user 指定账号。")
    if not access.has_users():  # an older shop with only the owner PIN setting
        if not owner.check_owner_pin(pin):
            raise access.AccessDenied("店长密码不正确")
        return
    names = [user] if user else access.core.owner_names()
    signed = None
    for name in names:
        signed = access.authenticate(name, pin, source="cli")
        if signed is not None:
            break
    if signed is None:
        raise access.AccessDenied("账号或密码不正确")
    access.sign_in(signed)
    if permission is None and any_user:
        return
    access.require(signed, permission)


def require_permission_on_file(args: argparse.Namespace, db_path: Path, permission: str,
                               fallback: Path | None = None) -> None:
    """``require_permission`` for commands that must not migrate the file (restore):
    reads the credentials read-only; a file too damaged to read is checked against
    *fallback* (the backup being restored, which holds the owner's login too)."""
    from vipdesk.model.store.db import close_database, open_database
    from vipdesk.model.store.writers import is_marked_damaged

    for candidate in (db_path, fallback):
        if candidate is None or not Path(candidate).is_file():
            continue
        try:
            # The live file read-write (no migration) so failed tries are counted;
            # a damaged file or the backup read-only.
            if candidate == db_path and not is_marked_damaged(candidate):
                open_database(candidate, migrate=False)
            else:
                open_database(candidate, read_only=True)
            try:
                require_permission(args, permission)
                return
            finally:
                close_database()
        except Exception as exc:  # noqa: BLE001 - unreadable: try the fallback
            from vipdesk.model.errors import VipdeskError

            if isinstance(exc, VipdeskError):
                raise
            continue
    # Neither file could be read: a brand-new PC (nothing to protect yet).


def full_phones_allowed(args: argparse.Namespace) -> bool:
    """Read commands show full phones only to someone signed in with the right
    (credentials given); never prompt; without credentials: masked."""
    from vipdesk.model import access

    if _setup_mode():
        return True
    _user, pin = _credentials(args)
    if pin is None:
        return False
    try:
        require_permission(args, access.FULL_PHONES)
    except access.AccessDenied:
        return False
    return True
