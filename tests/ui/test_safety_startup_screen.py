"""Start-up through the safety steps, and the damaged-database screen that writes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from vipdesk.model.members import profile as members
from vipdesk.model.safety.backup import backup_dir_for, backup_now
from vipdesk.model.safety.integrity import damaged_copies
from vipdesk.model.safety.location import UnsafeLocation
from vipdesk.model.safety.lock import AlreadyRunning, InstanceLock
from vipdesk.model.safety.startup import prepare_database
from vipdesk.model.store.db import close_database, database_path, db, open_database
from vipdesk.model.store.migrations import SCHEMA_VERSION
from vipdesk.ui.safety import startup as safety_startup
from vipdesk.ui.safety.startup import DamagedDatabase, DamagedDialog, start_database


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: sha(p) for p in folder.iterdir() if p.is_file() and not p.name.endswith(".lock")}


def make_shop(path: Path, n: int = 3) -> None:
    open_database(path)
    for i in range(n):
        members.enrol(f"会员{i}", f"1390000{i:04d}")
    close_database()


def not_a_database(path: Path) -> None:
    path.write_bytes("这不是数据库,只是一段文字。\n".encode() * 500)


def truncate(path: Path) -> None:
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


@pytest.fixture(autouse=True)
def _release():
    yield
    safety_startup.shutdown()
    close_database()


@pytest.fixture
def damaged_shop(tmp_path):
    path = tmp_path / "shop" / "vipdesk.db"
    path.parent.mkdir()
    make_shop(path, 3)
    backup_now(path, backup_dir_for(path), "manual")
    open_database(path)
    members.enrol("备份后入会", "13900009999")
    close_database()
    not_a_database(path)
    return path


@pytest.mark.parametrize("damage", [not_a_database, truncate])
def test_damaged_screen_writes_nothing(qtbot, tmp_path, damage, ui_env):
    path = tmp_path / "vipdesk.db"
    make_shop(path, 30)
    damage(path)
    state = prepare_database(path)
    try:
        assert state.damaged and state.damaged_copy is not None
        before = folder_state(tmp_path)
        dlg = DamagedDialog(state)
        qtbot.addWidget(dlg)
        dlg.show()
        assert not dlg.restore_button.isEnabled()  # no good backup
        assert "没有找到完好的备份" in dlg.offer.text()
        dlg.reject()
        assert folder_state(tmp_path) == before
    finally:
        state.lock.release()


def test_damaged_screen_offers_newest_good_backup_and_restores(qtbot, damaged_shop, ui_env):
    state = prepare_database(damaged_shop)
    try:
        dlg = DamagedDialog(state)
        qtbot.addWidget(dlg)
        assert dlg.restore_button.isEnabled()
        assert "会员 3 人" in dlg.offer.text()
        assert str(state.damaged_copy) in " ".join(w.text() for w in dlg.findChildren(type(dlg.offer)))
        assert dlg.restore_from(state.newest_good.path) is True
    finally:
        state.lock.release()
    assert dlg.result_info.member_count == 3
    open_database(damaged_shop)
    assert members.find_by_phone("13900000001") is not None
    assert damaged_copies(damaged_shop)  # the damaged file is still kept aside


def test_start_refuses_damaged_when_declined_and_touches_nothing(qtbot, damaged_shop, ui_env, drive):
    before_db = sha(damaged_shop)
    drive.push(lambda d: d.reject())
    with pytest.raises(DamagedDatabase, match="已损坏"):
        start_database(damaged_shop)
    assert drive.seen == ["DamagedDialog"]
    assert sha(damaged_shop) == before_db
    assert database_path() is None or db.is_closed()
    InstanceLock(damaged_shop).acquire().release()  # the lock was given back


def test_start_restores_from_the_damaged_screen(qtbot, damaged_shop, ui_env, drive):
    drive.push(lambda d: d.restore_from(d.state.newest_good.path))
    state = start_database(damaged_shop)
    assert not db.is_closed() and database_path() == damaged_shop
    assert members.find_by_phone("13900000002") is not None
    from vipdesk.model.privacy import audit

    assert audit.entries(action=audit.RESTORE)
    with pytest.raises(AlreadyRunning):
        InstanceLock(damaged_shop).acquire()  # kept until exit
    assert safety_startup.current() is state


def test_second_start_is_refused_without_touching_the_file(tmp_path, ui_env):
    path = tmp_path / "vipdesk.db"
    make_shop(path)
    start_database(path, smoke=True)
    close_database()
    before = folder_state(tmp_path)
    other = InstanceLock(path)
    safety_startup._current.lock.release()
    other.acquire()  # "another vipdesk" holds it now
    try:
        with pytest.raises(AlreadyRunning):
            start_database(path, smoke=True)
    finally:
        other.release()
    assert folder_state(tmp_path) == before


def test_cloud_folder_is_refused_before_anything_is_created(tmp_path, ui_env):
    path = tmp_path / "OneDrive" / "vipdesk.db"
    with pytest.raises(UnsafeLocation):
        start_database(path, smoke=True)
    assert not path.parent.exists()


def test_newer_schema_opens_read_only_with_a_warning(qtbot, tmp_path, ui_env, answers):
    path = tmp_path / "vipdesk.db"
    make_shop(path)
    open_database(path)
    db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    close_database()
    state = start_database(path)
    assert state.read_only
    assert any("只读" in t for t in answers.texts())
    with pytest.raises(Exception, match="readonly"):
        members.enrol("新人", "13911112222")


def test_missing_file_builds_the_demo_then_opens(tmp_path, ui_env):
    path = tmp_path / "new" / "vipdesk.db"
    built = []

    def build(p: Path) -> None:
        built.append(p)
        make_shop(p, 2)

    start_database(path, smoke=True, build_demo=build)
    assert built == [path]
    assert members.find_by_phone("13900000001") is not None
