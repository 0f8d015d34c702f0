"""Restore never drops work: carry what was committed after the backup into the restored file.

Why by id: every table that records work (members, sales, ledger entries,
contacts) has an increasing integer id, so "after the backup" is "id above the
largest id the backup has".  A damaged file is read row by row where a whole
scan fails, so one broken page costs only the rows on it.  What cannot be read,
or cannot be written (a sale whose member is unreadable), goes to a salvage
report — a CSV beside the database plus a Chinese summary for the owner —
never silently away.

Edits to rows that already existed in the backup (a changed phone number) are
not carried: they are in the kept copy, and the summary says where it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from vipdesk.model.safety.integrity import connect_readonly, fsync_dir, fsync_file, with_foreign_keys
from vipdesk.text import tr, tr_noop

# Parents before children, so foreign keys hold while rows are inserted.
TABLES = (
    "staff", "member", "child", "member_date", "card", "sale", "sale_line", "visit", "contact",
    "points_entry", "tier_change", "stored_value_entry", "voucher", "voucher_event", "points_lot",
    "gift_redemption", "consent_event", "care_task", "complaint", "audit_log",
)
LABELS = tr_noop({"member": "会员", "sale": "销售", "sale_line": "销售明细", "points_entry": "积分流水",
                  "stored_value_entry": "储值流水", "contact": "联系记录", "visit": "到店记录", "audit_log": "审计日志"})
LABELS.update(tr_noop({"staff": "导购", "child": "孩子", "member_date": "纪念日", "card": "会员卡", "tier_change": "等级变动",
               "voucher": "礼券", "voucher_event": "礼券记录", "points_lot": "积分批次",
               "gift_redemption": "礼品兑换", "consent_event": "同意记录", "care_task": "关怀任务",
               "complaint": "投诉"}))


@dataclass
class SalvageResult:
    """What a restore did with the work committed after its backup.  ``dropped``:
    the owner chose not to carry it over; every row is in ``report`` then."""

    carried: dict[str, int] = field(default_factory=dict)  # table → rows carried over
    failed: list[tuple[str, object, str, dict[str, object]]] = field(default_factory=list)  # table, id, why, row
    unreadable: dict[str, list[int]] = field(default_factory=dict)  # table → ids that could not be read
    report: Path | None = None
    source: Path | None = None
    dropped: dict[str, int] = field(default_factory=dict)  # table → rows left out at the owner's word

    @property
    def lost_anything(self) -> bool:
        return bool(self.failed or any(self.unreadable.values()))

    def summary(self) -> str:
        if self.dropped:
            return tr("按店长的选择,备份之后的数据没有补回:") + _parts(self.dropped) + "。" + tr(
                "这些记录全部保存在抢救报告 {path} 中。").format(path=self.report)
        parts = []
        for table, n in self.carried.items():
            if n:
                parts.append(tr("{what} {n} 条").format(what=tr(LABELS.get(table, table)), n=n))
        text = (tr("备份之后新增的数据已补回:") + "、".join(parts) + "。") if parts else \
            tr("备份之后没有找到需要补回的数据。")
        if self.lost_anything:
            bad = len(self.failed) + sum(len(v) for v in self.unreadable.values())
            text += tr("有 {n} 条无法读取或无法补回,已列在抢救报告 {path} 中,请交给技术支持。").format(
                n=bad, path=self.report)
        return text


def _parts(counts: dict[str, int]) -> str:
    return "、".join(tr("{what} {n} 条").format(what=tr(LABELS.get(t, t)), n=n) for t, n in counts.items() if n)


def later_summary(counts: dict[str, int]) -> str:
    """One line for the owner: what the current file has that the backup has not."""
    return _parts(counts) or tr("没有")


def _max_ids(conn: sqlite3.Connection) -> dict[str, int]:
    tables = {r[0] for r in _safe(conn, "SELECT name FROM sqlite_master WHERE type='table'")}
    out = {}
    for table in TABLES:
        if table in tables and "id" in _columns(conn, "main", table):
            got = _safe(conn, f'SELECT COALESCE(MAX(id), 0) FROM "{table}"')
            out[table] = int(got[0][0]) if got else 0
    return out


def find_later(current: Path, backup: Path) -> dict[str, int]:
    """Rows per table the *current* file has beyond the *backup* (by id): the work a
    restore of that backup would drop.  Read-only on both files."""
    with tempfile.TemporaryDirectory() as tmp:
        cur = _open_source(Path(current), Path(tmp))
        old = connect_readonly(Path(backup))
        try:
            tops = _max_ids(old)
            out = {}
            for table, top in tops.items():
                got = _safe(cur, f'SELECT COUNT(*) FROM "{table}" WHERE id > ?', (top,))
                if got and got[0][0]:
                    out[table] = int(got[0][0])
            return out
        finally:
            old.close()
            cur.close()


def report_dropped(old: Path, restored: Path, report_dir: Path | None = None) -> SalvageResult:
    """The owner chose not to carry later work over: every row of *old* beyond
    *restored* goes to the salvage CSV (nothing is dropped silently)."""
    result = SalvageResult(source=old)
    with tempfile.TemporaryDirectory() as tmp:
        src = _open_source(Path(old), Path(tmp))
        dst = connect_readonly(Path(restored))
        try:
            tops = _max_ids(dst)
            for table, top in tops.items():
                cols = _columns(src, "main", table)
                if "id" not in cols:
                    continue
                rows, missing = _read_after(src, table, cols, top)
                if missing:
                    result.unreadable[table] = missing
                for row in rows:
                    result.failed.append((table, row[cols.index("id")], tr("恢复时按店长选择未补回"),
                                          dict(zip(cols, row, strict=True))))
                if rows:
                    result.dropped[table] = len(rows)
        finally:
            dst.close()
            src.close()
    if result.failed or result.unreadable:
        result.report = write_report(result, report_dir or Path(restored).parent)
    return result


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA {schema}.table_info("{table}")')]


def _open_source(path: Path, work: Path) -> sqlite3.Connection:
    """The old file read-only; a copy (with its -wal) in a temp folder if SQLite needs to write the -shm."""
    try:
        conn = connect_readonly(path)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error:
        copy = work / "old.db"
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, work / "old.db-wal")
        return with_foreign_keys(sqlite3.connect(str(copy)))


def carry_over(old: Path, restored: Path, report_dir: Path | None = None) -> SalvageResult:
    """Insert rows of *old* newer than anything in *restored*; report what could not be."""
    result = SalvageResult(source=old)
    with tempfile.TemporaryDirectory() as tmp:
        src = _open_source(Path(old), Path(tmp))
        dst = with_foreign_keys(sqlite3.connect(str(restored), timeout=30))
        try:
            src_tables = {r[0] for r in _safe(src, "SELECT name FROM sqlite_master WHERE type='table'")}
            dst.execute("BEGIN IMMEDIATE")
            for table in TABLES:
                if table not in src_tables:
                    continue
                dst_cols = _columns(dst, "main", table)
                if not dst_cols or "id" not in dst_cols:
                    continue
                cols = [c for c in _columns(src, "main", table) if c in dst_cols]
                top = dst.execute(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]
                rows, missing = _read_after(src, table, cols, top)
                if missing:
                    result.unreadable[table] = missing
                n = 0
                marks = ", ".join("?" for _ in cols)
                names = ", ".join(f'"{c}"' for c in cols)
                for row in rows:
                    try:
                        dst.execute("SAVEPOINT one")
                        dst.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', row)
                        dst.execute("RELEASE one")
                        n += 1
                    except sqlite3.Error as exc:
                        dst.execute("ROLLBACK TO one")
                        dst.execute("RELEASE one")
                        result.failed.append((table, row[cols.index("id")], str(exc), dict(zip(cols, row, strict=True))))
                result.carried[table] = n
            member_cols = _columns(dst, "main", "member")
            if any(result.carried.values()) and "points" in member_cols and {"points_entry", "sale"} <= {
                    r[0] for r in dst.execute("SELECT name FROM sqlite_master WHERE type='table'")}:
                # Carried ledger entries and sales arrived behind the members' cached balance,
                # spend and visits (which the sale path moves incrementally): rebuild them.
                from vipdesk.model.members.stats import REFRESH_ALL_SQL

                for sql in REFRESH_ALL_SQL:
                    dst.execute(sql)
            dst.execute("COMMIT")
        except BaseException:
            if dst.in_transaction:
                dst.execute("ROLLBACK")
            raise
        finally:
            dst.close()
            src.close()
    if result.lost_anything:
        result.report = write_report(result, report_dir or Path(restored).parent)
    return result


def _safe(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> list[tuple]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.Error:
        return []


def _read_after(src: sqlite3.Connection, table: str, cols: list[str], top: int) -> tuple[list[tuple], list[int]]:
    """Rows with id > *top*; on a damaged file, row by row so one bad page costs only its rows."""
    names = ", ".join(f'"{c}"' for c in cols)
    try:
        return src.execute(f'SELECT {names} FROM "{table}" WHERE id > ? ORDER BY id', (top,)).fetchall(), []
    except sqlite3.Error:
        pass
    last = _safe(src, f'SELECT MAX(id) FROM "{table}"')
    hi = last[0][0] if last and last[0][0] else top + 100_000
    rows, missing = [], []
    for i in range(top + 1, hi + 1):
        try:
            got = src.execute(f'SELECT {names} FROM "{table}" WHERE id = ?', (i,)).fetchall()
        except sqlite3.Error:
            missing.append(i)
            continue
        rows.extend(got)
    return rows, missing


def write_report(result: SalvageResult, folder: Path) -> Path:
    """The salvage report CSV (UTF-8 with BOM, so Excel opens it), fsynced."""
    path = Path(folder) / f"vipdesk-salvage-{dt.datetime.now():%Y%m%d-%H%M%S}.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow([tr("表"), tr("编号"), tr("问题"), tr("内容")])
        for table, ids in result.unreadable.items():
            for i in ids:
                w.writerow([table, i, tr("无法读取(文件损坏)"), ""])
        for table, ident, why, row in result.failed:
            w.writerow([table, ident, tr("无法补回:") + why, repr(row)])
    fsync_file(path)
    fsync_dir(path.parent)
    return path
