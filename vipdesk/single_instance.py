"""A second start on the same database brings the running window to the front.

Why a local socket as well as the file lock (``model/safety/lock.py``): the
lock only says "someone has this file"; the clerk who double-clicks the
desktop icon again wants the open window, not an error.  The running vipdesk
listens on a QLocalServer whose name is a hash of the user and the
database's resolved path, so two different databases can be open at once and
two Windows users on one PC do not see each other.  QtCore/QtNetwork only.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
ACK = b"ok\n"
TIMEOUT_MS = 1500


def server_name(db_path: str | Path) -> str:
    """Socket name for one user and one database file (same file → same name, however spelt)."""
    resolved = os.path.normcase(str(Path(db_path).expanduser().resolve()))
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (odd containers): the path alone still separates files
        user = ""
    digest = hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:24]
    return f"vipdesk-{digest}"


def ask_running_instance(db_path: str | Path, timeout_ms: int = TIMEOUT_MS) -> bool:
    """True if a vipdesk already has *db_path* open and was asked to come to the front."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(db_path))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(RAISE)
    sock.flush()  # (waitForBytesWritten would then report False: nothing left to write)
    reply = b""
    while ACK not in reply and sock.waitForReadyRead(timeout_ms):
        reply += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return ACK in reply


class InstanceServer(QObject):
    """Listens for a second start on the same database and calls ``on_raise``."""

    def __init__(self, db_path: str | Path, on_raise: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_raise = on_raise
        self.name = server_name(db_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A crashed vipdesk leaves its socket file behind on Linux/macOS; we hold the
        # database lock, so no live vipdesk can be using this name.
        QLocalServer.removeServer(self.name)
        self.listening = self.server.listen(self.name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if not bytes(sock.readAll().data()).startswith(RAISE.strip()):
            return
        self.on_raise()
        sock.write(ACK)
        sock.flush()

    def close(self) -> None:
        self.server.close()
