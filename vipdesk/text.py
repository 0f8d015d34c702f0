"""Visible text outside the widget layer.

The model layer must not import Qt, yet its messages (validation errors,
reminder texts) are shown to users and must go through Qt's translation
system so an English build works.  ``tr`` asks Qt only when the GUI has
already loaded QtCore; headless (CLI, tests of the model) it returns the
Simplified Chinese source text, which is the default language.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def tr(text: str, context: str = "vipdesk") -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None or not text:
        return text
    app = qtcore.QCoreApplication.instance()
    if app is None:
        return text
    return qtcore.QCoreApplication.translate(context, text)


def tr_noop(text: T, context: str = "vipdesk") -> T:
    """Mark a string for extraction where it is defined (e.g. in a table of labels);
    translate it with ``tr`` where it is shown.  Given a list/tuple/dict/set literal,
    every Chinese string literal inside is marked (one wrapper per table)."""
    return text


def untr(shown: str, sources: Iterable[str], context: str = "vipdesk") -> str:
    """The stored source text for ``shown`` when it is the translation of one of ``sources``
    (editable pick-lists show translated defaults but store the Chinese value)."""
    for source in sources:
        if shown == source or shown == tr(source, context):
            return source
    return shown
