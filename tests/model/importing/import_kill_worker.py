"""Worker for the kill tests of issue 13: imports a member CSV and SIGKILLs itself mid-way.

Run as ``python import_kill_worker.py DB CSV PHASE N``: when the import reports progress
``N`` or more in phase PHASE ("staging" or "writing"), the process kills itself with
SIGKILL — a real kill -9 between (or inside) the import's short transactions.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from vipdesk.model.importing.members_import import import_members
from vipdesk.model.store.db import open_database


def main() -> None:
    db, csv, when, at = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    open_database(db)
    state = {"phase": ""}

    def phase(name: str) -> None:
        state["phase"] = name

    def progress(done: int, total: int) -> None:
        if state["phase"] == when and done >= at:
            print(f"killing at {done}/{total}", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    import_members(csv, phase=phase, progress=progress, report=False)
    print("finished", flush=True)


if __name__ == "__main__":
    main()
