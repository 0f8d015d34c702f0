"""Exports leave a line in the append-only audit log (who, what, how many, where),
because a workbook with members' data leaves the shop's computer."""

from __future__ import annotations

from pathlib import Path

from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import AuditLog


def note_export(action: str, count: int, detail: str, file: str | Path, clerk: str = "") -> None:
    with transaction():
        AuditLog.create(action=action, count=count, detail=detail, file=str(file), clerk=clerk)
