"""Display formats shared by widgets, CLI and printouts (vipdesk.formatting)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipdesk.formatting import (
    fen_to_yuan_text,
    format_date,
    format_date_cn,
    format_datetime,
    format_discount,
    format_lunar,
    lunar_day_text,
    lunar_month_text,
    points_text,
    yuan_text_plain,
)


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (0, "¥0.00"),
        (5, "¥0.05"),
        (100, "¥1.00"),
        (123450, "¥1,234.50"),
        (100000000, "¥1,000,000.00"),
        (-1250, "-¥12.50"),
    ],
)
def test_fen_to_yuan_text(fen: int, text: str) -> None:
    assert fen_to_yuan_text(fen) == text


def test_yuan_text_plain_has_no_sign_character() -> None:
    assert yuan_text_plain(123450) == "1,234.50"
    assert yuan_text_plain(-99) == "-0.99"


@pytest.mark.parametrize("bad", [12.5, "100", None, True])
def test_money_refuses_non_int(bad: object) -> None:
    with pytest.raises(TypeError):
        fen_to_yuan_text(bad)  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_yuan_text_round_trips_to_fen(fen: int) -> None:
    text = yuan_text_plain(fen)
    assert re.fullmatch(r"-?\d{1,3}(,\d{3})*\.\d\d", text)
    assert int(text.replace(",", "").replace(".", "")) == fen


def test_dates() -> None:
    d = dt.date(2026, 11, 3)
    assert format_date(d) == "2026-11-03"
    assert format_date_cn(d) == "2026年11月3日"
    assert format_date_cn(dt.date(2026, 11, 23)) == "2026年11月23日"
    assert format_datetime(dt.datetime(2026, 11, 23, 14, 5, 59)) == "2026-11-23 14:05"
    assert format_date(dt.datetime(2026, 1, 2, 3, 4)) == "2026-01-02"


def test_missing_dates_are_blank() -> None:
    assert format_date(None) == ""
    assert format_date_cn(None) == ""
    assert format_datetime(None) == ""


@pytest.mark.parametrize(
    ("month", "day", "leap", "text"),
    [
        (8, 15, False, "农历八月十五"),
        (4, 1, True, "农历闰四月初一"),
        (1, 1, False, "农历正月初一"),
        (11, 20, False, "农历冬月二十"),
        (12, 30, False, "农历腊月三十"),
        (10, 21, False, "农历十月廿一"),
        (3, 10, False, "农历三月初十"),
    ],
)
def test_format_lunar(month: int, day: int, leap: bool, text: str) -> None:
    assert format_lunar(month, day, leap) == text


def test_lunar_names_are_distinct_and_complete() -> None:
    months = [lunar_month_text(m) for m in range(1, 13)]
    days = [lunar_day_text(d) for d in range(1, 31)]
    assert len(set(months)) == 12 and all(m.endswith("月") for m in months)
    assert len(set(days)) == 30


@pytest.mark.parametrize(("month", "day"), [(0, 1), (13, 1), (1, 0), (1, 31)])
def test_format_lunar_rejects_impossible_days(month: int, day: int) -> None:
    with pytest.raises(ValueError):
        format_lunar(month, day)


@pytest.mark.parametrize(
    ("permille", "text"),
    [(950, "9.5折"), (900, "9折"), (850, "8.5折"), (880, "8.8折"), (875, "8.75折"),
     (50, "0.5折"), (0, "0折"), (1000, "无折扣")],
)
def test_format_discount(permille: int, text: str) -> None:
    assert format_discount(permille) == text


def test_format_discount_rejects_negative() -> None:
    with pytest.raises(ValueError):
        format_discount(-1)


def test_points_text() -> None:
    assert points_text(0) == "0积分"
    assert points_text(1234) == "1,234积分"
    assert points_text(-300) == "-300积分"
    with pytest.raises(TypeError):
        points_text(1.5)  # type: ignore[arg-type]


def test_formatting_does_not_import_qt() -> None:
    import subprocess
    import sys

    code = "import sys, vipdesk.formatting; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
