"""Every settings change leaves an audit entry in the same transaction (issue 7)."""

from __future__ import annotations

import pytest

from vipdesk.model.privacy import audit, owner
from vipdesk.model.store import settings
from vipdesk.model.store.db import transaction


def _setting_entries() -> list[str]:
    return [e.detail for e in audit.entries(action=audit.SETTINGS)]


def test_put_and_reset_are_logged_with_the_key(db_path):
    settings.put(settings.SHOP_NAME.key, "丽人服饰")
    assert _setting_entries() == [settings.SHOP_NAME.key]
    settings.put(settings.SHOP_NAME.key, "丽人服饰")  # no change: no entry
    assert len(_setting_entries()) == 1
    settings.reset(settings.SHOP_NAME.key)
    assert _setting_entries() == [settings.SHOP_NAME.key] * 2
    settings.reset(settings.SHOP_NAME.key)  # nothing stored: nothing changed
    assert len(_setting_entries()) == 2


def test_a_rolled_back_change_leaves_no_entry(db_path):
    with pytest.raises(RuntimeError):
        with transaction():
            settings.put(settings.CARD_PRICE.key, 5000)
            raise RuntimeError("boom")
    assert settings.get(settings.CARD_PRICE.key) == 3800
    assert _setting_entries() == []


def test_pin_state_is_not_logged_as_a_settings_change(db_path):
    owner.set_pin("258013")
    owner.check_owner_pin("999999")
    assert _setting_entries() == []
    assert [e.action for e in audit.entries()] == [audit.PIN_CHANGE]
