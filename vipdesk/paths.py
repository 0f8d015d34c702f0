"""Where vipdesk keeps its files on this PC (never a synced or network folder)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """Per-user *local* app data: %LOCALAPPDATA%\\vipdesk on Windows (not Roaming)."""
    override = os.environ.get("VIPDESK_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("vipdesk", appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / "vipdesk.db"


def backup_dir() -> Path:
    return data_dir() / "backups"
