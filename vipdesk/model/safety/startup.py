"""The safety steps before the app opens its database, in the order that matters.

1. refuse a network/cloud location (nothing created yet);
2. take the single-instance lock (a second vipdesk stops here, untouched);
3. check the file read-only;
4. damaged → keep it aside and find the newest good backup for the damaged
   screen; nothing else is written.  Sound → a "start" backup, then thinning.

The GUI shows what ``Startup`` says and only then calls ``open_database``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vipdesk.model.safety import fingerprint
from vipdesk.model.safety.backup import (
    BackupCancelled,
    BackupError,
    BackupInfo,
    backup_dir_for,
    backup_now,
    list_backups,
    newest_good_backup,
    thin_backups,
)
from vipdesk.model.safety.integrity import CheckResult, Status, check_database, keep_aside
from vipdesk.model.safety.leftovers import remove_leftovers
from vipdesk.model.safety.location import check_location
from vipdesk.model.safety.lock import InstanceLock
from vipdesk.model.store import writers


@dataclass
class Startup:
    db_path: Path
    backup_dir: Path
    lock: InstanceLock  # held; the app keeps it until it exits
    check: CheckResult
    start_backup: BackupInfo | None = None
    backup_error: str = ""  # a start backup that failed (disk full …) is shown, not fatal
    damaged_copy: Path | None = None
    newest_good: BackupInfo | None = None  # what the damaged screen offers to restore
    check_pending: bool = False  # issue 14: header read, page check still to run (``finish_check``)

    @property
    def damaged(self) -> bool:
        return self.check.status is Status.DAMAGED

    @property
    def read_only(self) -> bool:
        """A file from a newer vipdesk: open it read-only and say so."""
        return self.check.status is Status.NEWER_SCHEMA


def prepare_database(db_path: str | Path, backup_dir: str | Path | None = None,
                     *, today: dt.date | None = None, backup: bool = True, defer_check: bool = False) -> Startup:
    """Run the start-up safety steps; raises ``UnsafeLocation`` or ``AlreadyRunning``.

    ``backup=False`` leaves the start backup to the caller (the GUI runs
    ``take_start_backup`` off the GUI thread so a big shop opens at once).
    ``defer_check=True`` (issue 14) reads only the header and schema now and leaves the page
    check to ``finish_check`` on a worker, while the window shows read-only; a file marked
    damaged before, or one that needs a migration, is still checked in full here."""
    db_path = Path(db_path)
    backup_dir = Path(backup_dir) if backup_dir is not None else backup_dir_for(db_path)
    check_location(db_path)
    lock = InstanceLock(db_path).acquire()
    try:
        remove_leftovers(db_path, backup_dir)  # .tmp files of a killed backup/restore (issue 13)
        result = None
        if defer_check and db_path.exists() and not writers.is_marked_damaged(db_path):
            header = check_database(db_path, pages=False)
            if header.status is Status.OK and header.user_version == header.app_version:
                result = header
        state = Startup(db_path, backup_dir, lock, result or check_database(db_path), check_pending=result is not None)
        result = state.check
        if result.status is Status.DAMAGED:
            state.damaged_copy = keep_aside(db_path)
            state.newest_good = newest_good_backup(backup_dir)
        elif backup and result.status in (Status.OK, Status.NEWER_SCHEMA):
            take_start_backup(state, today)
        return state
    except BaseException:
        lock.release()
        raise


def finish_check(state: Startup, cancelled: Callable[[], bool] | None = None) -> Startup:
    """The page check a deferred start left for later (a worker, the app already open).

    Damaged → the file is marked (no process writes it), kept aside, and the newest good
    backup found, as at a blocking start.  Raises ``CheckCancelled`` when stopped."""
    if not state.check_pending:
        return state
    result = check_database(state.db_path, live=True, cancelled=cancelled)
    state.check = result
    state.check_pending = False
    if result.status is Status.DAMAGED:
        state.damaged_copy = keep_aside(state.db_path)
        state.newest_good = newest_good_backup(state.backup_dir)
    return state


def take_start_backup(state: Startup, today: dt.date | None = None,
                      cancelled: Callable[[], bool] | None = None) -> None:
    """The "start" backup after a passing check, then thinning; a failure is recorded, not raised.

    Cancelled (the window closed first) → no backup and no error: the next start takes it."""
    if state.check_pending or state.check.status not in (Status.OK, Status.NEWER_SCHEMA):
        return
    try:
        newest = list_backups(state.backup_dir, with_counts=False)
        if newest and fingerprint.holds_current(state.db_path, newest[0].path):
            # Nothing written since the newest backup (safety/fingerprint.py): it is this start's backup.
            state.start_backup = newest[0]
            thin_backups(state.backup_dir, today)
            return
        state.start_backup = backup_now(state.db_path, state.backup_dir, "start", cancelled=cancelled)
        if cancelled is None or not cancelled():
            thin_backups(state.backup_dir, today)
    except BackupCancelled:
        return
    except (BackupError, OSError) as exc:
        state.backup_error = str(exc)
