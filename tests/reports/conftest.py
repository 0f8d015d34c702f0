"""A small hand-made shop whose report figures were worked out on paper.

Tier discounts are switched off (every tier 10折) so each ticket's amount is
just price × quantity × line discount, easy to add up by hand.

Members (enrolled):  A 2024-01-10 · B 2025-02-15 · C 2026-02-20 · D 2026-03-05 (referred by A)
                     E 2026-03-20 (never buys) · F 2024-06-01 (never buys)
Tickets:
  2025-03-10 A  1 × ¥300                 2025-03-11 walk-in ¥100
  2026-02-03 A  2 × ¥200                 2026-02-10 B 1 × ¥500
  2026-02-25 C  1 × ¥150                 2026-02-12 walk-in ¥250
  2026-03-02 A  3 × ¥100                 2026-03-15 A 1 × ¥800 at 9折 = ¥720
  2026-03-08 B  2 × ¥250                 2026-03-06 D 1 × ¥200
  2026-03-09 walk-in ¥1000               2026-03-20 A returns the ¥720 item
  2026-03-31 23:59:59 A 1 × ¥50          2026-04-01 00:00:00 walk-in ¥999 (outside March)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

T = dt.datetime


@dataclass
class Shop:
    path: Path
    ids: dict[str, int]
    clerks: dict[str, int]


def _sale(member_id, price, qty=1, disc=1000, when=None, clerk=None, style="S1", category="上衣"):
    from vipdesk.model.sales.recording import LineInput, record_sale

    return record_sale(member_id, [LineInput(style, price, qty, disc, category)], clerk_id=clerk, sold_at=when)


@pytest.fixture
def shop(tmp_path: Path):
    from vipdesk.model.loyalty import tiers
    from vipdesk.model.members import profile as members
    from vipdesk.model.members import staff
    from vipdesk.model.sales.recording import record_return, sale_lines
    from vipdesk.model.store import settings
    from vipdesk.model.store.db import close_database, open_database

    path = tmp_path / "shop.db"
    open_database(path)
    settings.put(tiers.TIERS.key, [{"name": "普卡", "threshold": 0, "discount": 1000},
                                   {"name": "银卡", "threshold": 3000, "discount": 1000},
                                   {"name": "金卡", "threshold": 6000, "discount": 1000}])
    wang = staff.add_staff("小王").id
    li = staff.add_staff("小李").id
    ids = {}
    ids["A"] = members.enrol("=HYPERLINK(\"http://x\")", "13800000001", clerk_id=wang,
                             enrolled_on=dt.date(2024, 1, 10), birthday=members.Birthday(5, 1, 1990),
                             notes="+86 老顾客").id
    ids["B"] = members.enrol("李四", "13800000002", clerk_id=li, enrolled_on=dt.date(2025, 2, 15),
                             birthday=members.Birthday(8, 8, 1960)).id
    ids["C"] = members.enrol("@王五", "13800000003", clerk_id=wang, enrolled_on=dt.date(2026, 2, 20)).id
    ids["D"] = members.enrol("-赵六", "13800000004", clerk_id=wang, enrolled_on=dt.date(2026, 3, 5),
                             referred_by_id=ids["A"]).id
    ids["E"] = members.enrol("钱七", "13800000005", clerk_id=li, enrolled_on=dt.date(2026, 3, 20)).id
    ids["F"] = members.enrol("孙八", "13800000006", enrolled_on=dt.date(2024, 6, 1)).id
    A, B, C, D = ids["A"], ids["B"], ids["C"], ids["D"]
    _sale(A, 30000, when=T(2025, 3, 10, 11), clerk=wang)
    _sale(None, 10000, when=T(2025, 3, 11, 11), clerk=li)
    _sale(A, 20000, 2, when=T(2026, 2, 3, 11), clerk=wang, category="裤装")
    _sale(B, 50000, when=T(2026, 2, 10, 11), clerk=li)
    _sale(C, 15000, when=T(2026, 2, 25, 11), clerk=wang)
    _sale(None, 25000, when=T(2026, 2, 12, 11), clerk=li)
    _sale(A, 10000, 3, when=T(2026, 3, 2, 11), clerk=wang)
    big = _sale(A, 80000, 1, 900, when=T(2026, 3, 15, 11), clerk=li, style="S2", category="外套")
    _sale(B, 25000, 2, when=T(2026, 3, 8, 11), clerk=li, category="裤装")
    _sale(D, 20000, when=T(2026, 3, 6, 11), clerk=wang)
    _sale(None, 100000, when=T(2026, 3, 9, 11), clerk=li)
    line = sale_lines(big.id)[0]
    record_return(big.id, [(line.id, 1)], clerk_id=li, at=T(2026, 3, 20, 11))
    _sale(A, 5000, when=T(2026, 3, 31, 23, 59, 59), clerk=wang)
    _sale(None, 99900, when=T(2026, 4, 1, 0, 0, 0), clerk=li)
    yield Shop(path, ids, {"小王": wang, "小李": li})
    close_database()
