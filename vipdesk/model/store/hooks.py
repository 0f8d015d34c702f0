"""Domain events, so rules (loyalty, care, segments) plug into enrolment and
sales without the sales code knowing them.

Handlers run synchronously *inside* the caller's transaction: if one fails,
the whole user action rolls back.  Events and their argument:
member_enrolled(member_id), card_issued(card_id), sale_recorded(sale_id),
return_recorded(return_sale_id), visit_logged(visit_id).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

# Modules that register handlers when imported; loaded on first use.
PLUGIN_MODULES: tuple[str, ...] = (
    "vipdesk.model.loyalty.events",
    "vipdesk.model.loyalty.reversal",
    "vipdesk.model.segmentation.store",
    "vipdesk.model.privacy.consent",
)

_handlers: dict[str, list[Callable[..., None]]] = {}
_loaded = False


def on(event: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    def register(fn: Callable[..., None]) -> Callable[..., None]:
        _handlers.setdefault(event, []).append(fn)
        return fn

    return register


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for name in PLUGIN_MODULES:
            importlib.import_module(name)


def run(event: str, *args: object) -> None:
    _load()
    for fn in _handlers.get(event, []):
        fn(*args)
