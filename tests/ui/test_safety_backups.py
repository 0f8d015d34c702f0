"""Backups dialog: list, back up now, restore (PIN, pre-restore copy), copy to USB, open a copy; auto-backup."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.members import profile as members
from vipdesk.model.privacy import audit, owner
from vipdesk.model.safety import backup as bk
from vipdesk.model.store.db import database_path
from vipdesk.model.store.tables import Member
from vipdesk.ui.safety.backups import AutoBackup, BackupsDialog


def enter_pin(pin: str):
    def handler(d):
        d.pin.setText(pin)
        d.submit()
    return handler


@pytest.fixture
def shop_window(main_window):
    members.enrol("黄明华", "13812345678")
    members.enrol("李秀英", "13987651234")
    owner.set_pin("258013")
    return main_window


def test_menus_are_installed(shop_window):
    f = shop_window.safety_feature
    data = [a.text() for a in shop_window.menu("数据").actions()]
    assert "备份与恢复…" in data and "复制到U盘/新电脑…" in data and "审计日志…" in data
    assert "店长密码…" in [a.text() for a in shop_window.menu("设置").actions()]
    assert {"withdraw", "anonymise", "export_member", "guardian"} <= set(f.actions)


def test_backup_now_lists_date_size_and_members(qtbot, shop_window, answers):
    dlg = BackupsDialog(shop_window)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 0
    dlg.backup_now()
    assert dlg.table.rowCount() == 1
    row = [dlg.table.item(0, c).text() for c in range(4)]
    assert row[1] == "手动备份" and row[3] == "2 人" and row[2].endswith("KB")
    assert "2 人" in answers.texts()[-1]


def test_restore_needs_the_pin_and_keeps_a_pre_restore_copy(qtbot, shop_window, answers, drive):
    path = database_path()
    first = bk.backup_now(path, bk.backup_dir_for(path), "manual")
    members.enrol("后来入会", "13700001111")
    dlg = BackupsDialog(shop_window)
    qtbot.addWidget(dlg)

    drive.push(lambda d: d.reject())  # no PIN → nothing happens
    assert dlg.restore_selected(first) is False
    assert Member.select().count() == 3

    drive.push(enter_pin("258013"))
    answers.replies.append(1)  # issue 13: later work listed; the owner chooses not to carry it over
    changed = []
    shop_window.data_changed.connect(lambda: changed.append(1))
    assert dlg.restore_selected(first) is True
    assert "多出 会员 1 条" in answers.texts()[-2]
    assert Member.select().count() == 2
    assert "后来入会" in answers.texts()[-1] or "抢救报告" in answers.texts()[-1]
    assert changed
    reasons = [b.reason for b in bk.list_backups(bk.backup_dir_for(path))]
    assert "pre_restore" in reasons
    entry = audit.entries(action=audit.RESTORE)[0]
    assert entry.file == str(first.path) and entry.count == 2
    assert "恢复前" in answers.texts()[-1]


def test_restore_over_a_healthy_file_carries_later_work_when_the_owner_agrees(qtbot, shop_window, answers, drive):
    """Issue 13: restoring an older backup over a healthy file silently dropped later work."""
    path = database_path()
    first = bk.backup_now(path, bk.backup_dir_for(path), "manual")
    members.enrol("后来入会", "13700001111")
    dlg = BackupsDialog(shop_window)
    qtbot.addWidget(dlg)
    drive.push(enter_pin("258013"))
    answers.replies.append(2)  # 取消: nothing happens
    assert dlg.restore_selected(first) is False
    assert Member.select().count() == 3 and len(bk.list_backups(bk.backup_dir_for(path))) == 1
    drive.push(enter_pin("258013"))
    answers.replies.append(0)  # 恢复并补回
    assert dlg.restore_selected(first) is True
    assert Member.select().where(Member.name == "后来入会").count() == 1
    assert "已补回:会员 1 条" in answers.texts()[-1]


def test_copy_to_usb_and_open_it_on_a_new_pc(qtbot, shop_window, answers, drive, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    dlg = BackupsDialog(shop_window)
    qtbot.addWidget(dlg)
    drive.push(lambda d: d.reject())  # no PIN → nothing copied, nothing logged
    dlg.copy_to_folder(usb)
    assert bk.find_copies(usb) == [] and audit.entries(action=audit.EXPORT) == []
    drive.push(enter_pin("258013"))
    dlg.copy_to_folder(usb)
    assert audit.entries(action=audit.EXPORT)[0].file
    text = answers.texts()[-1]
    assert "会员 2 人" in text and "vipdesk-copy-" in text
    copies = bk.find_copies(usb)
    assert len(copies) == 1 and copies[0].member_count == 2

    members.enrol("这台电脑上的", "13700001111")
    drive.push(enter_pin("258013"))
    answers.replies.append(1)  # not carried over: into the salvage report
    assert dlg.open_copy(usb) is True
    assert Member.select().count() == 2
    assert "会员 2 人" in answers.texts()[-1]


def test_open_copy_refuses_a_folder_without_a_copy(qtbot, shop_window, answers, tmp_path):
    dlg = BackupsDialog(shop_window)
    qtbot.addWidget(dlg)
    assert dlg.open_copy(tmp_path) is False
    assert "没有有效的会员管家副本" in answers.texts()[-1]


def test_auto_backup_only_when_something_changed(qtbot, shop_window):
    path = database_path()
    now = dt.datetime.now().replace(microsecond=0)
    auto = AutoBackup(shop_window, interval_ms=10**8)
    auto.last = now + dt.timedelta(hours=1)  # as if a backup ran after every write so far
    assert not auto._files_changed()
    auto.changed = False
    assert auto.tick(now + dt.timedelta(hours=1, minutes=31)) is False
    shop_window.data_changed.emit()
    assert auto.tick(now + dt.timedelta(hours=1, minutes=10)) is False  # not 30 minutes yet
    assert auto.tick(now + dt.timedelta(hours=1, minutes=31)) is True
    autos = [b for b in bk.list_backups(bk.backup_dir_for(path)) if b.reason == "auto"]
    assert len(autos) == 1 and autos[0].member_count == 2
    assert auto.changed is False and auto.last == now + dt.timedelta(hours=1, minutes=31)
    assert auto.tick(now + dt.timedelta(hours=2, minutes=30)) is False
