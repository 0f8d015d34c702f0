"""Ledger invariants: append-only tables, never negative, concurrent spending of
the same points / voucher / stored value: exactly one wins."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest
from peewee import IntegrityError

from vipdesk.model.errors import InsufficientBalance, ValidationError, VipdeskError
from vipdesk.model.loyalty import config, gifts, ledger, stored_value, vouchers
from vipdesk.model.loyalty.tables import VoucherEvent
from vipdesk.model.members import profile as members
from vipdesk.model.sales import recording as sales
from vipdesk.model.store import settings
from vipdesk.model.store.db import db


def _race(n: int, fn) -> list[object]:
    """Run fn(i) in n threads, each with its own connection, released together."""
    barrier = threading.Barrier(n)
    results: list[object] = [None] * n

    def run(i: int) -> None:
        with db.connection_context():
            barrier.wait()
            try:
                results[i] = fn(i)
            except Exception as exc:  # noqa: BLE001 - the outcome is what we check
                results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


@pytest.fixture
def member(db_path):
    settings.put(config.L5_AUTO.key, False)
    m = members.enrol("张三", "13800001234")
    ledger.post_points(m.id, 600, "adjust", "开业赠送")
    return m


def test_two_tills_redeem_the_same_points(member):
    gift = gifts.catalogue()[0]  # 600 points, stock 10
    results = _race(2, lambda i: gifts.redeem(member.id, gift.id))
    wins = [r for r in results if not isinstance(r, Exception)]
    losses = [r for r in results if isinstance(r, Exception)]
    assert len(wins) == 1 and len(losses) == 1
    assert isinstance(losses[0], InsufficientBalance)
    assert ledger.balance(member.id) == 0
    assert ledger.ledger_consistent()


def test_two_sales_spend_the_same_voucher(member):
    v = vouchers.issue(member.id, "manual", 5000, reason="补偿")
    line = [sales.LineInput("A", 10000, 1)]
    results = _race(2, lambda i: sales.record_sale(member.id, line, clerk_id=None, vouchers=[v.id]))
    assert sum(not isinstance(r, Exception) for r in results) == 1
    assert all(isinstance(r, VipdeskError) for r in results if isinstance(r, Exception))
    assert VoucherEvent.select().where(VoucherEvent.voucher == v.id, VoucherEvent.kind == "redeem").count() == 1


def test_two_payments_from_the_same_stored_value(member):
    settings.put(config.SV_ENABLED.key, True)
    stored_value.top_up(member.id, 10000)
    results = _race(2, lambda i: stored_value.post(member.id, -8000, "pay", "测试"))
    assert sum(not isinstance(r, Exception) for r in results) == 1
    assert stored_value.balance(member.id) == 2000


def test_ledgers_are_append_only(member):
    v = vouchers.issue(member.id, "manual", 5000, reason="补偿")
    for sql in ("UPDATE points_entry SET delta = 99999", "DELETE FROM points_entry",
                "UPDATE voucher SET value = 1", "DELETE FROM voucher_event", "UPDATE voucher_event SET kind='x'"):
        with pytest.raises((IntegrityError, sqlite3.IntegrityError, Exception)) as exc:
            db.execute_sql(sql)
        assert "append-only" in str(exc.value)
    vouchers.cancel(v.id, "发错了")
    with pytest.raises(ValidationError):
        vouchers.cancel(v.id, "再作废一次")


def test_balance_never_negative(member):
    with pytest.raises(InsufficientBalance):
        ledger.post_points(member.id, -601, "redeem")
    assert ledger.balance(member.id) == 600
    settings.put(config.SV_ENABLED.key, True)
    with pytest.raises(InsufficientBalance):
        stored_value.post(member.id, -1, "pay")


def test_stored_value_topup_bonus_pay_refund_slip(member):
    with pytest.raises(ValidationError):
        stored_value.top_up(member.id, 100000)  # off by default
    settings.put(config.SV_ENABLED.key, True)
    t = stored_value.top_up(member.id, 100000)  # 充1000送100
    assert stored_value.balance(member.id) == 110000
    slip = stored_value.slip_text(t.id)
    assert "¥1,000.00" in slip and "¥100.00" in slip and "138****1234" in slip
    # Pay part of a sale from stored value: 1000-yuan tag × 9.5折 = 950.
    s = sales.record_sale(member.id, [sales.LineInput("A", 100000, 1)], clerk_id=None, stored_value=50000,
                          sold_at=dt.datetime(2026, 5, 1, 10, 0))
    st = sales.settlement(s.id)
    assert (st.stored_value, st.cash) == (50000, 45000)
    assert stored_value.balance(member.id) == 60000
    # The top-up can no longer be refunded in full (part of it was spent).
    with pytest.raises(InsufficientBalance):
        stored_value.refund_top_up(t.id)
    # Returning the sale puts the stored-value part back first.
    r = sales.record_return(s.id, [(sales.sale_lines(s.id)[0].id, 1)], clerk_id=None,
                            at=dt.datetime(2026, 5, 2, 10, 0))
    rs = sales.settlement(r.id)
    assert (rs.stored_value, rs.cash) == (-50000, -45000)
    assert stored_value.balance(member.id) == 110000
    stored_value.refund_top_up(t.id)
    assert stored_value.balance(member.id) == 0
    with pytest.raises(ValidationError):
        stored_value.refund_top_up(t.id)


WORKER = r"""
import sys, time
from pathlib import Path
from vipdesk.model.store.db import open_database
from vipdesk.model.errors import InsufficientBalance
from vipdesk.model.loyalty import gifts
open_database(sys.argv[1])
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.01)
try:
    gifts.redeem(int(sys.argv[3]), gifts.catalogue()[0].id)
    print("won")
except InsufficientBalance:
    print("refused")
"""


def test_two_processes_redeem_the_same_points(member, db_path, tmp_path):
    import subprocess
    import sys

    from vipdesk.model.store.db import close_database

    close_database()
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(db_path), str(go), str(member.id)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    go.touch()
    outs = sorted(p.communicate()[0].strip() for p in procs)
    assert outs == ["refused", "won"]
    from vipdesk.model.store.db import open_database

    open_database(db_path)
    assert ledger.balance(member.id) == 0 and ledger.ledger_consistent()
