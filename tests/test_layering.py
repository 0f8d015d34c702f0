"""The layers (issue 11): cli -> ui -> reports -> model -> small shared helpers.

- model, reports and the demo builder never load PySide6: the command line,
  scheduled tasks and the benchmarks run headless;
- the ui builds no SQL: no peewee, no table classes, no raw statements;
- nothing imports from cli (it is the top);
- no import circle among module-level imports.
"""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import vipdesk.demo
import vipdesk.model
import vipdesk.reports

PKG = Path(vipdesk.model.__file__).parents[1]


def all_modules(package) -> list[str]:
    names = [package.__name__]
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        names.append(info.name)
    return names


def test_model_and_reports_import_no_pyside6():
    modules = all_modules(vipdesk.model) + all_modules(vipdesk.reports) + all_modules(vipdesk.demo)
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


def _modules() -> dict[str, ast.Module]:
    out = {}
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = ast.parse(path.read_text(encoding="utf-8"))
    return out


def _imported(tree: ast.AST, top_level_only: bool) -> set[str]:
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_ui_builds_no_sql():
    bad = []
    for name, tree in _modules().items():
        if not name.startswith("vipdesk.ui"):
            continue
        for imp in _imported(tree, top_level_only=False):
            if imp.split(".")[0] == "peewee" or imp.startswith("vipdesk.model.store.tables"):
                bad.append(f"{name} imports {imp}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("execute_sql", "raw", "select", "get_by_id", "get_or_none"):
                bad.append(f"{name}:{node.lineno} calls .{node.attr}")
    assert bad == []


def test_nothing_imports_the_cli():
    bad = [f"{name} imports {imp}" for name, tree in _modules().items() if not name.startswith("vipdesk.cli")
           for imp in _imported(tree, top_level_only=False) if imp.startswith("vipdesk.cli")
           and name != "vipdesk.__main__"]
    assert bad == []


def test_no_import_circle_at_module_level():
    mods = _modules()
    graph = {name: {i for i in _imported(tree, top_level_only=True) if i in mods and i != name}
             for name, tree in mods.items()}
    # a package's __init__ importing its own submodules is not a circle of its own making
    for name in graph:
        graph[name] = {i for i in graph[name] if not i.startswith(name + ".")}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])
    assert cycles == [], cycles[:5]


def test_store_db_knows_neither_tables_nor_migrations():
    tree = _modules()["vipdesk.model.store.db"]
    assert not {i for i in _imported(tree, top_level_only=False) if i.startswith("vipdesk.")}


# Dialogs that keep their own bottom row, and why.
OWN_BUTTON_ROWS = {
    "vipdesk/ui/counter/sale_dialog.py": "Enter adds a line; only Ctrl+Enter may confirm the sale",
    "vipdesk/ui/care/templates.py": "关闭 asks about unsaved template edits first",
}


def test_dialog_button_rows_go_through_button_box():
    """Issue 11: OK/Cancel/Close rows come from ui.common.dialogs.button_box (Chinese texts,
    platform order, Enter only on the accept button) — never hand-built QPushButtons."""
    import re

    pattern = re.compile(r'QPushButton\((?:self\.tr|_t|parent\.tr)\("(?:确定|取消|关闭)(?: \(Esc\))?"\)')
    bad = []
    for path in (PKG / "ui").rglob("*.py"):
        rel = path.relative_to(PKG.parent).as_posix()
        if rel in OWN_BUTTON_ROWS:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                bad.append(f"{rel}:{n}: {line.strip()}")
    assert bad == []
