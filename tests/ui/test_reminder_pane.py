"""The reminder pane: grouped tasks, mark done → contact log, skip, only mine, export, clipboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from vipdesk.model.members import profile as members
from vipdesk.model.members import staff
from vipdesk.model.sales.recording import LineInput, record_sale
from vipdesk.model.store.tables import Contact

pytestmark = pytest.mark.gui


class Host(QMainWindow):
    """The few main-window hooks the pane uses."""

    data_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[int] = []
        self.pane = None
        self.data_changed.connect(lambda: self.pane.refresh())

    def open_member(self, member_id: int) -> None:
        self.opened.append(member_id)


def _today_birthday() -> members.Birthday:
    today = dt.date.today()
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    return members.Birthday(today.month, day, 1990)


@pytest.fixture
def shop(db_path):
    li = staff.add_staff("小李")
    wang = staff.add_staff("小王")
    today = dt.date.today()
    a = members.enrol("黄明华", "13800001111", gender="F", clerk_id=li.id, enrolled_on=today - dt.timedelta(days=40))
    b = members.enrol("王芳", "13800002222", gender="F", clerk_id=wang.id, birthday=_today_birthday(),
                      enrolled_on=today - dt.timedelta(days=40))
    record_sale(a.id, [LineInput("A1", 59900, 1, category="连衣裙", size="M")], clerk_id=li.id,
                sold_at=dt.datetime.combine(today - dt.timedelta(days=7), dt.time(10)))
    return {"li": li, "wang": wang, "a": a, "b": b}


@pytest.fixture
def pane(qtbot, shop, ui_env, answers):
    from vipdesk.ui.care.reminder_pane import ReminderPane

    host = Host()
    qtbot.addWidget(host)
    p = ReminderPane(host)
    host.pane = p
    host.setCentralWidget(p)
    host.show()
    return p


def _groups(pane) -> dict[str, int]:
    out = {}
    for i in range(pane.tree.topLevelItemCount()):
        top = pane.tree.topLevelItem(i)
        out[top.text(0).split(" (")[0]] = top.childCount()
    return out


def _select(pane, kind: str, name: str):
    task = next(t for t in pane.tasks if t.kind == kind and t.name == name)
    pane.select_task(task)
    assert pane.current_task() is task
    return task


def test_tasks_grouped_by_kind_with_counts(pane):
    groups = _groups(pane)
    assert groups["售后回访"] == 1 and groups["生日祝福"] == 1
    texts = [pane.tree.topLevelItem(i).text(0) for i in range(pane.tree.topLevelItemCount())]
    assert "售后回访 (1)" in texts
    assert "项" in pane.title.text()


def test_mark_done_writes_the_contact_log_and_leaves_the_list(pane, shop, drive):
    _select(pane, "followup", "黄明华")
    assert "连衣裙" in pane.detail.toPlainText()

    def fill(dlg):
        dlg.outcome.setCurrentText("穿着很合适,教了洗涤方法")
        dlg.satisfaction.setCurrentIndex(dlg.satisfaction.findData(5))
        dlg.accept()

    drive.push(fill)
    assert pane.mark_done()
    c = Contact.get(Contact.member == shop["a"].id)
    assert (c.kind, c.channel, c.outcome, c.satisfaction) == ("followup", "call", "穿着很合适,教了洗涤方法", 5)
    assert "售后回访" not in _groups(pane)


def test_cancelled_done_dialog_writes_nothing(pane, drive):
    _select(pane, "followup", "黄明华")
    drive.push(lambda d: d.reject())
    assert not pane.mark_done()
    assert Contact.select().count() == 0
    assert "售后回访" in _groups(pane)


def test_empty_outcome_is_refused_with_a_message(pane, drive, answers):
    _select(pane, "followup", "黄明华")

    def fill(dlg):
        dlg.outcome.setCurrentText("")
        dlg.accept()

    drive.push(fill)
    assert not pane.mark_done()
    assert any("结果" in t for t in answers.texts())
    assert Contact.select().count() == 0


def test_skip_keeps_the_reason(pane, shop, drive):
    from vipdesk.model.care.tables import CareTask

    _select(pane, "birthday", "王芳")

    def fill(dlg):
        dlg.reason.setCurrentText("已当面问候过")
        dlg.accept()

    drive.push(fill)
    assert pane.skip()
    row = CareTask.get(CareTask.member == shop["b"].id, CareTask.kind == "birthday")
    assert (row.status, row.status_reason) == ("skipped", "已当面问候过")
    assert "生日祝福" not in _groups(pane)
    assert Contact.select().count() == 0


def test_only_mine(pane, shop):
    pane.clerk.setCurrentIndex(pane.clerk.findData(shop["wang"].id))
    pane.only_mine.setChecked(True)
    assert {t.name for t in pane.tasks} == {"王芳"}
    pane.only_mine.setChecked(False)
    assert {t.name for t in pane.tasks} >= {"王芳", "黄明华"}


def test_copy_text_and_number(pane, answers):
    task = _select(pane, "birthday", "王芳")
    pane.copy_text()
    assert QGuiApplication.clipboard().text() == task.text
    assert "王女士" in task.text
    pane.show_number()
    assert QGuiApplication.clipboard().text() == "13800002222"
    assert any("138 0000 2222" in t for t in answers.texts())


def test_export_group_needs_the_owner(pane, tmp_path, owner_pin):
    """The batch file carries full numbers: a wrong or cancelled PIN writes nothing."""
    from vipdesk.model.privacy import audit

    _select(pane, "birthday", "王芳")
    path = tmp_path / "birthday.csv"
    owner_pin.deny()
    assert pane.export_group(path=str(path)) == 0
    owner_pin.cancel()
    assert pane.export_group(path=str(path)) == 0
    assert not path.exists()
    assert audit.entries(action="care_export") == []
    owner_pin.allow()
    assert pane.export_group(path=str(path)) == 1
    assert "13800002222" in path.read_text(encoding="utf-8-sig")
    [entry] = audit.entries(action="care_export")
    assert entry.count == 1 and entry.file == str(path)


def test_double_click_opens_the_member(pane, shop):
    _select(pane, "followup", "黄明华")
    pane._open_member(pane.tree.currentItem())
    assert pane.window_.opened == [shop["a"].id]


def test_overdue_call_is_carried_over_and_marked(db_path, qtbot, ui_env, answers):
    from vipdesk.model.care.engine import due_tasks
    from vipdesk.ui.care.reminder_pane import ReminderPane

    li = staff.add_staff("小李")
    today = dt.date.today()
    m = members.enrol("刘洋", "13900003333", clerk_id=li.id, enrolled_on=today - dt.timedelta(days=60))
    record_sale(m.id, [LineInput("B2", 19900, 1)], clerk_id=li.id,
                sold_at=dt.datetime.combine(today - dt.timedelta(days=9), dt.time(11)))
    due_tasks(today - dt.timedelta(days=2), today=today - dt.timedelta(days=2))  # that morning's scan
    host = Host()
    qtbot.addWidget(host)
    pane = ReminderPane(host)
    host.pane = pane
    task = next(t for t in pane.tasks if t.kind == "followup")
    assert task.overdue
    top = pane.tree.topLevelItem(0)
    assert "逾期 1" in top.text(0)
    assert top.child(0).text(2).startswith("【逾期】")


def test_real_main_window_holds_the_pane(main_window, qtbot):
    """The pane lives in the shown main window, F5 refreshes it from the data, and opening a task
    opens that member in the window's detail pane."""
    from PySide6.QtGui import QKeySequence

    from vipdesk.ui.care.reminder_pane import TASK_ROLE, ReminderPane

    pane = main_window.reminder_pane
    assert isinstance(pane, ReminderPane)
    main_window.set_reminders_tabbed(False)  # the offscreen screen is small: the pane starts as a tab
    assert pane.isVisible() and pane.window() is main_window
    assert "生日祝福" not in _groups(pane)
    m = members.enrol("王芳", "13800002222", gender="F", birthday=_today_birthday())
    f5 = next(a for a in main_window.menu("关怀").actions() if a.shortcut() == QKeySequence("F5"))
    f5.trigger()
    qtbot.waitUntil(lambda: "生日祝福" in _groups(pane))
    top = next(pane.tree.topLevelItem(i) for i in range(pane.tree.topLevelItemCount())
               if pane.tree.topLevelItem(i).text(0).startswith("生日祝福"))
    item = top.child(0)
    assert item.data(0, TASK_ROLE).member_id == m.id and item.text(0) == "王芳"
    pane.tree.itemDoubleClicked.emit(item, 0)
    assert main_window.current_member_id() == m.id
    assert main_window.detail_pane.name_label.text() == "王芳"


def test_C7_pane_holds_a_second_care_message_with_the_month_named(pane, shop):
    """C7: 黄明华 already had a care message this month; today's weather care waits for next month."""
    from vipdesk.model.care.weather import create_weather_care
    from vipdesk.model.store import settings

    settings.put("care.cap_week", 0)  # only the monthly care cap (C7) is under test
    settings.put("care.cap_month", 0)
    today = dt.date.today()
    members.log_contact(shop["a"].id, clerk_id=shop["li"].id, channel="sms", outcome="已发", kind="holiday",
                        at=dt.datetime.combine(today, dt.time(0, 0, 1)))
    create_weather_care("cold", today, member_ids=[shop["a"].id])
    pane.refresh()
    held = [t for t in pane.tasks if t.kind == "weather"]
    nxt = dt.date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    assert len(held) == 1 and f"{nxt.year}年{nxt.month}月" in held[0].held_reason
    assert "暂缓(防打扰)" in _groups(pane)
    pane.select_task(held[0])
    assert "暂缓原因:" in pane.detail.toPlainText() and f"{nxt.month}月" in pane.detail.toPlainText()


def test_C16_win_back_call_done_in_the_pane_keeps_the_lapse_reason(pane, shop, drive):
    """A member six months without buying: the clerk marks the win-back call done and picks 价格."""
    from vipdesk.model.care.engine import add_months
    from vipdesk.model.care.feedback_tables import LapseRecord

    today = dt.date.today()
    c = members.enrol("赵敏", "13800003333", gender="F", clerk_id=shop["li"].id,
                      enrolled_on=add_months(today, -12))
    record_sale(c.id, [LineInput("B1", 29900, 1, category="毛衣")], clerk_id=shop["li"].id,
                sold_at=dt.datetime.combine(add_months(today, -6), dt.time(11)))
    pane.refresh()
    task = _select(pane, "dormant", "赵敏")

    def fill(dlg):
        assert dlg.lapse_reason is not None
        dlg.outcome.setCurrentText("已联系,觉得价格偏高")
        dlg.lapse_reason.setCurrentIndex(dlg.lapse_reason.findData("价格"))
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()

    drive.push(fill)
    assert pane.mark_done(task)
    rec = LapseRecord.get(LapseRecord.member == c.id)
    contact = Contact.get(Contact.member == c.id)
    assert (rec.reason, rec.kind, rec.contact_id) == ("价格", "dormant", contact.id)
    assert "沉睡唤醒" not in _groups(pane)
