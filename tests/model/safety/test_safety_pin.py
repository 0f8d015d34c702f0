"""Owner PIN: slow salted hash, constant-time verify, growing delay after 3 failures (computed, not slept)."""

from __future__ import annotations

import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.model.safety.pin import (
    PinAttempts,
    PinLocked,
    check_pin,
    current_params,
    delay_after,
    hash_pin,
    needs_rehash,
    validate_pin,
    verify_pin,
)


def test_hash_and_verify() -> None:
    stored = hash_pin("258013")
    n, r, p = current_params()
    assert stored.startswith(f"scrypt${n}${r}${p}$")
    assert "258013" not in stored
    assert verify_pin("258013", stored)
    assert not verify_pin("258014", stored)
    assert not verify_pin("", stored)
    assert not needs_rehash(stored)


def test_same_pin_gets_a_different_salt() -> None:
    a, b = hash_pin("860512"), hash_pin("860512")
    assert a != b
    assert verify_pin("860512", a) and verify_pin("860512", b)


@pytest.mark.parametrize(
    "stored",
    ["", "plain", "258013", "scrypt$14$8$1$!!$??", "md5$x$y$z$a$b", "scrypt$40$8$1$AAAA$AAAA", None],
)
def test_malformed_stored_value_never_matches(stored: str) -> None:
    assert not verify_pin("258013", stored)  # type: ignore[arg-type]


def test_weaker_parameters_need_rehash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13 defect 5: hashes of the old cost (n=2**14, p=1) are upgraded at the next good login."""
    monkeypatch.delenv("VIPDESK_TEST_FAST_PIN_HASH", raising=False)
    assert needs_rehash("scrypt$12$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
    assert needs_rehash("scrypt$14$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
    assert not needs_rehash("scrypt$17$8$3$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")


@pytest.mark.parametrize(
    ("pin", "why"),
    [("12a4", "数字"), ("１２３５", "数字"), ("258", "长度"), ("1234567890123", "长度"), ("111111", "容易"),
     ("123456", "容易"), ("987654", "容易")],
)
def test_bad_pins_are_rejected(pin: str, why: str) -> None:
    with pytest.raises(ValidationError) as info:
        validate_pin(pin)
    assert info.value.field == "店长密码" and why in info.value.message
    with pytest.raises(ValidationError):
        hash_pin(pin)


@pytest.mark.parametrize(
    ("failures", "delay"),
    [(0, 0), (1, 0), (2, 0), (3, 5), (4, 10), (5, 20), (6, 40), (8, 160), (9, 300), (50, 300)],
)
def test_delay_table(failures: int, delay: float) -> None:
    assert delay_after(failures) == delay


def test_failures_then_wait_then_success_resets() -> None:
    stored = hash_pin("258013")
    state = PinAttempts()
    now = 1_000_000.0
    for n in range(1, 4):
        ok, state = check_pin("000000", stored, state, now=now)
        assert not ok and state.failures == n
    # After the third failure: 5 seconds to wait, not slept here but reported.
    assert state.wait_seconds(now + 1) == pytest.approx(4.0)
    with pytest.raises(PinLocked) as info:
        check_pin("258013", stored, state, now=now + 1)  # even the right PIN waits
    assert info.value.wait_seconds == pytest.approx(4.0)
    assert "4 秒" in str(info.value)
    ok, state = check_pin("999999", stored, state, now=now + 5)
    assert not ok and state.failures == 4 and state.wait_seconds(now + 5) == 10
    ok, state = check_pin("258013", stored, state, now=now + 15)
    assert ok and state == PinAttempts()


def test_clock_going_back_does_not_lock_forever() -> None:
    state = PinAttempts(failures=3, last_failure=5000.0)
    assert state.wait_seconds(1000.0) == 5.0


def test_state_round_trips_and_tampering_locks() -> None:
    state = PinAttempts(failures=4, last_failure=1234.5)
    assert PinAttempts.loads(state.dumps()) == state
    assert PinAttempts.loads(None) == PinAttempts()
    assert PinAttempts.loads("") == PinAttempts()
    tampered = PinAttempts.loads("{garbage")
    assert tampered.failures > 3
