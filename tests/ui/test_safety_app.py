"""run_gui goes through the safety steps: refused starts exit non-zero without touching the file."""

from __future__ import annotations

import argparse
import hashlib

import pytest

from vipdesk.model.safety.backup import backup_dir_for, list_backups
from vipdesk.model.safety.lock import InstanceLock
from vipdesk.model.store.db import close_database
from vipdesk.ui.app import run_gui


def args(path) -> argparse.Namespace:
    return argparse.Namespace(db=str(path), smoke=True, lang=None)


@pytest.fixture(autouse=True)
def _closed(ui_env):
    yield
    close_database()


def test_smoke_start_opens_backs_up_and_releases_the_lock(qtbot, tmp_path):
    path = tmp_path / "vipdesk.db"
    assert run_gui(args(path)) == 0  # new file: created, nothing to back up yet
    close_database()
    assert run_gui(args(path)) == 0
    assert [b.reason for b in list_backups(backup_dir_for(path))] == ["start"]
    InstanceLock(path).acquire().release()  # given back at exit


def test_second_instance_says_so_and_exits_zero_untouched(qtbot, tmp_path, capsys):
    """Held by a vipdesk that does not answer (starting up, a restore): a Chinese sentence, exit 0 (issue 12)."""
    path = tmp_path / "vipdesk.db"
    assert run_gui(args(path)) == 0
    close_database()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with InstanceLock(path):
        assert run_gui(args(path)) == 0
    err = capsys.readouterr().err
    assert "已经在运行" in err and "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert list_backups(backup_dir_for(path)) == []


def test_damaged_file_exits_non_zero_and_is_kept(qtbot, tmp_path, capsys):
    path = tmp_path / "vipdesk.db"
    path.write_bytes(b"not a database at all " * 400)
    before = path.read_bytes()
    assert run_gui(args(path)) == 1
    assert "损坏" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert list(tmp_path.glob("vipdesk.db.damaged-*"))
