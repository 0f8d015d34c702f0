"""Every widget of vipdesk; the only package that imports Qt widgets."""

from vipdesk.ui import pyside_hook

pyside_hook.install()  # before the ~150 modules the window imports: see the module
