"""The database file: connection and pragmas, tables, migrations, settings, domain hooks.

Importing the package wires the migrations into ``db.open_database`` so that
db.py imports neither the tables nor the migrations (no import circle).
"""

from vipdesk.model.store import db as _db
from vipdesk.model.store import writers as _writers
from vipdesk.model.store.migrations import migrate_database as _migrate_database

_db.set_migrator(_migrate_database)


def _writer_open(path):  # noqa: ANN001, ANN202
    _writers.refuse_if_damaged(path)
    _writers.hold_shared(path)


_db.set_writer_hooks(_writer_open, _writers.drop)
