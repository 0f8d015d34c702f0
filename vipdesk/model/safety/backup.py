"""Backups, restore and "move to a new PC", all through SQLite's online backup API.

Why the backup API and never a file copy: a live WAL database is two files
(main + -wal) changing under us; a file copy can catch half a transaction.
``sqlite3.Connection.backup`` reads one consistent snapshot through SQLite's
own locking.  Every file we write goes to a temp name first, is checked
(``PRAGMA integrity_check`` and re-opened), and only then renamed into place,
so a power cut never leaves a half-written backup that looks good.

Backup files are single self-contained files (journal mode DELETE), named
``vipdesk-YYYYmmdd-HHMMSS-<reason>.db``; the name carries the time so listing
needs no database of backups.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vipdesk.model.errors import VipdeskError
from vipdesk.model.safety import fingerprint
from vipdesk.model.safety.integrity import (
    Status,
    check_database,
    connect_readonly,
    count_members,
    fsync_dir,
    fsync_file,
    keep_aside,
    with_foreign_keys,
)
from vipdesk.model.safety.thinning import backups_to_keep
from vipdesk.model.store import writers
from vipdesk.model.store.db import PROGRESS_STEPS
from vipdesk.text import tr

PREFIX = "vipdesk-"
_NAME_RE = re.compile(r"^vipdesk-(\d{8}-\d{6})(?:-(\d+))?-([a-z0-9_]+)\.db$")
_REASON_RE = re.compile(r"[^a-z0-9_]+")
AUTO_INTERVAL = dt.timedelta(minutes=30)
RESTORE_WAIT = 30.0  # seconds a restore waits for other writers (an import) to finish
COPY_DB_NAME = "vipdesk.db"
MANIFEST_NAME = "vipdesk-manifest.json"
MANIFEST_FORMAT = 1

# Reasons used by the app; any lowercase word works.
REASONS = {
    "manual": "手动备份",
    "start": "启动时",
    "auto": "定时",
    "migration": "升级前",
    "import": "导入前",
    "merge": "合并前",
    "bulk_delete": "批量删除前",
    "pre_restore": "恢复前",
}


class BackupError(VipdeskError):
    """A backup, restore or copy could not be completed; nothing was replaced."""


class BackupCancelled(BackupError):
    """Stopped on request (the app is closing); the temp file is gone, no backup was made."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int  # bytes
    member_count: int | None  # None: no member table, or the file could not be read
    reason: str = ""

    @property
    def reason_text(self) -> str:
        return tr(REASONS.get(self.reason, self.reason))

    def as_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(sep=" "),
            "size": self.size,
            "member_count": self.member_count,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    db_path: Path
    pre_restore: Path | None  # the previous database saved as a backup (None if there was none)
    damaged_copy: Path | None  # the previous file kept aside when it was too damaged to back up
    member_count: int | None
    salvage: object | None = None  # salvage.SalvageResult: later work carried over from the damaged file
    salvage_error: str | None = None  # why later work could not be carried over (it stays in the kept file)


# ---------------------------------------------------------------- helpers


def _connect_source(db_path: Path) -> sqlite3.Connection:
    """A plain connection to a (possibly live) database, used only to read it."""
    conn = with_foreign_keys(sqlite3.connect(str(db_path), timeout=30))
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def _tmp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


# one durable-write helper for the whole safety package (integrity.py keeps it)
_fsync_file = fsync_file
_fsync_dir = fsync_dir


def verify_file(path: Path, *, full: bool = False, cancelled: Callable[[], bool] | None = None) -> int | None:
    """Raise ``BackupError`` unless *path* is a sound database; return its member count.

    ``quick_check`` reads every page but skips the index cross-checks, so a
    350 MB shop file is checked in seconds rather than half a minute; ``full``
    runs ``integrity_check``."""
    try:
        conn = connect_readonly(path)
        try:
            if cancelled is not None:
                conn.set_progress_handler(lambda: 1 if cancelled() else 0, PROGRESS_STEPS)
            rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                raise BackupError(tr("备份文件检查未通过:{detail}").format(detail=rows[0][0] if rows else "?"))
            return count_members(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if cancelled is not None and cancelled():
            raise BackupCancelled(tr("备份已取消。")) from exc
        raise BackupError(tr("备份文件无法打开:{detail}").format(detail=exc)) from exc


def _write_verified(source: sqlite3.Connection, target: Path,
                    cancelled: Callable[[], bool] | None = None) -> int | None:
    """Copy *source* into a temp file beside *target*, check it, rename it to *target*."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(target)
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
        if leftover.exists():
            leftover.unlink()  # our own unfinished temp file from a crashed run of this pid
    try:
        dest = with_foreign_keys(sqlite3.connect(str(tmp)))
        try:
            if cancelled is None:
                source.backup(dest)  # one step: a consistent snapshot of the source
            else:
                # Steps of 4 MB so closing the app stops a big copy at once (issue 14);
                # SQLite restarts the copy if another connection writes, so it stays a snapshot.
                def step(_status: int, _remaining: int, _total: int) -> None:
                    if cancelled():
                        raise BackupCancelled(tr("备份已取消。"))

                source.backup(dest, pages=1024, progress=step)
            # A self-contained single file: no -wal beside a backup.
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.commit()
        finally:
            dest.close()
        members = verify_file(tmp, cancelled=cancelled)
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
        return members
    except BaseException:
        # Our own temp file (and any side files SQLite made for it) is not a live database.
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-journal", "-wal", "-shm"))):
            if leftover.exists():
                leftover.unlink()
        raise


def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def parse_backup_name(name: str) -> tuple[dt.datetime, str] | None:
    m = _NAME_RE.match(name)
    if not m:
        return None
    try:
        created = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return created, m.group(3)


# ---------------------------------------------------------------- backups


def backup_dir_for(db_path: str | Path) -> Path:
    """Where the backups of *db_path* live: ``backups`` beside it.

    For the default database this is ``vipdesk.paths.backup_dir()``; a
    database given with ``--db`` keeps its own backups next to it."""
    return Path(db_path).parent / "backups"


def backup_to_file(db_path: str | Path, target: str | Path,
                   cancelled: Callable[[], bool] | None = None) -> BackupInfo:
    """Write a verified backup of the (possibly live) database to exactly *target*.

    Refuses to overwrite an existing file or the database itself."""
    db_path, target = Path(db_path), Path(target)
    if not db_path.exists():
        raise BackupError(tr("找不到数据库文件:{path}").format(path=db_path))
    if target.exists():
        raise BackupError(tr("目标文件已存在,不会覆盖:{path}").format(path=target))
    source = _connect_source(db_path)
    try:
        members = _write_verified(source, target, cancelled)
    except sqlite3.Error as exc:
        raise BackupError(tr("备份失败:{detail}").format(detail=exc)) from exc
    finally:
        source.close()
    return BackupInfo(target, dt.datetime.now().replace(microsecond=0), target.stat().st_size, members)


def backup_now(
    db_path: str | Path, dest_dir: str | Path, reason: str = "manual", *, now: dt.datetime | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupInfo:
    """Back up *db_path* into *dest_dir* as ``vipdesk-<time>-<reason>.db``."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    reason = _REASON_RE.sub("_", reason.lower()).strip("_") or "manual"
    dest_dir = Path(dest_dir)
    target = dest_dir / f"{PREFIX}{_stamp(now)}-{reason}.db"
    n = 2
    while target.exists():  # two backups within one second
        target = dest_dir / f"{PREFIX}{_stamp(now)}-{n}-{reason}.db"
        n += 1
    before = fingerprint.file_state(db_path)  # before the copy: a commit during it makes the next start copy again
    info = backup_to_file(db_path, target, cancelled)
    fingerprint.record(info.path, before)
    return BackupInfo(info.path, now, info.size, info.member_count, reason)


def list_backups(dest_dir: str | Path, *, with_counts: bool = True) -> list[BackupInfo]:
    """Backups in *dest_dir*, newest first, with date, size and member count."""
    dest_dir = Path(dest_dir)
    if not dest_dir.is_dir():
        return []
    found: list[BackupInfo] = []
    for p in dest_dir.iterdir():
        parsed = parse_backup_name(p.name)
        if parsed is None or not p.is_file():
            continue
        members = None
        if with_counts:
            try:
                conn = connect_readonly(p)
                try:
                    members = count_members(conn)
                finally:
                    conn.close()
            except sqlite3.Error:
                members = None
        found.append(BackupInfo(p, parsed[0], p.stat().st_size, members, parsed[1]))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def newest_good_backup(dest_dir: str | Path) -> BackupInfo | None:
    """The newest backup that passes ``quick_check`` (what the damaged-database screen offers)."""
    for info in list_backups(dest_dir, with_counts=False):
        try:
            members = verify_file(info.path)
        except BackupError:
            continue
        return BackupInfo(info.path, info.created, info.size, members, info.reason)
    return None


def thin_backups(dest_dir: str | Path, today: dt.date | None = None) -> list[Path]:
    """Delete the backups the thinning policy does not keep; return what was deleted.

    Only files named by ``backup_now`` are ever considered.  The newest backup
    that passes ``integrity_check`` is kept even if newer ones went bad."""
    today = today or dt.date.today()
    infos = list_backups(dest_dir, with_counts=False)
    by_time: dict[dt.datetime, list[BackupInfo]] = {}
    for info in infos:
        by_time.setdefault(info.created, []).append(info)
    keep = backups_to_keep(list(by_time), today)
    good = newest_good_backup(dest_dir)
    deleted: list[Path] = []
    for created, group in by_time.items():
        # Same second: keep them all if that second is kept, else none.
        if created in keep or (good is not None and created == good.created):
            continue
        for info in group:
            info.path.unlink()
            deleted.append(info.path)
    return deleted


def auto_backup_due(last_backup: dt.datetime | None, now: dt.datetime, changed: bool) -> bool:
    """The 30-minute timer: back up only if something changed since the last backup."""
    if not changed:
        return False
    return last_backup is None or now - last_backup >= AUTO_INTERVAL


# ---------------------------------------------------------------- restore


def _sidecars_in_use(db_path: Path) -> bool:
    """A non-empty -wal or -journal belongs to the file: it must never be separated from it."""
    for suffix in ("-wal", "-journal"):
        side = db_path.with_name(db_path.name + suffix)
        try:
            if side.stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def _restore_into(source: sqlite3.Connection, db_path: Path) -> None:
    """Overwrite the database at *db_path* page by page through SQLite (the backup API)."""
    dest = with_foreign_keys(sqlite3.connect(str(db_path), timeout=30))
    try:
        dest.execute("PRAGMA busy_timeout = 30000")
        # Lets SQLite accept a truncated destination (header says more pages than
        # the file has) instead of refusing it as corrupt; every page is rewritten.
        dest.execute("PRAGMA writable_schema = ON")
        source.backup(dest)
        dest.execute("PRAGMA writable_schema = OFF")
        rows = dest.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            raise BackupError(tr("恢复后的数据库检查未通过:{detail}").format(detail=rows[0][0] if rows else "?"))
    finally:
        dest.close()


def restore(
    backup_file: str | Path,
    db_path: str | Path,
    backup_dir: str | Path | None = None,
    *,
    now: dt.datetime | None = None,
    wait: float | None = None,
    later_work: str = "carry",
) -> RestoreResult:
    """Replace the database at *db_path* with the contents of *backup_file*.

    Work committed after the backup (``salvage.find_later`` lists it for the
    owner first) is carried over into the restored file (*later_work* "carry",
    the default), or — when the owner chose "drop" — written row by row to the
    salvage CSV; never dropped silently (issue 13).

    The current database is first saved as a ``pre_restore`` backup in
    *backup_dir* (default: the folder of *db_path*/backups); if it is too damaged
    for that, it is kept aside by ``keep_aside``.  The copy goes through the
    backup API into a connection on *db_path*, so SQLite's -wal/-shm files stay
    consistent and are never deleted.  Callers must make sure no other vipdesk
    uses the database (hold the instance lock; the GUI closes its connection first);
    other writers are waited for up to *wait* seconds, then ``WritersBusy``."""
    backup_file, db_path = Path(backup_file), Path(db_path)
    if not backup_file.is_file():
        raise BackupError(tr("找不到备份文件:{path}").format(path=backup_file))
    if db_path.exists() and backup_file.resolve() == db_path.resolve():
        raise BackupError(tr("备份文件就是当前数据库,无需恢复。"))
    members = verify_file(backup_file)
    backup_dir = Path(backup_dir) if backup_dir is not None else backup_dir_for(db_path)
    # One writer discipline: no other process (an import, the GUI, a scheduled
    # task) may be mid-job while the file is replaced.  Waiting here, before the
    # pre-restore backup, means that backup holds everything they committed.
    with writers.exclusive(db_path, RESTORE_WAIT if wait is None else wait):
        result = _restore_locked(backup_file, db_path, backup_dir, members, now, later_work)
    writers.clear_damaged(db_path)
    return result


def _restore_locked(backup_file: Path, db_path: Path, backup_dir: Path, members: int | None,
                    now: dt.datetime | None, later_work: str = "carry") -> RestoreResult:
    pre: Path | None = None
    aside: Path | None = None
    current_ok = False
    if not db_path.exists() and _sidecars_in_use(db_path):
        # SQLite would replay that orphaned -wal/-journal onto the restored file.
        raise BackupError(
            tr("数据库文件不见了,但旁边还留着它的日志文件(-wal/-journal),无法安全恢复到这里。"
               "请恢复到其他文件夹,或联系技术支持。")
        )
    if db_path.exists():
        state = check_database(db_path, full=True)
        if state.status in (Status.OK, Status.NEWER_SCHEMA):
            pre = backup_now(db_path, backup_dir, "pre_restore", now=now).path
            current_ok = True
        else:
            aside = keep_aside(db_path, now=now)
            if _sidecars_in_use(db_path) and "not a database" in state.detail:
                # SQLite cannot write into it, and opening it read-write could make
                # SQLite discard the -wal: stop before touching anything.
                raise BackupError(
                    tr("数据库文件已被覆盖,且旁边还有未合并的日志文件(-wal),无法自动恢复。"
                       "原文件已另存为 {saved},请联系技术支持。").format(saved=aside)
                )

    try:
        source = connect_readonly(backup_file)
        try:
            if not db_path.exists() or (not current_ok and not _sidecars_in_use(db_path)):
                # New PC, or a damaged file with no -wal/-journal beside it: build the
                # new file under a temp name and rename it over the old one (whose
                # bytes were kept aside above).
                _write_verified(source, db_path)
            else:
                _restore_into(source, db_path)
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise BackupError(
            tr("无法把备份写入数据库文件({detail})。原数据库已保存为 {saved},请联系技术支持。")
            .format(detail=exc, saved=aside or pre)
        ) from exc
    salvaged = None
    if aside is not None:
        # Restore never drops work (issue 13): what the damaged file (and its -wal)
        # still holds beyond the backup is carried over; the unreadable is reported.
        from vipdesk.model.safety.salvage import carry_over

        salvage_error = None
        try:
            salvaged = carry_over(aside, db_path)
        except sqlite3.Error as exc:
            salvaged = None  # the restore itself stands; the damaged copy is kept
            salvage_error = _not_carried(exc, aside)
        if salvaged is not None:
            members = count_members_of(db_path)
    elif pre is not None:
        # A healthy file: the pre-restore backup holds the work done after *backup_file*.
        salvaged, salvage_error = _later_work(pre, db_path, later_work)
        if salvaged is not None:
            members = count_members_of(db_path)
    else:
        salvage_error = None
    return RestoreResult(backup_file, db_path, pre, aside, members, salvaged, salvage_error)


def _not_carried(exc: Exception, kept: Path) -> str:
    # Never silent (issue 13): the owner learns that later work was not carried over and where it is.
    return tr("备份之后的新数据未能自动转入恢复后的数据库({detail})。这些数据仍保存在 {kept},"
              "请联系技术支持取回。").format(detail=exc, kept=kept)


def _later_work(pre: Path, db_path: Path, later_work: str) -> tuple[object | None, str | None]:
    from vipdesk.model.safety.salvage import carry_over, report_dropped

    try:
        if later_work == "drop":
            return report_dropped(pre, db_path), None
        return carry_over(pre, db_path), None
    except sqlite3.Error as exc:
        return None, _not_carried(exc, pre)  # the restore stands; everything is still in the pre-restore backup


def count_members_of(path: Path) -> int | None:
    try:
        conn = connect_readonly(path)
        try:
            return count_members(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


# ---------------------------------------------------------------- move to a new PC


@dataclass(frozen=True)
class CopyInfo:
    """One "copy to USB" folder: the database plus a manifest the new PC checks."""

    folder: Path
    db_file: Path
    created: dt.datetime
    member_count: int | None
    size: int
    schema_version: int | None

    def as_dict(self) -> dict[str, object]:
        return {
            "folder": str(self.folder),
            "db_file": str(self.db_file),
            "created": self.created.isoformat(sep=" "),
            "member_count": self.member_count,
            "size": self.size,
            "schema_version": self.schema_version,
        }


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_text_atomic(path: Path, text: str) -> None:
    tmp = _tmp_name(path)
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def copy_to_folder(folder: str | Path, db_path: str | Path, *, now: dt.datetime | None = None) -> CopyInfo:
    """Write a verified copy for another PC into a new sub-folder of *folder*.

    Settings and message templates live in the database, so the database file
    and a manifest (date, member count, checksum) are the whole shop.  The
    sub-folder ``vipdesk-copy-YYYYmmdd-HHMMSS`` means an older copy on the same
    USB stick is never overwritten."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    base = Path(folder)
    if not base.is_dir():
        raise BackupError(tr("找不到所选文件夹:{path}").format(path=base))
    target_dir = base / f"vipdesk-copy-{_stamp(now)}"
    n = 2
    while target_dir.exists():
        target_dir = base / f"vipdesk-copy-{_stamp(now)}-{n}"
        n += 1
    target_dir.mkdir()
    db_file = target_dir / COPY_DB_NAME
    info = backup_to_file(db_path, db_file)
    conn = connect_readonly(db_file)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
    manifest = {
        "app": "vipdesk",
        "format": MANIFEST_FORMAT,
        "created": now.isoformat(sep=" "),
        "member_count": info.member_count,
        "schema_version": version,
        "db_file": COPY_DB_NAME,
        "size": info.size,
        "sha256": _sha256(db_file),
        "source": str(Path(db_path).absolute()),
    }
    _write_text_atomic(target_dir / MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=2))
    # Read it back the way the new PC will, so a bad stick is noticed now.
    return read_copy(target_dir)


def read_copy(folder: str | Path) -> CopyInfo:
    """Check a copy folder (manifest, checksum, integrity) and describe it for the user."""
    folder = Path(folder)
    manifest_path = folder / MANIFEST_NAME
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupError(tr("这个文件夹里没有有效的会员管家副本:{path}").format(path=folder)) from exc
    if manifest.get("app") != "vipdesk" or not isinstance(manifest.get("db_file"), str):
        raise BackupError(tr("这个文件夹里没有有效的会员管家副本:{path}").format(path=folder))
    db_file = folder / Path(manifest["db_file"]).name
    if not db_file.is_file():
        raise BackupError(tr("副本中缺少数据库文件:{path}").format(path=db_file))
    if _sha256(db_file) != manifest.get("sha256"):
        raise BackupError(tr("副本文件已损坏(校验值不符),请重新复制:{path}").format(path=db_file))
    members = verify_file(db_file)
    try:
        created = dt.datetime.fromisoformat(str(manifest.get("created")))
    except ValueError:
        created = dt.datetime.fromtimestamp(db_file.stat().st_mtime).replace(microsecond=0)
    return CopyInfo(folder, db_file, created, members, db_file.stat().st_size, manifest.get("schema_version"))


def find_copies(folder: str | Path) -> list[CopyInfo]:
    """Copies in *folder* itself or in its ``vipdesk-copy-*`` sub-folders, newest first.

    Broken copies are skipped; ``read_copy`` on that folder says what is wrong."""
    folder = Path(folder)
    candidates = [folder] + sorted(folder.glob("vipdesk-copy-*"))
    found: list[CopyInfo] = []
    for c in candidates:
        if (c / MANIFEST_NAME).is_file():
            try:
                found.append(read_copy(c))
            except BackupError:
                continue
    found.sort(key=lambda c: c.created, reverse=True)
    return found


def open_copy(
    folder: str | Path, db_path: str | Path, backup_dir: str | Path | None = None, *, later_work: str = "carry"
) -> tuple[CopyInfo, RestoreResult]:
    """On the new PC: bring the copy in *folder* (or its newest copy sub-folder) to *db_path*.

    An existing database at *db_path* is saved as a pre-restore backup first; its
    work beyond the copy is handled as *later_work* says (see ``restore``)."""
    folder = Path(folder)
    if (folder / MANIFEST_NAME).is_file():
        info = read_copy(folder)
    else:
        copies = find_copies(folder)
        if not copies:
            raise BackupError(tr("这个文件夹里没有有效的会员管家副本:{path}").format(path=folder))
        info = copies[0]
    return info, restore(info.db_file, db_path, backup_dir, later_work=later_work)
