"""Does the newest backup already hold the database as it is now?

Why: every start took a full copy of the file (~0.5 GB at 100,000 members), and the
keep-policy keeps every backup of today and yesterday, so a counter PC that is started
several times a day — or a till that is rebooted — filled its disk with identical copies,
and each start spent seconds of disk writing.  A start backup is only needed when something
was written since the newest backup.

``backup_now`` records, with each backup, the state of the database files *before* the copy
began (sizes and modification times); any commit changes them, a commit during the copy
included, so equal states mean the backup holds every commit there is.  Only false alarms
are possible (a checkpoint or a virus scanner touching the file): then a backup is taken as
before.  An empty or missing ``-wal`` counts the same (SQLite creates it empty on open).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

RECORD = "last-backup.json"

FileState = list[list[int] | None]


def file_state(db_path: str | Path) -> FileState:
    """Size and mtime (ns) of the database and of its -wal when the -wal holds anything."""
    db_path = Path(db_path)
    out: FileState = []
    for p in (db_path, db_path.with_name(db_path.name + "-wal")):
        try:
            st = p.stat()
        except FileNotFoundError:
            out.append(None)
            continue
        is_wal = p is not db_path
        out.append(None if is_wal and st.st_size == 0 else [st.st_size, st.st_mtime_ns])
    return out


def record(backup: Path, state: FileState) -> None:
    """Remember that *backup* (just written and verified) holds the files as they were in *state*."""
    path = backup.parent / RECORD
    tmp = path.with_name(path.name + ".tmp")
    try:
        data = {"backup": backup.name, "size": backup.stat().st_size, "state": state}
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:  # the backup itself stands; the next start just copies again
        log.warning("could not record the backup's file state: %s", exc)


def holds_current(db_path: str | Path, backup: Path) -> bool:
    """True if *backup* is the recorded one, unchanged on disk, and the database has not
    changed since it was taken."""
    try:
        data = json.loads((backup.parent / RECORD).read_text(encoding="utf-8"))
        return (data.get("backup") == backup.name and data.get("size") == backup.stat().st_size
                and data.get("state") == file_state(db_path))
    except (OSError, ValueError, AttributeError):
        return False
