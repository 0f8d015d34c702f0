"""Leftovers of killed work, removed at the next start (issue 13).

A backup, restore or copy writes to ``.<name>.<pid>.tmp`` first; a process
killed mid-way leaves that file (and SQLite's side files of it) behind.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from vipdesk.model.safety.backup import backup_dir_for

_TMP_RE = re.compile(r"^\..+\.(\d+)\.tmp(?:-journal|-wal|-shm)?$")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # pragma: no cover - Windows: ask the OS for the process
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(db_path: str | Path, backup_dir: str | Path | None = None) -> list[Path]:
    """Delete temp files a killed backup, restore or copy left (``.<name>.<pid>.tmp``
    and SQLite's side files of them) beside the database and in its backup folder.

    Only files of processes that no longer run: a backup another vipdesk is
    writing right now is left alone.  Called at every start (issue 13)."""
    db_path = Path(db_path)
    folders = {db_path.parent, Path(backup_dir) if backup_dir is not None else backup_dir_for(db_path)}
    removed: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for p in folder.iterdir():
            m = _TMP_RE.match(p.name)
            if m is None or not p.is_file() or _pid_alive(int(m.group(1))):
                continue
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                continue
    return removed
