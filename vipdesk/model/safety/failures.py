"""Clear failures, never a traceback: name the cause in the shop's words, log the rest.

The GUI's and the CLI's top-level handlers both call ``report_unexpected``:
the traceback goes to a rotating log file in the data folder, the user gets a
short message naming what was being done, the cause when it is one a shop can
act on (disk full, read-only folder, file locked by another program, path too
long), whether saved data is safe, and where the log is.  Headless (no Qt) so
the CLI and scheduled tasks share it; English only under ``--lang en``.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

from vipdesk.model.errors import VipdeskError
from vipdesk.text import tr

LOG_NAME = "vipdesk.log"
LOG_BYTES = 1_000_000
LOG_KEEP = 5

DISK_FULL = "disk_full"
READ_ONLY = "read_only"
LOCKED = "locked"
PATH_TOO_LONG = "path_too_long"
UNKNOWN = "unknown"

_CAUSES_ZH = {
    DISK_FULL: "磁盘空间已满。请删除不需要的文件(或把旧备份移到U盘)腾出空间后再试",
    READ_ONLY: "文件夹或文件是只读的,没有写入权限。请检查文件属性或换一个文件夹",
    LOCKED: "文件正被其他程序占用(如 Excel、WPS 或杀毒软件)。请关闭那个程序后再试",
    PATH_TOO_LONG: "文件路径太长。请把文件放到较短的路径下(如 D:\\会员)后再试",
    UNKNOWN: "程序遇到了意外问题",
}
_CAUSES_EN = {
    DISK_FULL: "the disk is full. Free some space (or move old backups to a USB stick) and try again",
    READ_ONLY: "the folder or file is read-only. Check its properties or choose another folder",
    LOCKED: "the file is in use by another program (Excel, WPS, an antivirus). Close it and try again",
    PATH_TOO_LONG: "the file path is too long. Move the file to a shorter path and try again",
    UNKNOWN: "an unexpected problem occurred",
}

_logger: logging.Logger | None = None
_log_path: Path | None = None


def log_path() -> Path:
    from vipdesk.paths import data_dir

    return data_dir() / "logs" / LOG_NAME


def logger() -> logging.Logger:
    """The rotating log in the data folder (set up once per process)."""
    global _logger, _log_path
    path = log_path()
    if _logger is not None and _log_path == path:
        return _logger
    log = logging.getLogger("vipdesk.failures")
    log.setLevel(logging.INFO)
    log.propagate = False
    for h in list(log.handlers):
        log.removeHandler(h)
        h.close()
    # only once something failed: socket, pickle and queue come with logging.handlers (issue 14)
    from logging import handlers

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_KEEP, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()  # cannot log (disk full, read-only): still show the message
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    _logger, _log_path = log, path
    return log


def classify(exc: BaseException, where: Path | None = None) -> str:
    """Which of the named causes *exc* is (walking __cause__/__context__).

    *where*: the folder or file being written; SQLite reports a full disk while
    opening a WAL database as a bare "disk I/O error", so then the free space
    there decides."""
    seen: set[int] = set()
    e: BaseException | None = exc
    io_error = False
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        cause = _classify_one(e)
        if cause != UNKNOWN:
            return cause
        io_error = io_error or "disk i/o error" in str(e).lower()
        e = e.__cause__ or e.__context__
    if io_error and where is not None and _nearly_full(where):
        return DISK_FULL
    return UNKNOWN


def _nearly_full(where: Path, reserve: int = 1 << 20) -> bool:
    import shutil

    p = Path(where)
    while not p.exists() and p.parent != p:
        p = p.parent
    try:
        return shutil.disk_usage(p if p.is_dir() else p.parent).free < reserve
    except OSError:
        return False


def _classify_one(e: BaseException) -> str:
    if isinstance(e, OSError):
        win = getattr(e, "winerror", None)
        if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or win in (39, 112):
            return DISK_FULL
        if e.errno in (errno.EROFS,) or isinstance(e, PermissionError) and win not in (32, 33):
            return READ_ONLY
        if e.errno in (errno.EBUSY, errno.ETXTBSY) or win in (32, 33):
            return LOCKED
        if e.errno == errno.ENAMETOOLONG or win == 206:
            return PATH_TOO_LONG
    if isinstance(e, sqlite3.Error) or type(e).__module__.startswith("peewee"):
        text = str(e).lower()
        if "disk is full" in text or "disk full" in text:
            return DISK_FULL
        if "readonly" in text or "read-only" in text:
            return READ_ONLY
        if "locked" in text or "busy" in text:
            return LOCKED
    return UNKNOWN


def describe(exc: BaseException, doing: str, *, lang: str = "zh", saved_safe: bool = True,
             log: Path | None = None, where: Path | None = None) -> str:
    """The short message: what was being done, the cause, saved data safe, the log file."""
    cause = classify(exc, where)
    en = lang.lower().startswith("en")
    if isinstance(exc, VipdeskError) and cause == UNKNOWN:
        reason = str(exc)  # our own errors already speak the shop's language
    else:
        reason = (_CAUSES_EN if en else {k: tr(v) for k, v in _CAUSES_ZH.items()})[cause]
    if en:
        parts = [f"Could not {doing or 'finish'}: {reason}."]
        if saved_safe:
            parts.append("Nothing that was already saved has been lost.")
        if log is not None:
            parts.append(f"Details are in the log file {log}")
        return " ".join(parts)
    parts = [tr("{doing}没有完成:{reason}。").format(doing=doing or tr("操作"), reason=reason.rstrip("。"))]
    if saved_safe:
        parts.append(tr("已经保存的数据没有丢失。"))
    if log is not None:
        parts.append(tr("详细信息已记录在日志文件 {log}").format(log=log))
    return "".join(parts)


def report_unexpected(exc: BaseException, doing: str, *, lang: str = "zh", saved_safe: bool = True,
                      where: Path | None = None) -> str:
    """Log *exc* with its traceback and return the message to show."""
    log = logger()
    log.error("%s failed", doing or "operation", exc_info=(type(exc), exc, exc.__traceback__))
    return describe(exc, doing, lang=lang, saved_safe=saved_safe, log=log_path(), where=where)
