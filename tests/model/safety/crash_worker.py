"""Worker for the kill harness: writes to a vipdesk database forever, reporting each commit.

Run as ``python crash_worker.py DB SEED [setup]``.  After every write whose
commit has returned it prints one line and flushes, so the parent knows what
must survive a SIGKILL:

    sale <id>             a sale (member or walk-in) and its points
    return <id>           a return of one unit of an earlier sale
    redeem <entry id>     points spent (a redemption)
    member <id>           an enrolment
    batch <tag>           sales written in ONE transaction (like an import); the tag
                          ends in their number, so a half-written batch is detectable

The parent kills it at random moments; this script never exits by itself.
"""

from __future__ import annotations

import random
import sys

from vipdesk.model import members, sales
from vipdesk.model.db import open_database, transaction
from vipdesk.model.errors import DuplicateMember, InsufficientBalance
from vipdesk.model.loyalty import ledger
from vipdesk.model.safety.lock import InstanceLock
from vipdesk.model.staff import add_staff
from vipdesk.model.tables import Member, Sale, Staff

STYLES = ["A1021", "B2033", "C3120", "D0456", "K7788"]


def report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def setup() -> None:
    with transaction():
        for name in ("小李", "小王"):
            add_staff(name)
        for i in range(20):
            members.enrol(f"会员{i:02d}", f"1380000{i:04d}")
    report("ready")


def one_line(rng: random.Random) -> sales.LineInput:
    return sales.LineInput(style_code=rng.choice(STYLES), unit_price=rng.randrange(1000, 200000, 100),
                           quantity=rng.randint(1, 3), discount=rng.choice([1000, 900, 800]))


def loop(rng: random.Random) -> None:
    staff_ids = [s.id for s in Staff.select(Staff.id)]
    n = 0
    while True:
        n += 1
        member_ids = [m.id for m in Member.select(Member.id)]
        op = rng.random()
        clerk = rng.choice(staff_ids)
        if op < 0.55:
            member_id = rng.choice(member_ids) if rng.random() < 0.85 else None
            lines = [one_line(rng) for _ in range(rng.randint(1, 4))]
            sale = sales.record_sale(member_id, lines, clerk_id=clerk)
            report(f"sale {sale.id}")
        elif op < 0.70:
            candidates = [s.id for s in Sale.select(Sale.id).where(Sale.kind == "sale")
                          .order_by(Sale.id.desc()).limit(30)]
            rng.shuffle(candidates)
            for sale_id in candidates:
                open_lines = [(line.id, left) for line, left in sales.returnable(sale_id) if left > 0]
                if open_lines:
                    line_id, _left = rng.choice(open_lines)
                    ret = sales.record_return(sale_id, [(line_id, 1)], clerk_id=clerk)
                    report(f"return {ret.id}")
                    break
        elif op < 0.85:
            member_id = rng.choice(member_ids)
            try:
                entry = ledger.post_points(member_id, -rng.choice([100, 600, 1200]), "redeem", "兑换礼品",
                                           clerk_id=clerk)
            except InsufficientBalance:
                continue
            report(f"redeem {entry.id}")
        elif op < 0.95:
            size = rng.randint(5, 15)
            tag = f"batch-{rng.getrandbits(48):012x}-{size}"
            with transaction():
                for _ in range(size):
                    sales.record_sale(rng.choice(member_ids), [one_line(rng)], clerk_id=clerk, note=tag,
                                      source="import")
            report(f"batch {tag}")
        else:
            try:
                m = members.enrol(f"新会员{n}", f"139{rng.randrange(10**8):08d}")
            except DuplicateMember:
                continue
            report(f"member {m.id}")


def main() -> None:
    db_path, seed = sys.argv[1], int(sys.argv[2])
    InstanceLock(db_path).acquire()  # also proves a killed holder's lock is free again
    open_database(db_path)
    if len(sys.argv) > 3 and sys.argv[3] == "setup":
        setup()
        return
    report("started")
    loop(random.Random(seed))


if __name__ == "__main__":
    main()
