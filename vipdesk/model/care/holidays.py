"""Holiday greetings (C2).

Each holiday is a rule, not a date table: solar ones by month/day, lunar ones
by lunar month/day converted for each year with lunar_python, so 中秋 is
2026-09-25 and 2027-09-15 without anyone maintaining a list; 母亲节 / 父亲节
are the nth Sunday of May / June.  ``audience`` keeps a greeting to the
members it fits (六一 to members with children, 三八 to women, 母亲节 to
mothers, 父亲节 to fathers).  The owner adds her own holidays (setting
``care.custom_holidays``: solar or lunar, yearly or one year only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from lunar_python import Lunar

from vipdesk.model.errors import ValidationError
from vipdesk.model.store import settings
from vipdesk.text import tr, tr_noop


@dataclass(frozen=True)
class Holiday:
    key: str
    name: str
    month: int
    day: int
    lunar: bool
    wish: str  # the greeting line used by the {祝福} placeholder
    audience: str = ""  # "" everyone / children / female / male / mothers / fathers
    nth_sunday: int = 0  # 2 → the day is the 2nd Sunday of *month* (母亲节)
    year: int = 0  # owner's one-off holiday: only this (solar or lunar) year

    def on_year(self, year: int) -> dt.date | None:
        """The solar date in *year* (lunar holidays of lunar year *year* all fall in solar *year*);
        None for a one-off holiday of another year or a lunar day the year does not have."""
        if self.year and self.year != year:
            return None
        if self.nth_sunday:
            first = dt.date(year, self.month, 1)
            return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (self.nth_sunday - 1))
        if not self.lunar:
            try:
                return dt.date(year, self.month, self.day)
            except ValueError:
                return None
        try:
            s = Lunar.fromYmd(year, self.month, self.day).getSolar()
        except Exception:  # noqa: BLE001 - lunar_python raises plain Exception for a 三十 the month lacks
            return None
        return dt.date(s.getYear(), s.getMonth(), s.getDay())


HOLIDAY_LIST: list[Holiday] = [
    Holiday("newyear", "元旦", 1, 1, False, "新年快乐,万事顺意"),
    Holiday("spring", "春节", 1, 1, True, "新春快乐,阖家幸福,身体健康"),
    Holiday("lantern", "元宵节", 1, 15, True, "元宵快乐,团团圆圆"),
    Holiday("valentine", "情人节", 2, 14, False, "情人节快乐,生活甜蜜美满"),
    Holiday("women", "三八妇女节", 3, 8, False, "节日快乐,愿您永远美丽自信", audience="female"),
    Holiday("mother", "母亲节", 5, 0, False, "母亲节快乐,感谢您为家人的付出", audience="mothers", nth_sunday=2),
    Holiday("children", "六一儿童节", 6, 1, False, "祝宝贝六一快乐,健康成长", audience="children"),
    Holiday("father", "父亲节", 6, 0, False, "父亲节快乐,辛苦了", audience="fathers", nth_sunday=3),
    Holiday("qixi", "七夕", 7, 7, True, "七夕快乐,愿您被温柔以待"),
    Holiday("midautumn", "中秋节", 8, 15, True, "花好月圆,阖家团圆"),
    Holiday("national", "国庆节", 10, 1, False, "国庆快乐,假期愉快"),
    Holiday("chongyang", "重阳节", 9, 9, True, "重阳安康,愿家中长辈身体健康"),
    Holiday("christmas", "圣诞节", 12, 25, False, "圣诞快乐,平安喜乐"),
]
BY_KEY = {h.key: h for h in HOLIDAY_LIST}
# The names are shown in the app (translated); the wishes are message text and stay Chinese.
_SHOWN_NAMES = tr_noop(("元旦", "春节", "元宵节", "情人节", "三八妇女节", "母亲节", "六一儿童节", "父亲节", "七夕", "中秋节",
                        "国庆节", "重阳节", "圣诞节"))


AUDIENCES = tr_noop({"": "全部会员", "children": "有孩子的会员", "female": "女士", "male": "先生",
             "mothers": "有孩子的女士", "fathers": "有孩子的先生"})

CUSTOM = settings.declare("care.custom_holidays", [], "自定义节日", "关怀",
                          "店主添加的节日:[{key,name,month,day,lunar,year,wish,audience}],year 为 0 表示每年")


def _dated(hs: list[Holiday], year: int) -> list[tuple[dt.date, Holiday]]:
    out = []
    for h in hs:
        d = h.on_year(year)
        if d is not None:
            out.append((d, h))
    return sorted(out, key=lambda p: p[0])


@lru_cache(maxsize=64)
def _builtin_in_year(year: int) -> tuple[tuple[dt.date, Holiday], ...]:
    return tuple(_dated(HOLIDAY_LIST, year))


def custom_holidays() -> list[Holiday]:
    out = []
    for r in settings.get(CUSTOM.key) or []:
        out.append(Holiday(str(r["key"]), str(r["name"]), int(r["month"]), int(r["day"]), bool(r.get("lunar")),
                           str(r.get("wish") or ""), str(r.get("audience") or ""), year=int(r.get("year") or 0)))
    return out


def holidays_in_year(year: int, *, custom: bool = False) -> tuple[tuple[dt.date, Holiday], ...]:
    """Built-in holidays of *year* with their dates (plus the owner's when *custom*)."""
    if not custom:
        return _builtin_in_year(year)
    return tuple(sorted([*_builtin_in_year(year), *_dated(custom_holidays(), year)], key=lambda p: p[0]))


def holidays_on(day: dt.date, keys: list[str] | None = None) -> list[Holiday]:
    """Holidays falling on *day*, limited to *keys* (the owner's choice) when given; the owner's own
    holidays always count (she added them to send them)."""
    out = [h for d, h in _builtin_in_year(day.year) if d == day and (keys is None or h.key in keys)]
    for h in custom_holidays():
        # a lunar one-off of lunar year Y may fall in solar Y+1 (腊月): look at both
        for year in ((day.year, day.year - 1) if h.lunar else (day.year,)):
            if h.on_year(year) == day:
                out.append(h)
                break
    return out


def add_custom(name: str, month: int, day: int, *, lunar: bool = False, year: int = 0, wish: str = "",
               audience: str = "") -> Holiday:
    """The owner's holiday (店庆, 本地节日…): solar or lunar, yearly (year 0) or one year only."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(tr("节日名称"), tr("请填写节日名称"))
    if audience not in AUDIENCES:
        raise ValidationError(tr("对象"), tr("未知的问候对象:") + audience)
    if not 1 <= month <= 12 or not 1 <= day <= (30 if lunar else 31):
        raise ValidationError(tr("日期"), tr("{m}月{d}日不是有效日期").format(m=month, d=day))
    if not lunar:
        try:
            dt.date(year or 2024, month, day)
        except ValueError:
            raise ValidationError(tr("日期"), tr("{m}月{d}日不是有效日期").format(m=month, d=day)) from None
    rows = list(settings.get(CUSTOM.key) or [])
    key = f"custom{max([0, *(int(str(r['key'])[6:] or 0) for r in rows)]) + 1}"
    row = {"key": key, "name": name, "month": month, "day": day, "lunar": lunar, "year": year,
           "wish": (wish or "").strip() or tr("节日快乐"), "audience": audience}
    rows.append(row)
    settings.put(CUSTOM.key, rows)
    return custom_holidays()[-1]


def remove_custom(key: str) -> None:
    settings.put(CUSTOM.key, [r for r in settings.get(CUSTOM.key) or [] if r["key"] != key])


def holiday_name(key: str) -> str:
    h = BY_KEY.get(key) or next((c for c in custom_holidays() if c.key == key), None)
    return tr(h.name) if h else key
