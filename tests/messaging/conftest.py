"""SMS fixtures: a migrated database, a few members, a provider configured against the loopback fake."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.messaging.fake_sms import FakeSms


@pytest.fixture(autouse=True)
def _no_os_keyring(monkeypatch):
    """Tests never touch the developer's real credential store: keyring's own 'no store' backend."""
    import keyring
    from keyring.backends import fail

    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(old)


@pytest.fixture(params=["aliyun", "tencent"])
def provider_name(request) -> str:
    return request.param


@pytest.fixture
def fake(provider_name):
    f = FakeSms(provider_name)
    yield f
    f.close()


@pytest.fixture
def sms(db_path, fake, monkeypatch):
    """Provider configured at the fake; secret from VIPDESK_SMS_SECRET (no OS store here)."""
    from vipdesk.model.messaging import config

    monkeypatch.setenv(config.ENV_SECRET, fake.secret)
    config.configure(fake.provider, "小店", fake.key_id, endpoint=fake.url, sdk_app_id=fake.sdk_app_id)
    return fake


def noon() -> dt.datetime:
    return dt.datetime.combine(dt.date.today(), dt.time(10, 0))


def member(name: str, phone: str, *, marketing: bool = True, birth_year: int | None = None) -> int:
    from vipdesk.model.members import profile
    from vipdesk.model.members.profile import Birthday
    from vipdesk.model.privacy import consent

    bd = Birthday(3, 5, birth_year) if birth_year else None
    m = profile.enrol(name, phone, birthday=bd)
    if marketing:
        consent.record_marketing_consent(m.id, True, clerk="店长")
    return m.id


def task(member_id: int, kind: str = "holiday", ref: str = "spring", day: dt.date | None = None):
    from vipdesk.model.care.engine import Task

    return Task(date=day or dt.date.today(), kind=kind, member_id=member_id, ref=ref, channel="message",
                extra={"节日": "春节", "祝福": "新春快乐"})


def map_templates(provider: str) -> None:
    from vipdesk.model.messaging import templates

    if provider == "aliyun":
        templates.set_template("holiday", "SMS_100001", "notification", [("name", "姓名"), ("fest", "节日")],
                               "亲爱的${name}:${fest}到了,祝您节日快乐!")
        templates.set_template("birthday", "SMS_100002", "marketing", [], "新品到店,会员专享9折。拒收请回复R")
    else:
        templates.set_template("holiday", "100001", "notification", [("1", "姓名"), ("2", "节日")],
                               "亲爱的{1}:{2}到了,祝您节日快乐!")
        templates.set_template("birthday", "100002", "marketing", [], "新品到店,会员专享9折。拒收请回复R")
