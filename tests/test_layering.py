"""The model layer and the reports never load Qt widgets (or any PySide6 module):
the command line, scheduled tasks and the benchmarks run headless."""

import pkgutil
import subprocess
import sys

import vipdesk.model
import vipdesk.reports


def all_modules(package) -> list[str]:
    names = [package.__name__]
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        names.append(info.name)
    return names


def test_model_and_reports_import_no_pyside6():
    modules = all_modules(vipdesk.model) + all_modules(vipdesk.reports)
    assert "vipdesk.model.members.profile" in modules and "vipdesk.model.sales.recording" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "", "Qt loaded by the model layer: " + result.stdout
