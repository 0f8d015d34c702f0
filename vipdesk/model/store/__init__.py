"""The database file: connection and pragmas, tables, migrations, settings, domain hooks."""
