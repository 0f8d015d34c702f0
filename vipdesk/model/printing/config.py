"""Printer settings, declared once (shop-wide, in the database)."""

from __future__ import annotations

from vipdesk.model.store import settings

G = "小票打印"
RECEIPT_ENABLED = settings.declare("printing.receipt", False, "销售后打印小票", G, "默认不打印")
MODE = settings.declare("printing.mode", "escpos_tcp", "打印方式", G,
                        "escpos_tcp 网口小票机(9100) / escpos_windows Windows 打印队列(原始数据) / qt 驱动打印")
TARGET = settings.declare("printing.target", "192.168.1.100:9100", "打印机", G,
                          "网口:IP:端口;Windows:打印机名称")
PAPER_MM = settings.declare("printing.paper_mm", 58, "纸宽(毫米)", G, "58 或 80")
SHOP_ADDRESS = settings.declare("shop.address", "", "店铺地址", "店铺")
SHOP_PHONE = settings.declare("shop.phone", "", "店铺电话", "店铺")
