"""Imported opening balances (one Sale of kind "opening" per member) are lifetime totals, not
purchases: importing the same members with their 累计消费 must leave every period figure of
the monthly report, the segment facts, the season top and the care list exactly as an import
without it (both when the import creates the members and when it adds spend to members on file).

The shop is tests/reports/conftest.py's March 2026 shop; the imported members enrolled on
2026-03-10, so their opening sales are dated inside March (the month under test)."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest

from vipdesk.model.store.db import close_database, open_database

MARCH = dt.date(2026, 3, 1)
ROWS = [  # name, mobile, spend (yuan)
    ("周一", "13900000011", "5000"),
    ("吴二", "13900000012", "12000.50"),
    ("郑三", "13900000013", "800"),
]


def _write(path: Path, with_spend: bool) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "手机", "入会日期"] + (["累计消费"] if with_spend else []))
        for name, phone, spend in ROWS:
            w.writerow([name, phone, "2026-03-10"] + ([spend] if with_spend else []))
    return path


def _import(path: Path) -> None:
    from vipdesk.model.importing.members_import import import_members

    result = import_members(path, report=False)
    assert result.written and result.rejected == 0 and result.imported + result.updated == len(ROWS)


def _snapshot() -> dict:
    """Every period figure the app derives from sales, as plain data."""
    from vipdesk.model.care.engine import due_tasks
    from vipdesk.model.loyalty import daily, thresholds
    from vipdesk.model.segmentation.facts import load_facts
    from vipdesk.reports.kpi import overview
    from vipdesk.reports.monthly import build_report
    from vipdesk.reports.period import month_period

    p = month_period(MARCH)
    rep = build_report(p)
    tables = {t.key: (t.rows, [s.rows for s in t.sections], t.notes) for t in rep.tables}
    facts = {mid: vars(f) for mid, f in load_facts(dt.datetime(2026, 4, 1), 365).items()}
    adv = thresholds.advise(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    tasks = [(t.date, t.kind, t.member_id, t.reason)
             for t in due_tasks(dt.date(2026, 3, 1), days=61, today=dt.date(2026, 1, 1))]
    return {
        "overview": vars(overview(p)),
        "tables": tables,
        "facts": facts,
        "season_top": daily.season_top(dt.date(2026, 3, 1), dt.date(2026, 5, 31), 30),
        "thresholds": (adv.tickets, adv.pieces, adv.amount, [vars(t) for t in adv.per_tier]),
        "tasks": tasks,
    }


def _assert_same(got: dict, want: dict) -> None:
    for key in want:
        if key == "tables":
            for tkey in want["tables"]:
                assert got["tables"][tkey] == want["tables"][tkey], tkey
        else:
            assert got[key] == want[key], key


@pytest.fixture
def shop_copy(shop, tmp_path):
    """A second copy of the same shop database (closed; the shop is open again afterwards)."""
    close_database()
    copy = tmp_path / "copy.db"
    shutil.copy(shop.path, copy)
    open_database(shop.path)
    return copy


def test_opening_spend_changes_no_period_figure(shop, shop_copy, tmp_path):
    from vipdesk.model.store.tables import Member, Sale

    # reference: the members imported without spend
    _import(_write(tmp_path / "plain.csv", with_spend=False))
    want = _snapshot()
    assert Sale.select().where(Sale.kind == "opening").count() == 0

    # 1. a fresh import that creates the members with their opening spend
    close_database()
    open_database(shop_copy)
    _import(_write(tmp_path / "spend.csv", with_spend=True))
    openings = list(Sale.select().where(Sale.kind == "opening"))
    assert len(openings) == 3 and all(s.sold_at.date() == dt.date(2026, 3, 10) for s in openings)
    zhou = Member.get(Member.phone == "13900000011")
    assert zhou.total_spend == 500000  # lifetime spend keeps the opening balance
    assert zhou.purchase_count == 0 and zhou.last_purchase is None  # ...but it is not a purchase
    _assert_same(_snapshot(), want)
    close_database()

    # 2. the spend added to the members already on file (re-import with the 累计消费 column)
    open_database(shop.path)
    _import(tmp_path / "spend.csv")
    assert Sale.select().where(Sale.kind == "opening").count() == 3
    _assert_same(_snapshot(), want)


def test_opening_sale_cannot_be_returned(shop, tmp_path):
    from vipdesk.model.errors import NotFound
    from vipdesk.model.sales.recording import record_return
    from vipdesk.model.store.tables import Sale

    _import(_write(tmp_path / "spend.csv", with_spend=True))
    opening = Sale.get(Sale.kind == "opening")
    with pytest.raises(NotFound):
        record_return(opening.id, [], clerk_id=None)
