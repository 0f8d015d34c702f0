"""Children's size-up prompt (P4): a child about to outgrow the size last bought.

The size-by-age table is a setting the owner edits (``care.sizeup_table``,
rows of [age, size]); sizes are compared as numbers (height in cm, the way
Chinese children's wear is labelled), so "110" → "120".
"""

from __future__ import annotations

import re

from vipdesk.model.care import config
from vipdesk.model.errors import ValidationError
from vipdesk.model.store import settings
from vipdesk.text import tr


def _num(size: str) -> int | None:
    m = re.search(r"\d{2,3}", str(size or ""))
    return int(m.group(0)) if m else None


def size_table() -> list[tuple[int, str]]:
    return sorted((int(a), str(s)) for a, s in settings.get(config.SIZEUP_TABLE.key))


def size_for_age(age: int) -> str | None:
    """The table's size for *age* (the row for the largest age not above it)."""
    chosen = None
    for a, s in size_table():
        if a <= age:
            chosen = s
    return chosen


def suggest_size(age: int, last_size: str) -> str | None:
    """The size to suggest when a child turns *age*, or None if the last size still fits."""
    want = size_for_age(age)
    have = _num(last_size)
    if want is None or have is None or _num(want) is None:
        return None
    return want if _num(want) > have else None  # type: ignore[operator]


def save_size_table(rows: list[tuple[int, str]]) -> None:
    clean: list[list[object]] = []
    for age, size in rows:
        if not isinstance(age, int) or not 0 <= age <= 18:
            raise ValidationError(tr("年龄"), tr("年龄应在 0 到 18 岁之间"))
        if _num(size) is None:
            raise ValidationError(tr("尺码"), tr("尺码应为身高数字,如 110"))
        clean.append([age, str(size).strip()])
    settings.put(config.SIZEUP_TABLE.key, sorted(clean))
