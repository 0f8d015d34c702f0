"""Finding icons and other bundled files, installed, from a checkout, or frozen.

One helper for every icon (STYLE: "icons through one load_icon() helper").
Looks in ``vipdesk/resources/`` (package data, also inside a PyInstaller
bundle), then ``sys._MEIPASS``, then the checkout's top-level ``resources/``.
QtGui only; no widgets.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon, QImageReader

APP_ICON = "vipdesk"
# Tried in order when a name has no extension; SVG first because it scales.
_EXTENSIONS = (".svg", ".png", ".ico")


def resource_dirs() -> list[Path]:
    """Folders searched, most specific first."""
    package = Path(__file__).resolve().parent
    dirs = [package / "resources"]
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        dirs += [Path(meipass) / "vipdesk" / "resources", Path(meipass) / "resources"]
    dirs.append(package.parent / "resources")
    return dirs


def _svg_supported() -> bool:
    # A frozen build may leave out Qt's SVG image plugin; then fall back to PNG.
    return b"svg" in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]


def resource_path(name: str) -> Path | None:
    """Path of a bundled file: "vipdesk.png", or "vipdesk" for the best available format."""
    suffixes = ("",) if Path(name).suffix else tuple(
        ext for ext in _EXTENSIONS if ext != ".svg" or _svg_supported()
    )
    for directory in resource_dirs():
        for suffix in suffixes:
            candidate = directory / (name + suffix)
            if candidate.is_file():
                return candidate
    return None


def load_icon(name: str = APP_ICON) -> QIcon:
    """QIcon for ``name`` (see :func:`resource_path`); an empty QIcon if it is missing.

    A missing icon must never stop the counter from working, so this does
    not raise; ``icon.isNull()`` tells.  Needs a QGuiApplication to exist.
    """
    path = resource_path(name)
    if path is None:
        return QIcon()
    return QIcon(str(path))
