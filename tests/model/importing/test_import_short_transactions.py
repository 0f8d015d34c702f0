"""Issue 13 item 2: "the counter never waits more than a second" during an import.

Imports read and check outside any write transaction (previews on a private copy),
stage their records, then apply them in short transactions; a killed import is
completed or discarded at the next open, never left half.  Speed itself is measured
by ``vipdesk bench`` (task import-latency); these tests count, they do not time.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from vipdesk.model.importing.members_import import import_members
from vipdesk.model.importing.runner import SKIP_BAD
from vipdesk.model.sales import recording as sales
from vipdesk.model.sales.pos_import import import_sales
from vipdesk.model.store.db import close_database, db, open_database, retry_when_busy
from vipdesk.model.store.tables import AuditLog, Member, PointsEntry, Sale, TierChange

WORKER = Path(__file__).with_name("import_kill_worker.py")


def _members_csv(path: Path, n: int, start: int = 0) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("姓名", "手机", "生日", "性别", "积分"))
        for i in range(start, start + n):
            w.writerow((f"导入{i}", f"139{i:08d}", "1985-03-07", "女", str(i % 500 + 1)))
    return path


def _sales_csv(path: Path, tickets: int, phones: list[str]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("日期时间", "小票号", "会员", "款号", "单价", "数量", "实收金额", "类型"))
        for t in range(tickets):
            for line in range(2):
                w.writerow((f"2026-11-{t % 28 + 1:02d} 10:{t % 60:02d}", f"P{t:06d}", phones[t % len(phones)],
                            f"K{line}", "100.00", "1", "90.00", "销售"))
    return path


class _Counter(threading.Thread):
    """Sales every *every* seconds on the thread's own connection, like the till."""

    def __init__(self, every: float) -> None:
        super().__init__(daemon=True)
        self.every, self.stop = every, threading.Event()
        self.done, self.failures = 0, []

    def run(self) -> None:
        with db.connection_context():
            while not self.stop.wait(self.every):
                try:
                    sales.record_sale(None, [sales.LineInput("C100", 9900)], clerk_id=None)
                    self.done += 1
                except Exception as exc:  # noqa: BLE001 - a failed sale is what the test looks for
                    self.failures.append(repr(exc))


def test_counter_sales_never_fail_during_imports(db_path: Path, tmp_path: Path) -> None:
    """Issue 13 item 2: sales every 50 ms while 3,000 members and then 1,000 tickets are
    imported: no sale fails, and each import commits in many short transactions (the
    largest one writes at most a few hundred records) instead of one long one."""
    counter = _Counter(0.05)
    counter.start()
    try:
        members = import_members(_members_csv(tmp_path / "m.csv", 3000), report=False)
        phones = [f"139{i:08d}" for i in range(50)]
        tickets = import_sales(_sales_csv(tmp_path / "s.csv", 1000, phones), report=False)
    finally:
        counter.stop.set()
        counter.join()
    assert counter.failures == []
    assert counter.done > 0
    assert members.written and members.imported == 3000
    assert tickets.written and tickets.imported == 2000
    for result, units in ((members, 3000), (tickets, 1000)):
        stats = result.stats
        assert stats.commits >= 10, stats  # staging, many apply steps, the last step
        assert stats.max_units <= 2000 and stats.max_units < units, stats
        assert result.to_json()["transactions"]["commits"] == stats.commits
    assert Member.select().count() == 3000
    assert Sale.select().where(Sale.source == "counter").count() == counter.done


def test_dry_run_and_refused_file_take_no_write_lock(db_path: Path, tmp_path: Path) -> None:
    """Issue 13 item 3 of the defects: "even --dry-run holds the write lock".  Another
    connection holds the write lock for the whole preview; the preview still completes,
    with the writer's full counts, and writes nothing."""
    path = _members_csv(tmp_path / "m.csv", 200)
    other = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        preview = import_members(path, dry_run=True, report=False)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not preview.written and preview.imported == 200 and preview.read == 200
    assert Member.select().count() == 0 and AuditLog.select().count() == 0


def test_all_or_nothing_refusal_found_by_the_check_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    """Issue 13: a row the writer refuses (a phone-less row nobody matches) under all-or-nothing
    is found by the check on the private copy, before any short transaction commits."""
    path = _members_csv(tmp_path / "m.csv", 100)
    with open(path, "a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerow(("无号码", "", "1990-01-02", "女", "5"))
    result = import_members(path, report=False)
    assert not result.written and result.rejected == 1
    assert Member.select().count() == 0 and PointsEntry.select().count() == 0
    good = import_members(path, report=False, policy=SKIP_BAD)
    assert good.written and good.imported == 100 and good.rejected == 1


def _kill_run(db_path: Path, csv_path: Path, when: str, at: int) -> str:
    close_database()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, str(WORKER), str(db_path), str(csv_path), when, str(at)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == -9, proc.stderr[-2000:]
    return proc.stdout


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_import_killed_while_applying_is_completed_at_next_open(db_path: Path, tmp_path: Path) -> None:
    """Issue 13: kill -9 between the short transactions; the next open completes the import
    from its stage rows: every member once, one opening points entry each, one audit row."""
    open_database(db_path)
    sales.record_sale(None, [sales.LineInput("C1", 100)], clerk_id=None)
    out = _kill_run(db_path, _members_csv(tmp_path / "m.csv", 2000), "writing", 300)
    assert "killing" in out
    check = sqlite3.connect(str(db_path))
    half = check.execute("SELECT COUNT(*) FROM member").fetchone()[0]
    check.close()
    assert 0 < half < 2000  # really killed half way
    open_database(db_path)  # the next start
    assert Member.select().count() == 2000
    assert PointsEntry.select().count() == 2000
    assert TierChange.select().count() == 2000
    assert len({m.phone for m in Member.select()}) == 2000
    assert sum(m.points for m in Member.select()) == sum(i % 500 + 1 for i in range(2000))
    assert AuditLog.select().where(AuditLog.action == "import_members").count() == 1
    assert db.execute_sql("SELECT COUNT(*) FROM import_job").fetchone()[0] == 0
    assert db.execute_sql("SELECT COUNT(*) FROM import_stage").fetchone()[0] == 0


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_import_killed_while_staging_is_discarded_at_next_open(db_path: Path, tmp_path: Path) -> None:
    """Issue 13: killed before anything was applied, the import is fully absent after the
    next open, and its stage rows are gone."""
    out = _kill_run(db_path, _members_csv(tmp_path / "m.csv", 5000), "staging", 2000)
    assert "killing" in out
    check = sqlite3.connect(str(db_path))
    assert check.execute("SELECT COUNT(*) FROM import_stage").fetchone()[0] > 0
    check.close()
    open_database(db_path)
    assert Member.select().count() == 0 and PointsEntry.select().count() == 0
    assert db.execute_sql("SELECT COUNT(*) FROM import_job").fetchone()[0] == 0
    assert db.execute_sql("SELECT COUNT(*) FROM import_stage").fetchone()[0] == 0


def test_retry_when_busy_waits_for_the_lock_then_gives_up_visibly(db_path: Path) -> None:
    """Issue 13: a daily job that finds the database busy tries again; when the lock is
    released in between it succeeds, and when it never is the busy error reaches the caller."""
    from vipdesk.model.store.db import transaction

    def job() -> int:
        with transaction():
            AuditLog.create(clerk="", action="daily", count=0, detail="")
        return 1

    other = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
    db.execute_sql("PRAGMA busy_timeout = 50")
    try:
        other.execute("BEGIN IMMEDIATE")
        retries: list[int] = []

        def release(_seconds: float) -> None:
            if len(retries) == 2:
                other.execute("ROLLBACK")

        assert retry_when_busy(job, on_retry=lambda n, e: retries.append(n), sleep=release) == 1
        assert retries == [1, 2]
        other.execute("BEGIN IMMEDIATE")
        tried: list[int] = []
        with pytest.raises(Exception, match="locked"):
            retry_when_busy(job, attempts=3, on_retry=lambda n, e: tried.append(n), sleep=lambda s: None)
        assert tried == [1, 2]
        other.execute("ROLLBACK")
    finally:
        db.execute_sql("PRAGMA busy_timeout = 10000")
        other.close()
    assert AuditLog.select().where(AuditLog.action == "daily").count() == 1


def test_recovery_leaves_a_live_import_alone(db_path: Path, tmp_path: Path) -> None:
    """Issue 13: another process opening the file while an import is between its short
    transactions must not "recover" it; only a job whose importer died is finished."""
    from vipdesk.model.importing import jobs

    db.execute_sql("INSERT INTO import_job (kind, source, state, total, applied, writer, created_at)"
                   " VALUES ('members', 'x.csv', 'staging', 1, 0, X'', '2026-12-03')")
    alive = jobs.ImportLock(db_path)
    assert alive.acquire()
    try:
        assert jobs.recover() == []
        assert len(jobs.pending_jobs()) == 1
    finally:
        alive.release()
    done = jobs.recover()
    assert len(done) == 1 and "会员" in done[0]
    assert jobs.pending_jobs() == []


def test_stage_rows_accept_only_plain_data(db_path: Path) -> None:
    """Issue 13: stage rows are unpickled at start-up; a doctored row cannot name other classes."""
    import pickle

    from vipdesk.model.importing import jobs

    with pytest.raises(pickle.UnpicklingError):
        jobs.loads(pickle.dumps(os.system))
    assert jobs.loads(jobs.dumps([(2, {"a"})])) == [(2, {"a"})]
