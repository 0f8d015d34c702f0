"""The receipt after a sale (optional, off by default) and 重打上一张.

The sale is committed before anything is printed: a missing or offline printer
only costs the slip.  The bytes go out on a worker (a network printer can take
seconds to time out); the error says the sale is saved and how to reprint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from vipdesk.model.printing import config, receipt, transport
from vipdesk.model.store import settings
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.tasks import run_task


def _t(text: str) -> str:
    return QCoreApplication.translate("TillPrinter", text)  # not window.tr: that is MainWindow's context


class TillPrinter:
    """Remembers the last sale printed (or meant to be) so it can be printed again."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.last_sale_id: int | None = None

    def enabled(self) -> bool:
        return bool(settings.get(config.RECEIPT_ENABLED.key))

    def after_sale(self, sale_id: int) -> None:
        self.last_sale_id = sale_id
        if self.enabled():
            self.print_sale(sale_id)

    def reprint_last(self) -> None:
        """重打上一张: raw ESC/POS goes straight out; a driver (Qt) printer shows the preview first."""
        if self.last_sale_id is None:
            self.last_sale_id = receipt.last_counter_ticket()  # after a restart: the newest ticket
        if self.last_sale_id is None:
            dialogs.info(self.window, _t("还没有可重打的小票"))
            return
        if str(settings.get(config.MODE.key)) == "qt":
            self.preview_last()
            return
        self.print_sale(self.last_sale_id)

    def preview_last(self):
        """预览上一张小票: the driver-mode slip on screen, 打印 from there (issue 17 item 7)."""
        if self.last_sale_id is None:
            self.last_sale_id = receipt.last_counter_ticket()
        if self.last_sale_id is None:
            dialogs.info(self.window, _t("还没有可预览的小票"))
            return None
        return self.preview_sale(self.last_sale_id)

    def preview_sale(self, sale_id: int):
        from vipdesk.ui.printing.driver import render_receipt
        from vipdesk.ui.printing.preview import PrintPreview

        dlg = PrintPreview(self.window, _t("小票预览"), lambda device: render_receipt(device, sale_id))
        dialogs.exec_dialog(dlg)
        return dlg

    def print_sale(self, sale_id: int) -> None:
        mode = str(settings.get(config.MODE.key))
        target = str(settings.get(config.TARGET.key))
        paper = int(settings.get(config.PAPER_MM.key))
        data = receipt.escpos(receipt.receipt_for_sale(sale_id), paper if paper in receipt.DOTS else 58)
        if mode == "qt":
            from vipdesk.ui.printing.driver import print_receipt_qt

            print_receipt_qt(self.window, sale_id)
            return

        def work(_progress, _cancelled) -> None:
            transport.send(mode, target, data)

        def failed(exc: BaseException) -> None:
            dialogs.show_error(self.window, _t(
                "销售已保存,但小票没打出来:{e}\n检查打印机后,用 销售 → 重打上一张 (Ctrl+P) 再打。").format(
                    e=dialogs.error_text(exc)), _t("小票打印失败"))

        def done(_result) -> None:
            self.window.statusBar().showMessage(_t("小票已打印"), 5000)

        run_task(self.window, _t("打印小票"), work, done, failed, show_progress=False)
