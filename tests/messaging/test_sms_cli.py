"""Issue 16: ``vipdesk sms …`` end to end against the loopback fake; secrets stay out of the database."""

from __future__ import annotations

import datetime as dt
import json

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.messaging.fake_sms import FakeSms
from vipdesk.cli import main


class MemoryKeyring(KeyringBackend):
    """A credential store held in memory (stands in for Windows Credential Manager)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def shop(db_path):
    from vipdesk.model.members import profile
    from vipdesk.model.messaging import config  # noqa: F401 - declares the sms.* settings
    from vipdesk.model.privacy import consent
    from vipdesk.model.store import settings

    today = dt.date.today()
    m = profile.enrol("黄明华", "13800001111", gender="F", birthday=profile.Birthday(today.month, today.day, 1985))
    consent.record_marketing_consent(m.id, True)
    # the test runs at any hour: open the sending windows all day
    settings.put("sms.notice_window", "00:00-23:59")
    settings.put("sms.marketing_window", "00:00-23:59")
    return db_path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_no_provider_means_nothing_sent(shop, capsys) -> None:
    db = str(shop)
    code, out, _ = _run(capsys, "sms", "send", "--db", db, "--dry-run", "--json")
    assert code == 0 and json.loads(out)["configured"] is False
    code, _, err = _run(capsys, "sms", "send", "--db", db)
    assert code == 3 and "还没有设置短信服务商" in err


@pytest.mark.parametrize("provider_name", ["aliyun", "tencent"])
def test_configure_template_send_poll_outbox(shop, capsys, monkeypatch, provider_name) -> None:
    fake = FakeSms(provider_name)
    db = str(shop)
    try:
        monkeypatch.setenv("VIPDESK_SMS_SECRET", fake.secret)
        code, out, _ = _run(capsys, "sms", "configure", "--db", db, "--provider", provider_name, "--sign-name", "小店",
                            "--access-key-id", fake.key_id, "--endpoint", fake.url, "--sdk-app-id", fake.sdk_app_id,
                            "--json")
        assert code == 0
        info = json.loads(out)
        assert info["secret_in_os_store"] is False and "VIPDESK_SMS_SECRET" in info["secret_status"]
        assert fake.secret.encode() not in shop.read_bytes()  # never in the database
        name = "name" if provider_name == "aliyun" else "1"
        text = "亲爱的${name},生日快乐!" if provider_name == "aliyun" else "亲爱的{1},生日快乐!"
        code, _, _ = _run(capsys, "sms", "template", "birthday", "--db", db, "--code", "T1", "--type", "notification",
                          "--param", f"{name}=姓名", "--text", text)
        assert code == 0
        code, out, _ = _run(capsys, "sms", "send", "--db", db, "--json")
        assert code == 0, out
        res = json.loads(out)
        assert res["result"]["submitted"] == 1
        assert res["plan"]["messages"][0]["text"] == "【小店】亲爱的黄明华,生日快乐!"
        assert len(fake.sent) == 1 and all(r["signature_ok"] for r in fake.requests)
        code, out, _ = _run(capsys, "sms", "send", "--db", db, "--json")
        assert code == 0 and json.loads(out)["result"]["submitted"] == 0 and len(fake.sent) == 1
        code, out, _ = _run(capsys, "sms", "poll", "--db", db, "--json")
        assert code == 0 and json.loads(out)["delivered"] == 1
        code, out, _ = _run(capsys, "sms", "outbox", "--db", db, "--json")
        assert [r["status"] for r in json.loads(out)] == ["delivered"]
    finally:
        fake.close()


def test_tencent_refuses_marketing_recall_with_exit_2(shop, capsys, monkeypatch) -> None:
    monkeypatch.setenv("VIPDESK_SMS_SECRET", "x")
    db = str(shop)
    assert _run(capsys, "sms", "configure", "--db", db, "--provider", "tencent", "--sign-name", "小店",
                "--access-key-id", "AKID", "--sdk-app-id", "1400")[0] == 0
    code, _, err = _run(capsys, "sms", "template", "dormant", "--db", db, "--code", "9", "--type", "marketing",
                        "--text", "好久不见,拒收请回复R")
    assert code == 2 and "会员召回" in err


def test_secret_goes_to_the_os_store_not_the_database(shop, capsys, monkeypatch) -> None:
    from vipdesk.model.messaging import config

    store = MemoryKeyring()
    keyring.set_keyring(store)
    monkeypatch.setenv("VIPDESK_SMS_SECRET", "very-secret-value")
    code, out, _ = _run(capsys, "sms", "configure", "--db", str(shop), "--provider", "aliyun", "--sign-name", "小店",
                        "--access-key-id", "LTAIabc", "--json")
    assert code == 0 and json.loads(out)["secret_in_os_store"] is True
    assert store.items[("vipdesk-sms", "LTAIabc")] == "very-secret-value"
    assert b"very-secret-value" not in shop.read_bytes()
    monkeypatch.delenv("VIPDESK_SMS_SECRET")
    assert config.load_secret("LTAIabc") == "very-secret-value"


def test_configure_reads_the_secret_from_stdin(shop, capsys, monkeypatch) -> None:
    import io

    store = MemoryKeyring()
    keyring.set_keyring(store)
    monkeypatch.delenv("VIPDESK_SMS_SECRET", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("from-stdin-secret\n"))
    code, out, _ = _run(capsys, "sms", "configure", "--db", str(shop), "--provider", "aliyun", "--sign-name", "小店",
                        "--access-key-id", "LTAIstdin")
    assert code == 0 and "from-stdin-secret" not in out
    assert store.items[("vipdesk-sms", "LTAIstdin")] == "from-stdin-secret"
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = _run(capsys, "sms", "configure", "--db", str(shop), "--provider", "aliyun", "--sign-name", "小店",
                        "--access-key-id", "LTAIempty")
    assert code == 2 and "VIPDESK_SMS_SECRET" in err
