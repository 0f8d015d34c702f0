"""``vipdesk backup``, ``vipdesk restore FILE`` and ``vipdesk check``.

None of these opens the database through ``open_db``: that would migrate
(write) it.  ``backup`` only reads through SQLite's online backup API, so it
may run while the GUI is open; ``restore`` takes the single-instance lock and
refuses while vipdesk runs; ``check`` is strictly read-only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vipdesk.cli.common import add_subcommand, emit_json, fail

EXIT_DAMAGED = 1
EXIT_MISSING = 2
EXIT_BUSY = 3


def _keep_parent_options(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Let ``vipdesk --db X restore F`` mean database X.

    argparse copies a sub-command's defaults over values given before the
    sub-command, so ``--db`` placed first was silently replaced by the default
    database: for ``restore`` that would overwrite the wrong shop's data."""
    for action in p._actions:
        if action.dest in ("db", "json"):
            action.default = argparse.SUPPRESS
    return p


def register(sub: Any) -> None:
    p = add_subcommand(sub, "backup", "备份数据库(在线备份,会员管家运行时也可以备份)")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="FILE",
                   help="备份到这个文件(默认:备份文件夹中按时间命名)")
    p.add_argument("--list", action="store_true", help="列出已有的备份(日期、大小、会员数)")
    p.set_defaults(func=cmd_backup)
    _keep_parent_options(p)

    p = add_subcommand(sub, "restore", "从备份文件恢复数据库(当前数据库会先另存为“恢复前”备份)")
    p.add_argument("file", type=Path, metavar="FILE", help="要恢复的备份文件")
    p.add_argument("--drop-later", action="store_true",
                   help="不补回备份之后新增的数据(会员、销售、积分、联系记录),改为全部写入抢救报告 CSV;"
                        "默认补回")
    p.set_defaults(func=cmd_restore)
    _keep_parent_options(p)

    p = add_subcommand(sub, "check", "检查数据库文件是否完好(只读,不做任何修改;损坏时返回非零)")
    p.add_argument("--quick", action="store_true", help="快速检查(不逐条核对索引)")
    p.set_defaults(func=cmd_check)
    _keep_parent_options(p)


def _db_path(args: argparse.Namespace) -> Path:
    from vipdesk.paths import default_db_path

    db = getattr(args, "db", None)
    return Path(db) if db else default_db_path()


def _json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def _members(n: int | None) -> str:
    return "未知" if n is None else f"{n} 人"


def cmd_backup(args: argparse.Namespace) -> int:
    from vipdesk.model.safety.backup import (
        BackupError,
        backup_dir_for,
        backup_now,
        backup_to_file,
        list_backups,
    )

    db = _db_path(args)
    if args.list:
        infos = list_backups(backup_dir_for(db))
        if _json(args):
            emit_json([i.as_dict() for i in infos])
        elif not infos:
            print(f"还没有备份({backup_dir_for(db)})")
        else:
            for i in infos:
                print(f"{i.created:%Y-%m-%d %H:%M:%S}  {_size(i.size):>9}  会员 {_members(i.member_count):>8}  "
                      f"{i.reason_text:<6}  {i.path}")
        return 0
    if not db.is_file():
        return fail(f"找不到数据库文件:{db}", EXIT_MISSING)
    if args.output:  # issue 13: a full copy anywhere = the GUI's 复制全部数据到U盘
        from vipdesk.cli.common import require_permission_on_file

        require_permission_on_file(args, db, "copy_data")
    try:
        if args.output:
            info = backup_to_file(db, args.output)
        else:
            info = backup_now(db, backup_dir_for(db), "manual")
    except BackupError as exc:
        return fail(str(exc))
    if _json(args):
        emit_json(info.as_dict())
    else:
        print(f"已备份到:{info.path}")
        print(f"时间 {info.created:%Y-%m-%d %H:%M:%S},大小 {_size(info.size)},会员 {_members(info.member_count)}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from vipdesk.model.safety.backup import BackupError, backup_dir_for, restore
    from vipdesk.model.safety.location import UnsafeLocation, check_location
    from vipdesk.model.safety.lock import AlreadyRunning, InstanceLock

    db = _db_path(args)
    if not args.file.is_file():
        return fail(f"找不到备份文件:{args.file}", EXIT_MISSING)
    from vipdesk.cli.common import require_permission_on_file
    from vipdesk.model.access import RESTORE

    try:
        check_location(db)
        # Issue 13: restore needs the permission (PIN on a terminal, --pin-file, VIPDESK_PIN).
        require_permission_on_file(args, db, RESTORE, fallback=args.file)
        later_work = _ask_later_work(args, db)
        if later_work is None:
            return fail("已取消,数据库没有改动。", 1)
        with InstanceLock(db):
            result = restore(args.file, db, backup_dir_for(db), later_work=later_work)
    except AlreadyRunning as exc:
        return fail(f"{exc} 恢复前请先关闭会员管家。", EXIT_BUSY)
    except (UnsafeLocation, BackupError) as exc:
        return fail(str(exc))
    _note_restore(db, result.restored_from, result.member_count)
    if _json(args):
        emit_json({
            "restored_from": str(result.restored_from),
            "db": str(result.db_path),
            "pre_restore": str(result.pre_restore) if result.pre_restore else None,
            "damaged_copy": str(result.damaged_copy) if result.damaged_copy else None,
            "member_count": result.member_count,
            "salvage": None if result.salvage is None else {
                "carried": result.salvage.carried,
                "dropped": result.salvage.dropped,
                "report": str(result.salvage.report) if result.salvage.report else None,
                "summary": result.salvage.summary()},
            "salvage_error": result.salvage_error,
        })
    else:
        print(f"已从 {result.restored_from} 恢复到 {result.db_path}(会员 {_members(result.member_count)})")
        if result.pre_restore:
            print(f"恢复前的数据库已另存为:{result.pre_restore}")
        if result.damaged_copy:
            print(f"原来损坏的数据库已另存为:{result.damaged_copy}")
        if result.salvage is not None:
            print(result.salvage.summary())
        if result.salvage_error:
            print(result.salvage_error)
    return 0


def _ask_later_work(args: argparse.Namespace, db: Path) -> str | None:
    """Issue 13: say what the current file has beyond the backup before replacing it;
    carry it over unless --drop-later (or the owner answers n on a terminal); None = cancel."""
    from vipdesk.model.safety.salvage import find_later, later_summary

    try:
        later = find_later(db, args.file) if db.is_file() else {}
    except Exception:  # noqa: BLE001 - unreadable current file: the damaged path salvages it
        later = {}
    if not any(later.values()):
        return "drop" if args.drop_later else "carry"
    text = later_summary(later)
    if args.drop_later:
        print(f"备份之后新增的数据({text})不补回,将全部写入抢救报告。", file=sys.stderr)
        return "drop"
    if sys.stdin is not None and sys.stdin.isatty() and not _json(args):
        answer = input(f"当前数据库比这个备份多出:{text}。\n补回这些数据吗?[Y=补回 / n=不补回,写入抢救报告 / q=取消] ")
        answer = answer.strip().lower()
        if answer in ("q", "quit", "取消"):
            return None
        return "drop" if answer in ("n", "no", "否") else "carry"
    print(f"当前数据库比这个备份多出:{text};将补回到恢复后的数据库(不要补回请加 --drop-later)。", file=sys.stderr)
    return "carry"


def _note_restore(db: Path, source: Path, members: int | None) -> None:
    """Write the restore into the restored file's audit log (plain sqlite3: no migration here)."""
    import datetime as dt
    import sqlite3

    try:
        conn = sqlite3.connect(str(db), timeout=30)
        try:
            with conn:
                conn.execute(
                    "INSERT INTO audit_log (at, clerk, action, count, detail, file) VALUES (?, ?, ?, ?, ?, ?)",
                    (dt.datetime.now().replace(microsecond=0).isoformat(sep=" "), "cli", "restore",
                     members or 0, "命令行恢复备份", str(source)))
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # a file without the audit table (very old or foreign): the restore itself succeeded


def cmd_check(args: argparse.Namespace) -> int:
    from vipdesk.model.safety.backup import backup_dir_for, newest_good_backup
    from vipdesk.model.safety.integrity import Status, check_database

    db = _db_path(args)
    result = check_database(db, full=not args.quick)
    if result.status is Status.MISSING:
        if _json(args):
            emit_json({"db": str(db), "status": result.status.value, "message": f"找不到数据库文件:{db}"})
        return fail(f"找不到数据库文件:{db}", EXIT_MISSING)
    suggestion = None
    if result.status is Status.DAMAGED:
        good = newest_good_backup(backup_dir_for(db))
        suggestion = good.path if good else None
    if _json(args):
        emit_json({
            "db": str(db),
            "status": result.status.value,
            "message": result.message,
            "detail": result.detail,
            "user_version": result.user_version,
            "app_version": result.app_version,
            "member_count": result.member_count,
            "newest_good_backup": str(suggestion) if suggestion else None,
        })
    if result.status is Status.DAMAGED:
        if not _json(args):
            print(f"错误:数据库已损坏:{db}", file=sys.stderr)
            print(f"  {result.message}", file=sys.stderr)
            print(f"  详细信息:{result.detail}", file=sys.stderr)
            if suggestion:
                print(f"  最近的完好备份:{suggestion}", file=sys.stderr)
                print(f"  恢复方法:vipdesk restore \"{suggestion}\" --db \"{db}\"", file=sys.stderr)
            else:
                print("  没有找到完好的备份。请不要删除或覆盖这个文件,联系技术支持。", file=sys.stderr)
        return EXIT_DAMAGED
    if not _json(args):
        if result.status is Status.NEWER_SCHEMA:
            print(f"警告:{result.message}", file=sys.stderr)
        else:
            print(f"数据库完好:{db}")
        print(f"会员 {_members(result.member_count)},结构版本 {result.user_version}")
    return 0
