"""Enrol a member (P5): name and mobile first, everything else optional.

While the clerk types, a mobile already on file shows "该手机号已是会员 X"
with a button to open her (no duplicate is created), and the same name with
the same birthday shows a warning.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.errors import DuplicateMember, ValidationError, VipdeskError
from vipdesk.model.members import detail as member_detail
from vipdesk.model.members import profile as members
from vipdesk.model.members.phone import mask_phone
from vipdesk.text import tr, untr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.dialogs import Std, button_box
from vipdesk.ui.common.widgets import BirthdayEdit, MemberPicker, StaffCombo


class EnrolDialog(QDialog):
    """After exec(): ``member_id`` is the new member, or the existing one when
    ``opened_existing`` is True (the clerk chose 打开该会员)."""

    def __init__(self, parent: QWidget | None = None, clerk_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新会员入会 (Ctrl+N)"))
        self.member_id: int | None = None
        self.opened_existing = False
        self._existing_id: int | None = None
        self.referrer_id: int | None = None

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("必填"))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("必填,11 位手机号"))
        self.phone_warning = QLabel(self)
        self.phone_warning.setStyleSheet("color: #b03a2e; font-weight: bold;")
        self.open_existing_button = QPushButton(self.tr("打开该会员"), self)
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.clicked.connect(self._open_existing)
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.phone_warning, 1)
        warn_row.addWidget(self.open_existing_button)
        self.birthday = BirthdayEdit(self)
        self.same_warning = QLabel(self)
        self.same_warning.setWordWrap(True)
        self.same_warning.setStyleSheet("color: #b8860b;")
        self.gender = QComboBox(self)
        for label, code in ((self.tr("女"), "F"), (self.tr("男"), "M"), (self.tr("未填"), "")):
            self.gender.addItem(label, code)
        self.clerk = StaffCombo(self)
        self.clerk.set_clerk(clerk_id)
        self.channel = QComboBox(self)
        self.channel.setEditable(True)
        self.channel.addItems([tr(c) for c in members.CHANNELS])  # shown translated, stored Chinese (untr)
        self.referrer_label = QLabel(self.tr("(无)"), self)
        pick = QPushButton(self.tr("选择…"), self)
        pick.setAutoDefault(False)
        pick.clicked.connect(self._pick_referrer)
        ref_row = QHBoxLayout()
        ref_row.addWidget(self.referrer_label, 1)
        ref_row.addWidget(pick)

        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("手机"), self.phone)
        form.addRow("", warn_row)
        form.addRow(self.tr("生日"), self.birthday)
        form.addRow("", self.same_warning)
        form.addRow(self.tr("性别"), self.gender)
        form.addRow(self.tr("专属导购"), self.clerk)
        form.addRow(self.tr("入会渠道"), self.channel)
        form.addRow(self.tr("介绍人"), ref_row)
        # P6 / issue 17: a pre-printed PVC card is bound by scanning it here (digits only, IME off).
        from vipdesk.ui.counter.scanner import takes_scans

        self.card = takes_scans(QLineEdit(self))
        self.card.setPlaceholderText(self.tr("扫描预制会员卡,可不填"))
        form.addRow(self.tr("会员卡号"), self.card)
        # issue 7: marketing consent yes/no, guardian warning for a child under 14
        from vipdesk.ui.privacy.consent import add_enrol_consent

        self.privacy = add_enrol_consent(self, form)

        box = button_box(self, Std.Ok | Std.Cancel, texts={Std.Ok: self.tr("入会")}, on_accept=self.submit)
        self.ok_button = box.button(Std.Ok)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(box)
        hint = QLabel(self.tr("只需姓名和手机号;其余信息以后到店时再补充。"), self)
        hint.setStyleSheet("color: #777;")
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addLayout(buttons)

        self.setTabOrder(self.name, self.phone)
        self.setTabOrder(self.phone, self.birthday.kind)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self.check_now)
        self.phone.textChanged.connect(lambda _t: self._check_timer.start())
        self.name.textChanged.connect(lambda _t: self._check_timer.start())
        self.birthday.changed.connect(self._check_timer.start)
        self._show_existing(None)
        self.resize(480, 380)
        self.name.setFocus()

    # --- live checks while typing
    def check_now(self) -> None:
        self._check_timer.stop()
        existing = members.find_by_phone(self.phone.text()) if self.phone.text().strip() else None
        self._show_existing(existing)
        try:
            b = self.birthday.value()
        except ValidationError:
            b = None
        same = members.same_name_birthday(self.name.text(), b) if b else []
        if same:
            who = "、".join(f"{m.name}({mask_phone(m.phone)})" for m in same[:3])
            self.same_warning.setText(self.tr("注意:已有同名同生日的会员 {who},请确认不是同一人").format(who=who))
        else:
            self.same_warning.setText("")
        self.same_warning.setVisible(bool(same))
        self.privacy.update(b)

    def _show_existing(self, member) -> None:
        self._existing_id = member.id if member is not None else None
        self.phone_warning.setVisible(member is not None)
        if member is None:
            self.phone_warning.setText("")
            self.open_existing_button.hide()
        else:
            self.phone_warning.setText(self.tr("该手机号已是会员 {name}").format(name=member.name))
            self.open_existing_button.show()

    def _open_existing(self) -> None:
        if self._existing_id is not None:
            self.member_id = self._existing_id
            self.opened_existing = True
            self.accept()

    def _pick_referrer(self) -> None:
        picker = MemberPicker(self)
        if dialogs.exec_dialog(picker) and picker.chosen_id:
            self.referrer_id = picker.chosen_id
            self.referrer_label.setText(member_detail.member_name(picker.chosen_id))

    # --- submit
    def submit(self) -> bool:
        try:
            from vipdesk.model import codes

            mid = codes.enrol_with_card(self.name.text(), self.phone.text(), self.card.text(),
                                        birthday=self.birthday.value(), clerk_id=self.clerk.clerk_id(),
                                        gender=self.gender.currentData(), channel=untr(self.channel.currentText(), members.CHANNELS),
                                        referred_by_id=self.referrer_id)
        except DuplicateMember as exc:
            self._show_existing(members.get_member(exc.member_id))
            choice = dialogs.choose(self, self.tr("该手机号已是会员 {name},不会重复入会。").format(
                name=member_detail.member_name(exc.member_id)), [self.tr("打开该会员"), self.tr("返回修改")])
            if choice == 0:
                self.member_id = exc.member_id
                self.opened_existing = True
                self.accept()
            return False
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.privacy.record(mid)
        self.member_id = mid
        self.accept()
        return True
