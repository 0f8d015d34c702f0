"""Owner PIN in the GUI: first-run set-up (may be postponed), require_owner, the delay after wrong tries."""

from __future__ import annotations

import pytest

from vipdesk.model.privacy import audit, owner
from vipdesk.model.safety.pin import BASE_DELAY, FREE_ATTEMPTS
from vipdesk.ui.privacy import pin as privacy_pin

T0 = 1_800_000_000.0


def fill_new(pin: str, repeat: str | None = None):
    def handler(d):
        d.new.setText(pin)
        d.repeat.setText(pin if repeat is None else repeat)
        d.submit()
    return handler


def test_first_run_can_be_postponed(qtbot, db_path, ui_env, drive):
    drive.push(lambda d: d.reject())
    assert privacy_pin.first_run_pin(None) is False
    assert drive.seen == ["SetPinDialog"]
    assert not owner.has_pin()


def test_first_run_sets_the_pin(qtbot, db_path, ui_env, drive, answers):
    drive.push(fill_new("258013"))
    assert privacy_pin.first_run_pin(None) is True
    # Issue 13: the first PIN creates the owner's login and shows its recovery code once.
    assert any("恢复码" in t for t in answers.texts())
    assert owner.has_pin() and owner.check_owner_pin("258013")
    assert privacy_pin.first_run_pin(None) is True  # no second prompt once set
    assert drive.seen == ["SetPinDialog"]


def test_mismatch_and_weak_pins_are_explained(qtbot, db_path, ui_env):
    d = privacy_pin.SetPinDialog(None)
    qtbot.addWidget(d)
    d.new.setText("258013")
    d.repeat.setText("258014")
    assert d.submit() is False and "不一样" in d.error.text()
    d.new.setText("123456")
    d.repeat.setText("123456")
    assert d.submit() is False and "店长密码" in d.error.text()
    assert not owner.has_pin()


def test_require_owner_without_pin_asks_to_set_one_first(qtbot, db_path, ui_env, drive, answers):
    drive.push(fill_new("369147"))
    assert privacy_pin.require_owner(None, "注销会员需要店长密码。") is True
    assert any("还没有设置" in t for t in answers.texts())
    assert owner.has_pin()
    # postponing again refuses the owner action
    owner_less = []
    drive.push(lambda d: (owner_less.append(type(d).__name__), d.reject()))
    assert privacy_pin.require_owner(None) is False


def test_require_owner_checks_the_pin(qtbot, db_path, ui_env, drive):
    owner.set_pin("258013")

    def wrong(d):
        d.pin.setText("111111")
        d.submit()
        assert d.error.text() == "密码不正确"
        d.reject()

    def right(d):
        d.pin.setText("258013")
        d.submit()

    drive.push(wrong)
    assert privacy_pin.require_owner(None) is False
    drive.push(right)
    assert privacy_pin.require_owner(None) is True


def test_wrong_pins_show_the_computed_delay(qtbot, db_path, ui_env):
    owner.set_pin("258013")
    d = privacy_pin.PinDialog(None)
    qtbot.addWidget(d)
    for i in range(FREE_ATTEMPTS):
        d.pin.setText("999999")
        assert d.submit(now=T0 + i) is False
    last = T0 + FREE_ATTEMPTS - 1
    assert d.show_wait(last) == pytest.approx(BASE_DELAY)
    assert f"{int(BASE_DELAY)} 秒" in d.error.text()
    d.pin.setText("258013")  # even the right PIN waits
    assert d.submit(now=last + 2) is False
    assert f"{int(BASE_DELAY) - 2} 秒" in d.error.text()
    d.pin.setText("258013")
    assert d.submit(now=last + BASE_DELAY) is True
    assert owner.failures() == 0


def test_change_pin_needs_the_old_one(qtbot, db_path, ui_env, drive):
    owner.set_pin("258013")

    def change(d):
        assert d.changing
        d.old.setText("258013")
        d.new.setText("369147")
        d.repeat.setText("369147")
        d.submit()

    drive.push(change)
    assert privacy_pin.change_pin(None) is True
    assert owner.check_owner_pin("369147")
    assert [e.action for e in audit.entries()] == [audit.PIN_CHANGE, audit.PIN_CHANGE]
