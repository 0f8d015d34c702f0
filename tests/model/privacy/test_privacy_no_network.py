"""Nothing leaves the machine: no network modules imported, no URLs used in code (docs may mention them)."""

from __future__ import annotations

import ast
from pathlib import Path

import vipdesk

NETWORK_MODULES = {"socket", "urllib", "urllib2", "urllib3", "requests", "httpx", "http", "aiohttp", "ftplib",
                   "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "websocket", "websockets",
                   "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets"}
# Local inter-process sockets (a Unix socket / a Windows named pipe on this PC), not network:
# vipdesk/single_instance.py uses them so a second start can bring the open window forward.
LOCAL_IPC_ONLY = {"PySide6.QtNetwork.QLocalServer", "PySide6.QtNetwork.QLocalSocket"}
# Issue 16: the SMS transport is the ONE module that may reach the network, and only after the
# owner configured a provider (tests/messaging/test_outbox.py::test_without_provider_nothing_is_sent).
NETWORK_ALLOWED = {Path("model") / "messaging" / "providers.py"}
# The one exception: a receipt printer's raw port (TCP 9100) on the shop's own LAN (issue 17);
# transport.shop_lan_address refuses anything that is not a private/loopback IP.
ALLOWED = {("model/printing/transport.py", "socket")}
# URLs that are XML namespaces of file formats, not addresses anything connects to.
NAMESPACE_PREFIXES = ("http://www.w3.org/", "http://schemas.openxmlformats.org/", "http://purl.org/")


def _sources():
    root = Path(vipdesk.__file__).parent
    return [(p, ast.parse(p.read_text(encoding="utf-8"), str(p))) for p in sorted(root.rglob("*.py"))
            if p.relative_to(root) not in NETWORK_ALLOWED]


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _network_imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{a.name}" for a in node.names]
            if not set(names) <= LOCAL_IPC_ONLY:
                names.insert(0, node.module)
            names = [n for n in names if n not in LOCAL_IPC_ONLY]
        for name in names:
            if name in NETWORK_MODULES or name.split(".")[0] in NETWORK_MODULES:
                found.append((node.lineno, name))
    return found


def test_no_network_imports():
    root = Path(vipdesk.__file__).parent
    bad = [f"{path}:{line} {name}" for path, tree in _sources() for line, name in _network_imports(tree)
           if (path.relative_to(root).as_posix(), name) not in ALLOWED]
    assert not bad, bad


def test_no_urls_in_code():
    bad = []
    for path, tree in _sources():
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
                low = node.value.lower()
                for scheme in ("http://", "https://", "ftp://", "ws://", "wss://"):
                    at = low.find(scheme)
                    if at >= 0 and not node.value[at:].startswith(NAMESPACE_PREFIXES):
                        bad.append(f"{path}:{node.lineno} {node.value[:60]!r}")
    assert not bad, bad


def test_only_the_sms_transport_is_exempt():
    """The exemption is one file, and it exists (a rename must not silently widen it)."""
    root = Path(vipdesk.__file__).parent
    assert all((root / p).is_file() for p in NETWORK_ALLOWED) and len(NETWORK_ALLOWED) == 1


def test_the_checks_would_catch_a_ping(tmp_path):
    """The scanners above really see an import and a URL constant."""
    tree = ast.parse("import urllib.request\nURL = 'https://update.example.com/v'\n")
    # Only the two local-socket classes pass; anything else from QtNetwork is caught.
    assert _network_imports(ast.parse("from PySide6.QtNetwork import QLocalServer, QLocalSocket")) == []
    assert _network_imports(ast.parse("from PySide6.QtNetwork import QLocalSocket, QTcpSocket"))
    assert _network_imports(ast.parse("import PySide6.QtNetwork"))
    imports = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert imports[0].split(".")[0] in NETWORK_MODULES
    consts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and id(n) not in _docstrings(tree)]
    assert any("https://" in c for c in consts)
