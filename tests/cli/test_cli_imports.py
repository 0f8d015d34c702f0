"""Issue 14: each command loads only what it uses, so ``vipdesk find`` at the counter PC
starts in a fraction of a second (no Qt widgets, no openpyxl) — checked in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from vipdesk.cli import COMMAND_MODULES, COMMANDS, build_parser, modules_for

PROBE = """
import json, sys
from vipdesk.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
heavy = [m for m in ("PySide6.QtWidgets", "PySide6.QtGui", "openpyxl", "pypinyin", "logging.handlers",
                     "vipdesk.model.safety.failures", "vipdesk.model.safety.backup", "vipdesk.model.importing.jobs",
                     "platformdirs") if m in sys.modules]
print("@@" + json.dumps({"code": code, "heavy": heavy}))
"""


def _probe(*argv: str) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True,
                         encoding="utf-8", timeout=120, check=False)
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("@@")]
    assert line, out.stderr
    return json.loads(line[-1][2:])


def test_find_loads_neither_qt_widgets_nor_openpyxl(tmp_path: Path) -> None:
    """Issue 14 (P counter search as a process): `vipdesk find 1234` imports no PySide6.QtWidgets/openpyxl."""
    from vipdesk.model.members import profile as members
    from vipdesk.model.store.db import close_database, open_database

    db = tmp_path / "shop.db"
    open_database(db)
    members.enrol("黄明华", "13812341234")
    close_database()
    result = _probe("find", "--db", str(db), "1234", "--json")
    assert result["code"] == 0
    assert "PySide6.QtWidgets" not in result["heavy"]
    assert "openpyxl" not in result["heavy"]


def test_find_is_a_read_that_loads_no_failure_backup_or_import_machinery(tmp_path: Path) -> None:
    """Issue 14 item 2: a successful `vipdesk --db X find` loads neither the failure classifier (with
    logging.handlers: only when a command fails), nor backups, nor the import jobs, nor the
    default-folder lookup; it still answers."""
    from vipdesk.model.members import profile as members
    from vipdesk.model.store.db import close_database, open_database

    db = tmp_path / "shop.db"
    open_database(db)
    members.enrol("黄明华", "13812341234")
    close_database()
    result = _probe("find", "--db", str(db), "1234", "--json")
    assert result["code"] == 0
    assert result["heavy"] == [], result


def test_every_command_maps_to_a_module_that_registers_it() -> None:
    """The lazy table must not lose a command: the full parser and the table agree."""
    full = build_parser()
    sub = next(a for a in full._actions if a.dest == "command")
    assert set(COMMANDS) <= set(sub.choices)
    for name, module in COMMANDS.items():
        assert module in COMMAND_MODULES
        assert modules_for([name]) == (module,)
        lazy = build_parser(["--db", "x.db", name])
        lazy_sub = next(a for a in lazy._actions if a.dest == "command")
        assert name in lazy_sub.choices


def test_help_and_unknown_words_load_every_command() -> None:
    assert modules_for(["--help"]) == COMMAND_MODULES
    assert modules_for(["no-such-command"]) == COMMAND_MODULES
    assert modules_for(["--smoke"]) == ()


def test_starting_the_window_on_a_named_file_loads_no_command() -> None:
    """Issue 14: ``vipdesk --db FILE`` (the bench, a shortcut to a second shop) starts the GUI;
    the file's path is an option's value, not an unknown command that loads every module."""
    for argv in (["--db", "/tmp/x.db", "--smoke"], ["--db", "find", "--lang", "en"],
                 ["--user", "王芳", "--pin-file", "pin.txt", "--db", r"D:\店\vip.db"]):
        assert modules_for(argv) == (), argv
        gui = build_parser(argv)
        assert next(a for a in gui._actions if a.dest == "command").choices == {}, argv
    assert modules_for(["--db", "x.db", "find", "1234"]) == ("members",)
    assert modules_for(["--db", "x.db", "typo"]) == COMMAND_MODULES


def test_every_subcommand_is_mapped_to_its_module():
    """A command missing from COMMANDS would still work but load every module (lazy loading lost)."""
    import argparse
    import importlib

    import vipdesk.cli as cli

    for module in cli.COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"vipdesk.cli.{module}").register(sub)
        for name in sub.choices:
            assert cli.COMMANDS.get(name) == module, name
