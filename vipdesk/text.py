"""Visible text outside the widget layer.

The model layer must not import Qt, yet its messages (validation errors,
reminder texts) are shown to users and must go through Qt's translation
system so an English build works.  ``tr`` asks Qt only when the GUI has
already loaded QtCore; headless (CLI, tests of the model) it returns the
Simplified Chinese source text, which is the default language.
"""

from __future__ import annotations

import sys


def tr(text: str, context: str = "vipdesk") -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    app = qtcore.QCoreApplication.instance()
    if app is None:
        return text
    return qtcore.QCoreApplication.translate(context, text)


def tr_noop(text: str, context: str = "vipdesk") -> str:
    """Mark a string for extraction where it is defined (e.g. in a table of labels);
    translate it with ``tr`` where it is shown."""
    return text
