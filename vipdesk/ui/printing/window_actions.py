"""The main window's printing actions: receipts at the till, member cards, vouchers (issue 17 item 7).

Moved out of ui/main_window.py (issue 14): a mixin of ``MainWindow`` whose modules — the
till's printer drivers, the card and voucher layouts — load when an action fires or the
first receipt prints, not before the window paints.  Texts keep the "MainWindow" context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from vipdesk.ui.common import dialogs


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class PrintingActions:
    """Mixed into ``MainWindow`` (which provides add_action, _need_member, statusBar, …)."""

    _till: Any = None

    @property
    def till(self) -> Any:
        """The till printer, made on first use; it remembers the last sale for 重打上一张."""
        if self._till is None:
            from vipdesk.ui.printing.till import TillPrinter

            self._till = TillPrinter(self)  # type: ignore[arg-type]
        return self._till

    def _build_printing_actions(self: Any) -> None:
        self.act_reprint = self.add_action("销售", _t("重打上一张"), lambda: self.till.reprint_last(), "Ctrl+P",
                                           _t("再打一次上一笔销售的小票"))
        self.act_card_pdf = self.add_action("会员", _t("打印会员卡(PDF)…"), lambda: self.print_member_card(), None,
                                            _t("当前会员的 CR80 会员卡,带条码"))
        # Issue 17 item 7: print preview (driver receipt, cards, vouchers) and printing vouchers.
        self.act_preview_receipt = self.add_action("销售", _t("预览上一张小票…"), lambda: self.till.preview_last(),
                                                   "Ctrl+Shift+P", _t("看一眼再打:上一笔销售的小票"))
        self.act_card_preview = self.add_action("会员", _t("预览会员卡…"), lambda: self.preview_member_card(), None,
                                                _t("当前会员的会员卡,预览后打印"))
        self.act_print_vouchers = self.add_action("会员", _t("打印礼券…"), lambda: self.print_vouchers(),
                                                  "Ctrl+Shift+V", _t("当前会员的可用礼券;未选会员时从全部可用礼券里选"))

    def print_member_card(self: Any, path: str | None = None) -> str | None:
        """The open member's CR80 card as a PDF (print it on the card printer from there)."""
        from PySide6.QtWidgets import QFileDialog

        from vipdesk.model.printing.receipt import card_face_data
        from vipdesk.ui.printing.cards import CardFace, write_cards_pdf

        mid = self._need_member()
        if mid is None:
            return None
        face = CardFace(*card_face_data(mid))
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, _t("保存会员卡"), f"{face.name}-会员卡.pdf", "PDF (*.pdf)")
            if not path:
                return None
        write_cards_pdf(path, [face], "cr80")
        self.statusBar().showMessage(_t("会员卡已保存:{p}").format(p=path), 8000)
        return path

    def preview_member_card(self: Any):
        from vipdesk.ui.printing.vouchers import preview_member_card

        mid = self._need_member()
        return preview_member_card(self, mid) if mid is not None else None

    def print_vouchers(self: Any):
        """The open member's open vouchers (all ticked), or any open voucher when none is open."""
        from vipdesk.ui.printing.vouchers import VoucherPrintDialog

        dlg = VoucherPrintDialog(self, self.current_member_id())
        dialogs.exec_dialog(dlg)
        if dlg.saved_path:
            self.statusBar().showMessage(_t("礼券已保存:{p}").format(p=dlg.saved_path), 8000)
        return dlg
