"""The database file: connection and pragmas, tables, migrations, settings, domain hooks.

The package imports nothing itself: ``db.open_database`` loads ``wiring`` (the migrations
and the writer discipline) on the first open, so that db.py imports neither the tables nor
the migrations, and the modules that need no peewee (``writers``, ``migrations``' list,
``lite``) load without it (issue 14: ``vipdesk find`` as a whole process).
"""
