"""Data safety: backups and restore, start-up check, single instance, safe location, owner PIN.

Everything here works on file paths with plain ``sqlite3`` connections, so it
runs before (or without) the app's peewee database being opened.

Start-up for the app: ``prepare_database(db)`` (startup.py) refuses an unsafe
location, takes the instance lock, checks the file read-only and either makes
a start backup or, for a damaged file, keeps it aside and names the newest
good backup to restore.
"""

# Loaded on first use (PEP 562): `vipdesk find` and other CLI commands import one submodule
# (e.g. ``failures``) and must not pay for backup, integrity and startup too (issue 14).
_WHERE = {
    "AlreadyRunning": "vipdesk.model.safety.lock",
    "BackupError": "vipdesk.model.safety.backup",
    "BackupInfo": "vipdesk.model.safety.backup",
    "CheckResult": "vipdesk.model.safety.integrity",
    "CopyInfo": "vipdesk.model.safety.backup",
    "InstanceLock": "vipdesk.model.safety.lock",
    "RestoreResult": "vipdesk.model.safety.backup",
    "Startup": "vipdesk.model.safety.startup",
    "Status": "vipdesk.model.safety.integrity",
    "UnsafeLocation": "vipdesk.model.safety.location",
    "auto_backup_due": "vipdesk.model.safety.backup",
    "backup_dir_for": "vipdesk.model.safety.backup",
    "backup_now": "vipdesk.model.safety.backup",
    "backup_to_file": "vipdesk.model.safety.backup",
    "backups_to_keep": "vipdesk.model.safety.thinning",
    "check_database": "vipdesk.model.safety.integrity",
    "check_location": "vipdesk.model.safety.location",
    "copy_to_folder": "vipdesk.model.safety.backup",
    "damaged_copies": "vipdesk.model.safety.integrity",
    "find_copies": "vipdesk.model.safety.backup",
    "keep_aside": "vipdesk.model.safety.integrity",
    "list_backups": "vipdesk.model.safety.backup",
    "location_problem": "vipdesk.model.safety.location",
    "newest_good_backup": "vipdesk.model.safety.backup",
    "open_copy": "vipdesk.model.safety.backup",
    "prepare_database": "vipdesk.model.safety.startup",
    "read_copy": "vipdesk.model.safety.backup",
    "restore": "vipdesk.model.safety.backup",
    "thin_backups": "vipdesk.model.safety.backup",
}


def __getattr__(name: str) -> object:
    import importlib

    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
