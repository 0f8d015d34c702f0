"""Worker for the SMS kill test: sends the queued messages of DB, reporting each step, until killed.

Run as ``python sms_worker.py DB AT`` (AT: the logical ISO time, inside the sending window); prints ``start`` then ``done`` (if it lives that long).
"""

from __future__ import annotations

import datetime as dt
import sys

from vipdesk.model.messaging import outbox
from vipdesk.model.store.db import open_database

if __name__ == "__main__":
    open_database(sys.argv[1])
    print("start", flush=True)
    rep = outbox.send_due(outbox.provider(timeout=60), at=dt.datetime.fromisoformat(sys.argv[2]))
    print("done", rep.submitted, flush=True)
