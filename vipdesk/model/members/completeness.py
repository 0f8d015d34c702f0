"""Profile completeness (P10, L10): ONE rule, used by staff card incentives, the
profile contest and the import.

The rule:
- ``is_complete(member)``: the five fields the shop's card-incentive scheme
  asks the clerk to fill in at enrolment [004: "如实填写姓名、性别、生日、
  手机号码、住址"] are all present — name, mobile, gender, birthday (month
  and day; solar or lunar) and address.  Only complete profiles count for
  card commissions and the monthly 30-card bonus.
- ``completeness(member)`` 0–100: weighted sum of filled fields.  The five
  core fields give 60 (name 10, mobile 10, gender 10, birthday 20, address
  10), the rest of the hard profile 20 (birth year 5, sizes 5, email 5,
  ethnicity 5) and the soft profile / observations 20 (2 per field for ten
  fields: occupation, family, personality, buying habits, style preferences,
  hobbies, lifestyle, service preference, contact preference, promotion
  attitude).  A complete profile therefore scores at least 60.
"""

from __future__ import annotations

from typing import Any

CORE_WEIGHTS: dict[str, int] = {"name": 10, "phone": 10, "gender": 10, "birthday": 20, "address": 10}
HARD_WEIGHTS: dict[str, int] = {"birth_year": 5, "sizes": 5, "email": 5, "ethnicity": 5}
SOFT_FIELDS: tuple[str, ...] = ("occupation", "family", "personality", "buying_habits", "style_prefs", "hobbies",
                                "lifestyle", "service_pref", "contact_pref", "promo_attitude")
SOFT_WEIGHT = 2
CORE_LABELS = {"name": "姓名", "phone": "手机", "gender": "性别", "birthday": "生日", "address": "地址"}


def _filled(member: Any, key: str) -> bool:
    if key == "birthday":
        return bool(getattr(member, "birth_month", None) and getattr(member, "birth_day", None))
    value = getattr(member, key, None)
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None


def completeness(member: Any) -> int:
    """0–100; works on a Member row or anything with the same attribute names."""
    score = sum(w for k, w in CORE_WEIGHTS.items() if _filled(member, k))
    score += sum(w for k, w in HARD_WEIGHTS.items() if _filled(member, k))
    score += SOFT_WEIGHT * sum(1 for k in SOFT_FIELDS if _filled(member, k))
    return min(100, score)


def missing_core(member: Any) -> list[str]:
    """Chinese labels of the core fields still empty (to tell the clerk what to ask)."""
    return [CORE_LABELS[k] for k in CORE_WEIGHTS if not _filled(member, k)]


def is_complete(member: Any) -> bool:
    return not missing_core(member)
