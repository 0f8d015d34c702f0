"""Refuse database locations that eat SQLite files: network shares and cloud-synced folders.

SQLite's locking does not work reliably over SMB/NFS, and sync clients
(OneDrive, 百度网盘, 坚果云 …) copy the main file without its -wal or upload a
half-written file and "restore" it later.  Either way the member book is
silently damaged, so such a path is refused with an explanation instead.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PureWindowsPath

from vipdesk.model.errors import VipdeskError
from vipdesk.text import tr

# Lower-case fragments of a folder name that mean "this folder is synced".
CLOUD_MARKERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("我的云端硬盘", "Google Drive"),
    ("icloud", "iCloud"),
    ("com~apple~clouddocs", "iCloud"),
    ("百度网盘", "百度网盘"),
    ("baidunetdisk", "百度网盘"),
    ("坚果云", "坚果云"),
    ("nutstore", "坚果云"),
    ("wps云盘", "WPS云盘"),
    ("wpsdrive", "WPS云盘"),
    ("阿里云盘", "阿里云盘"),
    ("aliyundrive", "阿里云盘"),
    ("腾讯微云", "腾讯微云"),
    ("weiyun", "腾讯微云"),
    ("seafile", "Seafile"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
)

# File-system types in /proc/mounts that live on another machine.
NETWORK_FS: frozenset[str] = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "coda",
    "9p", "ceph", "glusterfs", "lustre", "davfs", "fuse.sshfs", "sshfs", "fuse.rclone",
    "fuse.davfs2", "fuse.s3fs", "fuse.gcsfuse", "fuse.glusterfs", "fuse.cephfs",
})


_OCTAL = re.compile(r"\\([0-7]{3})")


class UnsafeLocation(VipdeskError):
    """The database path is on a network share or in a synced folder."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


def is_unc(path: str | Path) -> bool:
    """``\\\\server\\share\\…`` (also ``\\\\?\\UNC\\…``), whatever OS we run on."""
    s = str(path).replace("/", "\\")
    if s.upper().startswith("\\\\?\\UNC\\"):
        return True
    if s.startswith("\\\\?\\") or s.startswith("\\\\.\\"):
        return False  # long local path like \\?\C:\…
    return s.startswith("\\\\")


def cloud_service(path: str | Path) -> str | None:
    """Name of the sync service whose folder holds *path*, or ``None``."""
    parts = PureWindowsPath(str(path)).parts if "\\" in str(path) else Path(str(path)).parts
    for part in parts:
        low = part.lower()
        for marker, name in CLOUD_MARKERS:
            if marker in low:
                return name
    return None


def mount_fs_type(path: str | Path, mounts_text: str) -> str | None:
    """File-system type of the mount holding *path*, from /proc/mounts text."""
    target = str(path)
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts escapes spaces etc. as octal (\040)
        mount_point = _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), fields[1])
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix) or mount_point == "/") and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = PureWindowsPath(str(path)).drive
    if not drive or drive.startswith("\\\\"):
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


def location_problem(path: str | Path) -> str | None:
    """Chinese explanation of why *path* is unsafe for the database, or ``None`` if it is fine."""
    raw = str(path)
    net_msg = tr("数据库文件不能放在网络共享位置({where})。多台电脑同时通过网络打开同一个数据库文件"
                 "会损坏数据。请把数据库放在本机硬盘上(默认位置即可);需要在另一台电脑使用时,"
                 "请用“复制到U盘/新电脑”。")
    if is_unc(raw):
        return net_msg.format(where=raw)
    p = Path(raw).absolute()
    candidates = [p]
    try:
        resolved = p.resolve()
        if resolved != p:
            candidates.append(resolved)
    except OSError:
        pass
    for cand in candidates:
        service = cloud_service(cand)
        if service:
            return tr("数据库文件不能放在云同步文件夹({service})里:同步软件会在数据库写入时复制或覆盖文件,"
                      "导致会员数据损坏或丢失。请把数据库放在本机的普通文件夹(默认位置即可),"
                      "备份可以另外复制到云盘。").format(service=service)
        if is_unc(cand):
            return net_msg.format(where=cand)
    if os.name == "nt":  # pragma: no cover - Windows only
        if any(_windows_drive_is_remote(c) for c in candidates):
            return net_msg.format(where=PureWindowsPath(str(p)).drive)
    else:
        try:
            with open("/proc/mounts", encoding="utf-8", errors="replace") as f:
                mounts = f.read()
        except OSError:
            mounts = ""
        if mounts:
            for cand in candidates:
                probe = _existing_ancestor(cand)
                fstype = mount_fs_type(probe, mounts)
                if fstype and (fstype in NETWORK_FS or fstype.split(".")[0] in NETWORK_FS):
                    return net_msg.format(where=f"{fstype}: {probe}")
    return None


def _existing_ancestor(p: Path) -> Path:
    for cand in (p, *p.parents):
        if cand.exists():
            try:
                return cand.resolve()
            except OSError:
                return cand
    return p


def check_location(path: str | Path) -> None:
    """Raise ``UnsafeLocation`` (Chinese message) if the database must not live at *path*."""
    problem = location_problem(path)
    if problem:
        raise UnsafeLocation(Path(path), problem)
