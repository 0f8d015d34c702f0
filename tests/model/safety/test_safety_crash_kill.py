"""Kill harness: SIGKILL a process that is recording sales, returns, gift redemptions,
enrolments, member imports and batches of sales, many times, and check after every kill that

- ``PRAGMA integrity_check`` is ok and no foreign key dangles,
- every write whose commit had returned (the worker printed it) is there,
- nothing is half-applied (a sale without its lines or points, half a batch),
- the points ledger holds: cached balance == sum of entries, never negative at any point.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

WORKER = Path(__file__).with_name("crash_worker.py")
KILLS = 30


def _start(db: Path, seed: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), str(db), str(seed), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=db.parent,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )


def _readline(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.wait(timeout=30)
        err = proc.stderr.read() if proc.stderr else ""
        pytest.fail(f"worker stopped by itself (exit {proc.returncode}):\n{err}")
    return line.strip()


def _size(tag: str) -> int:
    return int(tag.rsplit("-", 1)[1])


def _rows(conn: sqlite3.Connection, sql: str, *args: object) -> list[tuple]:
    return conn.execute(sql, args).fetchall()


def check_database(db: Path, committed: dict[str, set[str]], stock: dict[int, int], where: str) -> None:
    conn = sqlite3.connect(db)
    try:
        assert _rows(conn, "PRAGMA integrity_check") == [("ok",)], where
        assert _rows(conn, "PRAGMA foreign_key_check") == [], where

        # Everything whose commit returned is there.
        for kind, table in (("sale", "sale"), ("return", "sale"), ("redeem", "gift_redemption"),
                            ("member", "member")):
            ids = committed[kind]
            if ids:
                found = {str(r[0]) for r in _rows(conn, f"SELECT id FROM {table} WHERE id IN ({','.join(ids)})")}
                assert found == ids, f"{where}: lost {kind} {sorted(ids - found)}"
        for tag in committed["batch"]:
            assert _rows(conn, "SELECT COUNT(*) FROM sale WHERE note = ?", tag)[0][0] == _size(tag), where
        for tag in committed["import"]:
            assert _rows(conn, "SELECT COUNT(*) FROM member WHERE name LIKE ?", tag + "#%")[0][0] == _size(tag), where

        # Nothing half-applied.
        half = _rows(conn, "SELECT note, COUNT(*) FROM sale WHERE note LIKE 'batch-%' GROUP BY note")
        assert [(n, c) for n, c in half if c != _size(n)] == [], f"{where}: half a batch"
        imported = _rows(conn, "SELECT substr(name, 1, instr(name, '#') - 1) AS tag, COUNT(*) FROM member"
                               " WHERE name LIKE '导入%#%' GROUP BY tag")
        assert [(n, c) for n, c in imported if c != _size(n)] == [], f"{where}: half an import"
        assert _rows(conn, """
            SELECT r.id FROM gift_redemption r LEFT JOIN points_entry p ON p.id = r.entry_id
            WHERE p.id IS NULL OR p.delta != -r.points OR p.kind != 'redeem' OR p.member_id != r.member_id
            OR ((SELECT voucher_value FROM gift g WHERE g.id = r.gift_id) > 0) != (r.voucher_id IS NOT NULL)
        """) == [], f"{where}: redemption without its points or voucher"
        now_stock = dict(_rows(conn, "SELECT g.id, g.stock + (SELECT COUNT(*) FROM gift_redemption r"
                                     " WHERE r.gift_id = g.id) FROM gift g"))
        assert now_stock == stock, f"{where}: gift stock differs from the redemptions"
        assert _rows(conn, """
            SELECT s.id FROM sale s LEFT JOIN sale_line l ON l.sale_id = s.id GROUP BY s.id
            HAVING COUNT(l.id) = 0 OR COALESCE(SUM(l.amount), 0) != s.paid OR COALESCE(SUM(l.quantity), 0) != s.items
        """) == [], f"{where}: sale without matching lines"
        assert _rows(conn, """
            SELECT s.id FROM sale s WHERE s.kind = 'sale' AND s.member_id IS NOT NULL AND s.points > 0
            AND (SELECT COUNT(*) FROM points_entry p WHERE p.sale_id = s.id AND p.kind = 'earn' AND p.delta = s.points) != 1
        """) == [], f"{where}: sale without its points"
        assert _rows(conn, """
            SELECT o.id FROM sale_line o JOIN sale_line r ON r.original_line_id = o.id
            GROUP BY o.id HAVING o.quantity + SUM(r.quantity) < 0
        """) == [], f"{where}: more returned than sold"

        # Ledger invariants.
        assert _rows(conn, """
            SELECT m.id FROM member m WHERE m.points < 0
            OR m.points != COALESCE((SELECT SUM(delta) FROM points_entry p WHERE p.member_id = m.id), 0)
        """) == [], f"{where}: cached points differ from the ledger"
        assert _rows(conn, """
            SELECT member_id FROM (SELECT member_id, SUM(delta) OVER (PARTITION BY member_id ORDER BY id) AS running
                                   FROM points_entry) GROUP BY member_id HAVING MIN(running) < 0
        """) == [], f"{where}: a balance went negative"
        assert _rows(conn, """
            SELECT m.id FROM member m
            WHERE m.total_spend != COALESCE((SELECT SUM(paid) FROM sale s WHERE s.member_id = m.id), 0)
        """) == [], f"{where}: cached spend differs from the sales"
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "vipdesk.db"
    setup = _start(db, 0, "setup")
    assert _readline(setup) == "ready"
    assert setup.wait(timeout=60) == 0, setup.stderr.read() if setup.stderr else ""
    setup.stdout.close()  # type: ignore[union-attr]
    setup.stderr.close()  # type: ignore[union-attr]

    conn = sqlite3.connect(db)
    stock = dict(_rows(conn, "SELECT id, stock FROM gift"))  # before any redemption
    conn.close()

    master_seed = int(os.environ.get("VIPDESK_CRASH_SEED", "20261123"))
    rng = random.Random(master_seed)
    committed: dict[str, set[str]] = defaultdict(set)
    started = time.monotonic()
    for kill in range(KILLS):
        seed = rng.getrandbits(32)
        where = f"kill {kill} (master seed {master_seed}, worker seed {seed})"
        proc = _start(db, seed)
        try:
            assert _readline(proc) == "started", where
            for _ in range(rng.randint(0, 25)):  # let it commit a while ...
                kind, *rest = _readline(proc).split()
                committed[kind].add(rest[0])
            time.sleep(rng.uniform(0, 0.03))  # ... then strike somewhere inside the next write
        finally:
            proc.kill()
            proc.wait(timeout=30)
        for line in proc.stdout:  # type: ignore[union-attr]
            kind, *rest = line.split()  # printed before death: the commit had returned
            committed[kind].add(rest[0])
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
        assert proc.returncode != 0, where  # it really was killed, not finished
        check_database(db, committed, stock, where)
        if time.monotonic() - started > 40:  # stay well under a minute on a slow machine
            break

    total = sum(len(v) for v in committed.values())
    assert total >= 50, f"only {total} writes committed: the harness exercised too little"
    for kind in ("sale", "return", "redeem", "batch", "import"):
        assert committed[kind], f"no {kind} was committed: the harness exercised too little"
