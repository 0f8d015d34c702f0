"""Every widget of vipdesk.  Importing this package first guards against a
PySide6 6.12 reference-count bug on Python 3.11 (see refcount_guard)."""

from vipdesk.ui import refcount_guard as _refcount_guard

_refcount_guard.apply()
