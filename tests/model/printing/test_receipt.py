"""Issue 17 item 7: the ESC/POS receipt — golden bytes, GB18030 text incl. ￥, 58/80 mm widths,
sent to a loopback fake of a network printer's raw port; an offline printer leaves the sale saved."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from pathlib import Path

import pytest

from vipdesk.model import codes
from vipdesk.model.printing import receipt, transport

GOLDEN = Path(__file__).with_name("receipt_58.golden.bin")


def sample() -> receipt.Receipt:
    return receipt.Receipt(
        shop_name="丽人服饰", shop_address="人民路 8 号", shop_phone="0571-8888 1234",
        when=dt.datetime(2026, 11, 23, 15, 30), ticket_no="V20261123-0007", ticket_code=codes.make("ticket", 42),
        clerk="王丽", member="黄明华 138****1234 银卡", lines=[("K100", 1, 39900), ("T2", 2, 12000)],
        list_total=54900, paid=51900, voucher_paid=30000, stored_value_paid=10000, cash=11900,
        points_earned=219, points_balance=3219, stored_value_balance=40000,
        vouchers_issued=[("Q2611230001", 30000)], card_code=codes.make("member", 7))


def test_golden_bytes_58mm():
    data = receipt.escpos(sample(), 58)
    if not GOLDEN.exists():  # first run writes it; review the file, then it guards every change
        GOLDEN.write_bytes(data)
    assert data == GOLDEN.read_bytes()


def test_bytes_by_hand():
    data = receipt.escpos(sample(), 58)
    assert data.startswith(b"\x1b@\x1c&")  # ESC @ init, FS & Chinese mode
    assert "黄明华".encode("gb18030") in data
    assert b"\xa3\xa4519.00" in data  # ￥ as GB A3A4, never a Western-code-page byte
    assert "¥".encode("gb18030") not in data  # never the four-byte GB18030 form GBK printers garble
    assert "实收".encode("gb18030") in data and "积分余额".encode("gb18030") in data
    # Code 128 of the member card: {B + first digit, then {C + the other 12 digits as 6 pair bytes.
    card = codes.make("member", 7)
    pairs = bytes(int(card[i:i + 2]) for i in range(1, 13, 2))
    assert b"\x1dk\x49" + bytes([5 + len(pairs)]) + b"{B" + card[:1].encode() + b"{C" + pairs in data
    assert data.endswith(b"\x1bd\x03\x1dV\x42\x00")  # feed, partial cut


@pytest.mark.parametrize("paper, cols", [(58, 32), (80, 48)])
def test_lines_fit_the_paper(paper, cols):
    for line in receipt.text_lines(sample(), cols):
        assert receipt.columns(line) <= cols, line
    data = receipt.escpos(sample(), paper)
    assert receipt.columns(receipt.two_sides("实收", "￥519.00", cols)) == cols
    assert data.count(b"\n") >= len(receipt.text_lines(sample(), cols))


def _fake_printer():
    """A loopback stand-in for a printer's raw port 9100: it keeps every byte it receives."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    got = bytearray()

    def serve():
        conn, _ = srv.accept()
        with conn:
            while chunk := conn.recv(4096):
                got.extend(chunk)
        srv.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    return f"127.0.0.1:{srv.getsockname()[1]}", got, t


def test_sent_to_a_network_printer_byte_for_byte():
    target, got, t = _fake_printer()
    data = receipt.escpos(sample(), 80)
    transport.send("escpos_tcp", target, data)
    t.join(5)
    assert bytes(got) == data


def test_offline_printer_says_so_in_chinese():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(transport.PrinterError, match="连接不上"):
        transport.send("escpos_tcp", f"127.0.0.1:{port}", b"x")
    with pytest.raises(transport.PrinterError):
        transport.send("escpos_windows", "POS-58", b"x")  # no pywin32 on this machine


def test_receipt_for_a_member_sale_reads_the_ledgers(db_path):
    from vipdesk.model.members import profile as members
    from vipdesk.model.members import staff
    from vipdesk.model.sales import recording as sales

    clerk = staff.add_staff("王丽").id
    m = members.enrol("黄明华", "13812341234", clerk_id=clerk)
    s = sales.record_sale(m.id, [sales.LineInput("K1", 10000)], clerk_id=clerk)
    r = receipt.receipt_for_sale(s.id)
    assert r.member.startswith("黄明华 138****1234")
    assert r.points_balance == s.points and r.points_earned == s.points
    assert r.card_code == codes.make("member", m.id) and r.ticket_code == codes.make("ticket", s.id)
    assert r.paid == s.paid and r.clerk == "王丽"
    walk = sales.record_sale(None, [sales.LineInput("K1", 10000)], clerk_id=clerk)
    assert receipt.receipt_for_sale(walk.id).member == "散客"


def test_long_address_wraps_instead_of_being_cut():
    r = sample()
    r.shop_address = "浙江省杭州市西湖区文三路 478 号华星时代广场一楼 A 区 108 室"
    lines = receipt.text_lines(r, 32)
    assert all(receipt.columns(line) <= 32 for line in lines)
    assert "".join(lines).count("108 室") == 1


def test_p14_receipt_goes_only_to_a_printer_on_the_shop_lan():
    for target in ("printer.example.com:9100", "8.8.8.8:9100"):
        with pytest.raises(transport.PrinterError, match="局域网"):
            transport.send("escpos_tcp", target, b"x")
