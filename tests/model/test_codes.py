"""Issue 17 item 6: digits-only codes with a kind prefix and a check digit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipdesk.model import codes
from vipdesk.model.errors import ValidationError


def test_known_code_matches_the_ean13_check_digit():
    # 21 0000000001: weights 3,1,3… from the right → 1×3 + 1×3 + 2×1 = 8 → check digit 2.
    assert codes.make("member", 1) == "2100000000012"
    assert codes.check_digit("400638133393") == "1"  # a published EAN-13 (4006381333931)


@given(kind=st.sampled_from(sorted(codes.PREFIXES)), number=st.integers(1, codes.MAX_NUMBER))
def test_round_trip(kind, number):
    c = codes.make(kind, number)
    assert len(c) == 13 and c.isdigit()
    parsed = codes.parse(c)
    assert (parsed.kind, parsed.number) == (kind, number)


@given(number=st.integers(1, 10**6), pos=st.integers(0, 12), delta=st.integers(1, 9))
def test_every_single_digit_typo_is_refused(number, pos, delta):
    c = codes.make("voucher", number)
    typo = c[:pos] + str((int(c[pos]) + delta) % 10) + c[pos + 1:]
    with pytest.raises(ValidationError):
        codes.parse(typo)


def test_messages_are_chinese_and_name_the_code():
    with pytest.raises(ValidationError, match="校验位"):
        codes.parse("2100000000013")
    with pytest.raises(ValidationError, match="不认识的条码"):
        codes.parse("6901234567892")
    with pytest.raises(ValidationError, match="只含数字"):
        codes.parse("V20261123-0001")


def test_typed_with_spaces_or_full_width_digits():
    c = codes.make("ticket", 42)
    assert codes.parse(codes.pretty(c)).number == 42
    full = c.translate({ord(str(i)): ord("０") + i for i in range(10)})
    assert codes.parse(full).kind == "ticket"
    assert codes.looks_like_code(c) and not codes.looks_like_code("13812341234")
