"""Hygiene windows: duplicate finder → merge dialog, completeness table, members export, menus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from vipdesk.model.members import profile as members
from vipdesk.model.members.profile import Birthday
from vipdesk.model.members.search import search_member_ids
from vipdesk.model.members.staff import add_staff
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales.recording import LineInput
from vipdesk.model.store.tables import AuditLog, Member
from vipdesk.ui.common import dialogs
from vipdesk.ui.hygiene.dialogs import (
    CompletenessDialog,
    DuplicatesDialog,
    ExportDialog,
    MergeDialog,
)
from vipdesk.ui.privacy.pin import PinDialog


@pytest.fixture
def env(qtbot, db_path, ui_env, answers):
    return answers


@pytest.fixture
def exec_answers(monkeypatch):
    """Nested dialogs: record them and accept (after an optional fill-in)."""
    seen: list = []
    fill: dict = {}

    def fake(dialog):
        seen.append(dialog)
        f = fill.get(type(dialog).__name__)
        if f is not None:
            return f(dialog)
        return True

    monkeypatch.setattr(dialogs, "_exec", fake)
    return seen, fill


def _pair():
    clerk = add_staff("小李")
    a = members.enrol("王芳", "13812345678", birthday=Birthday(3, 7), address="西湖区")
    b = members.enrol("王芳", "13912345678", birthday=Birthday(3, 7), email="wf@example.com")
    sales.record_sale(b.id, [LineInput("B1", 20000)], clerk_id=clerk.id)
    return a, b


def _set_pin(pin: str) -> None:
    from vipdesk.model.privacy.owner import set_pin

    set_pin(pin)


def _typing(pin: str):
    """A PinDialog answer: type *pin* and press 确定 (a wrong PIN leaves the prompt open → 取消)."""

    def answer(d: PinDialog) -> bool:
        d.pin.setText(pin)
        return d.submit()

    return answer


def test_duplicates_dialog_lists_groups_and_merges(qtbot, env, exec_answers):
    a, b = _pair()
    _set_pin("2468")
    exec_answers[1]["PinDialog"] = _typing("2468")
    members.enrol("李娜", "13700000003")
    dlg = DuplicatesDialog(None, clerk="小李")
    qtbot.addWidget(dlg)
    assert dlg.tree.topLevelItemCount() == 1
    top = dlg.tree.topLevelItem(0)
    assert top.childCount() == 2 and "姓名和生日相同" in top.text(0)
    assert top.child(0).text(1) == "138****5678"  # masked in the list
    # the record with purchases survives by default
    assert dlg.selected_pair() == (b.id, a.id)
    seen, fill = exec_answers

    def press_merge(d: MergeDialog) -> bool:
        d.confirm()  # 合并, then 是 to the confirmation
        return d.result is not None

    fill["MergeDialog"] = press_merge
    with qtbot.waitSignal(dlg.merged) as sig:
        dlg.merge_selected()
    assert sig.args == [b.id]
    assert isinstance(seen[0], MergeDialog)
    assert Member.get_by_id(a.id).status == "merged"
    assert search_member_ids("王芳") == [b.id]
    assert dlg.tree.topLevelItemCount() == 0 and "没有找到" in dlg.status.text()
    assert AuditLog.get(AuditLog.action == "merge").clerk == "小李"


def test_merge_dialog_radios_preview_and_swap(qtbot, env, exec_answers):
    a, b = _pair()
    _set_pin("2468")
    exec_answers[1]["PinDialog"] = _typing("2468")
    dlg = MergeDialog(None, a.id, b.id)
    qtbot.addWidget(dlg)
    # blank on the left, filled on the right: right pre-selected
    assert dlg.radios["email"]["other"].isChecked()
    assert dlg.radios["address"]["survivor"].isChecked()
    assert not dlg.radios["name"]["other"].isEnabled()  # same on both sides
    assert dlg.radios["phone"]["survivor"].text() == "138 1234 5678"  # full number to tell them apart
    dlg.pick("phone", "other")
    assert "139 1234 5678" in dlg.preview.text()
    dlg.swap()
    assert dlg.survivor_id == b.id and dlg.radios["address"]["other"].isChecked()
    dlg.swap()
    dlg.pick("phone", "other")
    env.replies.append(1)  # "否" to the confirmation: nothing happens
    dlg.confirm()
    assert Member.get_by_id(b.id).status == "active"
    dlg.confirm()
    assert dlg.result is not None
    s = Member.get_by_id(a.id)
    assert s.phone == "13912345678" and s.email == "wf@example.com" and s.address == "西湖区"
    assert list((Path(Member._meta.database.database).parent / "backups").glob("*merge*.db"))


def test_merge_needs_owner_pin(qtbot, env, exec_answers):
    a, b = _pair()
    seen, fill = exec_answers
    dlg = MergeDialog(None, a.id, b.id)
    qtbot.addWidget(dlg)
    # No PIN yet: no open gate — the owner is asked to set one first; postponing merges nothing.
    fill["SetPinDialog"] = lambda d: False
    dlg.confirm()
    assert type(seen[-1]).__name__ == "SetPinDialog"
    assert dlg.result is None and Member.get_by_id(b.id).status == "active"

    _set_pin("2468")
    fill["PinDialog"] = _typing("1357")
    dlg.confirm()
    assert dlg.result is None and Member.get_by_id(b.id).status == "active"
    assert not AuditLog.select().where(AuditLog.action == "merge").exists()

    fill["PinDialog"] = _typing("2468")
    dlg.confirm()
    assert dlg.result is not None and Member.get_by_id(b.id).status == "merged"
    assert AuditLog.select().where(AuditLog.action == "merge").count() == 1


def test_completeness_dialog(qtbot, env):
    li = add_staff("小李")
    day = dt.date(2026, 10, 10)
    members.enrol("甲", "13800000001", clerk_id=li.id, enrolled_on=day, gender="女", birthday=Birthday(3, 7),
                  address="西湖区")
    members.enrol("乙", "13800000002", clerk_id=li.id, enrolled_on=day)
    dlg = CompletenessDialog(None, today=dt.date(2026, 10, 31))
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 2
    assert [dlg.table.item(0, c).text() for c in range(4)] == ["小李", "2", "1", "50%"]
    assert dlg.table.item(1, 0).text() == "合计"
    dlg.start.setDate(dlg.start.date().addDays(15))  # from 10-16: nobody
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 1).text() == "0"


def test_export_dialog_masked_and_full(qtbot, env, exec_answers, tmp_path):
    members.enrol("王芳", "13812345678")
    dlg = ExportDialog(None, clerk="店长", default_dir=tmp_path)
    qtbot.addWidget(dlg)
    assert dlg.masked.isChecked()
    dlg.path_edit.setText(str(tmp_path / "m.xlsx"))
    dlg.export()
    assert dlg.count == 1 and (tmp_path / "m.xlsx").exists()
    assert any("不能再导入" in t for t in env.texts())

    _set_pin("2468")
    _seen, fill = exec_answers
    fill["PinDialog"] = lambda d: False  # owner cancels the PIN
    dlg2 = ExportDialog(None, default_dir=tmp_path)
    qtbot.addWidget(dlg2)
    dlg2.full.setChecked(True)
    dlg2.path_edit.setText(str(tmp_path / "full.xlsx"))
    dlg2.export()
    assert not (tmp_path / "full.xlsx").exists()

    fill["PinDialog"] = _typing("1357")  # a wrong PIN
    dlg2.export()
    assert not (tmp_path / "full.xlsx").exists()
    assert AuditLog.select().where(AuditLog.action == "export_members").count() == 1  # the masked one only

    fill["PinDialog"] = _typing("2468")
    dlg2.export()
    assert (tmp_path / "full.xlsx").exists()
    log = AuditLog.select().where(AuditLog.action == "export_members").order_by(AuditLog.id.desc()).first()
    assert "完整手机号" in log.detail


def test_menus_installed(main_window):
    texts = {a.text(): a for a in main_window.menu("数据").actions()}
    assert {"导入会员…", "查找重复会员…", "导出会员…"} <= set(texts)
    assert texts["导入会员…"].shortcut().toString() == "Ctrl+I"
    assert "档案完整度(按导购)" in {a.text() for a in main_window.menu("报表").actions()}


def test_P13_not_same_person_button_hides_the_group_for_good(qtbot, env, exec_answers):
    a, b = _pair()
    dlg = DuplicatesDialog(None, clerk="小李")
    qtbot.addWidget(dlg)
    assert dlg.tree.topLevelItemCount() == 1
    env.replies.append(1)  # 否 to the confirmation: nothing is marked
    dlg.mark_not_same()
    assert dlg.tree.topLevelItemCount() == 1
    env.replies.append(0)  # 是
    qtbot.mouseClick(dlg.not_same_button, Qt.MouseButton.LeftButton)
    assert any("不是同一个人" in t for t in env.texts())
    assert dlg.tree.topLevelItemCount() == 0 and "没有找到" in dlg.status.text()
    again = DuplicatesDialog(None)
    qtbot.addWidget(again)
    assert again.tree.topLevelItemCount() == 0  # a new finder does not bring them back
    assert Member.get_by_id(a.id).status == Member.get_by_id(b.id).status == "active"
