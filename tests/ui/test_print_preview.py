"""Issue 17 items 1 and 2 through the real main window: print preview of the driver-mode
receipt, member cards and vouchers (from the menus and from 重打上一张), and printing a member's
vouchers to a PDF whose barcodes a real decoder (zxing-cpp, via pdfium) reads back."""

from __future__ import annotations

import datetime as dt

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from vipdesk.model import codes
from vipdesk.model.loyalty import vouchers
from vipdesk.model.printing import config
from vipdesk.model.store import settings

pdfium = pytest.importorskip("pypdfium2")
pypdf = pytest.importorskip("pypdf")


def _pdf_pages_decoded(path: str) -> list[dict[str, set[str]]]:
    """Rasterise each PDF page at 300 dpi with pdfium and decode every barcode on it."""
    out = []
    doc = pdfium.PdfDocument(path)
    try:
        for page in doc:
            bitmap = page.render(scale=300 / 72)
            img = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                         QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGB32)
            if bitmap.n_channels == 3:
                img = img.rgbSwapped()  # pdfium hands BGR
            found: dict[str, set[str]] = {}
            for b in zxingcpp.read_barcodes(img.copy()):
                found.setdefault(b.format.name, set()).add(b.text)
            out.append(found)
            page.close()
    finally:
        doc.close()
    return out


def _key(qtbot, window, key, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, key, mods)


def _sell_by_keys(qtbot, window, drive):
    def sell(d):
        qtbot.keyClicks(d.price, "88")
        qtbot.keyClick(d.price, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive.push(sell)
    _key(qtbot, window, Qt.Key.Key_F2)


def test_issue17_receipt_preview_from_the_menu_shows_one_roll_page(main_window, shop, drive, qtbot, answers):
    main_window.show_member(shop["zj"])
    _sell_by_keys(qtbot, main_window, drive)
    pages = []
    drive.push(lambda d: (pages.append((type(d).__name__, d.page_count(), d.printer.pageLayout())), d.reject()))
    _key(qtbot, main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [p[:2] for p in pages] == [("PrintPreview", 1)]
    width_mm = pages[0][2].fullRect(pages[0][2].Unit.Millimeter).width()
    assert abs(width_mm - int(settings.get(config.PAPER_MM.key))) < 0.5  # the roll, not A4


def test_issue17_reprint_last_on_a_driver_printer_opens_the_preview(main_window, shop, drive, qtbot, answers):
    settings.put(config.MODE.key, "qt")
    main_window.show_member(shop["zj"])
    _sell_by_keys(qtbot, main_window, drive)
    seen = []
    drive.push(lambda d: (seen.append(d.page_count()), d.reject()))
    _key(qtbot, main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert drive.seen[-1] == "PrintPreview" and seen == [1]


def test_issue17_no_sale_yet_preview_says_so(main_window, shop, drive, qtbot, answers):
    _key(qtbot, main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "PrintPreview" not in drive.seen
    assert any("还没有" in t for t in answers.texts())


def test_issue17_card_preview_pages_cr80_and_a4_sheets(main_window, shop, drive, qtbot, answers):
    from vipdesk.ui.printing.cards import CardFace, render_cards
    from vipdesk.ui.printing.preview import PrintPreview

    main_window.show_member(shop["zj"])
    seen = []
    drive.push(lambda d: (seen.append(d.page_count()), d.reject()))
    main_window.act_card_preview.trigger()
    assert seen == [1]
    faces = [CardFace("丽人服饰", f"会员{i}", "普卡", codes.make("member", i)) for i in range(1, 13)]
    dlg = PrintPreview(main_window, "cards", lambda device: render_cards(device, faces, "a4"))
    try:
        assert dlg.page_count() == 2  # 10 a sheet
    finally:
        dlg.deleteLater()


def _two_vouchers(member_id: int) -> list:
    return [vouchers.issue(member_id, "manual", 5000, expires_on=dt.date(2027, 6, 30), reason="测试"),
            vouchers.issue(member_id, "birthday", 10000, reason="测试")]


def test_issue17_print_vouchers_menu_previews_and_writes_a_pdf_that_decodes(main_window, shop, drive, qtbot,
                                                                            answers, tmp_path):
    """Item 2: Ctrl+Shift+V on a member → her open vouchers ticked; Enter previews (one page
    each); Ctrl+S-path writes a PDF whose Code 128 and QR decode to each voucher's code."""
    made = _two_vouchers(shop["zj"])
    main_window.show_member(shop["zj"])
    previews = []
    out = str(tmp_path / "vouchers.pdf")

    def choose(d):
        assert d.list.count() == 2 and sorted(d.chosen()) == sorted(v.id for v in made)
        drive.push(lambda p: (previews.append(p.page_count()), p.reject()))
        qtbot.keyClick(d.list, Qt.Key.Key_Return)
        d.save_pdf(out)

    drive.push(choose)
    _key(qtbot, main_window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert drive.seen == ["VoucherPrintDialog", "PrintPreview"]
    assert previews == [2]
    pages = _pdf_pages_decoded(out)
    want = [codes.make("voucher", v.id) for v in sorted(made, key=lambda v: v.id, reverse=True)]
    assert [p.get("Code128") for p in pages] == [{w} for w in want]
    assert [p.get("QRCode") for p in pages] == [{w} for w in want]
    assert any("礼券已保存" in m for m in [main_window.statusBar().currentMessage()])


def test_issue17_print_vouchers_without_a_member_picks_from_all_open(main_window, shop, drive, qtbot, answers,
                                                                     tmp_path):
    made = _two_vouchers(shop["zj"])
    out = str(tmp_path / "one.pdf")

    def choose(d):
        assert d.chosen() == [made[1].id]  # none ticked: the current (newest) one
        d.list.item(1).setCheckState(Qt.CheckState.Checked)
        d.list.item(0).setCheckState(Qt.CheckState.Unchecked)
        d.save_pdf(out)

    drive.push(choose)
    main_window.act_print_vouchers.trigger()
    assert [p.get("Code128") for p in _pdf_pages_decoded(out)] == [{codes.make("voucher", made[0].id)}]


@pytest.mark.parametrize("paper", [58, 80])
def test_issue17_driver_receipt_pdf_ends_with_her_card_barcode(db_path, qapp, tmp_path, paper):
    """Item 7: the driver-mode slip carries the member's card code like the ESC/POS one."""
    from vipdesk.model.members import profile as members
    from vipdesk.model.sales import recording as sales
    from vipdesk.ui.printing.driver import write_receipt_pdf

    mid = members.enrol("张静", "13700005678").id
    sale = sales.record_sale(mid, [sales.LineInput("K1", 10000)], clerk_id=None)
    out = tmp_path / "r.pdf"
    write_receipt_pdf(str(out), sale.id, paper)
    assert _pdf_pages_decoded(str(out)) == [{"Code128": {codes.make("member", mid)}}]


def test_issue17_card_pdfs_decode_on_every_page(qapp, tmp_path):
    """Cards written to PDF (CR80 and A4 sheets of 10) scan back as the members' codes."""
    from vipdesk.ui.printing.cards import CardFace, write_cards_pdf

    faces = [CardFace("丽人服饰", f"会员{i}", "普卡", codes.make("member", i)) for i in range(1, 13)]
    cr80 = str(tmp_path / "cr80.pdf")
    write_cards_pdf(cr80, faces[:2], "cr80")
    assert [p.get("Code128") for p in _pdf_pages_decoded(cr80)] == [{faces[0].code}, {faces[1].code}]
    sheet = str(tmp_path / "a4.pdf")
    write_cards_pdf(sheet, faces, "a4")
    pages = _pdf_pages_decoded(sheet)
    assert [p.get("Code128") for p in pages] == [{f.code for f in faces[:10]}, {f.code for f in faces[10:]}]


def test_issue17_reprint_after_a_restart_finds_the_newest_counter_ticket(main_window, shop, drive, qtbot, answers):
    """Bad input: the printer was off — after the app restarted, 重打上一张/预览 still find the
    last ticket (the window's memory is gone, the database is not)."""
    from vipdesk.model.sales import recording as sales

    sale = sales.record_sale(shop["zj"], [sales.LineInput("K1", 10000)], clerk_id=shop["wang"])
    assert main_window.till.last_sale_id is None  # as after a restart
    drive.push(lambda d: d.reject())
    _key(qtbot, main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert drive.seen == ["PrintPreview"] and main_window.till.last_sale_id == sale.id


def test_issue17_a_return_is_the_last_ticket_and_its_slip_names_the_refund_method(main_window, shop, drive, qtbot,
                                                                                   answers):
    from vipdesk.model.printing import receipt
    from vipdesk.model.sales import recording as sales

    sale = sales.record_sale(shop["zj"], [sales.LineInput("K1", 10000)], clerk_id=shop["wang"])

    def give_back(d):
        d.set_quantity(0, 1)
        d.refund_method.setCurrentIndex(d.refund_method.findData("alipay"))
        assert d.submit(False)

    drive.push(give_back)
    ret = main_window.return_sale(sale.id)
    assert main_window.till.last_sale_id == ret.id
    slip = receipt.receipt_for_sale(ret.id)
    assert slip.refund_method == "支付宝" and slip.paid == -10000 * 95 // 100


def test_issue17_voucher_a4_sheets_of_five_decode_on_every_page(main_window, shop, drive, qtbot, answers, tmp_path):
    """Follow-up of item 7: vouchers on plain A4 (an office printer, cut by hand), five to a page,
    chosen in the print dialog; every voucher's Code 128 and QR read back on its page."""
    made = [vouchers.issue(shop["zj"], "manual", 1000 * (i + 1), reason="测试") for i in range(7)]
    main_window.show_member(shop["zj"])
    out = str(tmp_path / "a4.pdf")

    def choose(d):
        d.paper.setCurrentIndex(d.paper.findData("a4"))
        d.save_pdf(out)

    drive.push(choose)
    main_window.act_print_vouchers.trigger()
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2  # A4 in points
    pages = _pdf_pages_decoded(out)
    want = {codes.make("voucher", v.id) for v in made}
    assert [len(p.get("Code128", ())) for p in pages] == [5, 2]
    assert set().union(*(p["Code128"] for p in pages)) == want
    assert set().union(*(p["QRCode"] for p in pages)) == want

    def reopened(d):  # the paper is this PC's: the next print dialog offers A4 again
        assert d.paper.currentData() == "a4"
        d.reject()

    drive.push(reopened)
    main_window.act_print_vouchers.trigger()
    assert drive.seen[-1] == "VoucherPrintDialog"
