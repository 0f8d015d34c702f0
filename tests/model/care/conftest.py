"""Helpers for the care tests: a temp database (tests/conftest.py's db_path) with a clerk."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

_phones = itertools.count(13800000001)


@pytest.fixture
def clerk(db_path):
    from vipdesk.model.members import staff

    return staff.add_staff("小李")


@pytest.fixture
def mk(clerk):
    """mk(name, birthday=Birthday(...), enrolled_on=date, **fields) -> Member"""
    from vipdesk.model.members import profile as members

    def make(name: str = "黄明华", *, enrolled_on: dt.date = dt.date(2025, 1, 1), gender: str = "F", **kw):
        kw.setdefault("clerk_id", clerk.id)
        return members.enrol(name, str(next(_phones)), enrolled_on=enrolled_on, gender=gender, **kw)

    return make


@pytest.fixture
def no_cap(db_path):
    """Turn the don't-pester cap and minimum care off so a test sees only the kind it is about."""
    from vipdesk.model.store import settings

    settings.put("care.cap_week", 0)
    settings.put("care.cap_month", 0)
    settings.put("care.min_care_daily", 0)
