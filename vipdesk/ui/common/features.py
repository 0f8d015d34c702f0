"""Feature modules that plug into the main window.

Each module named here has ``install(window)`` and adds its menu actions or
dock widgets through ``window.menu(name)``, ``window.current_member_id()``,
``window.member_changed`` and ``window.data_changed``.  Append one line per
feature.  A feature that fails to import or install is logged and skipped:
the counter must still open.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

log = logging.getLogger(__name__)

FEATURE_MODULES: list[str] = [
    "vipdesk.ui.loyalty.feature",
    "vipdesk.ui.reports.feature",
    "vipdesk.ui.hygiene.feature",
    "vipdesk.ui.safety.feature",
    "vipdesk.ui.care.feature",
    "vipdesk.ui.access.feature",
]

failed_features: list[str] = []


def install_features(window: Any) -> None:
    failed_features.clear()
    for name in FEATURE_MODULES:
        try:
            importlib.import_module(name).install(window)
        except Exception:  # noqa: BLE001 - one broken feature must not stop the shop
            log.exception("feature %s could not be installed", name)
            failed_features.append(name)
