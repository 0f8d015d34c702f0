"""Issue 13, defect 9: leftovers and hygiene.

A killed backup or restore left .tmp files forever; the damaged copy kept
aside was not fsynced; the backup and restore connections ran with foreign
keys off.  Each is reproduced here against the real code paths.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from vipdesk.model.members import profile as members
from vipdesk.model.safety import backup as bk
from vipdesk.model.safety import integrity
from vipdesk.model.safety.startup import prepare_database
from vipdesk.model.store.db import close_database, open_database


def _shop(tmp_path: Path) -> Path:
    db = tmp_path / "vipdesk.db"
    open_database(db)
    try:
        members.enrol("王芳", "13800001111")
    finally:
        close_database()
    return db


def test_d9_tmp_files_of_a_killed_backup_are_removed_at_the_next_start(tmp_path: Path) -> None:
    """A backup process killed with SIGKILL while writing its temp file; the next start cleans up."""
    db = _shop(tmp_path)
    backups = bk.backup_dir_for(db)
    backups.mkdir()
    code = (
        "import sqlite3, sys, time, os\n"
        "from pathlib import Path\n"
        "from vipdesk.model.safety import backup as bk\n"
        "target = Path(sys.argv[1]) / 'vipdesk-20260101-000000-manual.db'\n"
        "tmp = bk._tmp_name(target)\n"
        "conn = sqlite3.connect(str(tmp)); conn.execute('BEGIN'); conn.execute('CREATE TABLE t(x)')\n"
        "conn.execute('INSERT INTO t VALUES (1)')\n"
        "print(tmp, flush=True); time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(backups)], stdout=subprocess.PIPE, text=True)
    tmp = Path(proc.stdout.readline().strip())
    assert tmp.exists()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    leftovers = [p for p in backups.iterdir() if ".tmp" in p.name]
    assert leftovers  # the defect: these stayed forever
    # A temp file of a process that still runs is not touched.
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        live_tmp = backups / f".vipdesk-20260101-000001-manual.db.{alive.pid}.tmp"
        live_tmp.write_bytes(b"in progress")
        state = prepare_database(db, backups)
        state.lock.release()
        assert not [p for p in leftovers if p.exists()]
        assert live_tmp.exists()
    finally:
        alive.kill()
        alive.wait()


def test_d9_damaged_copy_is_fsynced_file_and_folder(tmp_path: Path, monkeypatch) -> None:
    db = _shop(tmp_path)
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    kept = integrity.keep_aside(db)
    assert str(kept) in synced and str(kept.parent) in synced


def test_d9_every_connection_the_app_makes_has_foreign_keys_on(tmp_path: Path, monkeypatch) -> None:
    """Open each connection the app makes (peewee's, the check's, backup, restore,
    migration backup) and ask each, before it closes, whether foreign keys are on."""
    seen: list[tuple[str, int]] = []
    real_connect = sqlite3.connect

    class Recorded(sqlite3.Connection):
        def close(self) -> None:
            try:
                seen.append((self._name, self.execute("PRAGMA foreign_keys").fetchone()[0]))
            except sqlite3.Error:
                pass
            super().close()

    def connect(database, *args, **kwargs):  # noqa: ANN001, ANN202
        kwargs.setdefault("factory", Recorded)
        conn = real_connect(database, *args, **kwargs)
        conn._name = str(database)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    import peewee

    monkeypatch.setattr(peewee.sqlite3, "connect", connect)
    db = tmp_path / "vipdesk.db"
    open_database(db)
    members.enrol("王芳", "13800001111")
    close_database()
    integrity.check_database(db, full=True)
    info = bk.backup_now(db, bk.backup_dir_for(db), "manual")
    bk.verify_file(info.path)
    bk.list_backups(bk.backup_dir_for(db))
    bk.restore(info.path, db, bk.backup_dir_for(db))
    time.sleep(0)
    assert len(seen) >= 6, seen
    assert [name for name, fk in seen if fk != 1] == []
