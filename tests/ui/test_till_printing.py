"""Issue 17 item 7 through the main window: the optional receipt after a sale (off by default),
a printer that is offline (sale saved first, the error says so) and 重打上一张 later."""

from __future__ import annotations

import socket
import threading

from PySide6.QtCore import Qt

from vipdesk.model.printing import config, receipt
from vipdesk.model.sales import recording as sales
from vipdesk.model.store import settings


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def _printer_on(port: int):
    """A loopback stand-in for the printer's raw port: collects one job's bytes."""
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
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
    return got, t


def _sell(qtbot, window, drive):
    def sell(d):
        qtbot.keyClicks(d.price, "88")
        qtbot.keyClick(d.price, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    drive.push(sell)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F2)


def test_receipt_is_off_by_default(main_window, shop, drive, qtbot, answers):
    main_window.show_member(shop["zj"])
    _sell(qtbot, main_window, drive)
    assert sales.member_sales(shop["zj"])
    assert not any("小票" in t and "失败" in t for t in answers.texts())
    assert main_window.till.last_sale_id == sales.member_sales(shop["zj"])[0].id


def test_offline_printer_keeps_the_sale_and_reprint_works_later(main_window, shop, drive, qtbot, answers):
    port = _free_port()
    settings.put(config.RECEIPT_ENABLED.key, True)
    settings.put(config.TARGET.key, f"127.0.0.1:{port}")
    main_window.show_member(shop["zj"])
    _sell(qtbot, main_window, drive)
    sale = sales.member_sales(shop["zj"])[0]
    assert sale.paid > 0  # saved first
    assert any("销售已保存" in t and "重打上一张" in t for t in answers.texts()), answers.texts()
    got, t = _printer_on(port)  # the printer is back
    qtbot.keyClick(main_window.focusWidget() or main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    t.join(5)
    assert bytes(got) == receipt.escpos(receipt.receipt_for_sale(sale.id), 58)
    assert "张静".encode("gb18030") in bytes(got)


def test_driver_receipt_renders_to_a_pdf_of_the_roll_width(db_path, shop, tmp_path, qapp):
    from vipdesk.ui.printing.driver import write_receipt_pdf

    sale = sales.record_sale(shop["zj"], [sales.LineInput("K1", 10000)], clerk_id=shop["wang"])
    out = tmp_path / "r.pdf"
    write_receipt_pdf(str(out), sale.id, 80)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    import re

    width = float(re.search(rb"MediaBox \[0 0 ([0-9.]+) ", data).group(1))
    assert abs(width - 80 / 25.4 * 72) < 1  # 80 mm = 226.8 pt
