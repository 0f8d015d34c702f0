"""The owner PIN: none by default, stored as a salted hash, growing delay after wrong tries."""

from __future__ import annotations

import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.model.privacy import audit, owner
from vipdesk.model.safety.pin import BASE_DELAY, FREE_ATTEMPTS, PinLocked
from vipdesk.model.store.db import close_database, open_database

T0 = 1_800_000_000.0


def test_no_default_pin(db_path):
    assert not owner.has_pin()
    for guess in ("000000", "123456", "123456", "888888", ""):
        assert owner.check_owner_pin(guess) is False


def test_set_then_check(db_path):
    owner.set_pin("258013", clerk="店长")
    assert owner.has_pin()
    # Issue 13: the first PIN is the owner's login (access.create_owner), not a bare setting.
    from vipdesk.model.access.tables import Login

    stored = Login.get(Login.role == "owner").pin_hash
    assert "258013" not in stored and stored.startswith("scrypt$")
    assert owner.check_owner_pin("258013", now=T0)
    assert not owner.check_owner_pin("258014", now=T0)
    assert [e.action for e in audit.entries()] == [audit.PIN_CHANGE]


@pytest.mark.parametrize("weak", ["111111", "123456", "12", "abcd", "12345678901234"])
def test_weak_pins_refused(db_path, weak):
    with pytest.raises(ValidationError):
        owner.set_pin(weak)
    assert not owner.has_pin()


def test_delay_after_repeated_failures_survives_a_restart(db_path):
    owner.set_pin("258013")
    for i in range(FREE_ATTEMPTS):
        assert owner.wait_seconds(T0 + i) == 0
        assert owner.check_owner_pin("999999", now=T0 + i) is False
    last = T0 + FREE_ATTEMPTS - 1
    assert owner.failures() == FREE_ATTEMPTS
    assert owner.wait_seconds(last) == pytest.approx(BASE_DELAY)
    close_database()
    open_database(db_path)  # closing vipdesk does not reset the delay
    with pytest.raises(PinLocked) as e:
        owner.check_owner_pin("258013", now=last + 1)
    assert e.value.wait_seconds == pytest.approx(BASE_DELAY - 1)
    # after the wait one more wrong try doubles the delay
    assert owner.check_owner_pin("999999", now=last + BASE_DELAY) is False
    assert owner.wait_seconds(last + BASE_DELAY) == pytest.approx(2 * BASE_DELAY)
    assert owner.check_owner_pin("258013", now=last + 3 * BASE_DELAY) is True
    assert owner.failures() == 0


def test_change_needs_the_old_pin(db_path):
    owner.set_pin("258013")
    with pytest.raises(ValidationError):
        owner.set_pin("369147")
    with pytest.raises(ValidationError):
        owner.set_pin("369147", old="000000", now=T0)
    owner.set_pin("369147", old="258013", now=T0 + 1)
    assert owner.check_owner_pin("369147", now=T0 + 2)
    assert not owner.check_owner_pin("258013", now=T0 + 3)
    assert [e.action for e in audit.entries()] == [audit.PIN_CHANGE, audit.PIN_CHANGE]


def test_no_default_pin_in_the_source():
    """Nothing in the program sets or compares a fixed PIN."""
    import re
    from pathlib import Path

    import vipdesk

    root = Path(vipdesk.__file__).parent
    pattern = re.compile(r"(set_pin|check_owner_pin|hash_pin|verify_pin)\(\s*[\"']\d")
    for path in root.rglob("*.py"):
        assert not pattern.search(path.read_text(encoding="utf-8")), path
