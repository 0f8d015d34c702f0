"""Database location guard: network shares and cloud-synced folders are refused, local paths pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from vipdesk.model.safety.location import (
    UnsafeLocation,
    check_location,
    cloud_service,
    is_unc,
    location_problem,
    mount_fs_type,
)

MOUNTS = r"""sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sda2 /home ext4 rw,relatime 0 0
//nas/shop /mnt/nas cifs rw,vers=3.0 0 0
nas:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/nas/usb vfat rw 0 0
user@host:/ /mnt/my\040sshfs fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\王芳\OneDrive\vipdesk\vipdesk.db", "OneDrive"),
        (r"C:\Users\王芳\OneDrive - 某某服饰\vipdesk.db", "OneDrive"),
        ("/home/wang/Dropbox/vipdesk.db", "Dropbox"),
        (r"G:\My Drive\Google Drive\shop.db", "Google Drive"),
        (r"C:\Users\wang\iCloudDrive\vipdesk.db", "iCloud"),
        ("/Users/wang/Library/Mobile Documents/com~apple~CloudDocs/vipdesk.db", "iCloud"),
        (r"D:\百度网盘\同步空间\vipdesk.db", "百度网盘"),
        (r"D:\BaiduNetdiskWorkspace\vipdesk.db", "百度网盘"),
        (r"C:\Users\wang\Nutstore\1\vipdesk.db", "坚果云"),
        (r"C:\Users\wang\坚果云\vipdesk.db", "坚果云"),
        (r"C:\Users\wang\WPS云盘\vipdesk.db", "WPS云盘"),
    ],
)
def test_cloud_folders_are_refused(path: str, service: str) -> None:
    assert cloud_service(path) == service
    problem = location_problem(path)
    assert problem is not None and service in problem and "云同步" in problem
    with pytest.raises(UnsafeLocation) as info:
        check_location(path)
    assert info.value.reason == problem


@pytest.mark.parametrize(
    "path",
    [r"\\server\share\vipdesk.db", r"\\192.168.1.5\店铺\vipdesk.db", r"\\?\UNC\server\share\x.db", "//nas/shop/v.db"],
)
def test_unc_paths_are_refused(path: str) -> None:
    assert is_unc(path)
    problem = location_problem(path)
    assert problem is not None and "网络共享" in problem


@pytest.mark.parametrize("path", [r"C:\Users\wang\AppData\Local\vipdesk\vipdesk.db", r"\\?\C:\data\v.db"])
def test_local_windows_paths_are_not_unc(path: str) -> None:
    assert not is_unc(path)
    assert cloud_service(path) is None


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/mnt/nas/shop/vipdesk.db", "cifs"),
        ("/mnt/nas", "cifs"),
        ("/mnt/nasty/vipdesk.db", "ext4"),  # a prefix of the name is not the mount
        ("/mnt/nas/usb/vipdesk.db", "vfat"),  # the deepest mount wins
        ("/mnt/nfs/a.db", "nfs4"),
        ("/mnt/my sshfs/a.db", "fuse.sshfs"),
        ("/home/wang/vipdesk.db", "ext4"),
    ],
)
def test_mount_table_lookup(path: str, fstype: str) -> None:
    assert mount_fs_type(path, MOUNTS) == fstype


def test_local_temp_paths_are_fine(tmp_path: Path) -> None:
    assert location_problem(tmp_path / "vipdesk.db") is None
    assert location_problem(tmp_path / "not" / "yet" / "created" / "vipdesk.db") is None
    check_location(tmp_path / "vipdesk.db")


def test_symlink_into_a_synced_folder_is_refused(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "shop"
    synced.mkdir(parents=True)
    link = tmp_path / "innocent"
    link.symlink_to(synced, target_is_directory=True)
    assert "Dropbox" in (location_problem(link / "vipdesk.db") or "")
