"""One vipdesk per database file.

A lock file ``<db>.lock`` beside the database is held with an OS lock
(``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows).  The OS drops the
lock when the process dies, even by a crash or kill, so there is never a stale
lock to clean up by hand.  The lock file itself is left in place (deleting it
would race with a second start) and only holds the owner's pid for messages.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from vipdesk.model.errors import VipdeskError
from vipdesk.text import tr

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


class AlreadyRunning(VipdeskError):
    """Another vipdesk (or a restore) is using this database right now."""

    def __init__(self, db_path: Path, pid: int | None) -> None:
        who = tr("(进程号 {pid})").format(pid=pid) if pid else ""
        super().__init__(
            tr("会员管家已经在运行{who},正在使用数据库 {path}。同一个数据库只能由一个会员管家打开,"
               "请切换到已打开的窗口,或先关闭它再启动。").format(who=who, path=db_path)
        )
        self.db_path = db_path
        self.pid = pid


def lock_path_for(db_path: str | Path) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".lock")


class InstanceLock:
    """``with InstanceLock(db_path): ...`` or ``acquire()`` / ``release()``.

    Raises ``AlreadyRunning`` (message in Chinese) if another process holds it."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise AlreadyRunning(self.db_path, read_owner_pid(self.db_path)) from None
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, str(os.getpid()).encode("ascii"))
        except OSError:
            pass  # the pid is only a courtesy for the message
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def read_owner_pid(db_path: str | Path) -> int | None:
    try:
        text = lock_path_for(db_path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


if os.name == "nt":  # pragma: no cover - exercised on Windows only

    # Lock a byte far beyond the pid text: on Windows a locked range cannot be
    # read by others, and the second process should still read the pid.
    _LOCK_OFFSET = 1 << 20

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
