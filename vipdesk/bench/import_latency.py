"""``vipdesk bench --import-latency``: how long a counter sale waits while imports run (issue 13).

This process sells at the counter every 100 ms (one thread, its own connection) while a
second process imports N members and then T tickets of sales into the same file.  It
prints the sale latency percentiles and the failures; the target is p99 ≤ 1 s and no
failed sale.  The importer reports how it used the write lock (commits, longest hold).

Worker: ``python -m vipdesk.bench.import_latency DB MEMBERS.csv SALES.csv`` prints one JSON line.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_P99 = 1.0  # seconds


def write_files(folder: Path, members: int, tickets: int) -> tuple[Path, Path]:
    """A member list in the shop's usual columns, and a POS export naming some of them."""
    m_csv, s_csv = folder / "members.csv", folder / "sales.csv"
    with open(m_csv, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("姓名", "手机", "生日", "性别", "积分", "累计消费"))
        for i in range(members):
            w.writerow((f"会员{i}", f"139{i:08d}", f"19{60 + i % 40}-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                        "女" if i % 5 else "男", str(i % 3000), f"{i % 9000}.00"))
    with open(s_csv, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(("日期时间", "小票号", "会员", "款号", "单价", "数量", "实收金额", "类型"))
        for t in range(tickets):
            phone = f"139{(t * 7919) % max(members, 1):08d}" if members and t % 3 else ""
            for line in range(1 + t % 3):
                w.writerow((f"2026-{t % 11 + 1:02d}-{t % 28 + 1:02d} {10 + t % 10}:{t % 60:02d}", f"B{t:07d}",
                            phone, f"K{line}{t % 50:02d}", "199.00", "1", "179.00", "销售"))
    return m_csv, s_csv


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(members: int = 100_000, tickets: int = 10_000, every: float = 0.1, folder: Path | None = None,
        say: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    """Run the measurement in a temporary folder; a JSON-able report."""
    from vipdesk.model.sales import recording as sales
    from vipdesk.model.store.db import close_database, db, open_database

    with tempfile.TemporaryDirectory(prefix="vipdesk-latency-", dir=folder) as tmp:
        work = Path(tmp)
        say(f"准备导入文件:会员 {members:,} 行,销售 {tickets:,} 张小票…")
        m_csv, s_csv = write_files(work, members, tickets)
        shop = work / "shop.db"
        open_database(shop)
        latencies: list[float] = []
        failures: list[str] = []
        stop = threading.Event()

        def counter() -> None:
            with db.connection_context():
                while not stop.wait(every):
                    t0 = time.perf_counter()
                    try:
                        sales.record_sale(None, [sales.LineInput("C100", 9900)], clerk_id=None)
                    except Exception as exc:  # noqa: BLE001 - a failed sale is what we count
                        failures.append(repr(exc))
                    latencies.append(time.perf_counter() - t0)

        say("收银每 100 毫秒一笔,另一进程导入…")
        thread = threading.Thread(target=counter, daemon=True)
        started = time.perf_counter()
        thread.start()
        try:
            proc = subprocess.run([sys.executable, "-m", "vipdesk.bench.import_latency", str(shop), str(m_csv),
                                   str(s_csv)], capture_output=True, text=True, encoding="utf-8")
        finally:
            stop.set()
            thread.join()
            close_database()
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
        worker = json.loads(lines[-1]) if lines else {"error": proc.stderr[-500:]}
    return {
        "members": members, "tickets": tickets, "every_s": every,
        "sales": len(latencies), "failures": len(failures), "failure_examples": failures[:3],
        "p50_s": _percentile(latencies, 0.5), "p95_s": _percentile(latencies, 0.95),
        "p99_s": _percentile(latencies, 0.99), "max_s": max(latencies, default=0.0),
        "wall_s": time.perf_counter() - started, "import": worker,
        "meets": bool(latencies) and not failures and _percentile(latencies, 0.99) <= TARGET_P99,
    }


def table(report: dict[str, Any]) -> str:
    imp = report["import"]
    lines = [f"导入期间的收银延迟:会员 {report['members']:,} 行 + 销售 {report['tickets']:,} 张小票,"
             f"每 {report['every_s'] * 1000:.0f} 毫秒一笔",
             "", "| 笔数 | 失败 | p50 | p95 | p99 | 最长 | 目标 p99 ≤ 1 s |", "|---|---|---|---|---|---|---|",
             f"| {report['sales']} | {report['failures']} | {report['p50_s'] * 1000:.0f} ms"
             f" | {report['p95_s'] * 1000:.0f} ms | {report['p99_s'] * 1000:.0f} ms | {report['max_s'] * 1000:.0f} ms"
             f" | {'是' if report['meets'] else '否'} |", ""]
    for kind in ("members", "sales"):
        if kind in imp:
            d = imp[kind]
            lines.append(f"- 导入{ {'members': '会员', 'sales': '销售'}[kind]}:{d['seconds']:.1f} s,"
                         f"写入 {d['written']},提交 {d['transactions']['commits']} 次,"
                         f"最长占用写锁 {d['transactions']['max_hold_ms']:.0f} ms")
    if imp.get("peak_mib"):
        lines.append(f"- 导入进程峰值内存 {imp['peak_mib']:.0f} MiB")
    if "error" in imp:
        lines.append(f"- 导入进程出错:{imp['error']}")
    return "\n".join(lines)


def _worker(db_path: str, m_csv: str, s_csv: str) -> None:
    from vipdesk.model.importing.members_import import import_members
    from vipdesk.model.sales.pos_import import import_sales
    from vipdesk.model.store.db import open_database

    open_database(db_path)
    out: dict[str, Any] = {}
    for kind, fn, path in (("members", import_members, m_csv), ("sales", import_sales, s_csv)):
        t0 = time.perf_counter()
        result = fn(path, report=False)
        out[kind] = {"seconds": time.perf_counter() - t0, "written": result.imported,
                     "rejected": result.rejected,
                     "transactions": result.stats.to_json() if result.stats else {"commits": 0, "max_hold_ms": 0}}
    try:
        import resource

        out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    except ImportError:  # Windows
        pass
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    _worker(*sys.argv[1:4])
