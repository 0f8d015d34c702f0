"""Start-up check of the database file: ok, damaged, or from a newer vipdesk.

The check opens the file read-only so that looking at a damaged file can never
make it worse.  Any exception SQLite raises counts as damage: an overwritten
page ("malformed"), a truncated file and a file that is not a database at all
all end up as ``DAMAGED``.  A damaged file is never used, moved or deleted;
``keep_aside`` copies it (and its -wal, which may hold the latest sales) under
a new name so a specialist can still rescue it after a restore.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vipdesk.model.store import writers
from vipdesk.model.store.db import PROGRESS_STEPS
from vipdesk.text import tr

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class Status(str, enum.Enum):
    OK = "ok"
    MISSING = "missing"  # no file yet: a new shop, the app creates it
    DAMAGED = "damaged"
    NEWER_SCHEMA = "newer_schema"  # written by a later vipdesk: open read-only with a warning


@dataclass(frozen=True)
class CheckResult:
    status: Status
    message: str  # Chinese, fit to show the owner
    detail: str = ""  # SQLite's own words, for support
    user_version: int | None = None
    app_version: int | None = None
    member_count: int | None = None

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    @property
    def needs_migration(self) -> bool:
        return (
            self.status is Status.OK
            and self.user_version is not None
            and self.app_version is not None
            and self.user_version < self.app_version
        )


def app_schema_version() -> int | None:
    """The schema version this vipdesk writes; ``None`` if migrations are not there yet."""
    try:
        from vipdesk.model.store.migrations import SCHEMA_VERSION
    except ImportError:
        return None
    return int(SCHEMA_VERSION)


def connect_readonly(path: str | Path, *, live: bool = False) -> sqlite3.Connection:
    """Open *path* so that nothing is written to it or created beside it.

    With no -wal/-journal beside the file the main file is complete, and
    ``immutable=1`` reads it without even creating the -shm.  With a -wal
    present its committed frames belong to the database, so ``mode=ro`` reads
    them too (a clean check must see the last sales).  ``live``: the app has the
    file open already (the check after paint), so it may change under us: always ``mode=ro``."""
    p = Path(path).absolute()
    has_side = live or any(_nonempty(p.with_name(p.name + s)) for s in ("-wal", "-journal"))
    uri = p.as_uri() + ("?mode=ro" if has_side else "?immutable=1")
    return with_foreign_keys(sqlite3.connect(uri, uri=True, timeout=10))


def with_foreign_keys(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Every connection the app makes enforces foreign keys (SQLite's default is off),
    the backup and restore connections included (issue 13)."""
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _nonempty(p: Path) -> bool:
    try:
        return p.stat().st_size > 0
    except OSError:
        return False


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone()
    return row is not None


def count_members(conn: sqlite3.Connection) -> int | None:
    """Rows in ``member`` (``None`` if the file has no member table yet)."""
    if not table_exists(conn, "member"):
        return None
    return int(conn.execute('SELECT COUNT(*) FROM "member"').fetchone()[0])


class CheckCancelled(Exception):
    """The check was stopped (the window closed first): nothing was found either way."""


def check_database(path: str | Path, *, full: bool = False, pages: bool = True, live: bool = False,
                   cancelled: Callable[[], bool] | None = None) -> CheckResult:
    """Classify the file at *path*; never writes to it.

    ``full=False`` runs ``PRAGMA quick_check`` (fast enough for every start);
    ``full=True`` runs ``PRAGMA integrity_check`` (also verifies indexes).
    ``pages=False`` only opens the file and reads its header and schema (milliseconds,
    issue 14: the page check then runs after the window is painted, ``live``).
    ``cancelled()`` true stops the page check with ``CheckCancelled``."""
    result = _check(Path(path), full, pages=pages, live=live, cancelled=cancelled)
    # The marker every process honours (store/writers.py): damaged → no writes
    # anywhere until a restore; only a full check may lift it again.
    if result.status is Status.DAMAGED:
        writers.mark_damaged(path, result.detail or result.message)
    elif full and result.status is Status.OK:
        writers.clear_damaged(path)
    return result


def _check(p: Path, full: bool, *, pages: bool = True, live: bool = False,
           cancelled: Callable[[], bool] | None = None) -> CheckResult:
    app_version = app_schema_version()
    if not p.exists():
        return CheckResult(Status.MISSING, tr("还没有数据库文件,将新建一个。"), app_version=app_version)
    if p.is_dir():
        return CheckResult(Status.DAMAGED, tr("数据库路径是一个文件夹,不是数据库文件。"), app_version=app_version)
    try:
        size = p.stat().st_size
        if size == 0 and not _nonempty(p.with_name(p.name + "-wal")):
            # open_database writes the header at once, so a real vipdesk file is
            # never empty: this is a file cut to nothing.
            return CheckResult(Status.DAMAGED, tr("数据库文件是空的(0 字节),可能被截断。"),
                               detail="empty file", app_version=app_version)
        conn = connect_readonly(p, live=live)
        try:
            if cancelled is not None:
                conn.set_progress_handler(lambda: 1 if cancelled() else 0, PROGRESS_STEPS)
            if pages:
                pragma = "integrity_check" if full else "quick_check"
                rows = conn.execute(f"PRAGMA {pragma}(20)").fetchall()
            else:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a non-database fails here
                rows = [("ok",)]
            problems = [str(r[0]) for r in rows if r and r[0] != "ok"]
            user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            members = count_members(conn)
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError) as exc:
        if cancelled is not None and cancelled() and isinstance(exc, sqlite3.OperationalError) \
                and "interrupt" in str(exc):
            raise CheckCancelled() from exc
        return CheckResult(Status.DAMAGED, _damage_message(exc), detail=f"{type(exc).__name__}: {exc}",
                           app_version=app_version)
    if problems:
        return CheckResult(Status.DAMAGED, tr("数据库文件已损坏(完整性检查未通过)。"),
                           detail="; ".join(problems), app_version=app_version)
    if app_version is not None and user_version > app_version:
        return CheckResult(
            Status.NEWER_SCHEMA,
            tr("此数据库来自更新版本的会员管家(结构版本 {found}),本程序只支持到 {supported}。"
               "将以只读方式打开,请升级会员管家后再修改数据。").format(found=user_version, supported=app_version),
            user_version=user_version, app_version=app_version, member_count=members,
        )
    return CheckResult(Status.OK, tr("数据库检查通过。"), user_version=user_version,
                       app_version=app_version, member_count=members)


def _damage_message(exc: BaseException) -> str:
    text = str(exc).lower()
    if "not a database" in text:
        return tr("这个文件不是会员管家的数据库(文件内容已被覆盖或不是数据库)。")
    if "malformed" in text or "corrupt" in text:
        return tr("数据库文件已损坏(部分内容被破坏或文件被截断)。")
    if "unable to open" in text or isinstance(exc, OSError):
        return tr("无法读取数据库文件(可能被其他程序占用或没有权限)。")
    return tr("数据库文件无法正常读取,视为已损坏。")


def keep_aside(path: str | Path, *, now: dt.datetime | None = None) -> Path:
    """Copy a damaged file to ``<name>.damaged-YYYYmmdd-HHMMSS`` beside it and return that path.

    A plain file copy is right here (unlike for a healthy live database): SQLite
    cannot read this file, and we want its exact bytes.  A non-empty -wal is
    copied too, with the matching name, because it may hold the newest
    commits.  Nothing is moved or deleted; the original stays where it is.
    Keeping the same damaged file aside twice returns the first copy."""
    p = Path(path)
    wal = p.with_name(p.name + "-wal")
    existing = damaged_copies(p)
    if existing and _same_bytes(existing[0], p) and _same_bytes(existing[0].with_name(existing[0].name + "-wal"), wal):
        return existing[0]  # already kept (the damaged screen, then the restore): one copy is enough
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = p.with_name(f"{p.name}.damaged-{stamp}")
    n = 2
    while target.exists() or target.with_name(target.name + "-wal").exists():
        target = p.with_name(f"{p.name}.damaged-{stamp}-{n}")
        n += 1
    if _nonempty(wal):
        shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        fsync_file(target.with_name(target.name + "-wal"))
    shutil.copyfile(p, target)
    # Kept aside means kept: on disk before anything else happens (file and folder).
    fsync_file(target)
    fsync_dir(target.parent)
    return target


def fsync_file(path: Path) -> None:
    # Opened for writing: Windows' FlushFileBuffers refuses a read-only handle.
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory fsync; MoveFileEx is durable enough
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _same_bytes(a: Path, b: Path) -> bool:
    """Same content, treating a missing file like an empty one (a -wal may be either)."""
    size_a = a.stat().st_size if a.exists() else 0
    size_b = b.stat().st_size if b.exists() else 0
    if size_a != size_b:
        return False
    if size_a == 0:
        return True
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            ca, cb = fa.read(1 << 20), fb.read(1 << 20)
            if ca != cb:
                return False
            if not ca:
                return True


def damaged_copies(path: str | Path) -> list[Path]:
    """Damaged files kept aside for *path*, newest first (for the support screen)."""
    p = Path(path)
    found = [c for c in p.parent.glob(f"{p.name}.damaged-*") if not c.name.endswith(SIDE_SUFFIXES)]
    return sorted(found, key=lambda c: c.name, reverse=True)
