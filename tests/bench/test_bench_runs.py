"""Issue 14: `vipdesk bench` works end to end at a tiny size (CI proves the tool runs; it times nothing).

Every task must report both sides, a ratio where it has a baseline, and the same result
from vipdesk and from the raw baseline — a bench comparing unequal work would lie."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vipdesk.bench.runner import ORDER, TARGET_RATIO
from vipdesk.cli import main


@pytest.mark.slow
def test_bench_small_json_every_task_has_a_ratio_and_equal_results(tmp_path: Path, capsys) -> None:
    code = main(["bench", "--members", "300", "--sales", "2000", "--reps", "1", "--json",
                 "--cache", str(tmp_path / "cache")])
    out = capsys.readouterr().out
    assert code == 0
    report = json.loads(out)
    assert report["cores"] >= 1 and report["members"] == 300
    tasks = {t["task"]: t for t in report["tasks"]}
    assert list(tasks) == ORDER
    for name, t in tasks.items():
        assert t["note"] == "" or not t["note"].startswith("Traceback"), (name, t["note"])
        assert t["vipdesk_s"] is not None and t["vipdesk_s"] > 0, name
        if name in TARGET_RATIO:
            assert t["raw_s"] is not None and t["ratio"] is not None, name
            assert t["same_result"] is True, (name, t["note"])
    assert tasks["exit"]["vipdesk_s"] is not None
    assert tasks["demo"]["peak_mib"] is None or tasks["demo"]["peak_mib"] > 0
    # the cached demo is reused by a second run (no second build)
    assert (tmp_path / "cache" / "demo-seed1-m300-s2000.db").exists()


def test_bench_refuses_an_unknown_task(capsys) -> None:
    assert main(["bench", "--only", "nosuch", "--members", "10", "--sales", "0"]) == 2
    assert "没有这个任务" in capsys.readouterr().err


def test_import_latency_bench_runs_at_a_small_size(tmp_path, capsys) -> None:
    """Issue 13 item 2: `vipdesk bench --import-latency` sells every 100 ms while another
    process imports; at a tiny size it must print the percentiles and lose no sale."""
    from vipdesk.bench import import_latency

    report = import_latency.run(members=300, tickets=60, every=0.05, folder=tmp_path)
    assert report["import"]["members"]["written"] == 300, report["import"]
    assert report["import"]["sales"]["written"] > 0
    assert report["failures"] == 0 and report["sales"] > 0
    assert report["import"]["members"]["transactions"]["commits"] > 3
    assert "p99" in import_latency.table(report)
