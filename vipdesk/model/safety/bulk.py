"""Every bulk write (import, merge, recompute, batch anonymise) takes a backup first,
in every front end: the model calls ``backup_before`` itself, so the CLI, the
GUI and scheduled tasks cannot forget it."""

from __future__ import annotations

from pathlib import Path

from vipdesk.model.safety.backup import BackupInfo, backup_dir_for, backup_now
from vipdesk.model.store.db import database_path


def backup_before(reason: str, db_path: str | Path | None = None) -> BackupInfo | None:
    """A verified backup of the open (or given) database; raises ``BackupError``.

    None for a database that is not a file yet (nothing to lose)."""
    path = Path(db_path) if db_path is not None else database_path()
    if path is None or str(path) == ":memory:" or not path.exists():
        return None
    dest = backup_dir_for(path)
    dest.mkdir(parents=True, exist_ok=True)
    return backup_now(path, dest, reason)
