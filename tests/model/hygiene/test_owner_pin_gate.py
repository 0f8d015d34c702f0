"""The hygiene gate has require_owner's semantics: no PIN set → closed, not open."""

from __future__ import annotations

from vipdesk.model.hygiene import owner_pin
from vipdesk.model.privacy import owner


def test_no_pin_means_no_access(db_path):
    assert not owner_pin.pin_is_set()
    assert owner_pin.check_owner_pin("") is False
    assert owner_pin.check_owner_pin("246813") is False


def test_only_the_right_pin_opens(db_path):
    owner.set_pin("246813")
    assert owner_pin.pin_is_set()
    assert owner_pin.check_owner_pin("135792") is False
    assert owner_pin.check_owner_pin("246813") is True
