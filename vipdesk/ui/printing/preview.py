"""Print preview (issue 17, item 7): the driver-mode receipt, member cards and vouchers as they
will come out, before paper is spent — the same paint code as printing and the PDFs.

A QPrintPreviewWidget in our own dialog (not QPrintPreviewDialog) so the buttons are ours,
keyboard-first and translated: 打印 (Ctrl+P, Enter), 放大/缩小 (Ctrl++ / Ctrl+-), 关闭 (Esc).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QKeySequence, QPagedPaintDevice, QPdfWriter, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.ui.common.dialogs import Std, button_box

Render = Callable[[QPagedPaintDevice], int]


class PrintPreview(QDialog):
    """Shows what *render* paints on a printer; 打印 sends it to a printer the clerk picks."""

    def __init__(self, parent: QWidget | None, title: str, render: Render) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.render = render
        self.printed = False
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        # The page size (roll, CR80, voucher) must be set before the preview lays out; painted
        # into a throwaway in-memory PDF, never onto the printer (that would start a print job).
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        probe = QPdfWriter(buffer)
        probe.setResolution(self.printer.resolution())
        render(probe)
        self.printer.setPageLayout(probe.pageLayout())
        buffer.close()
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(self._paint)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)
        self.pages = QLabel(self)
        box = button_box(self, Std.Close)  # 关闭 = Esc
        self.print_button = QPushButton(self.tr("打印 (Ctrl+P)"), self)
        zoom_in = QPushButton(self.tr("放大"), self)
        zoom_out = QPushButton(self.tr("缩小"), self)
        for b in (zoom_in, zoom_out, self.print_button):
            box.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
            b.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_now)
        zoom_in.clicked.connect(lambda: self.preview.zoomIn())
        zoom_out.clicked.connect(lambda: self.preview.zoomOut())
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_now)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.preview.zoomIn())
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.preview.zoomOut())
        row = QHBoxLayout()
        row.addWidget(self.pages, 1)
        row.addWidget(box)
        lay = QVBoxLayout(self)
        lay.addWidget(self.preview, 1)
        lay.addLayout(row)
        self.resize(640, 560)
        self.setMinimumSize(420, 320)
        self.refresh()
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    def _paint(self, printer: QPrinter) -> None:
        self.render(printer)

    def refresh(self) -> None:
        self.preview.updatePreview()
        self.pages.setText(self.tr("共 {n} 页").format(n=self.page_count()))

    def page_count(self) -> int:
        return self.preview.pageCount()

    def print_now(self) -> None:
        """Pick the printer (Windows driver) and print what is shown."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the preview's is screen resolution
        dlg = QPrintDialog(printer, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.render(printer)
        self.printed = True
        self.accept()
