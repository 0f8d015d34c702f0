from vipdesk.model.members import staff
from vipdesk.ui.counter.staff_dialog import StaffDialog


def test_add_rename_deactivate(qtbot, db_path, ui_env, answers):
    d = StaffDialog()
    qtbot.addWidget(d)
    d.new_name.setText("小周")
    assert d.add()
    d.new_name.setText("小周")
    assert not d.add()  # duplicate name refused with a message naming the field
    assert answers.texts()[0].startswith("姓名:已有同名导购")
    assert d.rename("周敏")
    assert [s.name for s in staff.list_staff()] == ["周敏"]
    d.toggle()
    assert staff.list_staff() == []
    assert d.list.item(0).text() == "周敏(已停用)"
    d.toggle()
    assert [s.name for s in staff.list_staff()] == ["周敏"]
    from vipdesk.model.privacy import audit

    logged = [e.detail for e in reversed(audit.entries(action=audit.SETTINGS))]
    assert logged == ["添加导购 小周", "导购 小周 改名为 周敏", "停用导购 周敏", "恢复导购 周敏"]


def test_staff_menu_needs_the_owner_then_opens_dialog(main_window, drive, owner_pin):
    def add(d):
        d.new_name.setText("小陈")
        d.add()
        d.accept()

    owner_pin.deny()
    main_window.act_staff.trigger()
    owner_pin.cancel()
    main_window.act_staff.trigger()
    assert drive.seen == ["PinDialog", "PinDialog"]  # the staff dialog never opened
    owner_pin.allow()
    drive.push(add)
    main_window.act_staff.trigger()
    assert drive.seen[2:] == ["PinDialog", "StaffDialog"]
    assert [s.name for s in staff.list_staff()] == ["小陈"]
