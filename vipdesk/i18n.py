"""Interface language: Qt's own translations plus the app's ``.qm`` files.

Source strings in the code are Simplified Chinese, so zh_CN (the default)
needs no app catalogue — only Qt's ``qtbase_zh_CN.qm``, which makes Qt's
standard dialogs and buttons (确定/取消, file dialogs, context menus)
Chinese.  Other languages load ``vipdesk/translations/vipdesk_<lang>.qm``
made by ``scripts/update_translations.py``.  QtCore only: no widgets here.
"""

from __future__ import annotations

import atexit
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

DEFAULT_LANG = "zh_CN"
ENV_VAR = "VIPDESK_LANG"
APP_CATALOGUE = "vipdesk"

# QCoreApplication.installTranslator does not keep the Python wrapper alive;
# a collected QTranslator silently stops translating.  Hold them here.
_installed: list[QTranslator] = []


def app_translations_dir() -> Path:
    """Where ``vipdesk_<lang>.qm`` live: next to this module, also in a PyInstaller bundle."""
    here = Path(__file__).resolve().parent / "translations"
    if here.is_dir():
        return here
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass) / "vipdesk" / "translations"
    return here


def qt_translations_dirs() -> list[Path]:
    """Qt's translation folder as Qt reports it, plus bundle fallbacks (frozen builds move it)."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        base = Path(meipass)
        # Linux/macOS wheels keep Qt under PySide6/Qt, Windows wheels directly under PySide6.
        dirs += [base / "PySide6" / "Qt" / "translations", base / "PySide6" / "translations",
                 base / "translations"]
    return dirs


def normalise_lang(lang: str | None) -> str:
    """Pick the language: argument, else $VIPDESK_LANG, else zh_CN; "zh-CN" -> "zh_CN".

    An unknown code (Qt maps it to the C locale) falls back to the default
    rather than leaving the app half in one language and half in another.
    """
    chosen = (lang or os.environ.get(ENV_VAR) or DEFAULT_LANG).strip().replace("-", "_")
    if not chosen or QLocale(chosen).language() == QLocale.Language.C:
        return DEFAULT_LANG
    return chosen


class _ModelLabels(QTranslator):
    """Finds labels marked in the model (``tr_noop``, context "vipdesk") from any context.

    Tables of labels are defined once in the model and shown by many widgets, each
    translating with its own context (``self.tr(label)``, ``_t(label)``).  Installed
    first, so Qt asks it last: only when the widget's own context has no translation.
    """

    def __init__(self, catalogue: QTranslator) -> None:
        super().__init__()
        self._catalogue = catalogue

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: N802
                  n: int = -1) -> str | None:
        if context == "vipdesk" or not source:
            return None
        return self._catalogue.translate("vipdesk", source, disambiguation, n) or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt name
        return False


def _remove_installed() -> None:
    """At exit, before Python objects go: a translator implemented in Python (``_ModelLabels``)
    must not be called by Qt after the interpreter has torn it down."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


atexit.register(_remove_installed)


def _load(locale: QLocale, catalogue: str, dirs: list[Path]) -> QTranslator | None:
    translator = QTranslator()
    for d in dirs:
        # load(locale, ...) tries zh_Hans_CN, zh_CN, zh ... so "en" finds vipdesk_en.qm too.
        if translator.load(locale, catalogue, "_", str(d)):
            return translator
    return None


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Install Qt's and the app's translators on ``app``; return the language in effect.

    Safe to call again to switch language: translators from an earlier
    call are removed first.  Missing catalogues are not an error — the
    Chinese source text then shows through.
    """
    code = normalise_lang(lang)
    locale = QLocale(code)
    QLocale.setDefault(locale)

    while _installed:
        app.removeTranslator(_installed.pop())

    candidates: list[QTranslator | None] = [_load(locale, "qtbase", qt_translations_dirs())]
    if locale.name() != DEFAULT_LANG:
        # Source strings are zh_CN; any other language (zh_TW too) needs the app catalogue.
        catalogue = _load(locale, APP_CATALOGUE, [app_translations_dir()])
        if catalogue is not None:
            candidates = [_ModelLabels(catalogue), *candidates, catalogue]
    for translator in candidates:
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    return code


def installed_translators() -> tuple[QTranslator, ...]:
    """The translators currently installed by :func:`install_translators` (for tests/diagnostics)."""
    return tuple(_installed)
