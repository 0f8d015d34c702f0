"""The owner's PIN: a slow salted hash, constant-time compare, growing delay after failures.

Nothing here sleeps or stores: the caller keeps two strings (the hash and
the failure state, e.g. in the settings table) and shows the wait this module
computes.  Keeping the failure state in the database means restarting
vipdesk does not reset the delay.

Hash format: ``scrypt$<log2 n>$<r>$<p>$<salt b64>$<hash b64>``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

from vipdesk.model.errors import ValidationError, VipdeskError
from vipdesk.text import tr

PIN_MIN_LEN = 6  # issue 13: 4 digits fell to an offline brute force in ~28 minutes
PIN_MAX_LEN = 12
FREE_ATTEMPTS = 3  # failures allowed before any delay
BASE_DELAY = 5.0  # seconds after the 3rd failure; doubles with each further failure
MAX_DELAY = 300.0

# scrypt n=2**17, r=8, p=3: 128 MB and (measured, scripts/pin_cost.py) about
# 1.2–3.6 s per try on this 2-core machine, so trying all 10**6 six-digit PINs
# from a copied file takes well over a week (see tests/model/access).  Memory-
# hard: a GPU or a many-core box gains little.  The login waits that long once.
STRONG_PARAMS = (17, 8, 3)
_DKLEN = 32
# Tests only (tests/conftest.py): a cheap cost so hundreds of PIN checks stay fast.
# Stored hashes carry their own parameters, and a good login re-hashes a weak one.
_FAST_ENV = "VIPDESK_TEST_FAST_PIN_HASH"


def current_params() -> tuple[int, int, int]:
    if os.environ.get(_FAST_ENV) == "1":
        return (10, 8, 1)
    return STRONG_PARAMS


class PinLocked(VipdeskError):
    """Too many wrong PINs: try again after ``wait_seconds``."""

    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = max(0.0, float(wait_seconds))
        super().__init__(tr("密码错误次数过多,请 {n} 秒后再试。").format(n=int(self.wait_seconds + 0.999)))


def validate_pin(pin: str) -> str:
    """Digits only, 6–12 long; raises ``ValidationError`` on the 店长密码 field."""
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit():
        raise ValidationError(tr("店长密码"), tr("只能由数字组成。"))
    if not PIN_MIN_LEN <= len(pin) <= PIN_MAX_LEN:
        raise ValidationError(
            tr("店长密码"), tr("长度须为 {lo}–{hi} 位数字。").format(lo=PIN_MIN_LEN, hi=PIN_MAX_LEN)
        )
    if len(set(pin)) == 1 or pin in "01234567890123" or pin in "98765432109876":
        raise ValidationError(tr("店长密码"), tr("太容易被猜到(如 1111、1234),请换一个。"))
    return pin


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _derive(pin: str, salt: bytes, log2_n: int, r: int, p: int, dklen: int) -> bytes:
    n = 1 << log2_n
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen,
                          maxmem=128 * r * (n + p + 2) + (1 << 22))


def hash_pin(pin: str) -> str:
    """The string to store for a new PIN (validates it first)."""
    validate_pin(pin)
    salt = os.urandom(16)
    log2_n, r, p = current_params()
    digest = _derive(pin, salt, log2_n, r, p, _DKLEN)
    return f"scrypt${log2_n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """True if *pin* matches *stored*; a malformed *stored* never matches."""
    try:
        scheme, log2_n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(digest_b64, validate=True)
        log2_n_i, r_i, p_i = int(log2_n), int(r), int(p)
        if not (10 <= log2_n_i <= 20 and 1 <= r_i <= 32 and 1 <= p_i <= 16 and 16 <= len(expected) <= 64):
            return False
        actual = _derive(pin if isinstance(pin, str) else "", salt, log2_n_i, r_i, p_i, len(expected))
    except (ValueError, TypeError, AttributeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    """True when *stored* uses weaker parameters than today's (re-hash after a good login)."""
    try:
        scheme, log2_n, r, p, *_ = stored.split("$")
        want_n, want_r, want_p = current_params()
        weaker = (1 << int(log2_n)) * int(r) * int(p) < (1 << want_n) * want_r * want_p
        return scheme != "scrypt" or weaker
    except (ValueError, AttributeError):
        return True


def delay_after(failures: int) -> float:
    """Seconds to wait after *failures* consecutive wrong PINs: 0,0,5,10,20,… up to 300."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, BASE_DELAY * 2 ** (failures - FREE_ATTEMPTS))


@dataclass(frozen=True)
class PinAttempts:
    """Consecutive failures and the time of the last one (epoch seconds)."""

    failures: int = 0
    last_failure: float = 0.0

    def wait_seconds(self, now: float) -> float:
        """How long the owner must still wait before the next try (0 = may try now)."""
        delay = delay_after(self.failures)
        if delay <= 0:
            return 0.0
        elapsed = now - self.last_failure
        if elapsed < 0:  # the clock went back: make them wait the full delay, not forever
            elapsed = 0.0
        return max(0.0, delay - elapsed)

    def dumps(self) -> str:
        return json.dumps({"failures": self.failures, "last_failure": self.last_failure})

    @classmethod
    def loads(cls, text: str | None) -> PinAttempts:
        if not text:
            return cls()
        try:
            data = json.loads(text)
            return cls(max(0, int(data["failures"])), float(data["last_failure"]))
        except (ValueError, KeyError, TypeError):
            # A tampered counter must not unlock anything: assume many failures.
            return cls(FREE_ATTEMPTS + 3, time.time())


def check_pin(pin: str, stored: str, attempts: PinAttempts, now: float | None = None) -> tuple[bool, PinAttempts]:
    """Try *pin*; return (ok, new attempts state to store).

    Raises ``PinLocked`` without even hashing when the owner must still wait."""
    now = time.time() if now is None else now
    wait = attempts.wait_seconds(now)
    if wait > 0:
        raise PinLocked(wait)
    if verify_pin(pin, stored):
        return True, PinAttempts()
    return False, PinAttempts(attempts.failures + 1, now)
