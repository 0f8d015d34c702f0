"""Approximate age (P1): many members give a birth year ("1985年"), an age ("约40岁") or an age
band ("40多岁", "80后") but no month and day.  She then has a birth year (flagged estimated when
it came from an age) and no birthday: age groups use the year, birthday reminders skip her
rather than inventing a date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from vipdesk.model.errors import ValidationError
from vipdesk.text import tr

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_YEAR = re.compile(r"(约|大约|大概)?(\d{4})年?(?:出生|生人|生)?")
_AGE = re.compile(r"(?:约|大约|大概|差不多|估计)?\s*(\d{1,3}|[一二两三四五六七八九]?十[一二三四五六七八九]?)\s*"
                  r"(多|几)?\s*(?:岁|周岁)?\s*(?:左右|上下|出头)?")
_GENERATION = re.compile(r"(\d0|[五六七八九]零|[零〇]零)\s*后")


@dataclass(frozen=True)
class BirthYear:
    """A birth year without month and day; *estimated* when worked out from an age."""

    year: int
    estimated: bool = False

    def text(self) -> str:
        return (tr("约{year}年生") if self.estimated else tr("{year}年生")).format(year=self.year)


def _cn_int(text: str) -> int:
    if text.isdigit():
        return int(text)
    tens, _, ones = text.partition("十")
    return (_CN.get(tens, 1) if tens else 1) * 10 + (_CN.get(ones, 0) if ones else 0)


def parse_birth_year(raw: object, field: str = "年龄", today: dt.date | None = None, *,
                     bare_number_is_age: bool = True) -> BirthYear | None:
    """"1985年" → 1985; "约40岁"/"40岁" → this year − 40 (estimated); "40多岁" → middle of
    the band (45 years old, estimated); "80后" → 1985 (estimated).  None if *raw* is none of
    these forms (a full date is the birthday parser's business).  A bare "40" is an age only
    when *bare_number_is_age* (an 年龄 column), never in a 生日 column."""
    today = today or dt.date.today()
    if raw is None:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = re.sub(r"\s+", "", str(raw)).strip()
    if not text:
        return None
    m = _YEAR.fullmatch(text)
    if m:
        return _checked(BirthYear(int(m.group(2)), bool(m.group(1))), field, raw, today)
    m = _GENERATION.fullmatch(text)
    if m:
        g = m.group(1).replace("零", "0").replace("〇", "0")
        g = "".join(str(_CN[c]) if c in _CN else c for c in g)
        decade = int(g)
        century = 2000 if decade <= today.year % 100 - 5 else 1900
        return _checked(BirthYear(century + decade + 5, True), field, raw, today)
    m = _AGE.fullmatch(text)
    if m and (bare_number_is_age or not text.isdigit()):
        age = _cn_int(m.group(1))
        if m.group(2):  # 40多岁: somewhere in 41–49
            age += 5
        return _checked(BirthYear(today.year - age, True), field, raw, today)
    return None


def _checked(b: BirthYear, field: str, raw: object, today: dt.date) -> BirthYear:
    if not 1900 <= b.year <= today.year:
        raise ValidationError(field, tr("出生年份或年龄不合理:") + str(raw))
    return b
