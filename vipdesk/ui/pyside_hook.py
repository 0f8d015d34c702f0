"""A cheaper answer to PySide6's question "does this module use PySide6?" (issue 14).

PySide6 (6.4+) asks it of every module imported after it, for its ``__feature__`` switching:
``shibokensupport.feature._mod_uses_pyside`` calls ``inspect.getsource`` on the module,
which goes through linecache and tokenize for each of the ~150 modules the counter imports
before its first paint (~20 ms).  The question is only whether the text ``PySide6`` occurs
in the source; reading the file's bytes answers it the same way (the name is ASCII, the same
bytes in UTF-8 and in GBK) for a fraction of the cost.  Anything that is not a plain ``.py``
file goes to PySide6's own function.  If a PySide6 release renames or drops the function,
nothing is replaced and start-up is only slower.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


def uses_pyside(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """The raw-bytes check, falling back to *original* for anything but a readable .py file."""

    def _mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as f:
                return b"PySide6" in f.read()
        except OSError:
            return original(module)

    _mod_uses_pyside.vipdesk_original = original  # type: ignore[attr-defined]
    return _mod_uses_pyside


def install() -> bool:
    """Replace PySide6's check once PySide6 is imported; True if it was replaced."""
    import PySide6  # noqa: F401 - loads shiboken and its feature module; no Qt library yet

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or not callable(original):
        return False
    if not hasattr(original, "vipdesk_original"):
        feature._mod_uses_pyside = uses_pyside(original)  # type: ignore[union-attr]
    return True
