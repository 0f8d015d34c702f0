"""SMS settings and the provider secret.

The secret never touches the database (so never a backup, export or log):
it lives in the OS credential store through keyring (Windows Credential
Manager).  Where no store exists (headless Linux) the environment variable
VIPDESK_SMS_SECRET is used and ``secret_store_status`` says so.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Any

from vipdesk.model.errors import ValidationError
from vipdesk.model.store import settings
from vipdesk.text import tr

G = "短信"
PROVIDER = settings.declare("sms.provider", {}, "短信服务商", G,
                            "provider/sign_name/access_key_id/endpoint/region/sdk_app_id;空 = 不发送")
TEMPLATES = settings.declare("sms.templates", {}, "短信模板对应", G, "提醒类型 → 服务商模板")
PRICE_FEN = settings.declare("sms.price_fen_per_unit", 5, "每条计费价格(分)", G, "按服务商套餐填写,用于预估费用")
MARKETING_WINDOW = settings.declare("sms.marketing_window", "08:00-22:00", "营销短信发送时段", G,
                                    "工信部规定营销短信只在 8:00–22:00 发送")
NOTICE_WINDOW = settings.declare("sms.notice_window", "08:00-21:00", "通知短信发送时段", G, "关怀/通知短信的发送时段")
BATCH_BUDGET = settings.declare("sms.batch_budget_units", 500, "每批最多计费条数", G, "0 = 不限")
MONTH_BUDGET = settings.declare("sms.month_budget_units", 3000, "每月最多计费条数", G, "0 = 不限")
DAILY_PER_NUMBER = settings.declare("sms.daily_per_number", 3, "每个号码每天最多条数", G,
                                    "服务商对同一号码有日限额")
MAX_ATTEMPTS = settings.declare("sms.max_attempts", 5, "限流/断网时最多重试次数", G)
SETTLE_HOURS = settings.declare("sms.unknown_settle_hours", 24, "状态未知的短信等待回执的小时数", G,
                                "超时的短信先查回执;过了这么久服务商仍无记录,才算未发出、可重发")
BLACKLIST_CODES = settings.declare("sms.blacklist_codes", [
    "isv.BLACK_KEY_CONTROL_LIMIT", "isv.MOBILE_IN_BLACK", "FailedOperation.PhoneNumberInBlacklist",
    "MK:0004", "DB:0141"], "表示号码拒收的错误码", G, "出现这些错误码视为会员退订")

KEYRING_SERVICE = "vipdesk-sms"
ENV_SECRET = "VIPDESK_SMS_SECRET"
PROVIDERS = ("aliyun", "tencent")


@dataclass(frozen=True)
class ProviderConfig:
    provider: str
    sign_name: str
    access_key_id: str
    endpoint: str
    region: str = ""
    sdk_app_id: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"provider": self.provider, "sign_name": self.sign_name, "access_key_id": self.access_key_id,
                "endpoint": self.endpoint, "region": self.region, "sdk_app_id": self.sdk_app_id}


def provider_config() -> ProviderConfig | None:
    """The configured provider, or None: then vipdesk never sends anything anywhere."""
    raw = settings.get(PROVIDER.key) or {}
    if raw.get("provider") not in PROVIDERS or not raw.get("access_key_id") or not raw.get("sign_name"):
        return None
    from vipdesk.model.messaging.providers import default_endpoint

    return ProviderConfig(raw["provider"], raw["sign_name"], raw["access_key_id"],
                          raw.get("endpoint") or default_endpoint(raw["provider"]), raw.get("region", ""),
                          raw.get("sdk_app_id", ""))


def configure(provider: str, sign_name: str, access_key_id: str, *, endpoint: str = "", region: str = "",
              sdk_app_id: str = "") -> ProviderConfig:
    provider = (provider or "").strip().lower()
    if provider not in PROVIDERS:
        raise ValidationError(tr("服务商"), tr("只支持 aliyun(阿里云)或 tencent(腾讯云)"))
    sign = (sign_name or "").strip().strip("【】")
    if not sign:
        raise ValidationError(tr("短信签名"), tr("请填写服务商审核通过的签名(店名)"))
    if not (access_key_id or "").strip():
        raise ValidationError(tr("AccessKey ID"), tr("请填写"))
    if provider == "tencent" and not (sdk_app_id or "").strip():
        raise ValidationError(tr("SdkAppId"), tr("腾讯云短信需要 SdkAppId(短信应用 ID)"))
    from vipdesk.model.messaging.providers import default_endpoint, endpoint_problem

    problem = endpoint_problem(endpoint.strip()) if endpoint.strip() else ""
    if problem:
        raise ValidationError(tr("服务地址"), problem)
    cfg = ProviderConfig(provider, sign, access_key_id.strip(), endpoint.strip() or default_endpoint(provider),
                         region.strip() or ("ap-guangzhou" if provider == "tencent" else "cn-hangzhou"),
                         sdk_app_id.strip())
    settings.put(PROVIDER.key, cfg.as_json())
    return cfg


# --- the secret

def _keyring() -> Any | None:
    """The OS credential store, or None where there is none (keyring's fail backend)."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # noqa: BLE001 - no keyring at all: behave as headless
        return None
    kr = keyring.get_keyring()
    if isinstance(kr, fail.Keyring) or "fail" in type(kr).__module__ or "null" in type(kr).__module__:
        return None
    return keyring


def secret_store_status() -> str:
    if _keyring() is not None:
        return tr("密钥保存在系统凭据管理器中")
    return tr("本机没有系统凭据管理器(无桌面的 Linux),密钥从环境变量 {env} 读取").format(env=ENV_SECRET)


def store_secret(access_key_id: str, secret: str) -> bool:
    """True when stored in the OS store; False when there is none (use VIPDESK_SMS_SECRET)."""
    kr = _keyring()
    if kr is None:
        return False
    kr.set_password(KEYRING_SERVICE, access_key_id, secret)
    return True


def load_secret(access_key_id: str) -> str:
    env = os.environ.get(ENV_SECRET, "")
    kr = _keyring()
    if kr is not None:
        try:
            found = kr.get_password(KEYRING_SERVICE, access_key_id)
        except Exception:  # noqa: BLE001 - a locked store: fall back to the environment
            found = None
        if found:
            return found
    if env:
        return env
    raise ValidationError(tr("短信密钥"), tr("找不到 AccessKey {id} 的密钥:请重新运行 vipdesk sms configure,"
                                          "或设置环境变量 {env}").format(id=access_key_id, env=ENV_SECRET))


# --- sending windows

def parse_window(text: str) -> tuple[dt.time, dt.time]:
    try:
        a, b = str(text).split("-")
        return dt.time.fromisoformat(a.strip()), dt.time.fromisoformat(b.strip())
    except ValueError:
        raise ValidationError(tr("发送时段"), tr("格式应为 08:00-22:00:{v}").format(v=text)) from None


def next_window_start(at: dt.datetime, marketing: bool) -> dt.datetime | None:
    """None when *at* is inside the window, else when the window opens next."""
    start, end = parse_window(settings.get((MARKETING_WINDOW if marketing else NOTICE_WINDOW).key))
    t = at.time()
    if start <= t < end:
        return None
    day = at.date() if t < start else at.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, start)
