"""Data safety: backups and restore, start-up check, single instance, safe location, owner PIN.

Everything here works on file paths with plain ``sqlite3`` connections, so it
runs before (or without) the app's peewee database being opened.

Start-up for the app: ``prepare_database(db)`` (startup.py) refuses an unsafe
location, takes the instance lock, checks the file read-only and either makes
a start backup or, for a damaged file, keeps it aside and names the newest
good backup to restore.
"""

from vipdesk.model.safety.backup import (
    BackupError,
    BackupInfo,
    CopyInfo,
    RestoreResult,
    auto_backup_due,
    backup_dir_for,
    backup_now,
    backup_to_file,
    copy_to_folder,
    find_copies,
    list_backups,
    newest_good_backup,
    open_copy,
    read_copy,
    restore,
    thin_backups,
)
from vipdesk.model.safety.integrity import CheckResult, Status, check_database, damaged_copies, keep_aside
from vipdesk.model.safety.location import UnsafeLocation, check_location, location_problem
from vipdesk.model.safety.lock import AlreadyRunning, InstanceLock
from vipdesk.model.safety.startup import Startup, prepare_database
from vipdesk.model.safety.thinning import backups_to_keep

__all__ = [
    "AlreadyRunning",
    "BackupError",
    "BackupInfo",
    "CheckResult",
    "CopyInfo",
    "InstanceLock",
    "RestoreResult",
    "Startup",
    "Status",
    "UnsafeLocation",
    "auto_backup_due",
    "backup_dir_for",
    "backup_now",
    "backup_to_file",
    "backups_to_keep",
    "check_database",
    "check_location",
    "copy_to_folder",
    "damaged_copies",
    "find_copies",
    "keep_aside",
    "list_backups",
    "location_problem",
    "newest_good_backup",
    "open_copy",
    "prepare_database",
    "read_copy",
    "restore",
    "thin_backups",
]
