"""Issue 14: closing the app cancels background tasks, and a cancelled task's running SQL
statement stops at once instead of holding the exit until it finishes; nothing is reported."""

from __future__ import annotations

import threading

from vipdesk.model.store.db import db
from vipdesk.ui.common import tasks

ENDLESS = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5000000000)"
           " SELECT count(*) FROM n")


def test_cancel_stops_a_running_statement_and_reports_nothing(qtbot, db_path, ui_env):
    started = threading.Event()
    outcomes: list[str] = []

    def work(_progress, _cancelled):
        started.set()
        return db.execute_sql(ENDLESS).fetchone()  # minutes of work unless stopped

    tasks.set_synchronous(False)
    try:
        task = tasks.run_task(None, "scan", work, lambda r: outcomes.append("done"),
                              lambda e: outcomes.append("failed"), show_progress=False)
        assert started.wait(20)
        assert tasks.cancel_all() == 1
        qtbot.waitUntil(lambda: task.done, timeout=20000)  # the statement was interrupted
        assert tasks.wait_all(5000)
    finally:
        tasks.set_synchronous(True)
    assert outcomes == []  # neither a result nor an error dialog at exit
    assert db.execute_sql("SELECT 1").fetchone() == (1,)  # the app's own connection still works
