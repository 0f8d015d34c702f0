"""Visible text outside the widget layer.

The model layer must not import Qt, yet its messages (validation errors,
reminder texts) are shown to users and must go through Qt's translation
system so an English build works.  ``tr`` asks Qt only when the GUI has
already loaded QtCore; headless (CLI, tests of the model) it returns the
Simplified Chinese source text, which is the default language.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache

TYPE_CHECKING = False
if TYPE_CHECKING:  # issue 14: typing is not loaded at run time (`vipdesk find` pays for each import)
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


@lru_cache(maxsize=256)
def _template_pattern(template: str) -> re.Pattern[str]:
    """"消费积分 小票 {t}" -> a regex with one named group per {field}."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)))


def shown(stored: str, templates: Iterable[str] = (), context: str = "vipdesk") -> str:
    """A text the app wrote into a ledger (in Chinese, or in the language then in effect) as shown
    now: an exact catalogue entry translated, or one of *templates* ("消费积分 小票 {t}") with its
    values put back (values that are catalogue entries translated too).  Anything else — what
    the shop typed — shows as written."""
    if not stored:
        return stored
    exact = tr(stored, context)
    if exact != stored:
        return exact
    for template in templates:
        m = _template_pattern(template).fullmatch(stored)
        if m is not None:
            return tr(template, context).format(**{k: tr(v, context) for k, v in m.groupdict().items()})
    return stored
