"""Printing at the till (issue 17, item 7): pure layout and bytes, no Qt (ui/printing/ does Qt)."""
