"""Issue 16: the outbox against the loopback fake of each provider (signatures checked by the fake).

DOMAIN: C10 templates with placeholders, C12 every message in the contact log, C7 the monthly
non-sales cap, C13 don't pester (不要打扰, daily limit per number), P14 consent / PIPL.
"""

from __future__ import annotations

import datetime as dt
import socket

import peewee
import pytest

from tests.messaging.conftest import map_templates, member, noon, task
from vipdesk.model.messaging import config, gating, outbox, providers, templates
from vipdesk.model.messaging.tables import SmsMessage, SmsOptOut
from vipdesk.model.privacy import consent
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Contact


def _queue(tasks, at=None) -> gating.Plan:
    p = gating.plan(tasks, at or noon())
    outbox.enqueue(p, clerk="店长")
    return p


def test_send_once_signed_logged_and_delivered(sms) -> None:
    """C12 + never twice: one signed request per message, contact logged, a second run sends nothing."""
    map_templates(sms.provider)
    a = member("王芳", "13800138001")
    p = _queue([task(a)])
    assert [i.text for i in p.items] == ["【小店】亲爱的王芳:春节到了,祝您节日快乐!"]
    assert p.units == 1
    rep = outbox.send_due(at=noon())
    assert rep.submitted == 1 and not rep.stopped
    assert all(r["signature_ok"] for r in sms.requests)
    assert len(sms.sent) == 1 and sms.sent[0]["phone"] == "13800138001"
    assert sms.sent[0]["key"] == p.items[0].key  # OutId / SessionContext
    assert sms.sent[0]["params"] in ({"name": "王芳", "fest": "春节"}, ["王芳", "春节"])
    contact = Contact.get(Contact.member == a)
    assert contact.channel == "sms" and contact.kind == "holiday" and "春节" in contact.note
    # again: nothing new is queued or sent
    again = gating.plan([task(a)], noon())
    assert not again.items and "已在发件箱" in again.excluded[0].reason
    assert outbox.send_due(at=noon()).submitted == 0
    assert len(sms.sent) == 1
    pr = outbox.poll(at=noon())
    assert pr.delivered == 1
    assert SmsMessage.get().status == "delivered"


def test_marketing_needs_consent_and_under_14_needs_guardian(sms) -> None:
    """Consent gating (PIPL art. 24/28): marketing only with consent; a child only via a consenting guardian."""
    map_templates(sms.provider)
    yes = member("李娜", "13800138002")
    no = member("赵敏", "13800138003", marketing=False)
    child = member("小明", "13800138004", birth_year=dt.date.today().year - 8)
    p = gating.plan([task(yes, "birthday", "e1"), task(no, "birthday", "e1"), task(child, "holiday")], noon())
    assert [i.member_id for i in p.items] == [yes]
    reasons = {e.member_id: e.reason for e in p.excluded}
    assert "营销" in reasons[no]
    assert "未满14岁" in reasons[child]
    consent.record_guardian_consent(child, "小明妈妈", clerk="店长")
    p = gating.plan([task(child, "holiday")], noon())
    assert [i.member_id for i in p.items] == [child] and "监护人小明妈妈" in p.items[0].note


def test_reply_and_clerk_opt_outs_stop_marketing(sms) -> None:
    """Opt-outs from a reply (pulled where the provider offers it) or a clerk's tick are recorded and stop marketing."""
    map_templates(sms.provider)
    a = member("周洁", "13800138005")
    b = member("吴倩", "13800138006")
    outbox.record_opt_out("13800138006", "clerk", clerk="小王")
    if sms.provider == "tencent":
        sms.add_reply("13800138005", "R")
        rep = outbox.poll(at=noon())
        assert rep.opted_out == 1
        assert SmsOptOut.get(SmsOptOut.phone == "13800138005").source == "reply"
    else:
        assert outbox.poll(at=noon()).replies_supported is False
        outbox.record_opt_out("13800138005", "reply", detail="TD")
    p = gating.plan([task(a, "birthday", "e2"), task(b, "birthday", "e2")], noon())
    assert p.items == [] and len(p.excluded) == 2
    assert not consent.marketing_allowed(a) and not consent.marketing_allowed(b)
    # service notices still go
    assert len(gating.plan([task(a), task(b)], noon()).items) == 2
    with pytest.raises(peewee.IntegrityError, match="append-only"):  # append-only register
        SmsOptOut.delete().execute()


def test_blacklist_code_fails_and_opts_out(sms) -> None:
    map_templates(sms.provider)
    a = member("钱多", "13800138007")
    sms.script["13800138007"] = ["blacklist"]
    _queue([task(a)])
    rep = outbox.send_due(at=noon())
    assert rep.failed == 1 and "钱多" in rep.problems[0]
    assert SmsOptOut.get(SmsOptOut.phone == "13800138007").source == "blacklist"
    assert not consent.marketing_allowed(a)


def test_invalid_number_names_member_and_batch_continues(sms) -> None:
    map_templates(sms.provider)
    a = member("孙丽", "13800138008")
    b = member("郑爽", "13800138009")
    sms.script["13800138008"] = ["invalid"]
    _queue([task(a), task(b)])
    rep = outbox.send_due(at=noon())
    assert rep.failed == 1 and rep.submitted == 1
    assert "孙丽" in rep.problems[0] and "手机号无效" in rep.problems[0]
    assert Contact.select().where(Contact.member == a).count() == 0  # nothing marked sent that wasn't


def test_throttle_backs_off_then_sends_once(sms) -> None:
    map_templates(sms.provider)
    a = member("冯晴", "13800138010")
    sms.script["13800138010"] = ["throttle", "throttle"]
    _queue([task(a)])
    t = noon()
    assert outbox.send_due(at=t).waiting == 1
    row = SmsMessage.get()
    assert row.status == "queued" and row.next_try_at > t and "限流" in row.note
    assert outbox.send_due(at=t).submitted == 0  # not before its back-off
    outbox.send_due(at=t + dt.timedelta(minutes=5))
    outbox.send_due(at=t + dt.timedelta(minutes=30))
    assert SmsMessage.get().status == "submitted"
    assert len(sms.sent) == 1


def test_throttle_gives_up_after_max_attempts(sms) -> None:
    map_templates(sms.provider)
    settings.put(config.MAX_ATTEMPTS.key, 2)
    a = member("陈晨", "13800138011")
    sms.script["13800138011"] = ["throttle"] * 5
    _queue([task(a)])
    outbox.send_due(at=noon())
    outbox.send_due(at=noon() + dt.timedelta(hours=2))
    row = SmsMessage.get()
    assert row.status == "failed" and "重试 2 次" in row.note and not sms.sent


def test_unreachable_provider_stays_queued(db_path, monkeypatch) -> None:
    """No network: nothing marked sent, the batch stops, the messages wait in the queue."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nobody listens there
    monkeypatch.setenv(config.ENV_SECRET, "x")
    config.configure("aliyun", "小店", "LTAI", endpoint=f"http://127.0.0.1:{port}")
    map_templates("aliyun")
    a, b = member("韩梅", "13800138012"), member("李雷", "13800138013")
    _queue([task(a), task(b)])
    rep = outbox.send_due(at=noon())
    assert "连不上" in rep.stopped and rep.waiting == 2 and rep.submitted == 0
    assert {r.status for r in SmsMessage.select()} == {"queued"}
    assert Contact.select().count() == 0


def test_timeout_is_unknown_and_settled_by_report_never_resent(sms) -> None:
    """A timed-out send may have gone out: unknown, never resent, settled by the delivery report."""
    map_templates(sms.provider)
    a = member("杨柳", "13800138014")
    sms.script["13800138014"] = ["hang"]
    sms.hang_seconds = 2.0
    _queue([task(a)])
    rep = outbox.send_due(outbox.provider(timeout=0.5), at=noon())
    assert rep.unknown == 1
    assert SmsMessage.get().status == "unknown"
    assert Contact.select().count() == 0
    assert outbox.send_due(at=noon() + dt.timedelta(hours=1)).submitted == 0
    assert outbox.resend_failed([SmsMessage.get().id]) == 0  # unknown is not failed: no resend
    rep = outbox.poll(at=noon() + dt.timedelta(minutes=10))
    assert rep.delivered == 1
    row = SmsMessage.get()
    assert row.status == "delivered" and row.contact_id is not None
    assert len(sms.sent) == 1


def test_interrupted_send_without_provider_record_fails_after_settle_window(sms) -> None:
    """Crash before the request left (row stuck in 'sending', provider never saw it): unknown until
    the settle window passes, then failed and resendable — sent exactly once in the end."""
    map_templates(sms.provider)
    a = member("林静", "13800138015")
    _queue([task(a)])
    row = SmsMessage.get()
    row.status, row.sending_at, row.attempts = "sending", noon(), 1
    row.save()
    assert outbox.send_due(at=noon()).submitted == 0
    assert outbox.poll(at=noon() + dt.timedelta(hours=1)).still_unknown == 1
    assert SmsMessage.get().status == "unknown"
    outbox.poll(at=noon() + dt.timedelta(hours=25))
    row = SmsMessage.get()
    assert row.status == "failed" and "可重发" in row.note
    assert outbox.resend_failed([row.id]) == 1
    assert outbox.send_due(at=noon()).submitted == 1
    assert len(sms.sent) == 1 and sms.sent[0]["key"] == SmsMessage.get().send_key != SmsMessage.get().key


def test_window_holds_marketing_until_morning(sms) -> None:
    map_templates(sms.provider)
    a = member("苏菲", "13800138016")
    late = dt.datetime.combine(dt.date.today(), dt.time(22, 30))
    p = _queue([task(a, "birthday", "e3")], late)
    assert p.items[0].send_at == dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(8))
    assert "08:00" in p.items[0].note
    assert outbox.send_due(at=late).submitted == 0 and not sms.sent


def test_monthly_care_cap_c7(sms) -> None:
    """C7: one non-sales message a month (default) — the second is held with the month it can go."""
    from vipdesk.model.care import cap
    from vipdesk.model.members import profile

    map_templates(sms.provider)
    a = member("金秀", "13800138017")
    assert cap.cap_reason(a, dt.date.today()) is None
    profile.log_contact(a, clerk_id=None, channel="sms", kind="birthday", outcome="已发")
    assert cap.care_messages_in_month(a, dt.date.today()) == 1
    p = gating.plan([task(a)], noon())
    assert not p.items and "顺延到" in p.excluded[0].reason
    b = member("金银", "13800138018")
    p = gating.plan([task(b, "holiday", "x"), task(b, "holiday", "y")], noon())
    assert len(p.items) == 1 and "本批" in p.excluded[0].reason


def test_batch_and_month_budget(sms) -> None:
    map_templates(sms.provider)
    settings.put(config.BATCH_BUDGET.key, 2)
    ids = [member(f"会员{i}", f"1390000000{i}") for i in range(4)]
    p = gating.plan([task(i) for i in ids], noon())
    assert len(p.items) == 2 and all("本批预算" in e.reason for e in p.excluded)
    assert p.cost_fen == 2 * settings.get(config.PRICE_FEN.key)
    settings.put(config.BATCH_BUDGET.key, 0)
    settings.put(config.MONTH_BUDGET.key, 3)
    outbox.enqueue(p)
    outbox.send_due(at=noon())
    p2 = gating.plan([task(i) for i in ids], noon())
    assert len(p2.items) == 1 and "本月短信预算" in p2.excluded[-1].reason


def test_daily_limit_per_number(sms) -> None:
    map_templates(sms.provider)
    settings.put(config.DAILY_PER_NUMBER.key, 1)
    settings.put("care.monthly_max_messages", 0)
    a = member("何洁", "13800138019")
    p = gating.plan([task(a, "holiday", "x"), task(a, "holiday", "y")], noon())
    assert len(p.items) == 1 and "今天已达" in p.excluded[0].reason


def test_clock_off_and_wrong_secret_stop_the_batch(sms, monkeypatch) -> None:
    map_templates(sms.provider)
    a = member("罗琳", "13800138020")
    _queue([task(a)])
    sms.clock_offset = 1000  # the PC is ~17 minutes behind the provider
    rep = outbox.send_due(at=noon())
    assert "时间不准" in rep.stopped
    assert SmsMessage.get().status == "queued" and not sms.sent
    sms.clock_offset = 0
    monkeypatch.setenv(config.ENV_SECRET, "wrong")
    rep = outbox.send_due(at=noon())
    assert "密钥" in rep.stopped and SmsMessage.get().status == "queued"
    assert sms.requests[0]["signature_ok"] and not sms.requests[-1]["signature_ok"]


def test_without_provider_nothing_is_sent(db_path) -> None:
    assert config.provider_config() is None
    with pytest.raises(outbox.NotConfigured):
        outbox.send_due(at=noon())


def test_template_rules_and_billing_units(db_path) -> None:
    """Kinds Tencent forbids as marketing are refused; Aliyun marketing has no variables; 70 / 67 rule."""
    from vipdesk.model.errors import ValidationError

    with pytest.raises(ValidationError, match="会员召回"):
        templates.set_template("dormant", "1", "marketing", [], "回来看看吧,拒收请回复R", provider="tencent")
    assert templates.warnings("points_expiry", "marketing", "tencent")
    with pytest.raises(ValidationError, match="不能含变量"):
        templates.set_template("event", "SMS_1", "marketing", [("name", "姓名")], "拒收请回复R", provider="aliyun")
    with pytest.raises(ValidationError, match="退订"):
        templates.set_template("event", "SMS_1", "marketing", [], "新品到店", provider="aliyun")
    assert [templates.units("字" * n) for n in (70, 71, 134, 135)] == [1, 2, 2, 3]


def test_kind_label_and_status_label(db_path) -> None:
    assert templates.kind_label("voucher_expiry") == "券到期"
    assert gating.status_label("unknown") == "待确认"
    assert providers.RETRYABLE == {"throttled", "unreached"}


def test_variable_length_limit_is_enforced_and_flagged(sms) -> None:
    """Provider variable limits: a too-long value is cut to the limit and the preview says so."""
    from vipdesk.model.messaging.templates import VAR_LIMIT

    map_templates(sms.provider)
    a = member("欧阳娜", "13800138021")
    t = task(a)
    t.extra["节日"] = "中华人民共和国成立纪念日暨国庆黄金周" * 3
    p = gating.plan([t], noon())
    assert "节日 超过变量长度上限" in p.items[0].note
    fest = p.items[0].params["fest"] if isinstance(p.items[0].params, dict) else p.items[0].params[1]
    assert len(fest) == VAR_LIMIT[sms.provider]


def test_two_senders_never_send_one_message_twice(sms) -> None:
    """The window and the scheduled CLI may run send_due at once: both read the same queued rows,
    each row is claimed (compare-and-set to 'sending') by one of them only."""
    import threading

    from vipdesk.model.store.db import db

    map_templates(sms.provider)
    settings.put("care.monthly_max_messages", 0)
    ids = [member(f"双发{i}", f"1380013803{i}") for i in range(4)]
    _queue([task(i) for i in ids])
    both_read = threading.Barrier(2)
    reports: list[outbox.SendReport] = []
    errors: list[BaseException] = []

    def progress(done: int, total: int, text: str) -> None:
        if done == 0 and total:
            both_read.wait(timeout=10)  # both have selected the queued rows before either claims one

    def run() -> None:
        try:
            with db.connection_context():
                reports.append(outbox.send_due(at=noon(), progress=progress))
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert sum(r.submitted for r in reports) == 4
    assert sorted(s["phone"] for s in sms.sent) == [f"1380013803{i}" for i in range(4)]
