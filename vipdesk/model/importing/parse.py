"""Normalisers for imported cells: dates (solar and lunar), gender, money, discount, points.

Shops type these every way imaginable; each parser accepts the forms seen in
real member books and POS exports and raises ``ValidationError(field, 中文原因)``
for anything else, so the import report can say exactly why a cell was refused.
Every parser is idempotent on its own output (``parse(format(parse(x)))``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from vipdesk.model.errors import ValidationError
from vipdesk.text import tr

MIN_YEAR = 1900
MAX_YEAR = 2100

# Excel's serial day 1 is 1900-01-01 with the fake 1900-02-29 (serial 60);
# counting from 1899-12-30 is right for every serial after that.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_MIN = 61  # 1900-03-01
_SERIAL_MAX = (dt.date(MAX_YEAR, 12, 31) - _EXCEL_EPOCH).days

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LUNAR_MONTHS = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
_LUNAR_DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
               "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
               "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]


def text_of(raw: object) -> str:
    """Cell value → NFKC text: full-width digits and letters become ASCII, ends trimmed."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return unicodedata.normalize("NFKC", str(raw)).strip()


def is_blank(raw: object) -> bool:
    return text_of(raw) == ""


# ---------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date as the member gave it: maybe without year, maybe lunar (农历).

    A birthday is often known only as 3月7日, and many customers keep a lunar
    birthday whose solar date moves every year, so a plain ``date`` can't hold it.
    """

    year: int | None
    month: int  # lunar: 1–12, leap month flagged separately
    day: int
    is_lunar: bool = False
    is_leap_month: bool = False

    def to_date(self) -> dt.date | None:
        """The solar date, when it is a complete solar date."""
        if self.is_lunar or self.year is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def solar_on(self) -> dt.date | None:
        """Solar date of this (lunar) date in its own year; None without a year."""
        if self.year is None:
            return None
        if not self.is_lunar:
            return self.to_date()
        from vipdesk.model.members.calendar import to_solar  # memoised per (year, month)

        return to_solar(self.year, self.month, self.day, self.is_leap_month)

    def format(self) -> str:
        """Canonical text; ``parse_date`` reads it back to the same value."""
        if self.is_lunar:
            year = f"{self.year}年" if self.year else ""
            leap = "闰" if self.is_leap_month else ""
            return f"农历{year}{leap}{_LUNAR_MONTHS[self.month - 1]}月{_LUNAR_DAYS[self.day - 1]}"
        if self.year is None:
            return f"{self.month}月{self.day}日"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    __str__ = format


def _bad_date(field: str, raw: object, why: str | None = None) -> ValidationError:
    reason = why or tr("无法识别的日期")
    return ValidationError(field, f"{reason}({text_of(raw)})")


def _check_year(year: int, field: str, raw: object) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _bad_date(field, raw, tr("年份超出范围") + f" {MIN_YEAR}–{MAX_YEAR}")
    return year


def _solar(year: int | None, month: int, day: int, field: str, raw: object) -> ParsedDate:
    if year is not None:
        _check_year(year, field, raw)
    if not 1 <= month <= 12:
        raise _bad_date(field, raw, tr("月份应在 1–12 之间"))
    last = calendar.monthrange(year if year is not None else 2000, month)[1]  # no year: allow 2月29日
    if not 1 <= day <= last:
        raise _bad_date(field, raw, tr("日期不存在"))
    return ParsedDate(year, month, day)


def _cn_number(text: str) -> int | None:
    """一 / 十 / 十五 / 二十 / 廿三 / 卅 / 初八 / 15 → int; None when not a number."""
    if text.isascii() and text.isdigit():
        return int(text)
    text = text.removeprefix("初")
    text = text.replace("廿", "二十").replace("卅", "三十")
    if not text or any(c not in _CN_DIGITS and c != "十" for c in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        if "十" in ones:
            return None
        t = _CN_DIGITS[tens] if tens else 1
        o = _CN_DIGITS[ones] if ones else 0
        if len(tens) > 1 or len(ones) > 1:
            return None
        return t * 10 + o
    if len(text) == 1:
        return _CN_DIGITS[text]
    return None


def _cn_year(text: str) -> int | None:
    """1985 or 一九八五 → 1985."""
    if text.isascii() and text.isdigit():
        return int(text)
    if len(text) == 4 and all(c in _CN_DIGITS for c in text):
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    return None


_LUNAR_PREFIX = re.compile(r"^(?:农历|阴历|旧历|农|阴)")
_LUNAR_SUFFIX = re.compile(r"[(\[]?(?:农历|阴历|旧历|农|阴)[)\]]?$")
_LUNAR_BODY = re.compile(
    r"^(?:(?P<year>\d{4}|[〇零○O一二三四五六七八九]{4})年?)?"
    r"(?P<leap>闰)?"
    r"(?P<month>正|冬|腊|十[一二]?|[一二三四五六七八九]|\d{1,2})月(?:份)?"
    r"(?P<day>初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅|"
    r"[一二三四五六七八九]|\d{1,2})[日号]?$"
)
_LUNAR_NUMERIC = re.compile(r"^(?:(?P<year>\d{4})[-/.年])?(?P<leap>闰)?(?P<month>\d{1,2})[-/.](?P<day>\d{1,2})$")


def _parse_lunar(body: str, field: str, raw: object) -> ParsedDate:
    m = _LUNAR_BODY.match(body) or _LUNAR_NUMERIC.match(body)
    if not m:
        raise _bad_date(field, raw, tr("无法识别的农历日期"))
    month_text = m.group("month")
    month = {"正": 1, "冬": 11, "腊": 12}.get(month_text) or _cn_number(month_text)
    day = _cn_number(m.group("day"))
    year = _cn_year(m.group("year")) if m.group("year") else None
    leap = bool(m.group("leap"))
    if month is None or not 1 <= month <= 12:
        raise _bad_date(field, raw, tr("农历月份应在 1–12 之间"))
    if day is None or not 1 <= day <= 30:
        raise _bad_date(field, raw, tr("农历日期应在初一到三十之间"))
    if year is not None:
        _check_year(year, field, raw)
        from vipdesk.model.members.calendar import lunar_month_days  # memoised per (year, month)

        days = lunar_month_days(year, month, leap)
        if days is None:
            raise _bad_date(field, raw, tr("该年没有这个闰月"))
        if day > days:
            raise _bad_date(field, raw, tr("该农历月没有这一天"))
    return ParsedDate(year, month, day, is_lunar=True, is_leap_month=leap)


_TIME_TAIL = re.compile(r"[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_MD = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _from_serial(serial: float, field: str, raw: object) -> ParsedDate:
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX:
        raise _bad_date(field, raw, tr("Excel 日期序号超出范围"))
    d = _EXCEL_EPOCH + dt.timedelta(days=int(serial))
    return ParsedDate(d.year, d.month, d.day)


def parse_date(raw: object, field: str = "日期") -> ParsedDate:
    """``_parse_date``, memoised for text cells: a member list repeats its dates (100,000
    rows hold ~22,000 different birthdays and ~2,200 enrolment days), issue 14.  A rejected
    value is not memoised (its error is raised afresh, naming *field*)."""
    if type(raw) is str:
        return _parse_date_text(raw, field)
    return _parse_date(raw, field)


@lru_cache(maxsize=65_536)
def _parse_date_text(raw: str, field: str) -> ParsedDate:
    return _parse_date(raw, field)


def _parse_date(raw: object, field: str = "日期") -> ParsedDate:
    """Any date a shop writes → ParsedDate, or ValidationError naming *field*.

    Accepts date/datetime objects, Excel serial numbers (number cells or digits
    in a CSV), 1985/3/7, 1985-03-07, 1985.3.7, 1985年3月7日, 19850307,
    3月7日 / 3-7 / 0307 (no year), 3/7/1985 and lunar dates: 农历八月十五,
    阴历1985年八月十五, 农历8月15, 农历闰四月初一, 八月十五(农历).
    """
    if isinstance(raw, dt.datetime):
        return _solar(raw.year, raw.month, raw.day, field, raw)
    if isinstance(raw, dt.date):
        return _solar(raw.year, raw.month, raw.day, field, raw)
    if isinstance(raw, bool):
        raise _bad_date(field, raw)
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and (raw != raw or raw in (float("inf"), float("-inf"))):
            raise _bad_date(field, raw)
        if isinstance(raw, int) or raw.is_integer():
            n = int(raw)
            if 10_000_000 <= n <= 99_999_999:
                return _parse_date(str(n), field)
        return _from_serial(float(raw), field, raw)

    text = text_of(raw)
    if not text:
        raise ValidationError(field, tr("日期为空"))
    text = re.sub(r"\s+", " ", text)

    lunar = False
    if _LUNAR_PREFIX.match(text):
        lunar, text = True, _LUNAR_PREFIX.sub("", text, count=1).strip(" :-")
    elif _LUNAR_SUFFIX.search(text):
        lunar, text = True, _LUNAR_SUFFIX.sub("", text).strip()
    if lunar:
        return _parse_lunar(text.replace(" ", ""), field, raw)
    text = text.removeprefix("公历").removeprefix("阳历").removeprefix("新历").strip()

    text = _TIME_TAIL.sub("", text)
    if m := _YMD.match(text):
        return _solar(int(m[1]), int(m[2]), int(m[3]), field, raw)
    if m := _MDY.match(text):
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        month, day = (a, b) if a <= 12 else (b, a)
        return _solar(year, month, day, field, raw)
    if m := _MD.match(text):
        return _solar(None, int(m[1]), int(m[2]), field, raw)
    if text.isascii() and text.isdigit():
        if len(text) == 8:
            return _solar(int(text[:4]), int(text[4:6]), int(text[6:]), field, raw)
        if len(text) == 4:
            return _solar(None, int(text[:2]), int(text[2:]), field, raw)
        if len(text) == 5:
            return _from_serial(int(text), field, raw)
    if re.fullmatch(r"\d{5}\.\d+", text):
        return _from_serial(float(text), field, raw)
    if _LUNAR_BODY.match(text.replace(" ", "")) and re.search(r"[正冬腊初廿卅]|[一二三四五六七八九十]月", text):
        # 八月十五 written with Chinese numerals and no prefix is a lunar date by custom
        return _parse_lunar(text.replace(" ", ""), field, raw)
    raise _bad_date(field, raw)


def parse_datetime(raw: object, field: str = "日期时间") -> dt.datetime:
    """A sale's date-time: datetime cells, Excel serials with a fraction, or text
    such as 2026-11-23 14:35[:10] / 2026/11/23 14:35; a bare date means 00:00."""
    if isinstance(raw, dt.datetime):
        return raw.replace(microsecond=0, tzinfo=None)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if isinstance(raw, float) and raw == raw and not raw.is_integer() and _SERIAL_MIN <= raw <= _SERIAL_MAX:
            day = _from_serial(raw, field, raw).to_date()
            seconds = round((raw - int(raw)) * 86400)
            return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=min(seconds, 86399))
    text = text_of(raw)
    m = re.search(r"[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$", text)
    time = dt.time()
    if m and not isinstance(raw, (dt.date, int, float)):
        hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
        if hour > 23 or minute > 59 or second > 59:
            raise ValidationError(field, tr("时间不存在") + f"({text})")
        time = dt.time(hour, minute, second)
        raw = text[: m.start()]
    d = parse_date(raw, field)
    if d.is_lunar or d.year is None:
        raise ValidationError(field, tr("需要完整的公历日期") + f"({text})")
    return dt.datetime.combine(d.to_date(), time)


# ---------------------------------------------------------------- gender

MALE = "男"
FEMALE = "女"
_GENDER = {
    "男": MALE, "男士": MALE, "先生": MALE, "m": MALE, "male": MALE, "man": MALE, "mr": MALE, "boy": MALE,
    "男性": MALE, "公": MALE,
    "女": FEMALE, "女士": FEMALE, "小姐": FEMALE, "太太": FEMALE, "f": FEMALE, "female": FEMALE,
    "woman": FEMALE, "w": FEMALE, "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE, "girl": FEMALE, "女性": FEMALE,
}


def parse_gender(raw: object, field: str = "性别") -> str:
    """男/女/M/F/先生/女士/male/female … → "男" or "女"."""
    key = text_of(raw).lower().rstrip(".")
    if key in _GENDER:
        return _GENDER[key]
    raise ValidationError(field, tr("性别应为男或女") + f"({text_of(raw)})")


# ---------------------------------------------------------------- money, points, discount

_MONEY_NOISE = re.compile(r"^(?:rmb|cny|人民币)|(?:rmb|cny|元整|元|块钱|块)$", re.IGNORECASE)


def _decimal_of(raw: object, field: str, unknown: str, empty: str) -> Decimal:
    """Number in a cell; *unknown* / *empty* are the (translated) reasons to refuse it."""
    if isinstance(raw, bool):
        raise ValidationError(field, unknown + f"({raw})")
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            raise ValidationError(field, unknown + f"({raw})")
        return Decimal(repr(raw))
    if isinstance(raw, Decimal):
        return raw
    text = text_of(raw)
    if not text:
        raise ValidationError(field, empty)
    t = text.replace(" ", "").replace("¥", "").replace("￥", "")
    t = _MONEY_NOISE.sub("", t)
    t = t.replace("¥", "")
    negative = False
    if t.startswith("(") and t.endswith(")"):  # accounting style (1,234.50)
        negative, t = True, t[1:-1]
    scale = 1
    if t.endswith("万"):
        scale, t = 10_000, t[:-1]
    if not re.fullmatch(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[-+]?\.\d+", t):
        raise ValidationError(field, unknown + f"({text})")
    try:
        value = Decimal(t.replace(",", "")) * scale
    except InvalidOperation as exc:  # pragma: no cover - regex guards this
        raise ValidationError(field, unknown + f"({text})") from exc
    return -value if negative else value


def parse_amount_fen(raw: object, field: str = "金额", *, allow_negative: bool = False) -> int:
    """"¥1,234.50" / "1234.5元" / "１２３４" / 1234.5 → 123450 (integer fen)."""
    value = _decimal_of(raw, field, tr("无法识别的金额"), tr("金额为空"))
    if not value.is_finite() or abs(value) > 10**11:  # before quantize, which overflows on huge values
        raise ValidationError(field, tr("金额过大") + f"({text_of(raw)})")
    if not isinstance(raw, (float, int)) and value != value.quantize(Decimal("0.01")):
        raise ValidationError(field, tr("金额最多两位小数") + f"({text_of(raw)})")
    fen = int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if fen < 0 and not allow_negative:
        raise ValidationError(field, tr("金额不能为负数") + f"({text_of(raw)})")
    return fen


def format_fen(fen: int) -> str:
    """123450 → "¥1,234.50" (parse_amount_fen reads it back)."""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def parse_points(raw: object, field: str = "积分", *, allow_negative: bool = False) -> int:
    """"1,200" / "1200分" / 1200.0 → 1200; fractions are refused, not rounded."""
    if isinstance(raw, str):
        raw = re.sub(r"(?:积分|分)$", "", text_of(raw))
    value = _decimal_of(raw, field, tr("无法识别的积分"), tr("积分为空"))
    if not value.is_finite() or abs(value) > 10**12:
        raise ValidationError(field, tr("积分过大") + f"({text_of(raw)})")
    if value != value.to_integral_value():
        raise ValidationError(field, tr("积分应为整数") + f"({text_of(raw)})")
    points = int(value)
    if points < 0 and not allow_negative:
        raise ValidationError(field, tr("积分不能为负数") + f"({text_of(raw)})")
    return points


def parse_int(raw: object, field: str, *, minimum: int | None = None) -> int:
    """Whole numbers such as a quantity (2, "2件", 2.0)."""
    if isinstance(raw, str):
        raw = re.sub(r"(?:件|个|pcs)$", "", text_of(raw), flags=re.IGNORECASE)
    value = _decimal_of(raw, field, tr("无法识别的数字"), tr("数字为空"))
    if not value.is_finite() or abs(value) > 10**12:
        raise ValidationError(field, tr("数字过大") + f"({text_of(raw)})")
    if value != value.to_integral_value():
        raise ValidationError(field, tr("应为整数") + f"({text_of(raw)})")
    n = int(value)
    if minimum is not None and n < minimum:
        raise ValidationError(field, tr("不能小于") + f" {minimum}({text_of(raw)})")
    return n


_CN_DISCOUNT = re.compile(r"^([一二三四五六七八九])([一二三四五六七八九])?折$")


def parse_discount(raw: object, field: str = "折扣") -> int:
    """A discount → per-mille of the price paid: 0.9 / "9折" / "9.5折" / "95折" /
    "95%" / "八五折" → 900 / 900 / 950 / 950 / 950 / 850. 1000 means no discount."""
    if isinstance(raw, bool):
        raise ValidationError(field, tr("无法识别的折扣") + f"({raw})")
    text = text_of(raw).replace(" ", "")
    bad = ValidationError(field, tr("无法识别的折扣") + f"({text})")
    if not text:
        raise ValidationError(field, tr("折扣为空"))
    if text in {"无", "无折扣", "不打折", "原价", "全价", "none"}:
        return 1000
    if m := _CN_DISCOUNT.match(text):
        per_mille = _CN_DIGITS[m[1]] * 100 + (_CN_DIGITS[m[2]] * 10 if m[2] else 0)
        return per_mille
    if len(text) > 12:
        raise bad
    try:
        if text.endswith("折"):
            number = Decimal(text[:-1])
            # 9折 / 9.5折 = tenths; 95折 / 88折 = two digits of tenths (9.5 / 8.8)
            per_mille = number * 100 if number <= 10 else number * 10
        elif text.endswith("%"):
            per_mille = Decimal(text[:-1]) * 10
        else:
            number = Decimal(text)
            if number <= 1:
                per_mille = number * 1000  # 0.9 of the price
            elif number <= 10:
                per_mille = number * 100  # "9" said as 9折
            else:
                per_mille = number * 10  # "95" said as 95%
    except InvalidOperation:
        raise bad from None
    if not per_mille.is_finite() or per_mille != per_mille.to_integral_value():
        raise bad
    result = int(per_mille)
    if not 1 <= result <= 1000:
        raise ValidationError(field, tr("折扣应在 0 到 1 之间(不打折为 1)") + f"({text})")
    return result


def format_discount(per_mille: int) -> str:
    """950 → "9.5折", 900 → "9折", 1000 → "不打折" (parse_discount reads it back)."""
    if per_mille >= 1000:
        return "不打折"
    tenths = Decimal(per_mille) / 100
    return f"{tenths.normalize():f}折"


# ---------------------------------------------------------------- text


def parse_text(raw: object, field: str, *, max_len: int = 200) -> str:
    """Free text: trimmed, inner whitespace runs collapsed, control characters removed."""
    if raw is None:
        return ""
    text = raw if isinstance(raw, str) else text_of(raw)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = re.sub(r"[ \t\u3000]+", " ", text).strip()
    if len(text) > max_len:
        raise ValidationError(field, tr("内容过长") + f"(>{max_len})")
    return text


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_email(raw: object, field: str = "邮箱") -> str:
    text = text_of(raw).replace(" ", "").lower()
    if not _EMAIL.match(text) or not text.isascii():
        raise ValidationError(field, tr("邮箱格式不对") + f"({text_of(raw)})")
    return text
