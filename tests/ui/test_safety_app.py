"""run_gui goes through the safety steps: refused starts exit non-zero without touching the file."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from vipdesk.model.safety.backup import backup_dir_for, list_backups
from vipdesk.model.safety.lock import InstanceLock
from vipdesk.model.store.db import close_database


class Started:
    def __init__(self, proc: subprocess.CompletedProcess) -> None:
        self.code, self.err = proc.returncode, proc.stderr


def smoke(path) -> Started:
    """A whole `vipdesk --smoke` start in its own process, as the clerk starts it (in-process
    starts after hundreds of other GUI tests once hung in Qt's event processing)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "vipdesk", "--db", str(path), "--smoke"],
                          capture_output=True, text=True, timeout=300, env=env)
    return Started(proc)


@pytest.fixture(autouse=True)
def _closed(ui_env):
    yield
    close_database()


def test_smoke_start_opens_backs_up_and_releases_the_lock(qtbot, tmp_path):
    path = tmp_path / "vipdesk.db"
    assert smoke(path).code == 0  # new file: created, nothing to back up yet
    assert smoke(path).code == 0
    assert [b.reason for b in list_backups(backup_dir_for(path))] == ["start"]
    InstanceLock(path).acquire().release()  # given back at exit


def test_second_instance_says_so_and_exits_zero_untouched(qtbot, tmp_path, capsys):
    """Held by a vipdesk that does not answer (starting up, a restore): a Chinese sentence, exit 0 (issue 12)."""
    path = tmp_path / "vipdesk.db"
    assert smoke(path).code == 0
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with InstanceLock(path):
        second = smoke(path)
        assert second.code == 0
    err = second.err
    assert "已经在运行" in err and "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert list_backups(backup_dir_for(path)) == []


def test_damaged_file_exits_non_zero_and_is_kept(qtbot, tmp_path, capsys):
    path = tmp_path / "vipdesk.db"
    path.write_bytes(b"not a database at all " * 400)
    before = path.read_bytes()
    started = smoke(path)
    assert started.code == 1
    assert "损坏" in started.err
    assert path.read_bytes() == before
    assert list(tmp_path.glob("vipdesk.db.damaged-*"))
