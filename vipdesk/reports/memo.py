"""Figures computed once per export (issue 14): several sheets of the monthly workbook ask for
the same whole-shop reads (tiers at the month end, the segment windows, each month's category
sales).  Outside ``memoised()`` nothing is kept, so a single sheet always reads fresh data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
_stack: list[dict[Any, Any]] = []


@contextmanager
def memoised() -> Iterator[None]:
    _stack.append({})
    try:
        yield
    finally:
        _stack.pop()


def cached(key: Any, compute: Callable[[], T]) -> T:
    """``compute()`` once per key inside ``memoised()``; every time outside it.  Callers must
    treat the value as read-only."""
    if not _stack:
        return compute()
    memo = _stack[-1]
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def put(key: Any, value: Any) -> None:
    """Store a value another sheet will ask for (no-op outside ``memoised()``)."""
    if _stack:
        _stack[-1][key] = value


def active() -> bool:
    return bool(_stack)
