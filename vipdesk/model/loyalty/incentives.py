"""Staff card incentives (L10) [004 "会员办理员工奖励方案"]: a card sold (38 yuan)
earns the clerk 10 yuan, a free card (3 items in one purchase) 10 yuan, and 30
cards in a month a 100-yuan bonus — counting only cards whose member profile
is complete (``vipdesk.model.members.completeness.is_complete``), judged when the
table is drawn so a clerk who completes a profile later still gets paid."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vipdesk.model.loyalty import config
from vipdesk.model.members.completeness import is_complete
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Card, Member, Staff
from vipdesk.text import tr


def card_terms(items_in_purchase: int) -> tuple[int, str]:
    """(price in fen, free reason) for a card issued with a purchase of *items* pieces (P6)."""
    free_items = int(config.get(settings.FREE_CARD_ITEMS.key))
    if free_items > 0 and items_in_purchase >= free_items:
        return 0, tr("一次购买满{n}件").format(n=free_items)
    return int(config.get(settings.CARD_PRICE.key)), ""


@dataclass
class IncentiveRow:
    staff_id: int | None
    staff_name: str
    sold: int = 0  # cards sold
    free: int = 0  # free cards
    sold_counted: int = 0  # of those, with a complete profile
    free_counted: int = 0
    incomplete: list[int] = field(default_factory=list)  # member ids still missing core fields
    commission: int = 0  # fen
    bonus: int = 0  # fen

    @property
    def counted(self) -> int:
        return self.sold_counted + self.free_counted

    @property
    def total(self) -> int:
        return self.commission + self.bonus

    def to_json(self) -> dict:
        return {"staff_id": self.staff_id, "staff": self.staff_name, "sold": self.sold, "free": self.free,
                "sold_counted": self.sold_counted, "free_counted": self.free_counted, "counted": self.counted,
                "incomplete_members": self.incomplete, "commission_fen": self.commission,
                "bonus_fen": self.bonus, "total_fen": self.total}


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    end = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def monthly_table(year: int, month: int) -> list[IncentiveRow]:
    """One row per clerk who issued cards in the month (sold = price > 0; free = price 0 with a reason)."""
    start, end = month_range(year, month)
    per_sold = int(config.get(config.INC_SOLD.key))
    per_free = int(config.get(config.INC_FREE.key))
    target = int(config.get(config.INC_TARGET.key))
    bonus = int(config.get(config.INC_BONUS.key))
    rows: dict[int | None, IncentiveRow] = {}
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    q = (Card.select(Card, Member).join(Member, on=(Card.member == Member.id))
         .where((Card.issued_on >= start) & (Card.issued_on < end)).order_by(Card.id))
    for card in q:
        sold = card.price > 0
        if not sold and not card.free_reason:
            continue  # a replacement card is neither sold nor a free enrolment card
        row = rows.setdefault(card.clerk_id, IncentiveRow(card.clerk_id, names.get(card.clerk_id, tr("(未指定)"))))
        complete = is_complete(card.member)
        if sold:
            row.sold += 1
            row.sold_counted += complete
        else:
            row.free += 1
            row.free_counted += complete
        if not complete:
            row.incomplete.append(card.member_id)
    for row in rows.values():
        row.commission = row.sold_counted * per_sold + row.free_counted * per_free
        row.bonus = bonus if target > 0 and row.counted >= target else 0
    return sorted(rows.values(), key=lambda r: (-r.total, r.staff_name))
