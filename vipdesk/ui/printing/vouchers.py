"""Print vouchers (issue 17, items 2 and 7): the open member's open vouchers, or any open voucher
chosen from the list when no member is open.  Space ticks, Enter previews, Ctrl+S saves a PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.formatting import fen_to_yuan_text, format_date
from vipdesk.model.loyalty import vouchers
from vipdesk.model.members import detail as member_detail
from vipdesk.model.printing.receipt import voucher_face_data
from vipdesk.ui.common import dialogs
from vipdesk.ui.printing.cards import VoucherFace, render_vouchers, write_vouchers_pdf

PAPER_KEY = "printing/voucher_paper"


def faces_for(voucher_ids: list[int]) -> list[VoucherFace]:
    return [VoucherFace(*voucher_face_data(vid)) for vid in voucher_ids]


class VoucherPrintDialog(QDialog):
    def __init__(self, parent: QWidget | None, member_id: int | None) -> None:
        super().__init__(parent)
        self.saved_path: str | None = None
        if member_id is not None:
            rows = vouchers.member_vouchers(member_id, open_only=True)
            self.setWindowTitle(self.tr("打印礼券 — {name}").format(name=member_detail.member_name(member_id)))
        else:
            rows = vouchers.all_vouchers("open", limit=500)
            self.setWindowTitle(self.tr("打印礼券"))
        self.list = QListWidget(self)
        for v in rows:
            when = format_date(v.expires_on) if v.expires_on else self.tr("长期有效")
            item = QListWidgetItem(self.tr("{code}  {kind}  {value}  到期 {when}").format(
                code=v.code, kind=v.kind_text, value=fen_to_yuan_text(v.value), when=when), self.list)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # A member's vouchers are all ticked (usually one or two); from the whole list none.
            item.setCheckState(Qt.CheckState.Checked if member_id is not None else Qt.CheckState.Unchecked)
        if rows:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.preview())
        self.empty = QLabel(self.tr("没有可用的礼券"), self)
        self.empty.setVisible(not rows)
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("礼券纸 120×54 毫米,每张一券"), "voucher")
        self.paper.addItem(self.tr("A4 纸,每页 5 张(裁开)"), "a4")
        # The paper belongs to this PC's printer: the last choice is kept per PC (QSettings).
        from vipdesk.ui.main_window import ui_settings

        self.paper.setCurrentIndex(max(0, self.paper.findData(ui_settings().value(PAPER_KEY, "voucher"))))
        self.paper.currentIndexChanged.connect(
            lambda _i: ui_settings().setValue(PAPER_KEY, str(self.paper.currentData())))
        box = dialogs.button_box(self, QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = QPushButton(self.tr("预览并打印…"), self)
        self.pdf_button = QPushButton(self.tr("存为 PDF… (Ctrl+S)"), self)
        box.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self.save_pdf())
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("空格勾选,回车预览"), self))
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty)
        paper_row = QHBoxLayout()
        label = QLabel(self.tr("纸张(&P):"), self)
        label.setBuddy(self.paper)
        paper_row.addWidget(label)
        paper_row.addWidget(self.paper, 1)
        lay.addLayout(paper_row)
        lay.addWidget(box)
        self.list.setFocus()
        self.resize(520, 360)

    def chosen(self) -> list[int]:
        """Ticked vouchers; none ticked → the current one."""
        ids = [int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Checked]
        if not ids and self.list.currentItem() is not None:
            ids = [int(self.list.currentItem().data(Qt.ItemDataRole.UserRole))]
        return ids

    def preview(self):
        from vipdesk.ui.printing.preview import PrintPreview

        ids = self.chosen()
        if not ids:
            dialogs.info(self, self.tr("请先勾选要打印的礼券"))
            return None
        faces = faces_for(ids)
        layout = str(self.paper.currentData())
        dlg = PrintPreview(self, self.tr("礼券预览"), lambda device: render_vouchers(device, faces, layout))
        dialogs.exec_dialog(dlg)
        return dlg

    def save_pdf(self, path: str | None = None) -> str | None:
        ids = self.chosen()
        if not ids:
            dialogs.info(self, self.tr("请先勾选要打印的礼券"))
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存礼券"), self.tr("礼券.pdf"), "PDF (*.pdf)")
            if not path:
                return None
        write_vouchers_pdf(path, faces_for(ids), layout=str(self.paper.currentData()))
        self.saved_path = path
        self.accept()
        return path


def preview_member_card(parent: QWidget, member_id: int, layout: str = "cr80"):
    """预览会员卡: the open member's card as it will print (CR80), 打印 from there."""
    from vipdesk.model.printing.receipt import card_face_data
    from vipdesk.ui.printing.cards import CardFace, render_cards
    from vipdesk.ui.printing.preview import PrintPreview

    faces = [CardFace(*card_face_data(member_id))]
    dlg = PrintPreview(parent, QCoreApplication.translate("PrintPreview", "会员卡预览"), lambda device: render_cards(device, faces, layout))
    dialogs.exec_dialog(dlg)
    return dlg
