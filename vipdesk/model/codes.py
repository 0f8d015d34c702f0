"""Scannable codes for cards, vouchers and tickets (issue 17, item 6).

Digits only: a Chinese input method left in Chinese mode swallows letters, and a
keyboard-wedge scanner types into whatever has focus.  Every code is 13 digits:
a two-digit kind prefix (21 member card, 22 voucher, 23 ticket), the record id in
10 digits, and a GS1 mod-10 check digit.  Prefixes 20–29 are GS1's "in-store"
range, so the same digits also scan as an EAN-13 and never collide with a
product barcode; the mod-10 check catches every single-digit typo and most
swaps, so a mistyped code is refused instead of opening the wrong record.
"""

from __future__ import annotations

from dataclasses import dataclass

from vipdesk.model.errors import ValidationError
from vipdesk.text import tr

LENGTH = 13
PREFIXES = {"member": "21", "voucher": "22", "ticket": "23"}
KIND_OF_PREFIX = {v: k for k, v in PREFIXES.items()}
KIND_NAMES = {"member": "会员卡", "voucher": "礼券", "ticket": "小票"}
MAX_NUMBER = 10**10 - 1


@dataclass(frozen=True)
class Code:
    kind: str  # member / voucher / ticket
    number: int  # member id, voucher id or sale id
    digits: str


def check_digit(body: str) -> str:
    """GS1 mod-10 over *body* (weights 3,1,3,… from the right), as for EAN-13."""
    if not body.isdigit():
        raise ValueError(body)
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def make(kind: str, number: int) -> str:
    """The 13-digit code of a record (printed as Code 128 / QR, typed or scanned back)."""
    if kind not in PREFIXES:
        raise ValueError(kind)
    if not 0 < number <= MAX_NUMBER:
        raise ValueError(number)
    body = PREFIXES[kind] + f"{number:010d}"
    return body + check_digit(body)


def clean(text: str) -> str:
    """Spaces and dashes a clerk may type between groups go; full-width digits become ASCII."""
    text = (text or "").strip().translate({ord(c): ord("0") + i for i, c in enumerate("０１２３４５６７８９")})
    return "".join(ch for ch in text if ch not in " -")


def looks_like_code(text: str) -> bool:
    """13 digits with one of our prefixes (the check digit is not looked at)."""
    t = clean(text)
    return len(t) == LENGTH and t.isdigit() and t[:2] in KIND_OF_PREFIX


def parse(text: str, field: str = "条码") -> Code:
    """The code in *text*, or ValidationError saying in Chinese what is wrong with it."""
    t = clean(text)
    if not t.isdigit():
        raise ValidationError(field, tr("条码只含数字:{code}").format(code=text.strip()))
    if len(t) != LENGTH or t[:2] not in KIND_OF_PREFIX:
        raise ValidationError(field, tr("不认识的条码:{code}").format(code=t))
    if check_digit(t[:-1]) != t[-1]:
        raise ValidationError(field, tr("条码校验位不对,请重扫或核对:{code}").format(code=t))
    number = int(t[2:-1])
    if number <= 0:
        raise ValidationError(field, tr("不认识的条码:{code}").format(code=t))
    return Code(KIND_OF_PREFIX[t[:2]], number, t)


def pretty(code: str) -> str:
    """Grouped for reading aloud or typing: 21 0000 0001 23 5."""
    return f"{code[:2]} {code[2:6]} {code[6:10]} {code[10:12]} {code[12:]}" if len(code) == LENGTH else code


def resolve_scan(text: str) -> Code:
    """What a scanned or typed code points at: our 13-digit codes, else a pre-printed card number
    bound at enrolment.  Unknown or mistyped → ValidationError / NotFound, in Chinese."""
    from vipdesk.model.errors import NotFound
    from vipdesk.model.loyalty.tables import Voucher
    from vipdesk.model.store.tables import Member, Sale

    t = clean(text)
    if looks_like_code(t):
        c = parse(t)
        if c.kind == "member":
            found = Member.select(Member.id).where(Member.id == c.number).exists()
        elif c.kind == "ticket":
            found = Sale.select(Sale.id).where((Sale.id == c.number) & (Sale.kind == "sale")).exists()
        else:
            found = Voucher.select(Voucher.id).where(Voucher.id == c.number).exists()
        if not found:
            raise NotFound(tr("没有这张{kind}:{code}").format(kind=tr(KIND_NAMES[c.kind]), code=t))
        return c
    if t:
        row = Member.select(Member.id).where(Member.card_no == t.upper()).first()
        if row is not None:  # a pre-printed PVC card bound to her (P6)
            return Code("member", row.id, t)
    raise ValidationError(tr("条码"), tr("不认识的条码:{code}").format(code=t or text))


def code_for_sale(sale_id: int) -> str:
    return make("ticket", sale_id)


def enrol_with_card(name: str, phone: str, card_no: str = "", **fields) -> int:
    """Enrol and bind a pre-printed PVC card scanned at the counter, in one transaction:
    a card number already in use refuses the whole enrolment (nothing half-written)."""
    from vipdesk.model.members import profile as members
    from vipdesk.model.store.db import transaction

    with transaction():
        m = members.enrol(name, phone, **fields)
        if clean(card_no):
            members.issue_card(m.id, clean(card_no), free_reason=tr("入会绑定预制卡"), clerk_id=fields.get("clerk_id"))
        return m.id
