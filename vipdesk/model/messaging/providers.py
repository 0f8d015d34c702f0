"""Aliyun (dysmsapi 2017-05-25) and Tencent Cloud (sms 2021-01-11) behind one interface.

One request per message: each carries its own unique key (Aliyun OutId,
Tencent SessionContext) so a delivery report can settle exactly that message.
No retries here — the outbox decides, because only it knows whether a retry
could double-send.  The transport tells apart "never reached the provider"
(connect failed: safe to retry) from "sent but no answer" (timeout: unknown).
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import secrets
import ssl
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Protocol

from vipdesk.model.messaging import signers
from vipdesk.model.messaging.config import ProviderConfig
from vipdesk.text import tr

# The only network addresses in vipdesk (see tests/model/privacy/test_privacy_no_network.py).
DEFAULT_ENDPOINTS = {"aliyun": "https://dysmsapi.aliyuncs.com", "tencent": "https://sms.tencentcloudapi.com"}


def default_endpoint(provider: str) -> str:
    return DEFAULT_ENDPOINTS[provider]


def endpoint_problem(url: str) -> str:
    """"" when *url* is a usable endpoint, else why not (in Chinese)."""
    u = urllib.parse.urlsplit(url)
    if u.scheme not in ("http", "https") or not u.hostname:
        return tr("应以 https:// 开头,如 https://dysmsapi.aliyuncs.com:{v}").format(v=url)
    return ""

OK = "ok"
THROTTLED = "throttled"      # retry later (back-off)
UNREACHED = "unreached"      # the request never reached the provider: retry later
TIMEOUT = "timeout"          # sent, no answer: unknown until the delivery report says
AUTH = "auth"                # wrong key / secret: stop the batch
CLOCK = "clock"              # PC clock off by more than the provider accepts: stop the batch
ACCOUNT = "account"          # no balance / package: stop the batch
TEMPLATE = "template"        # template or signature rejected
INVALID_NUMBER = "invalid_number"
BLACKLIST = "blacklist"      # the number refuses our messages → opt-out
OTHER = "other"

RETRYABLE = frozenset({THROTTLED, UNREACHED})
STOPS_BATCH = frozenset({AUTH, CLOCK, ACCOUNT, UNREACHED})


@dataclass
class SendResult:
    outcome: str
    code: str = ""
    message: str = ""
    provider_id: str = ""  # BizId / SerialNo


@dataclass
class Report:
    key: str  # our OutId / SessionContext
    phone: str
    status: str  # delivered / failed / pending
    code: str = ""
    at: dt.datetime | None = None


@dataclass
class Reply:
    phone: str  # 11-digit mainland mobile
    text: str
    at: dt.datetime = field(default_factory=dt.datetime.now)


class Provider(Protocol):
    name: str
    replies_supported: bool

    def send(self, phone: str, template_code: str, params: dict[str, str] | list[str], key: str) -> SendResult: ...
    def query_delivery(self, phone: str, day: dt.date) -> list[Report]: ...
    def pull_replies(self) -> list[Reply]: ...


class TransportError(Exception):
    def __init__(self, outcome: str, message: str) -> None:
        super().__init__(message)
        self.outcome = outcome


def _post(url: str, headers: dict[str, str], body: bytes, timeout: float) -> dict[str, Any]:
    """POST and parse JSON; TransportError(UNREACHED) before the request left, (TIMEOUT) after."""
    u = urllib.parse.urlsplit(url)
    cls = http.client.HTTPSConnection if u.scheme == "https" else http.client.HTTPConnection
    kw: dict[str, Any] = {"timeout": timeout}
    if u.scheme == "https":
        kw["context"] = ssl.create_default_context()
    conn = cls(u.hostname or "", u.port, **kw)
    try:
        try:
            conn.connect()
        except (TimeoutError, OSError) as e:  # refused, DNS, no route, connect timeout: nothing was sent
            raise TransportError(UNREACHED, str(e) or type(e).__name__) from None
        path = (u.path or "/") + (f"?{u.query}" if u.query else "")
        try:
            conn.request("POST", path, body=body, headers=headers)
            resp = conn.getresponse()
            raw = resp.read()
        except (TimeoutError, OSError, http.client.HTTPException) as e:
            raise TransportError(TIMEOUT, str(e) or type(e).__name__) from None
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise TransportError(TIMEOUT, f"HTTP {resp.status}: {raw[:100]!r}") from None
    finally:
        conn.close()


def _host(endpoint: str) -> str:
    u = urllib.parse.urlsplit(endpoint)
    return u.netloc


def _classify(code: str, table: dict[str, str], prefixes: dict[str, str], blacklist: set[str]) -> str:
    if code in blacklist:
        return BLACKLIST
    if code in table:
        return table[code]
    for p, outcome in prefixes.items():
        if code.startswith(p):
            return outcome
    return OTHER


# --- Aliyun

_ALI_CODES = {
    "isv.BUSINESS_LIMIT_CONTROL": THROTTLED, "Throttling": THROTTLED, "Throttling.User": THROTTLED,
    "isv.DAY_LIMIT_CONTROL": THROTTLED,
    "InvalidAccessKeyId.NotFound": AUTH, "InvalidAccessKeyId.Inactive": AUTH, "SignatureDoesNotMatch": AUTH,
    "IncompleteSignature": AUTH, "Forbidden.RAM": AUTH, "isv.ACCOUNT_NOT_EXISTS": AUTH,
    "isv.ACCOUNT_ABNORMAL": ACCOUNT, "isv.AMOUNT_NOT_ENOUGH": ACCOUNT, "isv.OUT_OF_SERVICE": ACCOUNT,
    "InvalidTimeStamp.Expired": CLOCK,
    "isv.SMS_TEMPLATE_ILLEGAL": TEMPLATE, "isv.SMS_SIGNATURE_ILLEGAL": TEMPLATE,
    "isv.TEMPLATE_MISSING_PARAMETERS": TEMPLATE, "isv.PARAM_LENGTH_LIMIT": TEMPLATE,
    "isv.TEMPLATE_PARAMS_ILLEGAL": TEMPLATE, "isv.INVALID_JSON_PARAM": TEMPLATE,
    "isv.SMS_SIGN_ILLEGAL": TEMPLATE,
    "isv.MOBILE_NUMBER_ILLEGAL": INVALID_NUMBER, "isv.MOBILE_COUNT_OVER_LIMIT": INVALID_NUMBER,
}


class Aliyun:
    name = "aliyun"
    replies_supported = False  # Aliyun hands uplink replies to an MNS queue, not to a pull API
    VERSION = "2017-05-25"

    def __init__(self, cfg: ProviderConfig, secret: str, *, timeout: float = 10.0,
                 blacklist_codes: set[str] | None = None) -> None:
        self.cfg, self._secret, self.timeout = cfg, secret, timeout
        self.blacklist = blacklist_codes or set()

    def _call(self, action: str, params: dict[str, str]) -> dict[str, Any]:
        host = _host(self.cfg.endpoint)
        date = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        headers = signers.acs3_authorization(method="POST", host=host, path="/", params=params, body=b"",
                                             action=action, version=self.VERSION, date=date,
                                             nonce=secrets.token_hex(16), key_id=self.cfg.access_key_id,
                                             secret=self._secret)
        url = self.cfg.endpoint.rstrip("/") + "/?" + signers.acs_query(params)
        return _post(url, headers, b"", self.timeout)

    def send(self, phone: str, template_code: str, params: dict[str, str] | list[str], key: str) -> SendResult:
        p = {"PhoneNumbers": phone, "SignName": self.cfg.sign_name, "TemplateCode": template_code, "OutId": key}
        if params:
            p["TemplateParam"] = json.dumps(params, ensure_ascii=False, separators=(",", ":"))
        try:
            r = self._call("SendSms", p)
        except TransportError as e:
            return SendResult(e.outcome, "", str(e))
        code = str(r.get("Code", ""))
        if code == "OK":
            return SendResult(OK, code, str(r.get("Message", "")), str(r.get("BizId", "")))
        return SendResult(_classify(code, _ALI_CODES, {"isv.": OTHER}, self.blacklist), code,
                          str(r.get("Message", "")))

    def query_delivery(self, phone: str, day: dt.date) -> list[Report]:
        out: list[Report] = []
        page = 1
        while True:
            r = self._call("QuerySendDetails", {"PhoneNumber": phone, "SendDate": day.strftime("%Y%m%d"),
                                                "PageSize": "50", "CurrentPage": str(page)})
            if r.get("Code") != "OK":
                raise TransportError(_classify(str(r.get("Code", "")), _ALI_CODES, {}, self.blacklist),
                                     f"{r.get('Code')}: {r.get('Message', '')}")
            rows = (r.get("SmsSendDetailDTOs") or {}).get("SmsSendDetailDTO") or []
            for row in rows:
                status = {3: "delivered", 2: "failed"}.get(int(row.get("SendStatus", 1)), "pending")
                at = None
                if row.get("ReceiveDate"):
                    try:
                        at = dt.datetime.strptime(row["ReceiveDate"], "%Y-%m-%d %H:%M:%S")
                    except ValueError:
                        at = None
                out.append(Report(str(row.get("OutId", "")), str(row.get("PhoneNum", phone)), status,
                                  str(row.get("ErrCode", "")), at))
            if len(rows) < 50:
                return out
            page += 1

    def pull_replies(self) -> list[Reply]:
        return []


# --- Tencent

_TC_CODES = {
    "AuthFailure.SignatureExpire": CLOCK,
    "RequestLimitExceeded": THROTTLED,
    "InvalidParameterValue.IncorrectPhoneNumber": INVALID_NUMBER,
    "FailedOperation.InsufficientBalanceInSmsPackage": ACCOUNT,
    "FailedOperation.PhoneNumberInBlacklist": BLACKLIST,
    "UnauthorizedOperation.SmsSdkAppIdVerifyFail": AUTH,
}
_TC_PREFIXES = {
    "AuthFailure": AUTH, "LimitExceeded": THROTTLED, "FailedOperation.Template": TEMPLATE,
    "FailedOperation.Signature": TEMPLATE, "FailedOperation.MissingTemplate": TEMPLATE,
    "FailedOperation.MissingSignature": TEMPLATE, "InvalidParameterValue.TemplateParameter": TEMPLATE,
    "FailedOperation.MarketingSendTimeConstraint": TEMPLATE, "UnsupportedOperation.ContainDomestic": TEMPLATE,
}


def e164(phone: str) -> str:
    return phone if phone.startswith("+") else "+86" + phone


def national(phone: str) -> str:
    p = phone.strip()
    for pre in ("+86", "0086"):
        if p.startswith(pre):
            return p[len(pre):]
    return p


class Tencent:
    name = "tencent"
    replies_supported = True
    VERSION = "2021-01-11"

    def __init__(self, cfg: ProviderConfig, secret: str, *, timeout: float = 10.0,
                 blacklist_codes: set[str] | None = None) -> None:
        self.cfg, self._secret, self.timeout = cfg, secret, timeout
        self.blacklist = blacklist_codes or set()

    def _call(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        payload = signers.tc3_payload(params)
        headers = signers.tc3_headers(key_id=self.cfg.access_key_id, secret=self._secret, service="sms",
                                      host=_host(self.cfg.endpoint), action=action, version=self.VERSION,
                                      region=self.cfg.region, payload=payload, timestamp=int(time.time()))
        return _post(self.cfg.endpoint.rstrip("/") + "/", headers, payload, self.timeout).get("Response", {})

    def _code(self, code: str) -> str:
        return _classify(code, _TC_CODES, _TC_PREFIXES, self.blacklist)

    def send(self, phone: str, template_code: str, params: dict[str, str] | list[str], key: str) -> SendResult:
        p = {"PhoneNumberSet": [e164(phone)], "SmsSdkAppId": self.cfg.sdk_app_id, "SignName": self.cfg.sign_name,
             "TemplateId": template_code, "TemplateParamSet": list(params.values()) if isinstance(params, dict)
             else list(params), "SessionContext": key}
        try:
            r = self._call("SendSms", p)
        except TransportError as e:
            return SendResult(e.outcome, "", str(e))
        if "Error" in r:
            code = str(r["Error"].get("Code", ""))
            return SendResult(self._code(code), code, str(r["Error"].get("Message", "")))
        status = (r.get("SendStatusSet") or [{}])[0]
        code = str(status.get("Code", ""))
        if code == "Ok":
            return SendResult(OK, code, str(status.get("Message", "")), str(status.get("SerialNo", "")))
        return SendResult(self._code(code), code, str(status.get("Message", "")))

    def query_delivery(self, phone: str, day: dt.date) -> list[Report]:
        begin = int(time.mktime(dt.datetime.combine(day, dt.time()).timetuple()))
        end = begin + 3 * 86400  # a report can come days later
        out: list[Report] = []
        offset = 0
        while True:
            r = self._call("PullSmsSendStatusByPhoneNumber", {
                "BeginTime": begin, "EndTime": end, "Offset": offset, "Limit": 100,
                "PhoneNumber": e164(phone), "SmsSdkAppId": self.cfg.sdk_app_id})
            if "Error" in r:
                raise TransportError(self._code(str(r["Error"].get("Code", ""))),
                                     f"{r['Error'].get('Code')}: {r['Error'].get('Message', '')}")
            rows = r.get("PullSmsSendStatusSet") or []
            for row in rows:
                status = {"SUCCESS": "delivered", "FAIL": "failed"}.get(str(row.get("ReportStatus")), "pending")
                at = dt.datetime.fromtimestamp(int(row["UserReceiveTime"])) if row.get("UserReceiveTime") else None
                out.append(Report(str(row.get("SessionContext", "")), national(str(row.get("PhoneNumber", phone))),
                                  status, str(row.get("Description", "")), at))
            if len(rows) < 100:
                return out
            offset += 100

    def pull_replies(self) -> list[Reply]:
        r = self._call("PullSmsReplyStatus", {"Limit": 100, "SmsSdkAppId": self.cfg.sdk_app_id})
        if "Error" in r:
            raise TransportError(self._code(str(r["Error"].get("Code", ""))),
                                 f"{r['Error'].get('Code')}: {r['Error'].get('Message', '')}")
        out = []
        for row in r.get("PullSmsReplyStatusSet") or []:
            at = dt.datetime.fromtimestamp(int(row["ReplyUnixTime"])) if row.get("ReplyUnixTime") else dt.datetime.now()
            out.append(Reply(national(str(row.get("PhoneNumber", ""))), str(row.get("ReplyContent", "")), at))
        return out


def make(cfg: ProviderConfig, secret: str, *, timeout: float = 10.0, blacklist_codes: set[str] | None = None
         ) -> Provider:
    cls = Aliyun if cfg.provider == "aliyun" else Tencent
    return cls(cfg, secret, timeout=timeout, blacklist_codes=blacklist_codes)
