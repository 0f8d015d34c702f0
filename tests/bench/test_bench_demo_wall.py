"""Issue 14, demo row: the bench reports the build's elapsed time beside its CPU time (the issue's
table gives plain seconds; CPU time is the target's unit) — both numbers, never only one."""

from __future__ import annotations

import json
from pathlib import Path

from vipdesk.cli import main


def test_demo_row_reports_cpu_and_elapsed_seconds(tmp_path: Path, capsys) -> None:
    """Issue 14: the JSON row has ``wall_s`` and the CPU ``vipdesk_s``; the table prints both."""
    args = ["bench", "--members", "60", "--sales", "300", "--only", "demo", "--reps", "1",
            "--cache", str(tmp_path / "cache")]
    assert main([*args, "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["tasks"][0]
    assert row["task"] == "demo"
    assert row["vipdesk_s"] > 0 and row["wall_s"] > 0
    assert main(args) == 0
    out = capsys.readouterr().out
    demo_line = next(line for line in out.splitlines() if line.startswith("| demo "))
    wall_line = out.splitlines()[out.splitlines().index(demo_line) + 1]
    assert "墙钟" in wall_line and wall_line.split("|")[2].strip().endswith("s")  # "604.0 ms" or "31.20 s"
