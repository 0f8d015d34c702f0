"""Phone numbers as clerks type them: normalised, or refused naming the field."""

from __future__ import annotations

import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.model.members.phone import format_phone, is_mobile, mask_phone, normalize_mobile, normalize_phone


@pytest.mark.parametrize("raw", [
    "13812345678",
    "138 1234 5678",
    "138-1234-5678",
    " 138 - 1234 - 5678 ",
    "+86 138 1234 5678",
    "+8613812345678",
    "0086 13812345678",
    "86 138 1234 5678",
    "１３８１２３４５６７８",  # full-width digits from a Chinese IME
    "１３８－１２３４－５６７８",
    "(138)1234-5678",
    "13812345678.0",  # Excel stored the column as a number
])
def test_mobile_written_many_ways_is_one_number(raw: str) -> None:
    assert normalize_mobile(raw) == "13812345678"
    assert normalize_phone(raw) == "13812345678"


@pytest.mark.parametrize("raw", [
    "1381234567",  # 10 digits
    "138123456789",  # 12 digits
    "23812345678",  # does not start with 1
    "12812345678",  # 12x is not a mobile prefix
    "1381234567a",
    "一三八",
])
def test_malformed_mobile_is_refused_naming_the_field(raw: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_mobile(raw, "手机")
    assert err.value.field == "手机"
    assert "手机号" in err.value.message


def test_empty_mobile_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        normalize_mobile("  ", "会员手机")
    assert err.value.field == "会员手机"


def test_landlines_keep_their_area_code() -> None:
    assert normalize_phone("0571 8888 6666") == "0571-88886666"
    assert normalize_phone("010-12345678") == "010-12345678"
    assert normalize_phone("021-20223335转121") == "021-20223335-121"


def test_landline_without_area_code_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        normalize_phone("5956222", "电话")
    assert err.value.field == "电话"


def test_masking_and_display() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0571-88886666") == "0571-****6666"
    assert mask_phone("") == ""
    assert format_phone("13812345678") == "138 1234 5678"
    assert is_mobile("19912345678") and not is_mobile("0571-88886666")
