"""Pinyin keys for the counter search (黄明华 → hmh / huangminghua)."""

from __future__ import annotations

from functools import lru_cache

# Surnames read differently from the everyday character (pypinyin reads 曾 as ceng).
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
    "覃": "qin", "乐": "yue", "缪": "miao", "盖": "ge", "翟": "zhai", "尉": "yu", "秘": "bi",
    "繁": "po", "种": "chong", "黑": "he", "员": "yun", "宓": "mi", "冼": "xian", "沈": "shen",
    "任": "ren", "华": "hua", "纪": "ji", "葛": "ge", "阚": "kan", "召": "shao",
}


@lru_cache(maxsize=65536)  # names repeat (demo, 100,000-row imports): convert each once (issue 14)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(initials, full) in lower-case ASCII; non-Chinese letters pass through."""
    name = (name or "").strip()
    if not name:
        return "", ""
    # Imported on first use: loading pypinyin's dictionaries costs ~0.5 s, which a start-up
    # or `vipdesk find` that never converts a name must not pay (issue 14).
    from pypinyin import Style, lazy_pinyin

    full_parts = [p.lower() for p in lazy_pinyin(name, style=Style.NORMAL, errors="default") if p.strip()]
    if full_parts and name[0] in SURNAME_READINGS:
        full_parts[0] = SURNAME_READINGS[name[0]]
    full = "".join(ch for ch in "".join(full_parts) if ch.isalnum())
    initials = "".join(p[0] for p in full_parts if p and p[0].isalnum())
    return initials, full
