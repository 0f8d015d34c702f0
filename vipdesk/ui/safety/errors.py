"""The GUI's top-level handler: no traceback ever reaches the clerk (issue 13).

``sys.excepthook`` (which PySide6 also calls for exceptions escaping a slot)
logs the traceback to the rotating log in the data folder and shows one short
message: what was being done, the cause when a shop can act on it (disk full,
read-only folder, file locked by another program, path too long), that saved
data is safe, and where the log is.  Writes are transactions, so an exception
mid-action rolled back: nothing saved was lost.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from vipdesk.model.safety import failures
from vipdesk.ui.common import dialogs

_lang = "zh"
_showing = False


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    doing = QCoreApplication.translate("errors", "这个操作")
    text = failures.report_unexpected(exc, doing, lang=_lang)
    if _showing:  # an error while showing an error: logged, not stacked
        return
    _showing = True
    try:
        dialogs.show_error(None, text, QCoreApplication.translate("errors", "出了点问题"))
    finally:
        _showing = False


def install(lang: str | None = None) -> None:
    global _lang
    _lang = "en" if (lang or "").lower().startswith("en") else "zh"
    sys.excepthook = handle
