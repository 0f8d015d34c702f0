"""One writer discipline for every process (GUI, CLI, scheduled tasks).

Why a file lock beside the database and not only SQLite's own lock: SQLite
serialises single transactions, but a restore or a migration must know that
no *process* is between transactions of a longer job (an import writing in
short transactions, the GUI with its connection open).  So:

- every process that opens the database for writing holds a **shared**
  writer lock on ``<db>.writers`` for as long as it has the file open
  (``open_database`` takes it, ``close_database`` drops it);
- restore and migration take it **exclusively**: they wait for the other
  writers to close (up to a timeout) and otherwise refuse with a clear message;
- a file the check found damaged carries a marker ``<db>.damaged`` that
  ``open_database`` honours: no process writes into it until a restore.

The OS drops the locks when a process dies (flock / LockFile), so a killed
import never leaves a stale lock.  Layering: store/ imports nothing above it.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vipdesk.model.errors import VipdeskError
from vipdesk.text import tr

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

_SLOTS = 256  # Windows: shared holders each lock one byte in 1.._SLOTS; exclusive locks them all
_POLL = 0.05


class WritersBusy(VipdeskError):
    """Another process is writing (or restoring) this database right now."""


class DatabaseDamaged(VipdeskError):
    """The check found this file damaged: no process may write into it."""

    def __init__(self, db_path: Path, detail: str = "") -> None:
        super().__init__(tr(
            "数据库 {path} 上次检查时发现已损坏,为保护数据,任何程序都不会再写入它。"
            "请先恢复备份(vipdesk restore 备份文件,或在会员管家窗口中恢复)。").format(path=db_path))
        self.db_path = db_path
        self.detail = detail


def writers_path(db_path: str | Path) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".writers")


def damaged_marker(db_path: str | Path) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".damaged")


# ---------------------------------------------------------------- damaged marker


def mark_damaged(db_path: str | Path, detail: str = "") -> None:
    """Leave the marker every process honours (written atomically and fsynced)."""
    marker = damaged_marker(db_path)
    tmp = marker.with_name(marker.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"detail": detail, "at": time.strftime("%Y-%m-%d %H:%M:%S")}, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, marker)
    except OSError:
        pass  # a read-only folder: nothing can write there anyway


def clear_damaged(db_path: str | Path) -> None:
    try:
        damaged_marker(db_path).unlink()
    except FileNotFoundError:
        pass


def is_marked_damaged(db_path: str | Path) -> bool:
    return damaged_marker(db_path).exists()


def refuse_if_damaged(db_path: str | Path) -> None:
    marker = damaged_marker(db_path)
    if marker.exists():
        try:
            detail = str(json.loads(marker.read_text(encoding="utf-8")).get("detail", ""))
        except (OSError, ValueError, AttributeError):
            detail = ""
        raise DatabaseDamaged(Path(db_path), detail)


# ---------------------------------------------------------------- the lock


class WriterLock:
    """A shared (writer) or exclusive (restore, migration) lock on ``<db>.writers``.

    Every instance has its own file handle, so two instances conflict even in
    one process (which is how tests play "another process")."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self.path = writers_path(db_path)
        self._fd: int | None = None
        self.mode: str | None = None  # "shared" | "exclusive"
        self._slot = 0

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _open(self) -> int:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        return self._fd

    def _try(self, mode: str) -> bool:
        fd = self._open()
        if self.mode is not None:
            _unlock(fd, self.mode, self._slot)
            self.mode = None
        try:
            self._slot = _lock(fd, mode)
        except OSError:
            return False
        self.mode = mode
        return True

    def acquire(self, mode: str = "shared", timeout: float = 0.0) -> WriterLock:
        """Take the lock, waiting up to *timeout* seconds; raises ``WritersBusy``."""
        if self.mode == mode:
            return self
        deadline = time.monotonic() + timeout
        previous = self.mode
        while not self._try(mode):
            if time.monotonic() >= deadline:
                if previous is not None:
                    self._try(previous)  # back to what we had (best effort)
                if previous is None:
                    self.release()
                raise WritersBusy(_busy_message(self.db_path, mode))
            time.sleep(_POLL)
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if self.mode is not None:
                _unlock(fd, self.mode, self._slot)
        finally:
            self.mode = None
            os.close(fd)


def _busy_message(db_path: Path, wanted: str) -> str:
    if wanted == "exclusive":
        return tr("另有程序(会员管家窗口、导入或定时任务)正在使用数据库 {path}。"
                  "为了不丢失它正在写入的数据,请等它完成并关闭后再恢复或升级。").format(path=db_path)
    return tr("数据库 {path} 正在恢复或升级,暂时不能写入。请稍后再试。").format(path=db_path)


# The process's own shared lock per database file (taken by open_database).
_process_locks: dict[Path, WriterLock] = {}
_guard = threading.Lock()


def _key(db_path: str | Path) -> Path:
    return Path(db_path).absolute()


def hold_shared(db_path: str | Path, timeout: float = 10.0) -> None:
    """This process writes *db_path* from now on (until ``drop``)."""
    with _guard:
        key = _key(db_path)
        lock = _process_locks.get(key)
        if lock is None:
            lock = WriterLock(key)
            lock.acquire("shared", timeout)
            _process_locks[key] = lock


def drop(db_path: str | Path) -> None:
    with _guard:
        lock = _process_locks.pop(_key(db_path), None)
    if lock is not None:
        lock.release()


def drop_all() -> None:
    with _guard:
        locks = list(_process_locks.values())
        _process_locks.clear()
    for lock in locks:
        lock.release()


@contextmanager
def exclusive(db_path: str | Path, timeout: float = 30.0) -> Iterator[None]:
    """Run a restore or migration with no other writer anywhere.

    If this process itself holds the shared lock it is upgraded and given back
    afterwards; otherwise a fresh exclusive lock is taken.  Waits *timeout*
    seconds for other writers, then raises ``WritersBusy``."""
    key = _key(db_path)
    with _guard:
        own = _process_locks.get(key)
    if own is not None:
        own.acquire("exclusive", timeout)
        try:
            yield
        finally:
            own.acquire("shared", 60.0)
        return
    lock = WriterLock(key).acquire("exclusive", timeout)
    try:
        yield
    finally:
        lock.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only

    def _lock(fd: int, mode: str) -> int:
        if mode == "exclusive":
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, _SLOTS + 1)
            return 0
        # shared: any free slot byte, but never while byte 0 (exclusive) is held
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        try:
            for slot in range(1, _SLOTS + 1):
                os.lseek(fd, slot, os.SEEK_SET)
                try:
                    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                    return slot
                except OSError:
                    continue
            raise OSError("no free writer slot")
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _unlock(fd: int, mode: str, slot: int) -> None:
        if mode == "exclusive":
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, _SLOTS + 1)
        else:
            os.lseek(fd, slot, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _lock(fd: int, mode: str) -> int:
        fcntl.flock(fd, (fcntl.LOCK_EX if mode == "exclusive" else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        return 0

    def _unlock(fd: int, mode: str, slot: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
