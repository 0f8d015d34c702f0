"""Issue 14: settings are remembered only inside one write transaction (the sale reads a dozen
of them); a put inside it is seen at once, and outside a transaction every read is fresh, so a
change made by another process (the owner's CLI) is never hidden."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from vipdesk.model.loyalty import config as lconfig
from vipdesk.model.loyalty.earning import POINTS_PER_YUAN
from vipdesk.model.store import settings
from vipdesk.model.store.db import db, transaction


def _reads(fn) -> int:  # noqa: ANN001
    seen: list[str] = []
    db.connection().set_trace_callback(seen.append)
    try:
        fn()
    finally:
        db.connection().set_trace_callback(None)
    return sum(1 for s in seen if "FROM setting" in s)


def test_l3_setting_read_once_per_transaction_and_put_is_seen(db_path: Path) -> None:
    key = POINTS_PER_YUAN.key

    def many() -> None:
        with transaction():
            for _ in range(5):
                assert settings.get(key) == 1
                assert lconfig.get(key) == 1
            settings.put(key, 2)
            assert settings.get(key) == 2 and lconfig.get(key) == 2

    assert _reads(many) <= 3  # first read, put's own check, the read after put
    assert settings.get(key) == 2


def test_l3_outside_a_transaction_another_process_change_is_seen(db_path: Path) -> None:
    key = POINTS_PER_YUAN.key
    assert settings.get(key) == 1
    other = sqlite3.connect(db_path)
    other.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, '3')", (key,))
    other.commit()
    other.close()
    assert settings.get(key) == 3 and lconfig.get(key) == 3
