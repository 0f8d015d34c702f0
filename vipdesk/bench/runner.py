"""Run the bench: every task's vipdesk side and raw side, medians, ratio, peak memory, equality check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from vipdesk.bench import dataset, tasks_proc
from vipdesk.bench.measure import median
from vipdesk.bench.tasks_db import TASKS, _probe_member

# Targets from issue 14 (ratio vipdesk / raw; absolute seconds where there is no baseline).
TARGET_RATIO = {"sale": 2.0, "startup": 3.0, "find": 2.5, "monthly": 1.3, "import": 2.0, "segments": 1.5,
                "reminders": 2.0, **{k: 3.0 for k in TASKS if k.startswith("search_")}}
TARGET_SECONDS = {"exit": 1.0, "demo": 30.0, **{k: 0.005 for k in TASKS if k.startswith("search_")}}
ORDER = ["sale", "startup", "find", "monthly", "import", "segments", "segments_floor", "reminders",
         *[k for k in TASKS if k.startswith("search_")], "exit", "demo"]


@dataclass
class Row:
    task: str
    label: str
    vipdesk_s: float | None = None
    raw_s: float | None = None
    ratio: float | None = None
    peak_mib: float | None = None
    raw_peak_mib: float | None = None
    same_result: bool | None = None
    target: str = ""
    meets: bool | None = None
    note: str = ""
    reps: list[float] = field(default_factory=list)
    wall_s: float | None = None  # the demo row: elapsed seconds of the build beside its CPU seconds


def _worker(task: str, side: str, reps: int, ctx: dict[str, Any]) -> dict[str, Any]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    p = subprocess.run([sys.executable, "-m", "vipdesk.bench.worker", task, side, str(reps), json.dumps(ctx)],
                       capture_output=True, text=True, encoding="utf-8", errors="replace", env=env, check=False)
    line = [ln for ln in p.stdout.splitlines() if ln.startswith("@@")]
    if p.returncode or not line:
        return {"error": (p.stderr or p.stdout)[-1500:]}
    return json.loads(line[-1][2:])


def _judge(row: Row) -> None:
    if row.task in TARGET_RATIO:
        row.target = f"≤ {TARGET_RATIO[row.task]:g}×"
        row.meets = row.ratio is not None and row.same_result is not False and row.ratio <= TARGET_RATIO[row.task]
    if row.task in TARGET_SECONDS:
        limit = TARGET_SECONDS[row.task]
        text = f"≤ {limit * 1000:g} ms" if limit < 1 else f"≤ {limit:g} s"
        row.target = f"{row.target} 且 {text}" if row.target else text
        ok = row.vipdesk_s is not None and row.vipdesk_s <= limit
        row.meets = ok if row.meets is None else (row.meets and ok)


def _db_task(task: str, reps: int, ctx: dict[str, Any]) -> Row:
    label, _vip, raw = TASKS[task]
    row = Row(task, label)
    v = _worker(task, "vipdesk", reps, ctx)
    r = _worker(task, "raw", reps, ctx) if raw is not None else {}
    if "error" in v or "error" in r:
        row.note = (v.get("error") or r.get("error") or "")[-300:]
        return row
    row.reps = v["times"]
    row.vipdesk_s, row.raw_s = median(v["times"]), median(r["times"])
    row.peak_mib, row.raw_peak_mib = v.get("peak_mib"), r.get("peak_mib")
    row.same_result = v["result"] == r["result"]
    if not row.same_result:
        row.note = f"结果不同:vipdesk={str(v['result'])[:80]} raw={str(r['result'])[:80]}"
    if row.raw_s:
        row.ratio = row.vipdesk_s / row.raw_s
    return row


def _proc_task(task: str, reps: int, ctx: dict[str, Any]) -> Row:
    row = Row(task, tasks_proc.PROC_TASKS[task])
    if task == "demo":
        d = tasks_proc.demo(ctx, "vipdesk")
        row.vipdesk_s, row.peak_mib, row.note = d["seconds"], d.get("peak_mib"), d.get("error", "")[-300:]
        row.wall_s = d.get("wall_s")
        return row
    fn = tasks_proc.find if task == "find" else tasks_proc.startup
    vs = [fn(ctx, "vipdesk") for _ in range(reps)]
    rs = [fn(ctx, "raw") for _ in range(reps)]
    bad = [x for x in vs + rs if not x["ok"]]
    if bad:
        row.note = str(bad[0].get("error", ""))[-300:] or "进程失败"
        return row
    if task == "exit":
        row.vipdesk_s = median([x["exit_after_paint"] for x in vs])
        row.raw_s = median([x["exit_after_paint"] for x in rs])
        row.same_result = True
        return row
    row.reps = [x["seconds"] for x in vs]
    row.vipdesk_s, row.raw_s = median(row.reps), median([x["seconds"] for x in rs])
    row.same_result = vs[-1]["result"] == rs[-1]["result"]
    if not row.same_result:
        row.note = f"结果不同:vipdesk={str(vs[-1]['result'])[:80]} raw={str(rs[-1]['result'])[:80]}"
    row.ratio = row.vipdesk_s / row.raw_s if row.raw_s else None
    return row


def run_bench(members: int, sales: int, seed: int = 1, only: list[str] | None = None, reps: int = 3,
              folder: Path | None = None, say: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    """Build or reuse the demo, run the chosen tasks; a JSON-able dict with the table."""
    import datetime as dt

    say("准备示范数据库…")
    db, built = dataset.ensure_demo(seed, members, sales, folder)
    dataset.as_after_startup(db)  # today's segment run, as the app's start-up leaves the shop
    names = [t for t in ORDER if not only or t in only]
    with tempfile.TemporaryDirectory(prefix="vipdesk-bench-") as tmp:
        work = dataset.work_copy(db, Path(tmp))
        m = _probe_member(str(db))
        ctx = {"db": str(db), "work": str(work), "tmp": tmp, "members": members, "sales": sales, "seed": seed,
               "phone_tail": m["phone"][-4:]}
        rows: list[Row] = []
        for name in names:
            say(f"测量:{name}…")
            row = _proc_task(name, reps, ctx) if name in tasks_proc.PROC_TASKS else _db_task(name, reps, ctx)
            _judge(row)
            rows.append(row)
    return {"date": dt.datetime.now().isoformat(timespec="seconds"), "cores": os.cpu_count(),
            "members": members, "sales": sales, "seed": seed, "reps": reps, "database": str(db),
            "demo_build_s": built, "tasks": [asdict(r) for r in rows]}


def _fmt_s(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"


def table(report: dict[str, Any]) -> str:
    """A Markdown table (pastes into docs/performance.md and the README)."""
    lines = [f"{report['date']} · {report['cores']} 核 · 会员 {report['members']:,} · 明细 {report['sales']:,}"
             f" · 中位数/{report['reps']} 次",
             "", "| 任务 | vipdesk | 基线 | 倍数 | 目标 | 达标 | 峰值内存 | 结果一致 |", "|---|---|---|---|---|---|---|---|"]
    for t in report["tasks"]:
        ratio = f"{t['ratio']:.2f}×" if t["ratio"] is not None else "—"
        meets = {True: "是", False: "否", None: "—"}[t["meets"]]
        same = {True: "是", False: "否", None: "—"}[t["same_result"]]
        mem = f"{t['peak_mib']:.0f} MiB" if t["peak_mib"] else "—"
        lines.append(f"| {t['task']} {t['label']} | {_fmt_s(t['vipdesk_s'])} | {_fmt_s(t['raw_s'])} | {ratio}"
                     f" | {t['target']} | {meets} | {mem} | {same} |")
        if t.get("wall_s") is not None:
            lines.append(f"|  ↳ 同一进程的经过时间(墙钟) | {_fmt_s(t['wall_s'])} | | | | | | |")
        if t["note"]:
            lines.append(f"|  ↳ {t['note'].splitlines()[-1][:150]} | | | | | | | |")
    return "\n".join(lines)
