"""Single instance per database: a second process is refused; a killed holder frees the lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vipdesk.model.safety.lock import AlreadyRunning, InstanceLock, lock_path_for, read_owner_pid

HOLDER = textwrap.dedent(
    """
    import sys
    from vipdesk.model.safety.lock import InstanceLock
    lock = InstanceLock(sys.argv[1]).acquire()
    print("locked", flush=True)
    sys.stdin.readline()  # hold until the parent says so (or kills us)
    lock.release()
    print("released", flush=True)
    """
)


def _start_holder(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_process_is_refused_with_chinese_message(tmp_path: Path) -> None:
    db = tmp_path / "vipdesk.db"
    holder = _start_holder(db)
    try:
        with pytest.raises(AlreadyRunning) as info:
            InstanceLock(db).acquire()
        assert info.value.pid == holder.pid
        assert "已经在运行" in str(info.value) and str(holder.pid) in str(info.value)
        assert not db.exists()  # the lock never touches the database itself
    finally:
        holder.stdin.write("\n")  # type: ignore[union-attr]
        holder.stdin.flush()  # type: ignore[union-attr]
        assert holder.stdout.readline().strip() == "released"  # type: ignore[union-attr]
        holder.wait(timeout=30)
    with InstanceLock(db) as lock:  # free again after a clean release
        assert lock.held
    assert lock_path_for(db).exists()  # the lock file stays; only the OS lock matters


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_lock_of_a_killed_process_is_free(tmp_path: Path) -> None:
    db = tmp_path / "vipdesk.db"
    holder = _start_holder(db)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    holder.stdout.close()  # type: ignore[union-attr]
    holder.stdin.close()  # type: ignore[union-attr]
    lock = InstanceLock(db).acquire()
    try:
        assert read_owner_pid(db) == os.getpid()
    finally:
        lock.release()


def test_same_process_second_lock_refused_then_free(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "vipdesk.db"
    first = InstanceLock(db).acquire()
    assert first.acquire() is first  # re-acquiring the same object is harmless
    with pytest.raises(AlreadyRunning):
        InstanceLock(db).acquire()
    first.release()
    first.release()  # idempotent
    with InstanceLock(db):
        pass


def test_locks_are_per_database(tmp_path: Path) -> None:
    with InstanceLock(tmp_path / "a.db"), InstanceLock(tmp_path / "b.db") as b:
        assert b.held
