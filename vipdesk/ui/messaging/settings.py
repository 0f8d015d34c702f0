"""短信设置 (owner only): the provider, its secret, the template for each reminder kind, price, windows, budgets.

The secret field is write-only: it goes to the OS credential store and is
never shown again.  Template rows the provider would refuse (Tencent: no
marketing for recall / points / coupons / visit invitations; Aliyun:
marketing without variables; marketing without an opt-out) are reported by
kind and not saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.model.care.templates import PLACEHOLDERS
from vipdesk.model.errors import VipdeskError
from vipdesk.model.messaging import config, templates
from vipdesk.model.store import settings
from vipdesk.text import tr, tr_noop, untr
from vipdesk.ui.common import dialogs

KIND_COL, CODE_COL, TYPE_COL, PARAMS_COL, TEXT_COL = range(5)


def _t(text: str) -> str:
    return QCoreApplication.translate("SmsSettingsDialog", text)


# The template fields are the {占位符} keys (PLACEHOLDERS, stored Chinese); shown and typed in the
# app's language ("name=Name" in English), turned back into the key when saved.
FIELDS = tr_noop(("姓名", "姓", "称呼", "积分", "等级", "导购", "店名", "活动", "日期", "节日", "祝福", "孩子", "纪念日",
                  "新会员", "天气关怀", "购买", "尺码", "建议尺码", "年龄", "到期积分", "她", "祝愿", "主题", "低分"),
                 "SmsFields")


def field_shown(key: str) -> str:
    return tr(key, "SmsFields")


def parse_params(text: str) -> list[tuple[str, str]]:
    """"name=姓名, fest=节日" → [("name", "姓名"), ("fest", "节日")]."""
    out = []
    for part in text.replace(",", ",").replace(";", ",").replace(";", ",").split(","):
        if part.strip():
            a, _, b = part.partition("=")
            out.append((a.strip(), untr(b.strip(), PLACEHOLDERS, "SmsFields")))
    return out


class SmsSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("短信设置"))
        self.resize(980, 640)
        lay = QVBoxLayout(self)
        cfg = config.provider_config()
        box = QGroupBox(_t("短信服务商"), self)
        form = QFormLayout(box)
        self.provider = QComboBox(box)
        self.provider.addItem(_t("阿里云短信"), "aliyun")
        self.provider.addItem(_t("腾讯云短信"), "tencent")
        self.sign = QLineEdit(cfg.sign_name if cfg else "", box)
        self.key_id = QLineEdit(cfg.access_key_id if cfg else "", box)
        self.secret = QLineEdit(box)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(_t("不改就留空;保存在系统凭据管理器,不进数据库"))
        self.app_id = QLineEdit(cfg.sdk_app_id if cfg else "", box)
        self.endpoint = QLineEdit(cfg.endpoint if cfg else "", box)
        self.endpoint.setPlaceholderText(_t("留空 = 官方地址"))
        if cfg:
            self.provider.setCurrentIndex(self.provider.findData(cfg.provider))
        form.addRow(_t("服务商"), self.provider)
        form.addRow(_t("短信签名(店名)"), self.sign)
        form.addRow(_t("AccessKey ID / SecretId"), self.key_id)
        form.addRow(_t("密钥"), self.secret)
        form.addRow(_t("SdkAppId(腾讯云)"), self.app_id)
        form.addRow(_t("服务地址"), self.endpoint)
        status = QLabel(config.secret_store_status(), box)
        status.setWordWrap(True)  # a long sentence must not widen the dialog past a 1024 px screen
        form.addRow(status)
        groups = QWidget(self)  # issue 17: the two forms scroll, so the dialog fits 1366×768 at 125%
        groups_lay = QVBoxLayout(groups)
        groups_lay.setContentsMargins(0, 0, 0, 0)
        groups_lay.addWidget(box)
        lay.addWidget(dialogs.scrolled(groups), 2)

        money = QGroupBox(_t("费用与限制"), self)
        mf = QFormLayout(money)
        self.price = self._spin(config.PRICE_FEN, 0, 1000)
        self.batch = self._spin(config.BATCH_BUDGET, 0, 1_000_000)
        self.month = self._spin(config.MONTH_BUDGET, 0, 10_000_000)
        self.per_number = self._spin(config.DAILY_PER_NUMBER, 0, 100)
        self.mk_window = QLineEdit(str(settings.get(config.MARKETING_WINDOW.key)), money)
        self.notice_window = QLineEdit(str(settings.get(config.NOTICE_WINDOW.key)), money)
        mf.addRow(_t("每条计费价格(分)"), self.price)
        mf.addRow(_t("每批最多计费条数(0 = 不限)"), self.batch)
        mf.addRow(_t("每月最多计费条数(0 = 不限)"), self.month)
        mf.addRow(_t("每个号码每天最多条数"), self.per_number)
        mf.addRow(_t("营销短信发送时段"), self.mk_window)
        mf.addRow(_t("通知短信发送时段"), self.notice_window)
        groups_lay.addWidget(money)

        hint = QLabel(_t("每种提醒对应服务商审核通过的模板。变量写成 名称=字段,如 name=姓名, fest=节日"
                                "(腾讯云按位置:1=姓名, 2=节日);字段:") + _t("、").join(map(field_shown, PLACEHOLDERS)), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        mapped = templates.mapped()
        kinds = templates.all_kinds()
        self.table = QTableWidget(len(kinds), 5, self)
        self.table.setHorizontalHeaderLabels([_t("提醒"), _t("模板编号"), _t("类型"), _t("变量"), _t("模板内容")])
        self.kinds = kinds
        for r, kind in enumerate(kinds):
            t = mapped.get(kind)
            label = QTableWidgetItem(templates.kind_label(kind))
            self.table.setItem(r, KIND_COL, label)
            self.table.setItem(r, CODE_COL, QTableWidgetItem(t.code if t else ""))
            combo = QComboBox(self.table)
            combo.addItem(_t("通知短信"), templates.NOTIFICATION)
            combo.addItem(_t("营销短信"), templates.MARKETING)
            combo.setCurrentIndex(1 if t and t.marketing else 0)
            self.table.setCellWidget(r, TYPE_COL, combo)
            params = ", ".join(f"{a}={field_shown(b)}" for a, b in t.params) if t else ""
            self.table.setItem(r, PARAMS_COL, QTableWidgetItem(params))
            self.table.setItem(r, TEXT_COL, QTableWidgetItem(t.text if t else ""))
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        self.box = dialogs.button_box(self, texts={dialogs.Std.Ok: _t("保存")}, on_accept=self.save)
        lay.addWidget(self.box)

    def _spin(self, setting: settings.SettingDef, lo: int, hi: int) -> QSpinBox:
        s = QSpinBox(self)
        s.setRange(lo, hi)
        s.setValue(int(settings.get(setting.key)))
        return s

    def set_row(self, kind: str, code: str, type_: str, params: str = "", text: str = "") -> None:
        r = self.kinds.index(kind)
        self.table.item(r, CODE_COL).setText(code)
        combo = self.table.cellWidget(r, TYPE_COL)
        combo.setCurrentIndex(combo.findData(type_))
        self.table.item(r, PARAMS_COL).setText(params)
        self.table.item(r, TEXT_COL).setText(text)

    def save(self) -> bool:
        """Save what is valid; every refused row is named with its reason.  Accepts when nothing was refused."""
        problems: list[str] = []
        notes: list[str] = []
        try:
            if self.key_id.text().strip() or self.sign.text().strip():
                cfg = config.configure(self.provider.currentData(), self.sign.text(), self.key_id.text(),
                                       endpoint=self.endpoint.text(), sdk_app_id=self.app_id.text())
                if self.secret.text():
                    if not config.store_secret(cfg.access_key_id, self.secret.text()):
                        notes.append(config.secret_store_status())
                    self.secret.clear()
            for w in (self.mk_window, self.notice_window):
                config.parse_window(w.text())
            settings.put(config.MARKETING_WINDOW.key, self.mk_window.text().strip())
            settings.put(config.NOTICE_WINDOW.key, self.notice_window.text().strip())
            for spin, s in ((self.price, config.PRICE_FEN), (self.batch, config.BATCH_BUDGET),
                            (self.month, config.MONTH_BUDGET), (self.per_number, config.DAILY_PER_NUMBER)):
                settings.put(s.key, spin.value())
        except VipdeskError as exc:
            dialogs.show_error(self, exc)
            return False
        provider = self.provider.currentData()
        for r, kind in enumerate(self.kinds):
            code = self.table.item(r, CODE_COL).text().strip()
            try:
                if not code:
                    templates.remove_template(kind)
                    continue
                templates.set_template(kind, code, self.table.cellWidget(r, TYPE_COL).currentData(),
                                       parse_params(self.table.item(r, PARAMS_COL).text()),
                                       self.table.item(r, TEXT_COL).text(), provider=provider)
            except VipdeskError as exc:
                problems.append(f"{templates.kind_label(kind)}:{exc}")
        if notes:
            dialogs.info(self, "\n".join(notes), _t("短信设置"))
        if problems:
            dialogs.show_error(self, "\n".join(problems), _t("部分设置未保存"))
            return False
        self.accept()
        return True
