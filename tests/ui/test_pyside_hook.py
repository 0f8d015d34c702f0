"""Issue 14: vipdesk/ui/pyside_hook.py answers PySide6's "does this module use PySide6?"
from the file's bytes; the answers must be PySide6's own."""

from __future__ import annotations

import importlib
import sys


def test_the_check_is_replaced_and_answers_as_pyside_does(qapp):
    import vipdesk.ui  # noqa: F401 - installs the hook

    feature = sys.modules["shibokensupport.feature"]
    ours = feature._mod_uses_pyside
    original = ours.vipdesk_original
    names = ["vipdesk.ui.main_window", "vipdesk.ui.common.dialogs", "vipdesk.model.members.phone",
             "vipdesk.formatting", "json", "sys", "_sqlite3", "PySide6.QtCore"]
    for name in names:
        module = importlib.import_module(name)
        assert ours(module) == original(module), name
    assert ours(importlib.import_module("vipdesk.ui.main_window")) is True
    assert ours(importlib.import_module("vipdesk.model.members.phone")) is False


def test_installing_twice_keeps_one_wrapper(qapp):
    from vipdesk.ui import pyside_hook

    feature = sys.modules["shibokensupport.feature"]
    before = feature._mod_uses_pyside
    assert pyside_hook.install() is True
    assert feature._mod_uses_pyside is before
