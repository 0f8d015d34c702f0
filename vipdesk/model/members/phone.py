"""Phone numbers as a Chinese shop writes them: normalise, validate, mask."""

from __future__ import annotations

import re
import unicodedata

from vipdesk.model.errors import ValidationError
from vipdesk.text import tr

_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")  # ASCII only: \d would take ١٢٣ or ১২৩ too


def _clean(raw: str) -> str:
    text = unicodedata.normalize("NFKC", str(raw)).strip()  # full-width digits → ASCII
    text = re.sub(r"[\s\-()（）.·_/]", "", text)
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    elif text.startswith("86") and len(text) == 13:
        text = text[2:]
    return text


def normalize_mobile(raw: object, field: str = "手机") -> str:
    """Return the 11-digit mobile for *raw* or raise ValidationError naming *field*."""
    if raw is None or str(raw).strip() == "":
        raise ValidationError(field, tr("请填写手机号"))
    raw_text = str(raw).strip()
    if re.fullmatch(r"\d+\.0+", raw_text):  # Excel stored it as a float
        raw_text = raw_text.split(".")[0]
    text = _clean(raw_text)
    if not (text.isascii() and text.isdigit()):
        raise ValidationError(field, tr("手机号只能包含数字") + f"({raw})")
    if not _MOBILE.match(text):
        raise ValidationError(field, tr("手机号应为以 1 开头的 11 位数字") + f"({raw})")
    return text


def normalize_phone(raw: object, field: str = "电话") -> str:
    """Mobile → 11 digits; landline → 0571-88886666 or 0571-88886666-801 (extension)."""
    try:
        return normalize_mobile(raw, field)
    except ValidationError:
        pass
    text = unicodedata.normalize("NFKC", str(raw or "")).strip()
    text = re.sub(r"[\s()（）]", "", text)
    ext = None
    m = re.search(r"(?:转|ext\.?|x|#)([0-9]{1,6})$", text, re.IGNORECASE)
    if m:
        ext = m.group(1)
        text = text[: m.start()]
    parts = [p for p in re.split(r"[-—]", text) if p]
    if len(parts) == 3 and ext is None and len(parts[2]) <= 6 and parts[2].isascii() and parts[2].isdigit() \
            and parts[0].startswith("0"):
        ext = parts[2]
        parts = parts[:2]
    digits = "".join(parts)
    if digits.startswith("+86"):
        digits = "0" + digits[3:]
    if not (digits.isascii() and digits.isdigit()) or not digits.startswith("0"):
        raise ValidationError(field, tr("无法识别的电话号码") + f"({raw})")
    # 3-digit area codes are 010 and 02x; everything else is 4 digits.
    area_len = 3 if digits.startswith(("010", "02")) else 4
    area, number = digits[:area_len], digits[area_len:]
    if not 7 <= len(number) <= 8:
        raise ValidationError(field, tr("无法识别的电话号码") + f"({raw})")
    result = f"{area}-{number}"
    return f"{result}-{ext}" if ext else result


def is_mobile(text: str) -> bool:
    return bool(_MOBILE.match(text or ""))


def mask_phone(phone: str | None) -> str:
    """138****1234 for mobiles; landlines keep area code and last 4 digits."""
    if not phone:
        return ""
    if len(phone) == 11 and phone.isdigit():
        return f"{phone[:3]}****{phone[7:]}"
    parts = phone.split("-")
    if len(parts) >= 2 and len(parts[1]) >= 4:
        return f"{parts[0]}-****{parts[1][-4:]}"
    return "****" + phone[-4:] if len(phone) > 4 else "****"


def format_phone(phone: str | None) -> str:
    """Full mobile in the 3-4-4 groups clerks read aloud: 138 1234 5678."""
    if not phone:
        return ""
    if len(phone) == 11 and phone.isdigit():
        return f"{phone[:3]} {phone[3:7]} {phone[7:]}"
    return phone
