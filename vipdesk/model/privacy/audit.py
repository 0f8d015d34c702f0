"""The audit log: who did what sensitive thing, when, to how many members, into which file.

Rows live in the lead's ``AuditLog`` table, which SQLite triggers keep
append-only (UPDATE and DELETE are refused), so an entry cannot be quietly
removed after an export.  Other modules may write ``AuditLog`` rows directly
with their own action names; ``ACTION_LABELS`` names the known ones in Chinese
for the viewer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import AuditLog
from vipdesk.text import tr_noop

EXPORT = "export"
UNMASK = "unmask"
DELETE = "delete"
ANONYMISE = "anonymise"
MERGE = "merge"
RESTORE = "restore"
SETTINGS = "settings_change"
PIN_CHANGE = "pin_change"
CONSENT_WITHDRAWN = "consent_withdrawn"
BULK = "bulk_action"

ACTION_LABELS: dict[str, str] = {
    EXPORT: tr_noop("导出"),
    UNMASK: tr_noop("查看完整手机号"),
    DELETE: tr_noop("删除"),
    ANONYMISE: tr_noop("注销(匿名化)会员"),
    MERGE: tr_noop("合并会员"),
    RESTORE: tr_noop("恢复备份"),
    SETTINGS: tr_noop("修改设置"),
    PIN_CHANGE: tr_noop("修改店长密码"),
    CONSENT_WITHDRAWN: tr_noop("撤回营销同意"),
    BULK: tr_noop("批量操作"),
    "member_export": tr_noop("导出会员个人数据"),
    "export_members": tr_noop("导出会员名单"),
    "care_export": tr_noop("群发短信导出"),
    "print_full_phones": tr_noop("打印完整手机号"),
    "not_duplicate": tr_noop("标记不是同一人"),
}


def action_label(action: str) -> str:
    from vipdesk.text import tr

    label = ACTION_LABELS.get(action)
    return tr(label) if label else action


def log(action: str, *, count: int = 0, detail: str = "", file: str | Path = "", clerk: str = "") -> int:
    """Append one entry; returns its id.  Runs inside the caller's transaction if there is one,
    so the entry and the action it records commit (or roll back) together."""
    with transaction():
        row = AuditLog.create(action=action, count=int(count), detail=detail or "", file=str(file or ""),
                              clerk=clerk or "")
    return int(row.id)


@dataclass(frozen=True)
class Entry:
    id: int
    at: dt.datetime
    clerk: str
    action: str
    label: str
    count: int
    detail: str
    file: str


def entries(*, action: str | None = None, since: dt.datetime | None = None, until: dt.datetime | None = None,
            text: str = "", limit: int = 1000) -> list[Entry]:
    """Entries for the viewer, newest first; *text* matches detail, file or clerk."""
    q = AuditLog.select()
    if action:
        q = q.where(AuditLog.action == action)
    if since is not None:
        q = q.where(AuditLog.at >= since)
    if until is not None:
        q = q.where(AuditLog.at < until)
    if text:
        q = q.where(AuditLog.detail.contains(text) | AuditLog.file.contains(text) | AuditLog.clerk.contains(text))
    out = []
    for r in q.order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(limit):
        at = r.at if isinstance(r.at, dt.datetime) else dt.datetime.fromisoformat(str(r.at))
        out.append(Entry(r.id, at, r.clerk, r.action, action_label(r.action), r.count, r.detail, r.file))
    return out


def actions_in_use() -> list[str]:
    """Distinct actions present, for the viewer's filter."""
    return [a for (a,) in AuditLog.select(AuditLog.action).distinct().order_by(AuditLog.action).tuples()]
