"""Exact parsing of what a clerk types: yuan → fen, 折扣 → per-mille, quantities."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipdesk.model.errors import ValidationError
from vipdesk.ui.common.widgets import parse_discount, parse_quantity, parse_yuan


@pytest.mark.parametrize("text,fen", [("599", 59900), ("200.50", 20050), ("0.1", 10), ("1,234.5", 123450),
                                      ("¥38", 3800), ("３８．５", 3850), (" 12 ", 1200), ("0", 0)])
def test_parse_yuan(text, fen):
    assert parse_yuan(text, "单价") == fen


@pytest.mark.parametrize("text,reason", [("-5", "负数"), ("1.234", "两位小数"), ("abc", "不是有效"), ("", "请填写"),
                                         ("nan", "不是有效"), ("1e3", None)])
def test_parse_yuan_refuses(text, reason):
    if reason is None:  # scientific notation is a valid Decimal: 1000 yuan
        assert parse_yuan(text, "单价") == 100000
        return
    with pytest.raises(ValidationError) as e:
        parse_yuan(text, "第 2 行单价")
    assert e.value.field == "第 2 行单价" and reason in e.value.message


@given(st.integers(min_value=0, max_value=10**9))
def test_parse_yuan_round_trips_every_fen_amount(fen):
    text = f"{Decimal(fen) / 100:.2f}"
    assert parse_yuan(text, "单价") == fen


@pytest.mark.parametrize("text,permille", [("", 1000), ("9", 900), ("95", 950), ("8.5", 850), ("9折", 900),
                                           ("10", 1000), ("88", 880), ("7.25", 725), ("1", 100)])
def test_parse_discount(text, permille):
    assert parse_discount(text, "折扣") == permille


@pytest.mark.parametrize("text", ["0", "100", "-9", "abc", "10.5", "0.05"])
def test_parse_discount_refuses(text):
    with pytest.raises(ValidationError):
        parse_discount(text, "折扣")


def test_parse_quantity():
    assert parse_quantity("", "数量") == 1
    assert parse_quantity("3", "数量") == 3
    for bad in ("0", "-1", "1.5", "x"):
        with pytest.raises(ValidationError):
            parse_quantity(bad, "数量")
