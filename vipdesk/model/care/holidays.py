"""Holiday greetings (C2).

Each holiday is a rule, not a date table: solar ones by month/day, lunar ones
by lunar month/day converted for each year with lunar_python, so 中秋 is
2026-09-25 and 2027-09-15 without anyone maintaining a list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from lunar_python import Lunar

from vipdesk.text import tr, tr_noop


@dataclass(frozen=True)
class Holiday:
    key: str
    name: str
    month: int
    day: int
    lunar: bool
    wish: str  # the greeting line used by the {祝福} placeholder

    def on_year(self, year: int) -> dt.date:
        """The solar date in *year* (lunar holidays of lunar year *year* all fall in solar *year*)."""
        if not self.lunar:
            return dt.date(year, self.month, self.day)
        s = Lunar.fromYmd(year, self.month, self.day).getSolar()
        return dt.date(s.getYear(), s.getMonth(), s.getDay())


HOLIDAY_LIST: list[Holiday] = [
    Holiday("newyear", "元旦", 1, 1, False, "新年快乐,万事顺意"),
    Holiday("spring", "春节", 1, 1, True, "新春快乐,阖家幸福,身体健康"),
    Holiday("lantern", "元宵节", 1, 15, True, "元宵快乐,团团圆圆"),
    Holiday("valentine", "情人节", 2, 14, False, "情人节快乐,生活甜蜜美满"),
    Holiday("women", "妇女节", 3, 8, False, "节日快乐,愿您永远美丽自信"),
    Holiday("qixi", "七夕", 7, 7, True, "七夕快乐,愿您被温柔以待"),
    Holiday("midautumn", "中秋节", 8, 15, True, "花好月圆,阖家团圆"),
    Holiday("national", "国庆节", 10, 1, False, "国庆快乐,假期愉快"),
    Holiday("chongyang", "重阳节", 9, 9, True, "重阳安康,愿家中长辈身体健康"),
    Holiday("christmas", "圣诞节", 12, 25, False, "圣诞快乐,平安喜乐"),
]
BY_KEY = {h.key: h for h in HOLIDAY_LIST}
# The names are shown in the app (translated); the wishes are message text and stay Chinese.
_SHOWN_NAMES = tr_noop(("元旦", "春节", "元宵节", "情人节", "妇女节", "七夕", "中秋节", "国庆节", "重阳节", "圣诞节"))


@lru_cache(maxsize=64)
def holidays_in_year(year: int) -> tuple[tuple[dt.date, Holiday], ...]:
    return tuple(sorted(((h.on_year(year), h) for h in HOLIDAY_LIST), key=lambda p: p[0]))


def holidays_on(day: dt.date, keys: list[str] | None = None) -> list[Holiday]:
    """Holidays falling on *day*, limited to *keys* (the owner's choice) when given."""
    return [h for d, h in holidays_in_year(day.year) if d == day and (keys is None or h.key in keys)]


def holiday_name(key: str) -> str:
    h = BY_KEY.get(key)
    return tr(h.name) if h else key
