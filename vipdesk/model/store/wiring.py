"""Wires the migrations and the one-writer discipline into ``db.open_database``.

Imported by ``open_database`` on the first open (by name, like the ``OPEN_HOOKS``), not by the
package: so db.py imports neither the tables nor the migrations (no import circle), and
importing a store module that needs no peewee — writers, the migration list, the light read
path of ``vipdesk find`` (issue 14) — does not load peewee.
"""

from vipdesk.model.store import db as _db
from vipdesk.model.store import writers as _writers
from vipdesk.model.store.migrations import migrate_database as _migrate_database

_db.set_migrator(_migrate_database)


def _writer_open(path):  # noqa: ANN001, ANN202
    _writers.refuse_if_damaged(path)
    _writers.hold_shared(path)


_db.set_writer_hooks(_writer_open, _writers.drop)
