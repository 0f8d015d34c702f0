"""Getting ESC/POS bytes to the printer: a network printer's raw port (TCP 9100) or the
Windows print queue in RAW mode (win32print, only on Windows and only if installed).

Errors come back as PrinterError with a Chinese message; the sale is already committed
by then, so the caller says so and offers 重打上一张.
"""

from __future__ import annotations

import ipaddress
import socket

from vipdesk.model.errors import VipdeskError
from vipdesk.text import tr


class PrinterError(VipdeskError):
    """The printer could not be reached or refused the job."""


def parse_target(target: str) -> tuple[str, int]:
    host, _, port = (target or "").strip().rpartition(":")
    if not host:
        host, port = (target or "").strip(), "9100"
    try:
        return host, int(port)
    except ValueError as exc:
        raise PrinterError(tr("打印机地址不对:{t}(应为 IP:端口)").format(t=target)) from exc


def shop_lan_address(host: str) -> str:
    """Member data never leaves the shop (P14): the printer must be an IP on the shop's own network
    (private, link-local or loopback) — no host names, nothing on the internet."""
    try:
        ip = ipaddress.ip_address(host)
    except ValueError as exc:
        raise PrinterError(tr("小票机地址请填店内局域网 IP,如 192.168.1.100:{h}").format(h=host)) from exc
    if not (ip.is_private or ip.is_link_local or ip.is_loopback):
        raise PrinterError(tr("小票机地址 {h} 不是店内局域网地址,不会发送").format(h=host))
    return str(ip)


def send_tcp(target: str, data: bytes, timeout: float = 5.0) -> None:
    host, port = parse_target(target)
    host = shop_lan_address(host)
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.sendall(data)
            s.shutdown(socket.SHUT_WR)
    except OSError as exc:
        raise PrinterError(tr("小票机 {t} 连接不上:{e}").format(t=target, e=exc.strerror or exc)) from exc


def send_windows_raw(printer: str, data: bytes, title: str = "vipdesk receipt") -> None:
    try:
        import win32print  # type: ignore[import-not-found]  # pywin32, Windows only
    except ImportError as exc:
        raise PrinterError(tr("本机不能直接发送到 Windows 打印队列(缺少 pywin32)")) from exc
    try:
        handle = win32print.OpenPrinter(printer)
        try:
            win32print.StartDocPrinter(handle, 1, (title, None, "RAW"))
            try:
                win32print.StartPagePrinter(handle)
                win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
            finally:
                win32print.EndDocPrinter(handle)
        finally:
            win32print.ClosePrinter(handle)
    except Exception as exc:  # noqa: BLE001 - pywin32 raises its own error types
        raise PrinterError(tr("打印机 {p} 打印失败:{e}").format(p=printer, e=exc)) from exc


def send(mode: str, target: str, data: bytes) -> None:
    if mode == "escpos_tcp":
        send_tcp(target, data)
    elif mode == "escpos_windows":
        send_windows_raw(target, data)
    else:
        raise PrinterError(tr("未知打印方式:{m}").format(m=mode))
