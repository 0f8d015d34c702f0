"""The receipt slip after a sale: what it says (``receipt_for_sale``) and its ESC/POS bytes.

Text is encoded GB18030 throughout, because Chinese thermal printers run in their
Chinese (GB) mode and a Western code page garbles Han text and symbols alike.
'¥' (U+00A5) has no two-byte GB code — GB18030 gives it four bytes, which GBK-only
printers print as junk — so it is written as the full-width '￥' (A3 A4), the
sign Chinese receipts use anyway.  Widths are counted in columns: Han and
full-width characters take two, ASCII one (58 mm = 384 dots = 32 columns of the
12×24 font; 80 mm = 576 dots = 48 columns).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

from vipdesk.model import codes
from vipdesk.model.printing import config
from vipdesk.text import tr

ESC, GS, FS = b"\x1b", b"\x1d", b"\x1c"
DOTS = {58: 384, 80: 576}
FONT_A_DOTS = 12


@dataclass
class Receipt:
    shop_name: str
    shop_address: str
    shop_phone: str
    when: dt.datetime
    ticket_no: str
    ticket_code: str
    clerk: str
    member: str  # "黄明华 138****1234 银卡" or "散客"
    lines: list[tuple[str, int, int]]  # (style code, quantity, amount fen)
    list_total: int
    paid: int
    voucher_paid: int = 0
    stored_value_paid: int = 0
    cash: int = 0
    points_earned: int = 0
    points_balance: int | None = None
    stored_value_balance: int | None = None
    vouchers_issued: list[tuple[str, int]] = field(default_factory=list)  # (code, value fen)
    card_code: str = ""  # the member's scannable card code (Code 128 at the foot)
    refund_method: str = ""  # a return's slip: how the money went back (现金, 微信 …)


def money(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}￥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, width: int) -> str:
    out, used = "", 0
    for ch in text:
        w = columns(ch)
        if used + w > width:
            break
        out, used = out + ch, used + w
    return out


def two_sides(left: str, right: str, width: int) -> str:
    left = clip(left, max(0, width - columns(right) - 1))
    return left + " " * (width - columns(left) - columns(right)) + right


def text_lines(r: Receipt, width: int) -> list[str]:
    """The slip as text lines of *width* columns (also drawn by the Qt driver path)."""
    rule = "-" * width
    out = [r.shop_name]
    if r.shop_address:
        out.append(r.shop_address)
    if r.shop_phone:
        out.append("电话 " + r.shop_phone)
    out += [rule, "小票 " + r.ticket_no, "时间 " + r.when.strftime("%Y-%m-%d %H:%M"), "导购 " + r.clerk,
            "会员 " + r.member, rule]
    for code, qty, amount in r.lines:
        out.append(two_sides(f"{code} x{qty}", money(amount), width))
    out += [rule, two_sides("原价合计", money(r.list_total), width), two_sides("实收", money(r.paid), width)]
    if r.voucher_paid:
        out.append(two_sides("礼券抵扣", money(r.voucher_paid), width))
    if r.stored_value_paid:
        out.append(two_sides("储值支付", money(r.stored_value_paid), width))
    out.append(two_sides("现金/其他", money(r.cash), width))
    if r.refund_method:
        out.append(two_sides("退款方式", r.refund_method, width))
    if r.points_balance is not None:
        out += [two_sides("本单积分", f"{r.points_earned:+,}", width),
                two_sides("积分余额", f"{r.points_balance:,}", width)]
    if r.stored_value_balance is not None:
        out.append(two_sides("储值余额", money(r.stored_value_balance), width))
    for code, value in r.vouchers_issued:
        out.append(two_sides("获赠礼券 " + code, money(value), width))
    out += [rule, "谢谢惠顾,欢迎再次光临"]
    return [part for line in out for part in wrap(line, width)]


def wrap(text: str, width: int) -> list[str]:
    """A long address or name goes on over several lines instead of being cut off."""
    parts = []
    while columns(text) > width:
        head = clip(text, width)
        parts.append(head)
        text = text[len(head):]
    return [*parts, text]


def encode(text: str) -> bytes:
    """GB18030 bytes for the printer's Chinese mode; '¥' as the full-width '￥' (two bytes)."""
    return text.replace("¥", "￥").encode("gb18030")


def code128(digits: str) -> bytes:
    """GS k 73: Code 128, code set C (two digits a byte) — the shortest bars for our 13 digits."""
    if not digits.isdigit():
        raise ValueError(digits)
    data = b"{B" + digits[:1].encode("ascii") + b"{C" + bytes(int(digits[i:i + 2]) for i in range(1, len(digits), 2)) \
        if len(digits) % 2 else b"{C" + bytes(int(digits[i:i + 2]) for i in range(0, len(digits), 2))
    return (GS + b"h" + bytes([80]) + GS + b"w" + bytes([2]) + GS + b"H" + bytes([2])
            + GS + b"k" + bytes([73, len(data)]) + data)


def escpos(r: Receipt, paper_mm: int = 58) -> bytes:
    """The whole slip as ESC/POS bytes: init, Chinese mode, text, card barcode, feed and cut."""
    if paper_mm not in DOTS:
        raise ValueError(paper_mm)
    width = DOTS[paper_mm] // FONT_A_DOTS
    lines = text_lines(r, width)
    out = bytearray(ESC + b"@" + FS + b"&")  # initialise; Chinese (GB) character mode
    out += ESC + b"a\x01" + GS + b"!\x11" + encode(lines[0]) + b"\n" + GS + b"!\x00"  # shop name, double size
    for line in lines[1:]:
        if line.startswith("谢谢"):
            out += ESC + b"a\x01"
        elif line.startswith("小票 "):
            out += ESC + b"a\x00"
        out += encode(line) + b"\n"
    barcode = r.card_code or r.ticket_code
    if barcode:
        out += ESC + b"a\x01" + code128(barcode) + b"\n"
    out += ESC + b"d\x03" + GS + b"V\x42\x00"  # feed 3 lines, partial cut
    return bytes(out)


def receipt_for_sale(sale_id: int) -> Receipt:
    """Everything the slip shows, read after the sale is committed."""
    from vipdesk.model.loyalty import ledger, stored_value
    from vipdesk.model.loyalty.tables import Settlement, Voucher
    from vipdesk.model.members.phone import mask_phone
    from vipdesk.model.store import settings
    from vipdesk.model.store.tables import Member, Sale, SaleLine, Staff

    sale = Sale.get_by_id(sale_id)
    clerk = Staff.get_or_none(Staff.id == sale.clerk_id) if sale.clerk_id else None
    st = Settlement.get_or_none(Settlement.sale == sale.id)
    lines = [(ln.style_code, ln.quantity, ln.amount)
             for ln in SaleLine.select().where(SaleLine.sale == sale.id).order_by(SaleLine.id)]
    r = Receipt(str(settings.get(settings.SHOP_NAME.key)), str(settings.get(config.SHOP_ADDRESS.key)),
                str(settings.get(config.SHOP_PHONE.key)), sale.sold_at, sale.ticket_no,
                codes.make("ticket", sale.id), clerk.name if clerk else "", "散客", lines, sale.list_total, sale.paid,
                st.voucher if st else 0, st.stored_value if st else 0, st.cash if st else sale.paid)
    if sale.kind == "return":
        from vipdesk.model.sales import refunds

        method = refunds.method_of(sale.id)
        r.refund_method = refunds.METHODS.get(method, method)  # Chinese, like the rest of the slip
    if sale.member_id:
        m = Member.get_by_id(sale.member_id)
        r.member = f"{m.name} {mask_phone(m.phone)} {m.tier}"
        r.points_earned = sale.points
        r.points_balance = ledger.balance(m.id)
        r.stored_value_balance = stored_value.balance(m.id) if stored_value.enabled() else None
        r.vouchers_issued = [(v.code, v.value) for v in Voucher.select().where(Voucher.source_sale == sale.id)]
        r.card_code = codes.make("member", m.id)
    return r


def card_face_data(member_id: int) -> tuple[str, str, str, str]:
    """(shop, name, tier, code) printed on a member's card."""
    from vipdesk.model.store import settings
    from vipdesk.model.store.tables import Member

    m = Member.get_by_id(member_id)
    return str(settings.get(settings.SHOP_NAME.key)), m.name, m.tier, codes.make("member", m.id)


def voucher_face_data(voucher_id: int) -> tuple[str, str, dt.date | None, str]:
    """(shop, title, expiry, scannable code) printed on a voucher: the title names its kind,
    value and its Q-number so the clerk can find it in the list too."""
    from vipdesk.model.loyalty import vouchers
    from vipdesk.model.store import settings

    v = vouchers.get(voucher_id)
    title = tr("{kind} {value} 元  {code}").format(kind=v.kind_text, value=f"{v.value / 100:,.0f}", code=v.code)
    return str(settings.get(settings.SHOP_NAME.key)), title, v.expires_on, codes.make("voucher", v.id)


def last_counter_ticket() -> int | None:
    """The newest ticket (sale or return) keyed in at the counter: what 重打上一张 prints after a
    restart, when the window no longer remembers one (a printer that was off all day)."""
    from vipdesk.model.store.tables import Sale

    return Sale.select(Sale.id).where(Sale.source == "counter").order_by(Sale.id.desc()).limit(1).scalar()
