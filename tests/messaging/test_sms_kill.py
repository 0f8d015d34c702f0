"""Issue 16, kill harness for the outbox: SIGKILL the sending process between the request and its commit.

Same method as tests/model/safety/test_safety_crash_kill.py (a worker
subprocess on a real file, killed with SIGKILL), against the loopback fake:

1. the provider received the request (the fake holds its answer) → kill →
   the row stays 'sending', a new run does not resend it, the delivery
   report settles it as delivered: the fake saw exactly one send;
2. the request never reached the provider (a listener that accepts nothing)
   → kill → no record at the provider → after the settle window the row is
   failed, resend sends it once.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.messaging.conftest import map_templates, member, task
from tests.messaging.fake_sms import FakeSms
from vipdesk.model.messaging import config, gating, outbox
from vipdesk.model.messaging.tables import SmsMessage
from vipdesk.model.store.db import close_database, open_database

WORKER = Path(__file__).with_name("sms_worker.py")
ROOT = Path(__file__).resolve().parents[2]

TEN = dt.datetime.combine(dt.date.today(), dt.time(10))  # logical time inside the sending window

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _prepare(path: Path, fake: FakeSms, endpoint: str) -> None:
    open_database(path)
    config.configure(fake.provider, "小店", fake.key_id, endpoint=endpoint, sdk_app_id=fake.sdk_app_id)
    map_templates(fake.provider)
    mid = member("被杀测试", "13800139000")
    now = TEN
    p = gating.plan([task(mid)], now)
    assert len(p.items) == 1
    outbox.enqueue(p)
    close_database()


def _run_and_kill(path: Path, until) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), config.ENV_SECRET: "s3cret-测试"}
    proc = subprocess.Popen([sys.executable, str(WORKER), str(path),
                             TEN.isoformat()], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=path.parent)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "start", proc.stderr.read()
        assert until(), "the worker never got to the request"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def _status(path: Path) -> str:
    open_database(path)
    try:
        return SmsMessage.get().status
    finally:
        close_database()


@pytest.mark.parametrize("provider_name", ["aliyun", "tencent"])
def test_kill_after_request_reached_provider_never_double_sends(tmp_path: Path, provider_name: str,
                                                                 monkeypatch) -> None:
    monkeypatch.setenv(config.ENV_SECRET, "s3cret-测试")
    fake = FakeSms(provider_name)
    fake.script["13800139000"] = ["hang"]
    fake.hang_seconds = 30
    path = tmp_path / "kill.db"
    try:
        _prepare(path, fake, fake.url)
        _run_and_kill(path, lambda: fake.received.wait(60))
        assert _status(path) == "sending"
        open_database(path)
        assert outbox.send_due(at=TEN).submitted == 0  # never resent blind
        rep = outbox.poll(at=TEN + dt.timedelta(minutes=5))
        assert rep.delivered == 1
        row = SmsMessage.get()
        assert row.status == "delivered" and row.contact_id is not None
        assert len(fake.sent) == 1
    finally:
        close_database()
        fake.close()


def test_kill_before_provider_saw_request_sends_once_after_settling(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(config.ENV_SECRET, "s3cret-测试")
    fake = FakeSms("aliyun")
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(5)  # the kernel accepts the connection; nobody ever reads the request
    path = tmp_path / "kill.db"
    try:
        _prepare(path, fake, f"http://127.0.0.1:{hole.getsockname()[1]}")

        def stuck() -> bool:
            for _ in range(600):
                if _status(path) == "sending":
                    time.sleep(0.3)  # let it write the request into the void
                    return True
                time.sleep(0.05)
            return False

        _run_and_kill(path, stuck)
        open_database(path)
        config.configure("aliyun", "小店", fake.key_id, endpoint=fake.url)  # the real (fake) provider again
        assert outbox.send_due(at=TEN).submitted == 0
        assert outbox.poll(at=TEN + dt.timedelta(minutes=5)).still_unknown == 1
        outbox.poll(at=TEN + dt.timedelta(hours=25))
        row = SmsMessage.get()
        assert row.status == "failed"
        outbox.resend_failed([row.id])
        assert outbox.send_due(at=TEN).submitted == 1
        assert len(fake.sent) == 1
    finally:
        close_database()
        hole.close()
        fake.close()
