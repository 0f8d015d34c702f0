"""Member privacy actions from the menus: withdraw consent, export her data, anonymise (PIN + confirm),
the retention list, the audit-log viewer, privacy settings; the list masks phones."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from vipdesk.model.members import profile as members
from vipdesk.model.members.search import search_member_ids
from vipdesk.model.privacy import audit, consent, owner
from vipdesk.model.store import settings
from vipdesk.model.store.tables import Member
from vipdesk.ui.privacy import actions as privacy_actions


def enter_pin(pin: str):
    def handler(d):
        d.pin.setText(pin)
        d.submit()
    return handler


@pytest.fixture
def her(main_window):
    m = members.enrol("黄明华", "13812345678")
    members.enrol("李秀英", "13987651234")
    consent.record_marketing_consent(m.id, True)
    owner.set_pin("258013")
    main_window.open_member(m.id)
    assert main_window.current_member_id() == m.id
    return m


def test_withdraw_is_one_click_and_logged(main_window, her):
    main_window.safety_feature.actions["withdraw"].trigger()
    assert not consent.marketing_allowed(her.id)
    assert audit.entries(action=audit.CONSENT_WITHDRAWN)


def test_grant_asks_then_records(main_window, her, answers):
    consent.withdraw_marketing(her.id)
    answers.replies.append(1)  # 否
    main_window.safety_feature.actions["grant"].trigger()
    assert not consent.marketing_allowed(her.id)
    answers.replies.append(0)
    main_window.safety_feature.actions["grant"].trigger()
    assert consent.marketing_allowed(her.id)


def test_consent_history_shown(main_window, her, answers):
    main_window.safety_feature.actions["consent"].trigger()
    text = answers.texts()[-1]
    assert "入会同意:已同意" in text and "接收营销信息:同意" in text


def test_guardian_for_a_child(main_window, drive):
    from vipdesk.model.members.profile import Birthday

    kid = members.enrol("小朋友", "13900000001", birthday=Birthday(6, 1, dt.date.today().year - 8))
    main_window.open_member(kid.id)
    assert consent.require_guardian(kid.id)
    assert privacy_actions.guardian_warning(kid.birth_year, 6, 1)
    assert privacy_actions.guardian_warning(1990, 6, 1) == ""

    def fill(d):
        d.name.setText("王芳")
        d.submit()

    drive.push(fill)
    main_window.safety_feature.actions["guardian"].trigger()
    assert not consent.require_guardian(kid.id)


def test_export_her_data(main_window, her, answers, tmp_path, drive):
    drive.push(enter_pin("111111"))  # wrong PIN → no file
    privacy_actions.export_member(main_window, her.id, tmp_path / "her.json")
    drive.push(lambda d: d.reject())
    privacy_actions.export_member(main_window, her.id, tmp_path / "her.json")
    assert not (tmp_path / "her.json").exists() and audit.entries(action="member_export") == []
    drive.push(enter_pin("258013"))
    privacy_actions.export_member(main_window, her.id, tmp_path / "her.json")
    data = json.loads((tmp_path / "her.json").read_text(encoding="utf-8"))
    assert dict(data["sections"]["基本资料"][1:])["手机"] == "13812345678"
    assert "已导出到" in answers.texts()[-1]
    assert audit.entries(action="member_export")[0].file == str(tmp_path / "her.json")


def test_anonymise_needs_pin_and_confirmation(main_window, her, answers, drive):
    drive.push(lambda d: d.reject())
    main_window.safety_feature.actions["anonymise"].trigger()
    assert Member.get_by_id(her.id).status == "active"

    drive.push(enter_pin("258013"))
    answers.replies.append(1)  # 否
    main_window.safety_feature.actions["anonymise"].trigger()
    assert Member.get_by_id(her.id).status == "active"

    drive.push(enter_pin("258013"))
    answers.replies.append(0)
    main_window.safety_feature.actions["anonymise"].trigger()
    assert Member.get_by_id(her.id).status == "anonymised"
    assert search_member_ids("5678") == [] and search_member_ids("黄明华") == []
    model = main_window.list_pane.model
    model.reload()
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert shown == ["李秀英"]


def test_retention_list_and_bulk_anonymise(qtbot, main_window, drive, answers):
    old = members.enrol("老会员", "13900000001", enrolled_on=dt.date(2018, 1, 1))
    members.enrol("新会员", "13900000002")
    owner.set_pin("258013")
    dlg = privacy_actions.RetentionDialog(main_window)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 1).text() == "老会员"
    drive.push(enter_pin("258013"))
    answers.replies.append(0)
    assert dlg.anonymise_all() is True
    assert Member.get_by_id(old.id).status == "anonymised"
    assert dlg.table.rowCount() == 0
    assert audit.entries(action=audit.BULK)[0].count == 1


def test_audit_viewer_lists_and_filters(qtbot, main_window, her):
    audit.log(audit.EXPORT, count=5, detail="会员名单", file="x.xlsx", clerk="王丽")
    consent.withdraw_marketing(her.id)
    dlg = privacy_actions.AuditDialog(main_window)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() >= 3  # pin set, export, withdrawal
    i = dlg.action.findData(audit.EXPORT)
    dlg.action.setCurrentIndex(i)
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 3).text() == "会员名单"
    dlg.action.setCurrentIndex(0)
    dlg.text.setText("王丽")
    assert dlg.table.rowCount() == 1


def test_privacy_settings_need_the_owner_and_are_logged(main_window, drive):
    owner.set_pin("258013")

    def change(d):
        d.months.setValue(24)
        d.care.setChecked(False)
        d.submit()

    drive.push(enter_pin("258013"))
    drive.push(change)
    main_window.safety_feature.actions["privacy_settings"].trigger()
    assert settings.get("privacy.retention_months") == 24
    assert settings.get("privacy.care_is_service") is False
    assert audit.entries(action=audit.SETTINGS)[0].count == 2


def test_customer_list_masks_phones(main_window, her):
    from vipdesk.ui.counter.list_model import PhoneRole

    model = main_window.list_pane.model
    model.reload()
    shown = {model.data(model.index(r, 1)) for r in range(model.rowCount())}
    assert shown == {"138****5678", "139****1234"}
    assert model.data(model.index(0, 1), PhoneRole) in ("13812345678", "13987651234")  # for the detail pane only


def test_detail_pane_header_offers_the_privacy_actions(main_window, her):
    """The header's right-click menu exists once a member is open (issue 14: the member page
    is built at the first member opened)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    header = main_window.detail_pane.findChild(QWidget, "memberHeader")
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    texts = [a.text() for a in header.actions()]
    assert "撤回营销同意" in texts and "注销(匿名化)会员…" in texts and "导出该会员数据…" in texts
