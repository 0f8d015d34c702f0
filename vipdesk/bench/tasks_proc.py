"""Whole-process bench tasks: start-up to painted window, exit after --smoke, `vipdesk find`, demo build.

These are timed from the parent around a child process, because a user waits for the
whole process (interpreter, imports, database, window), not for one function.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

MARK = "@@painted "
CLOSING = "@@closing "  # printed by `vipdesk --smoke` as its window closes: exit is timed from here

BARE_WINDOW = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("会员管家")); w.resize(1024, 700); w.show()
w.grab(); app.processEvents()
print("@@painted %r" % time.time(), file=sys.stderr, flush=True)
w.close(); app.processEvents()
"""

RAW_FIND = r"""
import json, sqlite3, sys
db, q = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
ids = [r[0] for r in con.execute(
    "SELECT id FROM member WHERE phone_rev >= ? AND phone_rev < ? || char(65535)"
    " AND status NOT IN ('anonymised', 'merged') ORDER BY last_purchase IS NULL, last_purchase DESC LIMIT 50",
    (q[::-1], q[::-1]))]
rows = [con.execute("SELECT id, name, phone, card_no, tier, points, total_spend, last_purchase, clerk_id"
                    " FROM member WHERE id = ?", (i,)).fetchone() for i in ids]
json.dump([{"id": r[0], "name": r[1]} for r in rows], sys.stdout, ensure_ascii=False)
"""


_compiled = False


def _precompile() -> None:
    """Byte-compile vipdesk once, as an installed copy is: a checkout run with
    PYTHONDONTWRITEBYTECODE would otherwise pay ~0.4 s of compiling in every timed start."""
    global _compiled
    if not _compiled:
        import compileall

        import vipdesk

        compileall.compile_dir(str(Path(vipdesk.__file__).parent), quiet=1)
        _compiled = True


def _env() -> dict[str, str]:
    _precompile()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["VIPDESK_BENCH_MARK"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(cmd: list[str], timeout: float = 1800) -> tuple[float, float | None, subprocess.CompletedProcess]:
    """(seconds to exit, seconds to the painted mark or None, the process); ``_closing`` holds
    the seconds from the closing mark to exit of the last run that printed one."""
    global _closing
    t0 = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace", env=_env(),
                       timeout=timeout, check=False)
    total = time.time() - t0
    painted = None
    _closing = None
    for line in p.stderr.splitlines():
        if line.startswith(MARK):
            painted = float(line[len(MARK):]) - t0
        elif line.startswith(CLOSING):
            _closing = t0 + total - float(line[len(CLOSING):])
    return total, painted, p


_closing: float | None = None


def _vipdesk() -> list[str]:
    return [sys.executable, "-m", "vipdesk"]


def startup(ctx: dict[str, Any], side: str) -> dict[str, Any]:
    """Start to painted window (and, for vipdesk, painted to process exit)."""
    if side == "raw":
        total, painted, p = _run([sys.executable, "-c", BARE_WINDOW])
        return {"seconds": painted, "exit_after_paint": total - painted if painted else None, "ok": p.returncode == 0,
                "result": p.returncode}
    total, painted, p = _run(_vipdesk() + ["--db", ctx["work"], "--smoke"])
    # Exit: from the window closing (after the smoke start's check and backup) to process end.
    return {"seconds": painted, "exit_after_paint": _closing if _closing is not None else
            (total - painted if painted else None),
            "ok": p.returncode == 0 and painted is not None, "result": p.returncode,
            "error": p.stderr[-2000:] if p.returncode else ""}


def find(ctx: dict[str, Any], side: str) -> dict[str, Any]:
    q = ctx["phone_tail"]
    if side == "raw":
        total, _, p = _run([sys.executable, "-c", RAW_FIND, ctx["db"], q])
    else:
        total, _, p = _run(_vipdesk() + ["find", "--db", ctx["db"], q, "--json"])
    try:
        rows = json.loads(p.stdout)
        ids = sorted(r["id"] for r in rows)
    except (ValueError, KeyError, TypeError):
        ids = None
    return {"seconds": total, "ok": p.returncode == 0 and ids is not None, "result": ids,
            "error": p.stderr[-2000:] if p.returncode else ""}


def demo(ctx: dict[str, Any], side: str) -> dict[str, Any]:
    """A fresh demo build in its own process; its peak memory is the child's."""
    out = Path(ctx["tmp"]) / "demo_build.db"
    for f in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
        f.unlink(missing_ok=True)
    # The target is CPU time (issue 14: "≤ 30 s CPU"): on a shared machine the wall clock mostly
    # measures the neighbours.  The whole child counts, imports and migrations included.
    code = ("import json, os, sys, time\n"
            "from vipdesk.demo.builder import build_demo\n"
            "from vipdesk.bench.measure import peak_rss_mib\n"
            f"s=build_demo({str(out)!r}, members={ctx['members']}, sales={ctx['sales']}, seed={ctx['seed']})\n"
            "c=os.times()\n"
            "print('@@'+json.dumps({'seconds': c.user+c.system, 'peak': peak_rss_mib(),"
            " 'lines': s.sale_lines, 'members': s.members}))\n")
    # The elapsed time of the same child is reported beside it (``wall_s``): the issue's own table
    # gives plain seconds, and a build that used a second core would show it only there.
    total, _, p = _run([sys.executable, "-c", code], timeout=7200)
    line = [ln for ln in p.stdout.splitlines() if ln.startswith("@@")]
    if p.returncode or not line:
        return {"seconds": None, "ok": False, "result": None, "error": p.stderr[-2000:]}
    d = json.loads(line[-1][2:])
    return {"seconds": d["seconds"], "wall_s": total, "ok": True, "peak_mib": d["peak"],
            "result": [d["members"], d["lines"]]}


PROC_TASKS = {
    "startup": "启动到窗口绘制完成",
    "find": "vipdesk find 1234(整个进程)",
    "exit": "--smoke 窗口关闭到进程退出",
    "demo": "生成示范店(CPU 时间)",
}
