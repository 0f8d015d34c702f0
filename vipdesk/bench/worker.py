"""One side of one in-process task, in its own process: ``python -m vipdesk.bench.worker TASK SIDE REPS CTX``.

Prints one JSON line (times, result, peak memory) prefixed with ``@@`` for the runner."""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    task, side, reps, ctx = argv[0], argv[1], int(argv[2]), json.loads(argv[3])
    from vipdesk.bench.measure import peak_rss_mib, timed
    from vipdesk.bench.tasks_db import TASKS

    _label, vip, raw = TASKS[task]
    s = vip if side == "vipdesk" else raw
    assert s is not None
    state = s.setup(ctx)
    times, result = timed(lambda: s.run(state), reps)
    print("@@" + json.dumps({"times": times, "result": result, "peak_mib": peak_rss_mib()}, default=str))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
