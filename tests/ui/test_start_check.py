"""Issue 14: the window paints before the start-up page check ends; the counter is read-only
("正在检查数据…") until the check passes; a damaged file keeps it read-only; closing cancels."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from vipdesk.model.members import profile as members
from vipdesk.model.safety.backup import BackupCancelled, backup_dir_for, backup_now, list_backups
from vipdesk.model.safety.startup import finish_check
from vipdesk.model.store import writers
from vipdesk.model.store.db import close_database, open_database
from vipdesk.ui.common import tasks
from vipdesk.ui.safety import start_check
from vipdesk.ui.safety import startup as safety_startup


def make_shop(path: Path, n: int = 40) -> None:
    open_database(path)
    for i in range(n):
        members.enrol(f"会员{i}", f"1390000{i:04d}", notes="很长的备注" * 40)
    close_database()


def damage_data_pages(path: Path) -> None:
    """Garbage over the last pages of the file (an archive table the counter does not read at
    start), page 1 and the schema left readable: only the page check can find it."""
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")
    con.execute("CREATE TABLE archive_scratch (x BLOB)")
    con.executemany("INSERT INTO archive_scratch VALUES (?)", [(b"x" * 3000,) for _ in range(20)])
    con.commit()
    con.close()
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size - 3 * 4096)
        f.write(b"\xff\x00garbage" * 1500)


@pytest.fixture
def shop(tmp_path, ui_env, answers):
    path = tmp_path / "vipdesk.db"
    make_shop(path)
    yield path
    tasks.set_synchronous(True)
    safety_startup.shutdown()
    close_database()


def open_window(qtbot, path: Path):
    from vipdesk.ui.main_window import MainWindow

    state = safety_startup.start_database(path, smoke=True, defer_check=True)
    window = MainWindow()
    qtbot.addWidget(window)
    return state, window


def gated_check(release: threading.Event):
    def check(state, cancelled):
        release.wait(30)  # the test says when the page check may run
        return finish_check(state, cancelled)

    return check


def test_window_paints_before_the_check_and_sales_wait_for_it(qtbot, shop):
    """Issue 14 item 3: paint first, counter writable only after the check passes."""
    state, window = open_window(qtbot, shop)
    assert state.check_pending
    release = threading.Event()
    tasks.set_synchronous(False)
    task = start_check.begin(window, gated_check(release))
    window.show()
    qtbot.waitExposed(window)  # painted while the check is still waiting
    assert not task.done
    for act in (window.act_sale, window.act_walk_in, window.act_enrol, window.act_return):
        assert not act.isEnabled()
        assert "正在检查数据" in act.toolTip()
    assert window.write_gate.label.isVisible() and "正在检查数据" in window.write_gate.label.text()
    assert window.walk_in_sale() is None  # a shortcut or pane button reaching the slot is refused too
    assert window.list_pane.model.rowCount() == 40  # looking members up works meanwhile
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    for act in (window.act_sale, window.act_walk_in, window.act_enrol, window.act_return):
        assert act.isEnabled()
        assert "正在检查数据" not in act.toolTip()
    assert not window.write_gate.label.isVisible()
    qtbot.waitUntil(lambda: safety_startup.backup_task() is not None and safety_startup.backup_task().done,
                    timeout=20000)
    assert [b.reason for b in list_backups(backup_dir_for(shop))] == ["start"]  # backup after the check
    window.close()


def test_damaged_file_found_after_paint_keeps_the_counter_read_only(qtbot, shop, answers):
    """Issue 14 item 3: the damaged-file path still stops writes when the check runs late."""
    damage_data_pages(shop)
    state, window = open_window(qtbot, shop)
    assert state.check_pending  # the header and schema read fine: only the page check finds it
    tasks.set_synchronous(False)
    task = start_check.begin(window)
    window.show()
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert state.damaged and state.damaged_copy is not None and state.damaged_copy.exists()
    assert writers.is_marked_damaged(shop)  # no process writes it now
    assert not window.act_sale.isEnabled() and "已损坏" in window.act_sale.toolTip()
    assert any("已损坏" in t for t in answers.texts())
    assert window.enrol("13911112222") is None
    assert list_backups(backup_dir_for(shop)) == []  # no start backup of a damaged file
    window.close()


def test_a_check_stopped_by_closing_opens_nothing(qtbot, shop):
    """Issue 14: closing the window cancels the check; the counter never became writable."""
    state, window = open_window(qtbot, shop)
    release = threading.Event()
    tasks.set_synchronous(False)
    task = start_check.begin(window, gated_check(release))
    window.show()
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert not window.act_sale.isEnabled()
    assert state.check_pending or state.check.ok  # a cancelled page check found nothing either way
    assert list_backups(backup_dir_for(shop)) == []
    window.close()


def test_start_backup_stops_when_cancelled_and_leaves_nothing(tmp_path, ui_env):
    """Issue 14: exit stops the start backup; no backup, no temp file; the next start takes it."""
    path = tmp_path / "vipdesk.db"
    make_shop(path)
    dest = tmp_path / "backups"
    with pytest.raises(BackupCancelled):
        backup_now(path, dest, "start", cancelled=lambda: True)
    assert not dest.exists() or list(dest.iterdir()) == []
    info = backup_now(path, dest, "start", cancelled=lambda: False)
    assert info.member_count == 40
