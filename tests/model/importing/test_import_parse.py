"""Import normalisers: every messy form of a date, gender, amount, discount and points."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.model.importing.parse import (
    ParsedDate,
    format_discount,
    format_fen,
    parse_amount_fen,
    parse_date,
    parse_datetime,
    parse_discount,
    parse_email,
    parse_gender,
    parse_int,
    parse_points,
    parse_text,
)

SOLAR_1985_03_07 = ParsedDate(1985, 3, 7)


@pytest.mark.parametrize("raw", [
    "1985/3/7", "1985-03-07", "1985.3.7", "1985年3月7日", "1985年03月07号", "19850307", 19850307, 31113, 31113.0,
    "31113", dt.date(1985, 3, 7), dt.datetime(1985, 3, 7, 14, 30), "1985-03-07 00:00:00", "1985/3/7 0:00",
    "１９８５年３月７日", " 1985 年 3 月 7 日 ", "3/7/1985", "公历1985-03-07",
])
def test_solar_dates(raw: object) -> None:
    assert parse_date(raw) == SOLAR_1985_03_07


@pytest.mark.parametrize("raw", ["3月7日", "3-7", "03/07", "0307", "3月7号"])
def test_dates_without_year(raw: str) -> None:
    assert parse_date(raw) == ParsedDate(None, 3, 7)


def test_feb_29_without_year_is_allowed_but_not_in_a_common_year() -> None:
    assert parse_date("2月29日") == ParsedDate(None, 2, 29)
    with pytest.raises(ValidationError):
        parse_date("1985-02-29")


@pytest.mark.parametrize("raw, expected", [
    ("农历八月十五", ParsedDate(None, 8, 15, True)),
    ("阴历八月十五", ParsedDate(None, 8, 15, True)),
    ("农历1985年八月十五", ParsedDate(1985, 8, 15, True)),
    ("农历一九八五年八月十五", ParsedDate(1985, 8, 15, True)),
    ("农历8月15", ParsedDate(None, 8, 15, True)),
    ("农历8月15日", ParsedDate(None, 8, 15, True)),
    ("农历 1985-8-15", ParsedDate(1985, 8, 15, True)),
    ("农历正月初一", ParsedDate(None, 1, 1, True)),
    ("农历腊月廿三", ParsedDate(None, 12, 23, True)),
    ("农历冬月三十", ParsedDate(None, 11, 30, True)),
    ("农历十二月二十", ParsedDate(None, 12, 20, True)),
    ("农历闰四月初一", ParsedDate(None, 4, 1, True, True)),
    ("农历2023年闰二月初一", ParsedDate(2023, 2, 1, True, True)),
    ("八月十五(农历)", ParsedDate(None, 8, 15, True)),
    ("八月十五", ParsedDate(None, 8, 15, True)),  # Chinese numerals without prefix: lunar by custom
])
def test_lunar_dates(raw: str, expected: ParsedDate) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", [
    "", None, "hello", "1985/2/30", "1985/13/1", "2101-01-01", "1899-12-31", "农历十三月初一", "农历八月三十一",
    "农历2023年闰五月初一",  # 2023 has no leap 5th month
    "农历2023年二月三十",  # 2023's second month has 29 days? it has 30; the leap one 29
    "12", 0, -5, float("nan"), True, "1985/3/7/9",
])
def test_bad_dates_raise_validation_error_naming_the_field(raw: object) -> None:
    if raw == "农历2023年二月三十":
        assert parse_date(raw) == ParsedDate(2023, 2, 30, True)
        with pytest.raises(ValidationError):
            parse_date("农历2023年闰二月三十")
        return
    with pytest.raises(ValidationError) as exc:
        parse_date(raw, "生日")
    assert exc.value.field == "生日" and exc.value.message


def test_parsed_date_format_reads_back() -> None:
    for d in (ParsedDate(1985, 3, 7), ParsedDate(None, 3, 7), ParsedDate(None, 8, 15, True),
              ParsedDate(2023, 2, 1, True, True), ParsedDate(1985, 12, 23, True)):
        assert parse_date(d.format()) == d
    assert ParsedDate(1985, 3, 7).to_date() == dt.date(1985, 3, 7)
    assert ParsedDate(None, 3, 7).to_date() is None
    assert ParsedDate(1985, 8, 15, True).solar_on() == dt.date(1985, 9, 29)


def test_datetimes_for_sales() -> None:
    assert parse_datetime("2026-11-23 14:35") == dt.datetime(2026, 11, 23, 14, 35)
    assert parse_datetime("2026/11/23 14:35:10") == dt.datetime(2026, 11, 23, 14, 35, 10)
    assert parse_datetime("2026-11-23") == dt.datetime(2026, 11, 23)
    assert parse_datetime(dt.datetime(2026, 11, 23, 9, 5, 1, 999)) == dt.datetime(2026, 11, 23, 9, 5, 1)
    assert parse_datetime(46349.5) == dt.datetime(2026, 11, 23, 12, 0)
    for bad in ("3月7日", "农历八月十五", "2026-11-23 25:00", "x"):
        with pytest.raises(ValidationError):
            parse_datetime(bad)


@pytest.mark.parametrize("raw, expected", [
    ("男", "男"), ("女", "女"), ("M", "男"), ("f", "女"), ("先生", "男"), ("女士", "女"), ("小姐", "女"),
    ("male", "男"), ("Female", "女"), ("Ｍ", "男"), (" 女 ", "女"),
])
def test_gender(raw: str, expected: str) -> None:
    assert parse_gender(raw) == expected


@pytest.mark.parametrize("raw", ["", "未知", "x", None, 1])
def test_bad_gender(raw: object) -> None:
    with pytest.raises(ValidationError):
        parse_gender(raw)


@pytest.mark.parametrize("raw, fen", [
    ("¥1,234.50", 123450), ("￥1,234.50", 123450), ("1234.5元", 123450), ("１２３４", 123400), (1234.5, 123450),
    (1234, 123400), ("RMB 99", 9900), ("1.2万", 1200000), ("0.1", 10), (0.1 + 0.2, 30), ("12,345,678.9", 1234567890),
    ("  88 元 ", 8800), ("¥0", 0),
])
def test_amounts_to_fen(raw: object, fen: int) -> None:
    assert parse_amount_fen(raw) == fen


@pytest.mark.parametrize("raw", ["abc", "", "12.345", "-5", "1,23", "¥", "1.2.3", float("inf"), True,
                                 "100000000000000000000000000", 10**30, 1e300])
def test_bad_amounts(raw: object) -> None:
    with pytest.raises(ValidationError):
        parse_amount_fen(raw, "累计消费")


def test_negative_amounts_when_allowed_and_format_round_trip() -> None:
    assert parse_amount_fen("-12.50", allow_negative=True) == -1250
    assert parse_amount_fen("(12.50)", allow_negative=True) == -1250
    for fen in (0, 5, 123450, -1250, 100000000):
        assert parse_amount_fen(format_fen(fen), allow_negative=True) == fen


@pytest.mark.parametrize("raw, per_mille", [
    ("0.9", 900), (0.9, 900), ("9折", 900), ("9.5折", 950), ("95%", 950), ("八五折", 850), ("八折", 800),
    ("95折", 950), ("88折", 880), ("1", 1000), ("不打折", 1000), ("９折", 900), ("0.85", 850), ("7", 700),
    ("85", 850), ("10折", 1000),
])
def test_discounts_per_mille(raw: object, per_mille: int) -> None:
    assert parse_discount(raw) == per_mille
    assert parse_discount(format_discount(per_mille)) == per_mille


@pytest.mark.parametrize("raw", ["0", "-0.9", "abc", "", "120%", "0.9555", "九十九折"])
def test_bad_discounts(raw: str) -> None:
    with pytest.raises(ValidationError):
        parse_discount(raw)


@pytest.mark.parametrize("raw, points", [("1,200", 1200), ("1200分", 1200), (1200.0, 1200), ("０", 0), ("800积分", 800)])
def test_points(raw: object, points: int) -> None:
    assert parse_points(raw) == points


@pytest.mark.parametrize("raw", ["12.5", "-1", "abc", "", 3.5])
def test_bad_points(raw: object) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_points(raw, "当前积分")
    assert exc.value.field == "当前积分"


def test_quantities_text_and_email() -> None:
    assert parse_int("2件", "数量", minimum=1) == 2
    with pytest.raises(ValidationError):
        parse_int("0", "数量", minimum=1)
    assert parse_text("  王\u3000芳\x00 ", "姓名") == "王 芳"
    with pytest.raises(ValidationError):
        parse_text("长" * 41, "姓名", max_len=40)
    assert parse_email(" Wang@Example.COM ") == "wang@example.com"
    with pytest.raises(ValidationError):
        parse_email("wang@")
