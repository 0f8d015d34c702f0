"""Issue 17 item 7: member cards and vouchers with Code 128 (and QR on vouchers) that a real
decoder (zxing-cpp) reads back as the same 13 digits; PDFs of CR80 cards and A4 sheets of 10."""

from __future__ import annotations

import datetime as dt

import pytest
import zxingcpp

from vipdesk.model import codes

pypdf = pytest.importorskip("pypdf")


def _decoded(img) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for b in zxingcpp.read_barcodes(img):
        out.setdefault(b.format.name, set()).add(b.text)
    return out


def test_p6_member_card_barcode_decodes_to_her_code(qapp):
    from vipdesk.ui.printing.cards import CardFace, card_image

    code = codes.make("member", 1234)
    found = _decoded(card_image(CardFace("丽人服饰", "黄明华", "银卡", code)))
    assert found.get("Code128") == {code}


def test_l5_voucher_has_code128_and_a_full_qr_with_the_same_digits(qapp):
    from vipdesk.model.printing.barcodes import qr_matrix
    from vipdesk.ui.printing.cards import VoucherFace, voucher_image

    code = codes.make("voucher", 77)
    found = _decoded(voucher_image(VoucherFace("丽人服饰", "代金券 300 元", dt.date(2027, 6, 30), code)))
    assert found.get("Code128") == {code}
    assert found.get("QRCode") == {code}  # a full QR, not a Micro QR
    assert len(qr_matrix(code)) >= 21


def test_card_pdfs_cr80_and_a4_sheets_of_ten(qapp, tmp_path):
    from vipdesk.ui.printing.cards import CardFace, write_cards_pdf

    faces = [CardFace("丽人服饰", f"会员{i}", "普卡", codes.make("member", i)) for i in range(1, 13)]
    one = tmp_path / "cr80.pdf"
    assert write_cards_pdf(str(one), faces[:1], "cr80") == 1
    box = pypdf.PdfReader(str(one)).pages[0].mediabox
    assert abs(float(box.width) - 85.6 / 25.4 * 72) < 1.5 and abs(float(box.height) - 54 / 25.4 * 72) < 1.5
    sheet = tmp_path / "a4.pdf"
    assert write_cards_pdf(str(sheet), faces, "a4") == 2
    assert len(pypdf.PdfReader(str(sheet)).pages) == 2


def test_p6_card_for_the_open_member_from_the_menu(main_window, shop, tmp_path):
    main_window.show_member(shop["zj"])
    out = main_window.print_member_card(str(tmp_path / "card.pdf"))
    assert out and pypdf.PdfReader(out).pages
