"""Work around a PySide6 6.12 reference-count bug on CPython < 3.12.

PySide6/shiboken6 6.12.0 drops one reference to ``True`` on every
``Signal.emit()`` and one to ``None`` (sometimes ``False``) on many built-in
signal deliveries and paint-time calls.  On Python 3.12+ these singletons are
immortal and the bug is harmless; on 3.11 their count reaches zero after a few
thousand clicks and the interpreter aborts ("bool_dealloc: deallocating True
or False") — at the counter, in the middle of a sale.  Measured:
tests/ui/test_refcount_guard.py.

The fix does what 3.12 does: give the three singletons a reference count so
large that no number of lost references in a session can bring it to zero.
Harmless (they are never freed anyway) and only applied on CPython < 3.12.
Remove once PySide6 is fixed or Python 3.12 is the minimum.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_BOOST = 1 << 40
_applied = False


def needed() -> bool:
    return platform.python_implementation() == "CPython" and sys.version_info < (3, 12)


def apply() -> bool:
    """Make None/True/False effectively immortal (once); True if applied."""
    global _applied
    if _applied or not needed():
        return _applied
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
    _applied = True
    return True
