"""Issue 16 (C12 contact log, C10 templates) in the window: reminder pane → 发送短信 → preview → owner PIN → sent off the GUI thread;
the outbox view with delivery-report refresh and resend; WeCom assist with contact logging."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

pytestmark = pytest.mark.gui
Std = QDialogButtonBox.StandardButton


class Host(QMainWindow):
    data_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.pane = None
        self.data_changed.connect(lambda: self.pane.refresh())


@pytest.fixture
def pane(qtbot, db_path, ui_env, answers):
    from vipdesk.model.members import profile
    from vipdesk.model.messaging import config  # noqa: F401 - declares sms.* settings
    from vipdesk.model.privacy import consent
    from vipdesk.model.store import settings
    from vipdesk.ui.care.reminder_pane import ReminderPane

    today = dt.date.today()
    for name, phone in (("黄明华", "13800001111"), ("王芳", "13800002222")):
        m = profile.enrol(name, phone, gender="F", birthday=profile.Birthday(today.month, today.day, 1990))
        consent.record_marketing_consent(m.id, True)
    settings.put("sms.notice_window", "00:00-23:59")  # the test may run at night
    host = Host()
    qtbot.addWidget(host)
    p = ReminderPane(host)
    host.pane = p
    host.setCentralWidget(p)
    host.show()
    p.refresh()
    return p


def _birthday_group(pane):
    for i in range(pane.tree.topLevelItemCount()):
        top = pane.tree.topLevelItem(i)
        if top.text(0).startswith("生日祝福"):
            return top
    raise AssertionError("no birthday group")


def _map(provider: str) -> None:
    from vipdesk.model.messaging import templates

    name = "name" if provider == "aliyun" else "1"
    text = "亲爱的${name},生日快乐!" if provider == "aliyun" else "亲爱的{1},生日快乐!"
    templates.set_template("birthday", "T1", "notification", [(name, "姓名")], text)


def test_without_provider_nothing_is_sent(pane, answers, drive) -> None:
    pane.tree.setCurrentItem(_birthday_group(pane))
    assert pane.send_sms() is False
    assert "还没有设置短信服务商" in answers.texts()[-1]
    assert drive.seen == []


@pytest.mark.parametrize("provider_name", ["aliyun"])
def test_send_flow_preview_pin_send_outbox(pane, sms, answers, drive, owner_pin) -> None:
    from vipdesk.model.store.tables import Contact
    from vipdesk.ui.messaging.outbox_view import OutboxDialog

    _map(sms.provider)
    group = _birthday_group(pane)
    pane.tree.setCurrentItem(group)
    group.setSelected(True)
    assert len(pane.selected_tasks()) == 2
    seen = {}

    def preview(d) -> None:
        seen["summary"] = d.summary.text()
        seen["rows"] = d.messages.rowCount()
        seen["text"] = d.messages.item(0, 4).text()
        d.box.button(Std.Ok).click()

    # PIN refused: previewed, nothing queued or sent
    drive.push(preview)
    owner_pin.deny()
    pane.send_sms()
    assert not sms.sent
    from vipdesk.model.messaging import outbox

    assert outbox.outbox() == []  # nothing queued without the owner
    # PIN given: sent
    drive.push(preview)
    owner_pin.allow()
    assert pane.send_sms() is True
    assert seen["rows"] == 2 and "2 条短信" in seen["summary"] and "¥" in seen["summary"]
    assert seen["text"].startswith("【小店】亲爱的")
    assert "已提交 2 条" in answers.texts()[-1]
    assert len(sms.sent) == 2
    assert Contact.select().where(Contact.channel == "sms").count() == 2
    # the outbox view: two submitted, refresh delivery reports → delivered
    dlg = OutboxDialog(pane)
    assert dlg.model.rowCount() == 2
    assert {dlg.model.data(dlg.model.index(r, 4)) for r in range(2)} == {"已提交"}
    dlg.poll()
    assert "送达 2" in answers.texts()[-1]
    assert {dlg.model.data(dlg.model.index(r, 4)) for r in range(2)} == {"已送达"}
    dlg.resend_failed()
    assert "没有失败的短信" in answers.texts()[-1]
    assert dlg.send_queued() is False and "没有待发送" in answers.texts()[-1]


@pytest.mark.parametrize("provider_name", ["tencent"])
def test_resend_failed_from_outbox(pane, sms, answers, drive, owner_pin) -> None:
    from vipdesk.ui.messaging.outbox_view import OutboxDialog

    _map(sms.provider)
    sms.script["13800001111"] = ["template"]
    pane.tree.setCurrentItem(_birthday_group(pane))
    drive.push(lambda d: d.box.button(Std.Ok).click())
    owner_pin.allow()
    pane.send_sms()
    assert "失败 1 条" in answers.texts()[-1] and "黄明华" in answers.texts()[-1]
    dlg = OutboxDialog(pane)
    owner_pin.allow()
    dlg.resend_failed()
    assert "已提交 1 条" in answers.texts()[-1]
    assert len(sms.sent) == 2


def test_wecom_assist_copies_and_logs(pane) -> None:
    from vipdesk.model.store.tables import Contact
    from vipdesk.ui.messaging.wecom import WeComAssistDialog

    pane.tree.setCurrentItem(_birthday_group(pane))
    chosen = pane.selected_tasks()
    d = WeComAssistDialog(pane, chosen)
    assert d.copy_current() == chosen[0].text == QGuiApplication.clipboard().text()
    assert "13800002222" in d.copy_all()
    assert d.confirm_sent() is True
    assert d.list.currentRow() == 1
    assert d.confirm_sent() is True and d.confirm_sent() is False  # each member once
    assert Contact.select().where(Contact.channel == "wechat").count() == 2


def test_settings_dialog_owner_only_secret_to_store_and_tencent_rules(pane, answers, drive, owner_pin,
                                                                       monkeypatch) -> None:
    """The owner sets provider, secret and templates in the window; refused rows are named, the rest saved."""
    import keyring

    from tests.messaging.test_sms_cli import MemoryKeyring
    from vipdesk.model.messaging import config, templates
    from vipdesk.ui.messaging.outbox_view import OutboxDialog

    store = MemoryKeyring()
    keyring.set_keyring(store)
    dlg = OutboxDialog(pane)
    owner_pin.deny()
    assert dlg.open_settings() is False
    result = {}

    def fill(d) -> None:
        d.provider.setCurrentIndex(d.provider.findData("tencent"))
        d.sign.setText("小店")
        d.key_id.setText("AKIDdemo")
        d.secret.setText("tencent-secret-xyz")
        d.app_id.setText("1400009999")
        d.set_row("holiday", "100001", "notification", "1=姓名, 2=节日", "亲爱的{1}:{2}快乐!")
        d.set_row("dormant", "100002", "marketing", "", "好久不见,拒收请回复R")
        result["first"] = d.save()
        d.set_row("dormant", "", "notification")
        result["second"] = d.save()

    owner_pin.allow()
    drive.push(fill)
    assert dlg.open_settings() is True
    assert result == {"first": False, "second": True}
    assert any("沉睡唤醒" in t and "会员召回" in t for t in answers.texts())
    assert config.provider_config().provider == "tencent"
    assert store.items[("vipdesk-sms", "AKIDdemo")] == "tencent-secret-xyz"
    assert set(templates.mapped()) == {"holiday"}


def test_clerk_tick_opt_out_from_outbox(pane, answers) -> None:
    from vipdesk.model.messaging import gating, outbox
    from vipdesk.model.privacy import consent
    from vipdesk.ui.messaging.outbox_view import OutboxDialog

    _map("aliyun")
    pane.tree.setCurrentItem(_birthday_group(pane))
    outbox.enqueue(gating.plan(pane.selected_tasks()))
    dlg = OutboxDialog(pane)
    dlg.view.selectRow(0)
    assert dlg.opt_out_selected() == 1
    opted = outbox.opt_outs()
    assert len(opted) == 1 and opted[0].source == "clerk"
    assert not consent.marketing_allowed(opted[0].member_id)


@pytest.mark.parametrize("provider_name", ["aliyun"])
def test_held_by_window_then_sent_from_outbox(pane, sms, answers, drive, owner_pin) -> None:
    """Outside the window the message waits (the preview says when); 发送待发的 sends it once it is due."""
    from vipdesk.model.messaging import outbox
    from vipdesk.model.store import settings
    from vipdesk.ui.messaging.outbox_view import OutboxDialog

    _map(sms.provider)
    now = dt.datetime.now()
    h = now.hour + 1 if now.hour < 22 else 1  # a window that has not opened yet (never across midnight)
    closed = f"{h:02d}:00-{h + 1:02d}:00"
    settings.put("sms.notice_window", closed)
    pane.tree.setCurrentItem(_birthday_group(pane))
    notes = {}

    def preview(d) -> None:
        notes["note"] = d.messages.item(0, 3).text()
        d.box.button(Std.Ok).click()

    drive.push(preview)
    owner_pin.allow()
    pane.send_sms()
    assert "不在发送时段,将于" in notes["note"]
    assert not sms.sent and {r.status for r in outbox.outbox()} == {"queued"}
    dlg = OutboxDialog(pane)
    owner_pin.allow()
    assert dlg.send_queued() is True  # not yet its time: nothing goes
    assert not sms.sent and "已提交 0 条" in answers.texts()[-1]
    opens = dt.datetime.combine(dt.date.today(), dt.time.fromisoformat(closed.split("-")[0]))
    if opens < now:  # the window starts after midnight
        opens += dt.timedelta(days=1)
    outbox.send_due(at=opens + dt.timedelta(minutes=1))  # what the scheduled `vipdesk sms send` does then
    assert len(sms.sent) == 2 and {r.status for r in outbox.outbox()} == {"submitted"}
