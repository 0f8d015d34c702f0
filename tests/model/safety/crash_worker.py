"""Worker for the kill harness: writes to a vipdesk database forever, reporting each commit.

Run as ``python crash_worker.py DB SEED [setup]``.  After every write whose
commit has returned it prints one line and flushes, so the parent knows what
must survive a SIGKILL:

    sale <id>             a sale (member or walk-in) and its points
    return <id>           a return of one unit of an earlier sale
    redeem <id>           a gift redemption (points, stock, maybe a voucher)
    member <id>           an enrolment
    import <tag>          a member import from a CSV file (all or nothing); every
                          imported name starts with the tag, which ends in their number
    batch <tag>           sales written in ONE transaction; the tag ends in their number,
                          so a half-written batch or import is detectable

The parent kills it at random moments; this script never exits by itself.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from vipdesk.model.errors import DuplicateMember, InsufficientBalance
from vipdesk.model.importing.members_import import import_members
from vipdesk.model.loyalty import gifts
from vipdesk.model.members import profile as members
from vipdesk.model.members.staff import add_staff
from vipdesk.model.safety.lock import InstanceLock
from vipdesk.model.sales import recording as sales
from vipdesk.model.store.db import open_database, transaction
from vipdesk.model.store.tables import Member, Sale, Staff

STYLES = ["A1021", "B2033", "C3120", "D0456", "K7788"]
GIFTS = ("保温杯", "羊毛围巾")  # our own, with ample stock (the catalogue may hold defaults)


def report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def setup() -> None:
    with transaction():
        for name in ("小李", "小王"):
            add_staff(name)
        for i in range(20):
            members.enrol(f"会员{i:02d}", f"1380000{i:04d}")
        gifts.add_gift(GIFTS[0], 600, stock=1_000_000)
        gifts.add_gift(GIFTS[1], 1200, stock=1_000_000, voucher_value=5000)
    report("ready")


def one_line(rng: random.Random) -> sales.LineInput:
    return sales.LineInput(style_code=rng.choice(STYLES), unit_price=rng.randrange(1000, 200000, 100),
                           quantity=rng.randint(1, 3), discount=rng.choice([1000, 900, 800]))


def loop(rng: random.Random, workdir: Path) -> None:
    staff_ids = [s.id for s in Staff.select(Staff.id)]
    gift_ids = [g.id for g in gifts.catalogue() if g.name in GIFTS]
    n = 0
    while True:
        n += 1
        member_ids = [m.id for m in Member.select(Member.id)]
        op = rng.random()
        clerk = rng.choice(staff_ids)
        if op < 0.50:
            member_id = rng.choice(member_ids) if rng.random() < 0.85 else None
            lines = [one_line(rng) for _ in range(rng.randint(1, 4))]
            sale = sales.record_sale(member_id, lines, clerk_id=clerk)
            report(f"sale {sale.id}")
        elif op < 0.65:
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
        elif op < 0.80:
            try:
                red = gifts.redeem(rng.choice(member_ids), rng.choice(gift_ids), clerk_id=clerk)
            except InsufficientBalance:
                continue
            report(f"redeem {red.id}")
        elif op < 0.88:
            size = rng.randint(5, 15)
            tag = f"batch-{rng.getrandbits(48):012x}-{size}"
            with transaction():
                for _ in range(size):
                    sales.record_sale(rng.choice(member_ids), [one_line(rng)], clerk_id=clerk, note=tag,
                                      source="import")
            report(f"batch {tag}")
        elif op < 0.95:
            size = rng.randint(3, 12)
            tag = f"导入{rng.getrandbits(40):010x}-{size}"
            csv = workdir / f"{tag}.csv"
            rows = [f"{tag}#{i},13{rng.randrange(10**9):09d}" for i in range(size)]
            csv.write_text("姓名,手机\n" + "\n".join(rows) + "\n", encoding="utf-8")
            result = import_members(csv, report=False)
            if result.imported == size:  # a random phone already on file refuses the whole file
                report(f"import {tag}")
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
    loop(random.Random(seed), Path(db_path).parent)


if __name__ == "__main__":
    main()
