"""One vipdesk per database: a second start brings the open window forward and exits 0.

The first instance is this test process (the lock and the local server a
running vipdesk holds); the second start is a real ``python -m vipdesk``
subprocess, as a clerk double-clicking the icon again would run it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vipdesk.model.safety.lock import InstanceLock
from vipdesk.single_instance import InstanceServer, ask_running_instance, server_name

pytestmark = pytest.mark.gui


def start(qtbot, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run vipdesk in a subprocess while this process's event loop keeps answering."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "vipdesk", *argv], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=180_000)
    finally:
        if proc.poll() is None:  # it would sit on a dialog forever: stop it, the test fails
            proc.kill()
    out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.fixture
def first(tmp_path: Path, qapp):
    """A database as a running vipdesk holds it: the file lock and the listening server."""
    from vipdesk.model.store.db import close_database, open_database

    path = tmp_path / "shop.db"
    open_database(path)
    close_database()
    raised: list[int] = []
    with InstanceLock(path):
        server = InstanceServer(path, lambda: raised.append(1))
        assert server.listening
        yield path, raised
        server.close()


def test_second_start_on_the_same_database_raises_the_first_and_exits_0(qtbot, first) -> None:
    path, raised = first
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    done = start(qtbot, "--db", str(path))  # a real start, not --smoke: it would otherwise show a window
    assert done.returncode == 0, done.stderr
    assert raised == [1]
    assert "已经打开了这个数据库" in done.stderr and "Traceback" not in done.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # nothing written
    assert not list(path.parent.glob("backups*"))


def test_a_different_database_opens_alongside(qtbot, first, tmp_path: Path) -> None:
    path, raised = first
    other = tmp_path / "other" / "shop.db"
    done = start(qtbot, "--db", str(other), "--smoke")
    assert done.returncode == 0, done.stderr
    assert other.exists() and raised == []


def test_server_name_is_per_file_however_spelt(tmp_path: Path) -> None:
    a = tmp_path / "a.db"
    assert server_name(a) == server_name(tmp_path / "x" / ".." / "a.db")
    assert server_name(a) != server_name(tmp_path / "b.db")


def test_nobody_answers_for_a_closed_database(qapp, tmp_path: Path) -> None:
    assert ask_running_instance(tmp_path / "nobody.db", timeout_ms=300) is False


def test_lock_held_but_nobody_answering_says_so_and_writes_nothing(qtbot, tmp_path: Path) -> None:
    """Another process holds the file (a CLI import, a window still starting): the second start
    finds the lock, asks, gets no answer and says the shop is open — exit 0, no traceback."""
    from vipdesk.model.store.db import close_database, open_database

    path = tmp_path / "shop.db"
    open_database(path)
    close_database()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with InstanceLock(path):
        done = start(qtbot, "--db", str(path), "--smoke")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.strip()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not list(path.parent.glob("backups*"))


def test_a_real_running_window_answers_a_second_start(qtbot, tmp_path: Path) -> None:
    """Issue 12 end to end with two real processes: the first vipdesk listens from its first
    paint (issue 14: QtNetwork loads after it), the second start brings it forward and exits 0."""
    from vipdesk.model.members import profile as members
    from vipdesk.model.store.db import close_database, open_database

    path = tmp_path / "shop.db"
    open_database(path)
    members.enrol("周芳", "13812345678")  # a shop in use: no set-up wizard before the window
    close_database()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    first = subprocess.Popen([sys.executable, "-m", "vipdesk", "--db", str(path)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        qtbot.waitUntil(lambda: first.poll() is not None or server_listening(path), timeout=120_000)
        assert first.poll() is None, first.stderr.read() if first.stderr else ""
        done = start(qtbot, "--db", str(path))
        assert done.returncode == 0, done.stderr
        assert "已经打开了这个数据库" in done.stderr and "Traceback" not in done.stderr
    finally:
        first.kill()
        first.wait()


def server_listening(path: Path) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(server_name(path))
    ok = sock.waitForConnected(100)
    sock.abort()
    return ok
