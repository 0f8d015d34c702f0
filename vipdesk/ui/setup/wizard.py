"""The first-run wizard: shop → trade and its defaults → owner PIN → how to start.

Short on purpose (four pages, keyboard-only: Enter goes on); every default is shown
so the owner sees what vipdesk will do and can change it now or later in settings.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from vipdesk.model.errors import VipdeskError
from vipdesk.model.setup import first_run
from vipdesk.model.setup.presets import TRADES
from vipdesk.text import tr
from vipdesk.ui.common import dialogs


def _spin(parent: QWidget, lo: int, hi: int, suffix: str = "") -> QSpinBox:
    s = QSpinBox(parent)
    s.setRange(lo, hi)
    s.setSuffix(suffix)
    return s


class SetupWizard(QWizard):
    """After exec(): ``answers`` holds what was applied (None when cancelled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用会员管家 — 首次设置"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.answers: first_run.SetupAnswers | None = None
        for which, text in ((QWizard.WizardButton.NextButton, self.tr("下一步 >")),
                            (QWizard.WizardButton.BackButton, self.tr("< 上一步")),
                            (QWizard.WizardButton.FinishButton, self.tr("完成")),
                            (QWizard.WizardButton.CancelButton, self.tr("取消"))):
            self.setButtonText(which, text)

        shop = QWizardPage(self)
        shop.setTitle(self.tr("店铺信息"))
        shop.setSubTitle(self.tr("会印在小票、会员卡和来电名单上。"))
        f = QFormLayout(shop)
        self.shop_name = QLineEdit(shop)
        self.address = QLineEdit(shop)
        self.phone = QLineEdit(shop)
        f.addRow(self.tr("店名"), self.shop_name)
        f.addRow(self.tr("地址"), self.address)
        f.addRow(self.tr("电话"), self.phone)

        trade = QWizardPage(self)
        trade.setTitle(self.tr("行业与默认规则"))
        trade.setSubTitle(self.tr("选行业后填入该行业的默认值,可以现在修改,以后也可在设置里改。"))
        t = QFormLayout(trade)
        self.trade = QComboBox(trade)
        for key, p in TRADES.items():
            self.trade.addItem(tr(p.label), key)
        self.silver = _spin(trade, 1, 10_000_000, self.tr(" 分"))
        self.gold = _spin(trade, 1, 10_000_000, self.tr(" 分"))
        self.rate = _spin(trade, 1, 100, self.tr(" 分/元"))
        self.followup = _spin(trade, 1, 60, self.tr(" 天"))
        self.revisit = _spin(trade, 1, 365, self.tr(" 天"))
        self.care = _spin(trade, 7, 730, self.tr(" 天"))
        self.birthday = _spin(trade, 0, 100_000, self.tr(" 元"))
        self.source_note = QLabel(trade)
        self.source_note.setWordWrap(True)
        self.source_note.setStyleSheet("color: #8a7f6a;")
        t.addRow(self.tr("行业"), self.trade)
        t.addRow(self.tr("银卡积分"), self.silver)
        t.addRow(self.tr("金卡积分"), self.gold)
        t.addRow(self.tr("每消费 1 元积"), self.rate)
        t.addRow(self.tr("购买后电话回访"), self.followup)
        t.addRow(self.tr("购买后回访短信"), self.revisit)
        t.addRow(self.tr("至少每隔多久联系"), self.care)
        t.addRow(self.tr("生日礼券"), self.birthday)
        t.addRow(self.source_note)
        self.trade.currentIndexChanged.connect(self._fill_trade)

        pin = QWizardPage(self)
        pin.setTitle(self.tr("店长密码"))
        pin.setSubTitle(self.tr("改设置、导出完整手机号、恢复备份时要输入。6–12 位数字。"))
        p = QFormLayout(pin)
        self.pin = QLineEdit(pin)
        self.pin2 = QLineEdit(pin)
        for w in (self.pin, self.pin2):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        p.addRow(self.tr("店长密码"), self.pin)
        p.addRow(self.tr("再输一次"), self.pin2)

        start = QWizardPage(self)
        start.setTitle(self.tr("怎么开始"))
        s = QVBoxLayout(start)
        self.start_group = QButtonGroup(start)
        self.start_buttons: dict[str, QRadioButton] = {}
        for key, text in (("import", self.tr("导入现有会员(Excel / CSV)")), ("empty", self.tr("从空白开始")),
                          ("demo", self.tr("试用示范店(另建一个示范数据库,不影响本店)"))):
            b = QRadioButton(text, start)
            self.start_group.addButton(b)
            self.start_buttons[key] = b
            s.addWidget(b)
        self.start_buttons["empty"].setChecked(True)
        s.addStretch(1)

        for page in (shop, trade, pin, start):
            self.addPage(page)
        self._fill_trade()

    def _fill_trade(self) -> None:
        p = TRADES[self.trade.currentData()]
        self.silver.setValue(p.silver)
        self.gold.setValue(p.gold)
        self.rate.setValue(p.points_per_yuan)
        self.followup.setValue(p.followup_days)
        self.revisit.setValue(p.revisit_days)
        self.care.setValue(p.care_days)
        self.birthday.setValue(p.birthday_voucher_yuan)
        self.source_note.setText(self.tr("以上默认值来自店铺资料(培训手册)。") if p.from_seeds else
                                 self.tr("资料里没有珠宝行业的等级标准:以上为按客单价估算的默认值,请店长核对。"))

    def collect(self) -> first_run.SetupAnswers:
        start = next(k for k, b in self.start_buttons.items() if b.isChecked())
        return first_run.SetupAnswers(
            self.shop_name.text(), self.address.text(), self.phone.text(), self.trade.currentData(),
            self.silver.value(), self.gold.value(), self.rate.value(), self.followup.value(), self.revisit.value(),
            self.care.value(), self.birthday.value(), self.pin.text(), start)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt name
        """Each page is checked when leaving it, so a mistake is fixed where it was made."""
        page = self.currentId()
        if page == 0 and not self.shop_name.text().strip():
            dialogs.show_error(self, self.tr("店名:请填写店名(会印在小票、会员卡和名单上)"))
            return False
        if page == 1 and self.gold.value() <= self.silver.value():
            dialogs.show_error(self, self.tr("等级积分:金卡积分应高于银卡积分"))
            return False
        if page == 2 and self.pin.text() != self.pin2.text():
            dialogs.show_error(self, self.tr("店长密码:两次输入的不一样"))
            return False
        return True

    def accept(self) -> None:
        answers = self.collect()
        try:
            code = first_run.apply_setup(answers)
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return
        if code:
            dialogs.info(self, self.tr("店长账号已建立。请把恢复码抄在纸上,放在安全的地方:\n\n{code}\n\n"
                                       "忘记密码时,只有用这个恢复码才能恢复店长权限。").format(code=code))
        self.answers = answers
        super().accept()


def run_first_run(parent: QWidget | None = None) -> str | None:
    """Show the wizard on a shop that needs it; returns the start choice (None: not needed / cancelled)."""
    if not first_run.needs_setup():
        return None
    wizard = SetupWizard(parent)
    if not dialogs.exec_dialog(wizard) or wizard.answers is None:
        return None
    return wizard.answers.start
