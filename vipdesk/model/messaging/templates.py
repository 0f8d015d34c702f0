"""Which approved provider template each reminder kind goes out under, and the exact text.

The owner maps a kind to the template code the provider approved, its type
(notification / marketing) and its variables: each variable takes a member
field (a placeholder of the reminder templates: 姓名, 店名, 导购, 日期…).
Aliyun variables are named (``${name}``), Tencent's positional (``{1}``).
The approved wording is kept locally so the preview shows the exact text
and its billing units: 70 characters including 【签名】 are one unit,
longer messages bill per 67.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from vipdesk.model.care import config as care_config
from vipdesk.model.care.templates import PLACEHOLDERS
from vipdesk.model.errors import ValidationError
from vipdesk.model.messaging import config
from vipdesk.model.store import settings
from vipdesk.text import tr, tr_noop

NOTIFICATION, MARKETING = "notification", "marketing"
TYPE_LABELS = {NOTIFICATION: "通知短信", MARKETING: "营销短信"}
# Extra kinds the owner may map besides the reminder kinds.
EXTRA_KINDS = tr_noop({"voucher_expiry": "券到期"})
# Tencent Cloud refuses marketing SMS for member recall, points redemption, coupons and invitations to visit.
TENCENT_NO_MARKETING = {"dormant", "churn", "min_care", "points_expiry", "voucher_expiry", "event", "revisit",
                        "visit_thanks"}
VAR_LIMIT = {"aliyun": 35, "tencent": 26}  # characters per variable value (provider rules for 其他 variables)
OPT_OUT_WORDS = ("拒收请回复R", "回R拒收", "退订回T", "回TD退订", "退订回TD", "拒收回R")


@dataclass
class Template:
    kind: str
    code: str
    type: str
    params: list[tuple[str, str]] = field(default_factory=list)  # (variable name or position, member field)
    text: str = ""  # the approved wording with ${name} / {1}; "" = not given (preview estimates)

    @property
    def marketing(self) -> bool:
        return self.type == MARKETING

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "code": self.code, "type": self.type,
                "params": [list(p) for p in self.params], "text": self.text}


def kind_label(kind: str) -> str:
    return tr(EXTRA_KINDS[kind]) if kind in EXTRA_KINDS else care_config.kind_label(kind)


def all_kinds() -> list[str]:
    return list(care_config.KINDS) + list(EXTRA_KINDS)


def mapped() -> dict[str, Template]:
    out = {}
    for kind, raw in (settings.get(config.TEMPLATES.key) or {}).items():
        out[kind] = Template(kind, raw["code"], raw["type"], [(str(a), str(b)) for a, b in raw.get("params", [])],
                             raw.get("text", ""))
    return out


def get(kind: str) -> Template | None:
    return mapped().get(kind)


def warnings(kind: str, type_: str, provider: str) -> list[str]:
    """What the owner must know when mapping (shown by the CLI and the dialog)."""
    out = []
    if provider == "tencent" and type_ == MARKETING and kind in TENCENT_NO_MARKETING:
        out.append(tr("腾讯云不允许用营销短信做会员召回、积分兑换、优惠券和邀请到店:“{k}”不能作为营销短信发送")
                   .format(k=kind_label(kind)))
    return out


def set_template(kind: str, code: str, type_: str, params: list[tuple[str, str]] | None = None, text: str = "",
                 *, provider: str | None = None) -> Template:
    """Map *kind* to an approved template; refuses what the provider would refuse."""
    if kind not in all_kinds():
        raise ValidationError(tr("提醒类型"), tr("没有这种提醒:{k}").format(k=kind))
    code = (code or "").strip()
    if not code:
        raise ValidationError(tr("模板编号"), tr("请填写服务商审核通过的模板编号(如 SMS_123456789)"))
    if type_ not in TYPE_LABELS:
        raise ValidationError(tr("模板类型"), tr("只能是 notification(通知)或 marketing(营销)"))
    params = [(str(n).strip(), str(f).strip()) for n, f in (params or [])]
    for name, fld in params:
        if not name or fld not in PLACEHOLDERS:
            raise ValidationError(tr("模板变量"), tr("“{n}={f}”:字段应为 {all} 之一").format(
                n=name, f=fld, all="、".join(PLACEHOLDERS)))
    if provider is None:
        cfg = config.provider_config()
        provider = cfg.provider if cfg else ""
    problems = warnings(kind, type_, provider)
    if problems:
        raise ValidationError(tr("模板类型"), problems[0])
    if provider == "aliyun" and type_ == MARKETING and params:
        raise ValidationError(tr("模板变量"), tr("阿里云的营销短信模板不能含变量"))
    if provider == "tencent" and any(not n.isdigit() for n, _ in params):
        raise ValidationError(tr("模板变量"), tr("腾讯云模板变量按位置编号:1=姓名 2=店名 …"))
    text = (text or "").strip()
    if type_ == MARKETING and text and not any(w in text.replace(" ", "") for w in OPT_OUT_WORDS):
        raise ValidationError(tr("模板内容"), tr("营销短信须带退订方式,如“拒收请回复R”"))
    t = Template(kind, code, type_, params, text)
    allm = settings.get(config.TEMPLATES.key) or {}
    allm[kind] = t.as_json()
    settings.put(config.TEMPLATES.key, allm)
    return t


def remove_template(kind: str) -> None:
    allm = settings.get(config.TEMPLATES.key) or {}
    if allm.pop(kind, None) is not None:
        settings.put(config.TEMPLATES.key, allm)


# --- rendering

def param_values(t: Template, values: dict[str, Any], provider: str) -> dict[str, str] | list[str]:
    limit = VAR_LIMIT.get(provider, 35)
    pairs = [(n, str(values.get(f, "") if values.get(f) is not None else "")[:limit]) for n, f in t.params]
    if provider == "tencent":
        return [v for _, v in sorted(pairs, key=lambda p: int(p[0]) if p[0].isdigit() else 0)]
    return dict(pairs)


def truncated(t: Template, values: dict[str, Any], provider: str) -> list[str]:
    """Member fields too long for a template variable (they are cut to the provider's limit)."""
    limit = VAR_LIMIT.get(provider, 35)
    return [f for _, f in t.params if len(str(values.get(f) or "")) > limit]


def render(t: Template, params: dict[str, str] | list[str], sign_name: str, fallback: str = "") -> str:
    """The exact text the member receives: 【签名】 + the template with its variables filled in."""
    if t.text:
        if isinstance(params, list):
            body = re.sub(r"\{(\d+)\}", lambda m: params[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(params)
                          else m.group(0), t.text)
        else:
            body = re.sub(r"\$\{(\w+)\}", lambda m: params.get(m.group(1), m.group(0)), t.text)
    else:
        body = re.sub(r"【[^】]*】$", "", fallback).strip()  # the reminder text as an estimate
    return f"【{sign_name}】{body}"


def units(text: str) -> int:
    """Billing units: up to 70 characters (signature included) is one; longer bills per 67."""
    n = len(text)
    return 1 if n <= 70 else math.ceil(n / 67)
