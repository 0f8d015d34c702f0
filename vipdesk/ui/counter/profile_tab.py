"""档案 tab: hard profile (P1, P7–P9), soft profile (P2) and staff observations (P3).

One 保存 writes all fields through ``members.update_member`` in one
transaction; a ValidationError is shown naming the field and the form keeps
what the clerk typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.errors import ValidationError, VipdeskError
from vipdesk.model.members import completeness
from vipdesk.model.members import profile as members
from vipdesk.model.members.age import BirthYear, parse_birth_year
from vipdesk.model.members.detail import MemberDetail, member_name
from vipdesk.model.members.phone import format_phone
from vipdesk.text import tr, untr
from vipdesk.ui.common import dialogs
from vipdesk.ui.common.widgets import BirthdayEdit, MemberPicker, StaffCombo, birthday_of


class ProfileTab(QScrollArea):
    """Signals: saved(int member_id) after a successful save."""

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.member_id: int | None = None
        self._loading = False
        self.dirty = False
        body = QWidget(self)
        self.setWidget(body)

        hard = QGroupBox(self.tr("基本档案"), body)
        hf = QFormLayout(hard)
        self.name = QLineEdit(hard)
        self.phone = QLineEdit(hard)
        self.gender = QComboBox(hard)
        for label, code in ((self.tr("未填"), ""), (self.tr("女"), "F"), (self.tr("男"), "M")):
            self.gender.addItem(label, code)
        self.ethnicity = QLineEdit(hard)
        self.ethnicity.setPlaceholderText(self.tr("如 汉族"))
        self.birthday = BirthdayEdit(hard)
        self.approx_age = QLineEdit(hard)  # P1: birth year or age when month/day are unknown
        self.approx_age.setPlaceholderText(self.tr("不知道生日时填:1985年 / 约40岁 / 40多岁 / 80后"))
        self.email = QLineEdit(hard)
        self.address = QLineEdit(hard)
        self.sizes = QLineEdit(hard)
        self.sizes.setPlaceholderText(self.tr("如 上衣 M / 裤 27 / 鞋 37"))
        self.clerk = StaffCombo(hard)
        self.channel = QComboBox(hard)
        self.channel.setEditable(True)
        self.channel.addItem("")
        for c in members.CHANNELS:
            self.channel.addItem(tr(c))  # shown translated, stored Chinese (untr)
        self.referrer_label = QLabel(hard)
        self.referrer_id: int | None = None
        pick = QPushButton(self.tr("选择…"), hard)
        clear = QPushButton(self.tr("清除"), hard)
        pick.clicked.connect(self.pick_referrer)
        clear.clicked.connect(lambda: self.set_referrer(None))
        ref_row = QHBoxLayout()
        ref_row.addWidget(self.referrer_label, 1)
        ref_row.addWidget(pick)
        ref_row.addWidget(clear)
        for label, w in ((self.tr("姓名"), self.name), (self.tr("手机"), self.phone), (self.tr("性别"), self.gender),
                         (self.tr("民族"), self.ethnicity), (self.tr("生日"), self.birthday),
                         (self.tr("出生年份/年龄"), self.approx_age),
                         (self.tr("邮箱"), self.email), (self.tr("地址"), self.address),
                         (self.tr("尺码"), self.sizes), (self.tr("专属导购"), self.clerk),
                         (self.tr("入会渠道"), self.channel)):
            hf.addRow(label, w)
        hf.addRow(self.tr("介绍人"), ref_row)

        soft = QGroupBox(self.tr("软档案(喜好与习惯)"), body)
        sg = QGridLayout(soft)
        self.soft: dict[str, QComboBox] = {}
        for n, (key, (label, choices)) in enumerate(members.SOFT_FIELDS.items()):
            combo = QComboBox(soft)
            combo.setEditable(True)
            combo.addItem("")
            combo.addItems([tr(c) for c in choices])  # shown translated, stored Chinese (untr)
            combo.setMinimumContentsLength(8)
            self.soft[key] = combo
            sg.addWidget(QLabel(tr(label), soft), n // 2, (n % 2) * 2)  # model labels: context "vipdesk"
            sg.addWidget(combo, n // 2, (n % 2) * 2 + 1)
        self.soft_notes = QPlainTextEdit(soft)
        self.soft_notes.setPlaceholderText(self.tr("其他喜好、家庭、工作等,随聊随记"))
        self.soft_notes.setTabChangesFocus(True)
        self.soft_notes.setFixedHeight(64)
        rows = (len(members.SOFT_FIELDS) + 1) // 2
        sg.addWidget(QLabel(self.tr("备注"), soft), rows, 0)
        sg.addWidget(self.soft_notes, rows, 1, 1, 3)
        sg.setColumnStretch(1, 1)
        sg.setColumnStretch(3, 1)

        obs = QGroupBox(self.tr("员工观察(气质、外形、体型变化、聊天要点)"), body)
        ol = QVBoxLayout(obs)
        self.observations = QPlainTextEdit(obs)
        self.observations.setTabChangesFocus(True)
        self.observations.setFixedHeight(72)
        ol.addWidget(self.observations)

        self.save_button = QPushButton(self.tr("保存档案 (Ctrl+S)"), body)
        self.save_button.setToolTip(self.tr("保存档案的全部修改 (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(body)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)

        self.completeness_label = QLabel(body)
        self.completeness_label.setObjectName("completeness")
        self.completeness_label.setToolTip(self.tr("档案完整度(P10):姓名、手机、性别、生日、地址齐全才算完整档案"))

        lay = QVBoxLayout(body)
        lay.addWidget(self.completeness_label)
        lay.addWidget(hard)
        lay.addWidget(soft)
        lay.addWidget(obs)
        lay.addLayout(bottom)
        lay.addStretch(1)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

        for w in (self.name, self.phone, self.ethnicity, self.email, self.address, self.sizes, self.approx_age):
            w.textEdited.connect(self._mark_dirty)
        for w in (self.gender, self.channel, self.clerk, *self.soft.values()):
            w.currentTextChanged.connect(self._mark_dirty)
        for w in (self.soft_notes, self.observations):
            w.textChanged.connect(self._mark_dirty)
        self.birthday.changed.connect(self._mark_dirty)

    def _mark_dirty(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.status.setText(self.tr("有未保存的修改"))

    def load(self, d: MemberDetail) -> None:
        self._loading = True
        try:
            m = d.member
            self.member_id = m.id
            self.name.setText(m.name)
            self.phone.setText(format_phone(m.phone))
            self.gender.setCurrentIndex(max(self.gender.findData(m.gender), 0))
            self.ethnicity.setText(m.ethnicity)
            self.birthday.set_value(birthday_of(m))
            self.approx_age.setText(BirthYear(m.birth_year, bool(m.birth_year_estimated)).text()
                                    if m.birth_year and not m.birth_month else "")
            self.email.setText(m.email)
            self.address.setText(m.address)
            self.sizes.setText(m.sizes)
            self.clerk.reload(keep=m.clerk_id)
            self.channel.setCurrentText(tr(m.channel) if m.channel else "")
            self.referrer_id = m.referred_by_id
            self.referrer_label.setText(d.referrer_name or self.tr("(无)"))
            for key, combo in self.soft.items():
                combo.setCurrentText(tr(getattr(m, key)) if getattr(m, key) else "")
            self.soft_notes.setPlainText(m.soft_notes)
            self.observations.setPlainText(m.observations)
        finally:
            self._loading = False
        self.dirty = False
        self.status.setText("")
        self.show_completeness(m)

    def show_completeness(self, m) -> None:
        """Tell the clerk what to ask next visit: the score and the core fields still missing."""
        score = completeness.completeness(m)
        missing = completeness.missing_core(m)
        text = self.tr("档案完整度 {n}%").format(n=score)
        if missing:
            text += self.tr(" — 下次到店请补充:{fields}").format(fields="、".join(tr(x) for x in missing))
            self.completeness_label.setStyleSheet("color: #b8860b;")
        else:
            self.completeness_label.setStyleSheet("color: #4a7a4a;")
        self.completeness_label.setText(text)

    def set_referrer(self, member_id: int | None) -> None:
        self.referrer_id = member_id
        self.referrer_label.setText(member_name(member_id) or self.tr("(无)"))
        self._mark_dirty()

    def pick_referrer(self) -> None:
        picker = MemberPicker(self, exclude_id=self.member_id)
        if dialogs.exec_dialog(picker) and picker.chosen_id:
            self.set_referrer(picker.chosen_id)

    def values(self) -> dict:
        """The form as keyword arguments of ``members.update_member``."""
        fields = {
            "name": self.name.text(),
            "phone": self.phone.text(),
            "gender": self.gender.currentData(),
            "ethnicity": self.ethnicity.text(),
            "birthday": self.birthday.value(),
            "email": self.email.text(),
            "address": self.address.text(),
            "sizes": self.sizes.text(),
            "clerk_id": self.clerk.clerk_id(),
            "channel": untr(self.channel.currentText(), members.CHANNELS),
            "referred_by_id": self.referrer_id,
            "soft_notes": self.soft_notes.toPlainText(),
            "observations": self.observations.toPlainText(),
        }
        for key, combo in self.soft.items():
            fields[key] = untr(combo.currentText(), members.SOFT_FIELDS[key][1])
        b = fields["birthday"]
        if self.approx_age.text().strip() and (b is None or b.year is None):
            fields["birth_year"] = parse_birth_year(self.approx_age.text(), self.tr("出生年份/年龄"))
            if fields["birth_year"] is None:
                raise ValidationError(self.tr("出生年份/年龄"),
                                      self.tr("请填 1985年、约40岁、40多岁 或 80后 这样的写法"))
        return fields

    def save(self) -> bool:
        if self.member_id is None:
            return False
        try:
            members.update_member(self.member_id, **self.values())  # values() may refuse the age text
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        self.dirty = False
        self.status.setText(self.tr("已保存"))
        self.saved.emit(self.member_id)
        return True
