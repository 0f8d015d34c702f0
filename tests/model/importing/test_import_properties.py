"""Property tests for the normalisers an import leans on: phones and dates.

Never crash with anything but ValidationError, idempotent on their own output,
and refuse what is not a phone / not a date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from vipdesk.model.errors import ValidationError
from vipdesk.model.importing.parse import (
    ParsedDate,
    parse_amount_fen,
    parse_date,
    parse_discount,
    parse_points,
)
from vipdesk.model.members.phone import normalize_mobile, normalize_phone

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MOBILE_RE = re.compile(r"^1[3-9][0-9]{9}$")
LANDLINE_RE = re.compile(r"^0[0-9]{2,3}-[0-9]{7,8}(-[0-9]{1,6})?$")

messy_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
phone_like = st.text(alphabet="0123456789０１２３４５６７８９ -+()（）.转#x", max_size=24)
cell_values = st.one_of(messy_text, phone_like, st.integers(), st.floats(allow_nan=True), st.none(),
                        st.booleans(), st.dates(), st.datetimes())


def _full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


@st.composite
def decorated_mobiles(draw: st.DrawFn) -> tuple[str, str]:
    digits = draw(st.sampled_from("3456789"))
    rest = draw(st.text(alphabet="0123456789", min_size=9, max_size=9))
    mobile = f"1{digits}{rest}"
    style = draw(st.integers(0, 5))
    text = {
        0: mobile,
        1: f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}",
        2: f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}",
        3: f"+86 {mobile}",
        4: f"0086{mobile}",
        5: _full_width(mobile),
    }[style]
    return text, mobile


@SETTINGS
@given(cell_values)
def test_phone_normalisers_only_raise_validation_error(raw: object) -> None:
    for fn in (normalize_phone, normalize_mobile):
        try:
            out = fn(raw)
        except ValidationError as exc:
            assert exc.message
            continue
        assert MOBILE_RE.match(out) or (fn is normalize_phone and LANDLINE_RE.match(out)), out


@SETTINGS
@given(st.one_of(phone_like, messy_text, st.integers(0, 10**13)))
def test_phone_normalisation_is_idempotent(raw: object) -> None:
    try:
        once = normalize_phone(raw)
    except ValidationError:
        return
    assert normalize_phone(once) == once
    if MOBILE_RE.match(once):
        assert normalize_mobile(once) == once


@SETTINGS
@given(decorated_mobiles())
def test_decorated_mobiles_normalise_to_their_digits(case: tuple[str, str]) -> None:
    text, mobile = case
    assert normalize_mobile(text) == mobile
    assert normalize_phone(text) == mobile


@SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Nd", "No", "Nl")), max_size=20))
def test_text_without_digits_is_never_a_phone(raw: str) -> None:
    assume(not any(unicodedata.normalize("NFKC", c).isdigit() for c in raw))
    for fn in (normalize_phone, normalize_mobile):
        try:
            fn(raw)
        except ValidationError:
            continue
        raise AssertionError(f"{raw!r} accepted as a phone")


@SETTINGS
@given(st.text(alphabet="0123456789", min_size=1, max_size=6))
def test_too_few_digits_is_never_a_phone(raw: str) -> None:
    for fn in (normalize_phone, normalize_mobile):
        try:
            fn(raw)
        except ValidationError:
            continue
        raise AssertionError(f"{raw!r} accepted as a phone")


@SETTINGS
@given(st.sampled_from(["13", "0571-", "0571-8888666-", ""]),
       st.text(alphabet="٠١٢٣٤٥٦٧٨٩০১২৩৪৫৬৭৮৯abc", min_size=3, max_size=11))
def test_non_ascii_digits_never_pass_as_a_phone(prefix: str, tail: str) -> None:
    """Arabic-Indic or Bengali digits are Unicode \\d but no Chinese phone number (a bug found here)."""
    for fn in (normalize_phone, normalize_mobile):
        try:
            out = fn(prefix + tail)
        except ValidationError:
            continue
        raise AssertionError(f"{prefix + tail!r} accepted as {out!r}")


# ---------------------------------------------------------------- dates


@SETTINGS
@given(cell_values)
def test_parse_date_only_raises_validation_error_and_is_idempotent(raw: object) -> None:
    try:
        d = parse_date(raw, "生日")
    except ValidationError as exc:
        assert exc.field == "生日" and exc.message
        return
    assert isinstance(d, ParsedDate)
    assert parse_date(d.format()) == d


@SETTINGS
@given(st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 12, 31)), st.integers(0, 8))
def test_every_solar_format_gives_the_date(day: dt.date, style: int) -> None:
    y, m, d = day.year, day.month, day.day
    raw: object = [
        f"{y}/{m}/{d}", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}年{m}月{d}日", f"{y}{m:02d}{d:02d}",
        (day - dt.date(1899, 12, 30)).days, day, dt.datetime(y, m, d, 13, 5), _full_width(f"{y}年{m}月{d}日"),
    ][style]
    assert parse_date(raw) == ParsedDate(y, m, d)


_MONTHS = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
_DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十", "十一", "十二", "十三", "十四",
         "十五", "十六", "十七", "十八", "十九", "二十", "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七",
         "廿八", "廿九", "三十"]


@SETTINGS
@given(st.integers(1, 12), st.integers(1, 30), st.sampled_from(["农历", "阴历", "旧历"]), st.booleans())
def test_lunar_forms(month: int, day: int, prefix: str, digits: bool) -> None:
    text = f"{prefix}{month}月{day}" if digits else f"{prefix}{_MONTHS[month - 1]}月{_DAYS[day - 1]}"
    assert parse_date(text) == ParsedDate(None, month, day, is_lunar=True)


@SETTINGS
@given(st.integers(1901, 2099), st.integers(1, 12), st.integers(1, 30))
def test_lunar_dates_with_year_are_checked_against_the_calendar(year: int, month: int, day: int) -> None:
    from lunar_python import LunarMonth

    text = f"农历{year}年{_MONTHS[month - 1]}月{_DAYS[day - 1]}"
    exists = day <= LunarMonth.fromYm(year, month).getDayCount()
    try:
        d = parse_date(text)
    except ValidationError:
        assert not exists
        return
    assert exists and d == ParsedDate(year, month, day, True)
    assert d.solar_on() is not None


# ---------------------------------------------------------------- money


@SETTINGS
@given(st.one_of(messy_text, st.integers(), st.floats(allow_nan=True), st.none(), st.booleans()))
def test_money_points_discount_only_raise_validation_error(raw: object) -> None:
    for fn in (parse_amount_fen, parse_points, parse_discount):
        try:
            out = fn(raw)
        except ValidationError:
            continue
        assert isinstance(out, int)


# ---------------------------------------------------------------- files


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400), st.sampled_from([None, "gbk", "utf-8"]))
def test_any_bytes_as_csv_read_or_refused_cleanly(tmp_path_factory, data: bytes, encoding: str | None) -> None:
    from vipdesk.model.importing.tabular import open_table

    path = tmp_path_factory.mktemp("csv") / "x.csv"
    path.write_bytes(b"\xe5\xa7\x93\xe5\x90\x8d,\xe6\x89\x8b\xe6\x9c\xba\n" + data)  # 姓名,手机 then noise
    try:
        with open_table(path, encoding=encoding) as t:
            rows = list(t.rows())
    except ValidationError:
        return
    assert all(isinstance(n, int) and n >= 1 for n, _ in rows)
    assert all(isinstance(r, dict) for _, r in rows)
