"""Stage, then apply in short transactions: an import never holds the write lock for long (issue 13).

Why: an import used to write everything in ONE BEGIN IMMEDIATE transaction, so a sale
at the counter waited up to 10 s and then failed with "database is locked".  Now:

1. **stage** — the validated records are saved (restricted pickle) in ``import_stage``
   under an ``import_job`` row in state "staging", a few thousand per transaction;
2. one tiny transaction flips the job to "applying";
3. **apply** — the writer writes a few hundred to a few thousand records per transaction
   (sized so each does about ``TARGET_HOLD`` seconds of work; its lock-free part,
   ``ChunkedWriter.prepare``, runs in the pause before); the same transaction deletes their
   stage rows and advances ``import_job.applied``, so progress and data commit together;
4. the writer's last step (statistics, audit log) and the deletion of the job commit
   together.

Steps 1–3 commit at ``synchronous = NORMAL`` (no fsync each; see ``_commits_without_fsync``),
step 4 at the connection's FULL, so "done" is durable and a power cut earlier is a killed job.

All or nothing after the next start: a process killed while staging leaves a
"staging" job, which the next open discards (nothing was applied); killed while
applying, it leaves an "applying" job, which the next open completes from its stage
rows (``recover``, run by ``open_database``).  A file lock ``<db>.importing`` held by
the importing process tells a second process that the job is alive, not abandoned
(the OS drops it when a process dies).

Cancel: honoured while reading, checking, backing up and staging; once applying
starts, the import finishes (a cancel then would only leave work for the next start).
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vipdesk.model.errors import VipdeskError
from vipdesk.model.importing.runner import ChunkedWriter, WriteContext
from vipdesk.model.importing.tabular import Cancel, Progress, check_cancel
from vipdesk.model.store.db import database_path, db, transaction
from vipdesk.text import tr, tr_noop

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

log = logging.getLogger(__name__)

# Seconds of work one apply transaction aims at (its commit comes on top; ≤ 0.2 s wanted).
# Fewer, fuller transactions matter: each commit rewrites every index page its rows touched
# (measured at 100,000 members: 2.5–3.1 GB written for a 91 MB file at 0.1 s), issue 14.
TARGET_HOLD = 0.15
# Pause after each commit.  Without it the importer re-takes the lock at once and a waiting
# sale, whose SQLite busy handler polls only every 100 ms once it has waited a while, starves
# (measured: 8 s waits).  A gap as long as that poll lets every waiter in at its next try.
GAP = 0.1
FIRST_CHUNK = 5  # units in the first apply transaction; then sized from the measured time
MAX_CHUNK = 5000
STAGE_CHUNK = 2000  # stage rows in the first staging transaction (small blobs: a few ms)
MAX_STAGE_CHUNK = 20_000

# Classes a stage row may contain.  Stage rows are unpickled at start-up, so only these
# (plain data and the two writers) are accepted: a doctored file cannot run code.
STAGEABLE = {
    ("builtins", "set"), ("builtins", "frozenset"),
    ("datetime", "date"), ("datetime", "datetime"), ("datetime", "time"), ("datetime", "timedelta"),
    ("vipdesk.model.importing.members_records", "MemberRecord"),
    ("vipdesk.model.importing.members_records", "Duplicate"),
    ("vipdesk.model.importing.members_writer", "MemberWriter"),
    ("vipdesk.model.members.profile", "Birthday"),
    ("vipdesk.model.members.age", "BirthYear"),
    ("vipdesk.model.sales.pos_import", "ImportLine"),
    ("vipdesk.model.sales.pos_import", "SalesWriter"),
}


_KIND_LABELS = {"members": tr_noop("会员"), "sales": tr_noop("销售")}


def _label(kind: str) -> str:
    return tr(_KIND_LABELS[kind]) if kind in _KIND_LABELS else kind


class ImportBusy(VipdeskError):
    """Another import into the same database is running."""


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in STAGEABLE:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a stage row")
        return super().find_class(module, name)


def dumps(obj: object) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def loads(data: bytes) -> Any:
    return _Unpickler(io.BytesIO(data)).load()


# ---------------------------------------------------------------- the lock


class ImportLock:
    """``<db>.importing``, held exclusively by the process that stages or applies a job."""

    def __init__(self, db_path: str | Path) -> None:
        p = Path(db_path)
        self.path = p.with_name(p.name + ".importing")
        self._fd: int | None = None

    def acquire(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if os.name == "nt":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if os.name == "nt":  # pragma: no cover
                os.lseek(self._fd, 0, 0)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None


def _lock_for_open_db() -> ImportLock | None:
    path = database_path()
    if path is None or str(path) == ":memory:":
        return None
    return ImportLock(path)


# ---------------------------------------------------------------- apply


@dataclass
class ApplyStats:
    """How the import used the write lock: what the latency test and the bench read."""

    commits: int = 0  # write transactions of the import (staging + applying + finishing)
    max_hold: float = 0.0  # seconds: the longest any of them held the lock
    max_units: int = 0  # the most units (records, or tickets) one apply transaction wrote
    holds: list[float] | None = None

    def note(self, seconds: float, units: int = 0) -> None:
        self.commits += 1
        self.max_hold = max(self.max_hold, seconds)
        self.max_units = max(self.max_units, units)
        if self.holds is not None:
            self.holds.append(seconds)

    def to_json(self) -> dict[str, object]:
        return {"commits": self.commits, "max_hold_ms": round(self.max_hold * 1000, 1),
                "max_units": self.max_units}


@contextmanager
def _commits_without_fsync() -> Iterator[None]:
    """``PRAGMA synchronous = NORMAL`` for the job's own commits, the setting restored after.

    Why this is safe: in WAL mode NORMAL skips only the fsync at each commit; a power cut may
    then lose the *latest* commits, never corrupt the file.  Every job transaction writes its
    records together with the job's progress (``import_job.applied``, stage rows), so losing
    the latest of them is the same as being killed earlier: the next open finishes (or
    discards) the job from what survived.  The job's last transaction, which tells the user
    "done", runs after this block at the connection's own setting (FULL: fsynced, and with it
    every earlier frame of the WAL); a counter sale's FULL commit in between syncs the job's
    earlier commits as well.  What it saves: one fsync per short transaction — on a busy
    shop PC's disk 50–100 ms each, a third of a 100,000-row import's time (issue 14)."""
    (before,) = db.execute_sql("PRAGMA synchronous").fetchone()
    if before > 1:
        db.execute_sql("PRAGMA synchronous = 1")
    try:
        yield
    finally:
        if before > 1:
            db.execute_sql(f"PRAGMA synchronous = {int(before)}")


def _flat(units: Sequence[Sequence[tuple[int, Any]]]) -> list[tuple[int, Any]]:
    return [rec for unit in units for rec in unit]


def _apply_units(job_id: int | None, writer: ChunkedWriter, units: Sequence[Sequence[tuple[int, Any]]],
                 start: int, ctx: WriteContext, stats: ApplyStats,
                 on_chunk: Callable[[int], None] | None = None) -> None:
    """Write *units* (seq numbers start..) in short transactions, then the writer's last step."""
    with _commits_without_fsync():
        _apply_chunks(job_id, writer, units, start, ctx, stats, on_chunk)
    with transaction():  # at the connection's own synchronous setting: durable when it returns
        t0 = time.perf_counter()
        writer.finish(ctx)
        if job_id is not None:
            db.execute_sql("DELETE FROM import_stage WHERE job_id = ?", (job_id,))
            db.execute_sql("DELETE FROM import_job WHERE id = ?", (job_id,))
    stats.note(time.perf_counter() - t0)


def _apply_chunks(job_id: int | None, writer: ChunkedWriter, units: Sequence[Sequence[tuple[int, Any]]],
                  start: int, ctx: WriteContext, stats: ApplyStats,
                  on_chunk: Callable[[int], None] | None = None) -> None:
    size = FIRST_CHUNK
    i = 0
    chunk = units[:size]
    records = _flat(chunk)
    writer.prepare(records)
    while chunk:
        with transaction():
            t0 = time.perf_counter()
            writer.write_chunk(records, ctx)
            if job_id is not None:
                end = start + i + len(chunk)
                db.execute_sql("DELETE FROM import_stage WHERE job_id = ? AND seq < ?", (job_id, end))
                db.execute_sql("UPDATE import_job SET applied = ? WHERE id = ?", (end, job_id))
            work = time.perf_counter() - t0
        released = time.perf_counter()
        stats.note(released - t0, len(chunk))
        i += len(chunk)
        if on_chunk is not None:
            on_chunk(i)
        # aim at TARGET_HOLD: grow at most ×2, shrink as far as needed.  Sized by the work, not
        # the commit: a commit that waits for the disk (a checkpoint's fsync) costs the same for
        # a small chunk, so shrinking for it would only multiply the commits (issue 14).
        size = max(1, min(MAX_CHUNK, size * 2, int(len(chunk) * TARGET_HOLD / max(work, 1e-4))))
        chunk = units[i:i + size]
        records = _flat(chunk)
        if chunk:
            writer.prepare(records)  # lock-free work done in the pause instead of sleeping through it
        time.sleep(max(0.0, GAP - (time.perf_counter() - released)))


def _discard(job_id: int, stats: ApplyStats | None = None) -> None:
    """Remove a job that never started applying (short transactions)."""
    while True:
        with transaction():
            t0 = time.perf_counter()
            cur = db.execute_sql("DELETE FROM import_stage WHERE rowid IN (SELECT rowid FROM import_stage"
                                 " WHERE job_id = ? LIMIT ?)", (job_id, STAGE_CHUNK * 5))
            gone = cur.rowcount
            if not gone:
                db.execute_sql("DELETE FROM import_job WHERE id = ?", (job_id,))
        if stats is not None:
            stats.note(time.perf_counter() - t0)
        if not gone:
            return


def stage_and_apply(kind: str, source: str, writer: ChunkedWriter, records: Sequence[tuple[int, Any]],
                    ctx: WriteContext, *, cancel: Cancel | None = None, progress: Progress | None = None,
                    phase: Callable[[str], None] | None = None, stats: ApplyStats | None = None) -> ApplyStats:
    """Commit *records* through *writer* as described in the module docstring."""
    stats = stats or ApplyStats()
    lock = _lock_for_open_db()
    if lock is not None and not lock.acquire():
        raise ImportBusy(tr("另一个导入正在写入这个数据库,请等它完成后再导入。"))
    try:
        units = writer.units(records)
        state = dumps(writer)  # before begin(): what recovery needs to start the writer again
        with transaction():
            t0 = time.perf_counter()
            job_id = db.execute_sql(
                "INSERT INTO import_job (kind, source, state, total, applied, writer, created_at)"
                " VALUES (?, ?, 'staging', ?, 0, ?, datetime('now', 'localtime'))",
                (kind, source, len(units), state)).lastrowid
        stats.note(time.perf_counter() - t0)
        if phase:
            phase("staging")
        try:
            with _commits_without_fsync():
                _stage(job_id, units, stats, cancel, progress)
            check_cancel(cancel)
            with transaction():
                t0 = time.perf_counter()
                db.execute_sql("UPDATE import_job SET state = 'applying' WHERE id = ?", (job_id,))
            stats.note(time.perf_counter() - t0)
        except BaseException:
            _discard(job_id, stats)  # cancelled (or failed) before anything was applied
            raise
        if phase:
            phase("writing")
        total = len(units)
        writer.begin(ctx)
        try:
            _apply_units(job_id, writer, units, 0, ctx, stats,
                         on_chunk=(lambda n: progress(n, total)) if progress else None)
        finally:
            writer.close()
        return stats
    finally:
        if lock is not None:
            lock.release()


def _stage(job_id: int, units: Sequence[Sequence[tuple[int, Any]]], stats: ApplyStats,
           cancel: Cancel | None, progress: Progress | None) -> None:
    """Save the units as stage rows: pickled outside the lock, inserted in transactions sized
    (like the apply's) to hold the lock about ``TARGET_HOLD``."""
    size = STAGE_CHUNK
    s = 0
    while s < len(units):
        check_cancel(cancel)
        rows = [(job_id, s + k, dumps(list(u))) for k, u in enumerate(units[s:s + size])]
        with transaction():
            t0 = time.perf_counter()
            db.cursor().executemany("INSERT INTO import_stage (job_id, seq, unit) VALUES (?, ?, ?)", rows)
        held = time.perf_counter() - t0
        stats.note(held)
        time.sleep(GAP)
        s += len(rows)
        if progress:
            progress(s, len(units))
        size = max(1, min(MAX_STAGE_CHUNK, size * 2, int(len(rows) * TARGET_HOLD / max(held, 1e-4))))


def apply_unstaged(writer: ChunkedWriter, records: Sequence[tuple[int, Any]], ctx: WriteContext,
                   stats: ApplyStats | None = None) -> ApplyStats:
    """The writer in short transactions without staging: for a private copy (a preview),
    where a crash loses nothing.  Same code path as the real run, so counts agree."""
    stats = stats or ApplyStats()
    writer.begin(ctx)
    try:
        _apply_units(None, writer, writer.units(records), 0, ctx, stats)
    finally:
        writer.close()
    return stats


# ---------------------------------------------------------------- recovery at open


def pending_jobs() -> list[tuple[int, str, str, int]]:
    """(id, kind, state, applied) of jobs a process left behind; [] when there are none."""
    if not db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'import_job'").fetchone():
        return []
    return [tuple(r) for r in db.execute_sql("SELECT id, kind, state, applied FROM import_job ORDER BY id")]


def recover() -> list[str]:
    """Finish what a killed import left: discard a job still staging, complete one applying.

    Run by ``open_database`` after the migrations.  Returns one line per job handled
    (also logged); a job whose process is still alive (it holds the lock) is left alone."""
    jobs = pending_jobs()
    if not jobs:
        return []
    lock = _lock_for_open_db()
    if lock is not None and not lock.acquire():
        return []  # its importer is alive and still working
    done: list[str] = []
    try:
        for job_id, kind, state, applied in pending_jobs():
            if state != "applying":
                _discard(job_id)
                done.append(tr("上次中断的{kind}导入尚未开始写入,已放弃(没有写入任何数据)").format(kind=_label(kind)))
                log.warning("import job %s (%s) was interrupted while staging: discarded", job_id, kind)
                continue
            row = db.execute_sql("SELECT writer FROM import_job WHERE id = ?", (job_id,)).fetchone()
            writer = loads(row[0])
            units = [loads(u) for (u,) in db.execute_sql(
                "SELECT unit FROM import_stage WHERE job_id = ? AND seq >= ? ORDER BY seq", (job_id, applied))]
            ctx = WriteContext(sum(len(u) for u in units), None, None, dry_run=False)
            writer.begin(ctx)
            try:
                _apply_units(job_id, writer, units, applied, ctx, ApplyStats())
            finally:
                writer.close()
            done.append(tr("上次中断的{kind}导入已在启动时补完(补写 {n} 条)").format(kind=_label(kind), n=len(units)))
            log.warning("import job %s (%s) was interrupted while applying: completed %s units",
                        job_id, kind, len(units))
    finally:
        if lock is not None:
            lock.release()
    return done
