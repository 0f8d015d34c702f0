"""Print preview and PDF for the call list and the birthday list.

Why Qt and not a pure-Python PDF library: Chinese text needs a CJK font
embedded with a ToUnicode map; QTextDocument + QPdfWriter does that with the
shipped Noto Sans SC subset (``vipdesk.fonts``) and needs nothing
beyond PySide6-Essentials.  It only needs a QGuiApplication, which
``ensure_app`` creates headless (offscreen) for the command line, so the
CLI and the GUI produce the same PDF from the same HTML
(``vipdesk.reports.calllist`` / ``birthdays``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

_app: QGuiApplication | None = None


def ensure_app() -> None:
    """A QGuiApplication for headless printing (CLI); reuses the GUI's when there is one."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from vipdesk.model.errors import VipdeskError
    from vipdesk.platform_check import check

    problem = check()
    if problem is not None:  # Qt would abort the process: say which packages are missing instead
        raise VipdeskError(problem.message())
    # A QApplication (not just QGuiApplication) so a later widget in the same process still works.
    from PySide6.QtWidgets import QApplication

    _app = QApplication(sys.argv[:1])


def make_document(html: str) -> QTextDocument:
    """The HTML laid out in the shipped CJK font (vipdesk.fonts), so PDFs read back the same everywhere."""
    from vipdesk.fonts import print_font

    doc = QTextDocument()
    doc.setDefaultFont(print_font(10))
    doc.setHtml(html)
    return doc


def html_to_pdf(html: str, path: str | Path, *, landscape: bool = True) -> Path:
    """Write *html* as an A4 PDF (landscape for the wide call list)."""
    ensure_app()
    doc = make_document(html)  # first: no font → FontMissing, and no file is created
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setTitle(path.stem)
    writer.setCreator("vipdesk")
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                         QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setPageLayout(layout)
    doc.print_(writer)
    del writer  # flushes and closes the file
    return path


def print_preview(parent, html: str, title: str, *, landscape: bool = True) -> None:  # pragma: no cover - modal
    """The print preview dialog (the owner prints from there)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    doc = make_document(html)
    dlg = QPrintPreviewDialog(printer, parent)
    dlg.setWindowTitle(title)
    dlg.paintRequested.connect(lambda p: doc.print_(p))
    dlg.exec()
