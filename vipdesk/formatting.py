"""How numbers, dates and lunar days look on screen, in exports and on printouts.

Pure Python (no Qt) so the model layer, reports and CLI format exactly like
the widgets do.  Money arrives as integer fen and points as integers; floats
are refused rather than rounded, because a float here means a bug upstream.
Every function returns Simplified Chinese display text; ``None`` dates give
an empty string so a blank cell stays blank.
"""

from __future__ import annotations

import datetime as dt

from vipdesk.text import tr

__all__ = [
    "fen_to_yuan_text",
    "yuan_text_plain",
    "format_date",
    "format_date_cn",
    "format_month_day",
    "format_year_month",
    "format_datetime",
    "format_lunar",
    "lunar_month_text",
    "lunar_day_text",
    "lunar_in_numbers",
    "format_discount",
    "points_text",
]


def _require_int(value: object, what: str) -> int:
    # bool is an int subclass; True fen is never meant.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, got {type(value).__name__}")
    return value


def yuan_text_plain(fen: int) -> str:
    """123450 fen -> "1,234.50" (no currency sign: for tables and Excel text)."""
    fen = _require_int(fen, "fen")
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def fen_to_yuan_text(fen: int) -> str:
    """123450 -> "¥1,234.50"; the sign goes before ¥ ("-¥12.50") as on Chinese receipts."""
    plain = yuan_text_plain(fen)
    if plain.startswith("-"):
        return "-¥" + plain[1:]
    return "¥" + plain


def format_date(d: dt.date | None) -> str:
    """ISO style, "2026-11-23": sortable, used in lists and exports."""
    if d is None:
        return ""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def format_date_cn(d: dt.date | None) -> str:
    """"2026年11月23日": for the detail pane, messages and printouts."""
    if d is None:
        return ""
    return tr("{year}年{month}月{day}日", "formatting").format(year=d.year, month=d.month, day=d.day)


def format_month_day(month: int, day: int) -> str:
    """"3月7日" (English "3/7"): a birthday without its year, a day in this year's list."""
    return tr("{month}月{day}日", "formatting").format(month=month, day=day)


def format_year_month(year: int, month: int) -> str:
    """"2026年11月" (English "2026-11"): a month in reports and lists."""
    return tr("{year}年{month}月", "formatting").format(year=year, month=month)


def format_datetime(t: dt.datetime | None) -> str:
    """"2026-11-23 14:05": minutes are enough at a shop counter."""
    if t is None:
        return ""
    return f"{format_date(t)} {t.hour:02d}:{t.minute:02d}"


def lunar_in_numbers() -> bool:
    """True when the language in effect writes lunar dates with numbers ("Lunar 8/15").

    Decided by the catalogue itself: a language that translates the word 农历 writes
    lunar dates the way issue 12 item 7 asks; Chinese (no catalogue) keeps 八月十五.
    """
    return tr("农历", "formatting") != "农历"


def lunar_month_text(month: int, leap: bool = False) -> str:
    """1 -> "正月", 11 -> "冬月", 12 -> "腊月"; leap 4 -> "闰四月".  English: "Month 8", "Leap month 6"."""
    month = _require_int(month, "month")
    if not 1 <= month <= 12:
        raise ValueError(f"lunar month out of range: {month}")
    if lunar_in_numbers():
        return (tr("闰{n}月", "formatting") if leap else tr("{n}月", "formatting")).format(n=month)
    from lunar_python.util import LunarUtil  # on first use: `vipdesk find` never shows a lunar date

    return ("闰" if leap else "") + LunarUtil.MONTH[month] + "月"


def lunar_day_text(day: int) -> str:
    """1 -> "初一", 15 -> "十五", 21 -> "廿一", 30 -> "三十".  English: "Day 15"."""
    day = _require_int(day, "day")
    if not 1 <= day <= 30:
        raise ValueError(f"lunar day out of range: {day}")
    if lunar_in_numbers():
        return tr("{n}日", "formatting").format(n=day)
    from lunar_python.util import LunarUtil

    return LunarUtil.DAY[day]


def format_lunar(month: int, day: int, leap: bool = False) -> str:
    """(8, 15) -> "农历八月十五"; (4, 1, leap=True) -> "农历闰四月初一".

    English: "Lunar 8/15" and "Lunar leap 6/10".
    """
    if lunar_in_numbers():
        text = tr("农历闰{month}/{day}", "formatting") if leap else tr("农历{month}/{day}", "formatting")
        return text.format(month=_require_int(month, "month"), day=_require_int(day, "day"))
    return "农历" + lunar_month_text(month, leap) + lunar_day_text(day)


def format_discount(permille: int) -> str:
    """Discount rate in permille of the price, as shops say it: 950 -> "9.5折", 900 -> "9折".

    1000 (pay full price) or more is "无折扣"; 0 would be free: "0折".
    """
    permille = _require_int(permille, "permille")
    if permille < 0:
        raise ValueError(f"discount permille must not be negative: {permille}")
    if permille >= 1000:
        return tr("无折扣", "formatting")
    whole, rest = divmod(permille, 100)
    rate = str(whole) if rest == 0 else f"{whole}.{rest:02d}".rstrip("0")
    off = f"{(1000 - permille) / 10:g}"
    # English reads the other way round: 850 -> "15% off" (translation "{off}% off").
    return tr("{rate}折", "formatting").format(rate=rate, off=off)


def points_text(n: int) -> str:
    """1234 -> "1,234积分"; negative for deductions: "-300积分"."""
    n = _require_int(n, "points")
    return tr("{n}积分", "formatting").format(n=f"{n:,}")
