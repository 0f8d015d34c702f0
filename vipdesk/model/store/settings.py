"""Owner settings: every setting declared once, with its type and default.

Feature modules declare their own settings at import time with
``declare``; values live as JSON in the ``setting`` table.  A default from
the seeds applies until the owner changes it; changing a setting never
rewrites past ledger entries — rules read settings when they run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from vipdesk.model.store.db import transaction
from vipdesk.model.store.tables import Setting


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: Any
    label: str  # Chinese label for the settings dialog
    group: str = "通用"
    help: str = ""


REGISTRY: dict[str, SettingDef] = {}


def declare(key: str, default: Any, label: str, group: str = "通用", help: str = "") -> SettingDef:
    d = SettingDef(key, default, label, group, help)
    REGISTRY[key] = d
    return d


_ABSENT = object()


def stored_json(key: str) -> str | None:
    """The stored JSON text of *key* (None: not stored); remembered for the rest of the
    current write transaction (db.txn_memo), where nobody else can change it."""
    from vipdesk.model.store.db import db, txn_memo

    memo = txn_memo()
    mkey = "setting:" + key
    if memo is not None:
        hit = memo.get(mkey, _ABSENT)
        if hit is not _ABSENT:
            return hit  # type: ignore[return-value]
    row = db.execute_sql("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    value = row[0] if row is not None else None
    if memo is not None:
        memo[mkey] = value
    return value


def preload(keys: tuple[str, ...] | list[str]) -> None:
    """Read *keys* in one statement into the current write transaction's memo, so a sale's
    dozen rules each find their setting there instead of querying one by one (issue 14).
    Outside a transaction it does nothing (there is no memo to fill)."""
    from vipdesk.model.store.db import db, txn_memo

    memo = txn_memo()
    if memo is None:
        return
    todo = [k for k in keys if "setting:" + k not in memo]
    if not todo:
        return
    found = dict(db.execute_sql(f"SELECT key, value FROM setting WHERE key IN ({','.join('?' * len(todo))})",
                                todo).fetchall())
    for k in todo:
        memo["setting:" + k] = found.get(k)


def _forget(key: str) -> None:
    from vipdesk.model.store.db import txn_memo

    memo = txn_memo()
    if memo is not None:
        memo.pop("setting:" + key, None)


def get(key: str) -> Any:
    d = REGISTRY[key]
    text = stored_json(key)
    if text is None:
        return json.loads(json.dumps(d.default))  # a copy: callers may mutate lists
    return json.loads(text)


def _audit(key: str) -> None:
    """Every owner-visible settings change leaves an audit entry (issue 7), in the writer's
    transaction.  Internal state (group 内部: the PIN hash and failure counter) is not a
    setting the owner edits; PIN changes have their own entry."""
    d = REGISTRY.get(key)
    if d is not None and d.group == "内部":
        return
    from vipdesk.model.privacy import audit  # lazy: privacy imports settings

    audit.log(audit.SETTINGS, detail=key)


def put(key: str, value: Any) -> None:
    """Store a value; an actual change is audit-logged in the same transaction."""
    if key not in REGISTRY:
        raise KeyError(key)
    payload = json.dumps(value, ensure_ascii=False)
    with transaction():
        row = Setting.get_or_none(Setting.key == key)
        if row is not None and row.value == payload:
            return  # unchanged: nothing to write or log
        Setting.insert(key=key, value=payload).on_conflict_replace().execute()
        _forget(key)
        _audit(key)


def reset(key: str) -> None:
    """Back to the default; audit-logged when there was a stored value."""
    with transaction():
        _forget(key)
        if Setting.delete().where(Setting.key == key).execute():
            _audit(key)


# --- settings of the foundation
SHOP_NAME = declare("shop.name", "会员管家示范店", "店名")
SHOP_KIND = declare("shop.kind", "fashion", "店铺类型", help="fashion 服装 / kids 童装 / jewelry 珠宝")
CARD_PRICE = declare("card.price_fen", 3800, "会员卡售价(分)", "会员卡", "默认 38 元")
FREE_CARD_ITEMS = declare("card.free_items", 3, "一次购买满几件免费办卡", "会员卡")
