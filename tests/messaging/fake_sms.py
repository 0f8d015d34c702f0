"""A loopback fake of Aliyun dysmsapi and Tencent Cloud SMS that checks signatures and records requests.

It speaks the real wire format (Aliyun RPC query + ACS3 headers; Tencent JSON +
TC3 headers), recomputes each signature from what arrived, refuses bad ones
the way the provider does, and keeps what it "sent" so delivery reports and
replies can be pulled.  ``script[phone]`` lists outcomes for the next sends to
that phone: "throttle", "invalid", "blacklist", "template", "hang" (accept and
record the message, then answer only after ``hang_seconds``: a client timeout).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from vipdesk.model.messaging import signers

ALI_ERR = {"throttle": "isv.BUSINESS_LIMIT_CONTROL", "invalid": "isv.MOBILE_NUMBER_ILLEGAL",
           "blacklist": "isv.BLACK_KEY_CONTROL_LIMIT", "template": "isv.SMS_TEMPLATE_ILLEGAL"}
TC_ERR = {"throttle": "LimitExceeded.PhoneNumberThirtySecondLimit",
          "invalid": "InvalidParameterValue.IncorrectPhoneNumber",
          "blacklist": "FailedOperation.PhoneNumberInBlacklist",
          "template": "FailedOperation.TemplateIncorrectOrUnapproved"}


class FakeSms:
    def __init__(self, provider: str, key_id: str = "LTAItestkey", secret: str = "s3cret-测试",
                 sdk_app_id: str = "1400000001") -> None:
        self.provider, self.key_id, self.secret, self.sdk_app_id = provider, key_id, secret, sdk_app_id
        self.requests: list[dict[str, Any]] = []  # every call: action, params, signature_ok
        self.sent: list[dict[str, Any]] = []  # accepted messages: key, phone, template, params, at
        self.script: dict[str, list[str]] = {}
        self.final: dict[str, tuple[str, str]] = {}  # phone → (delivered|failed|pending, code)
        self.replies: list[dict[str, Any]] = []
        self.clock_offset = 0.0  # the provider's clock minus ours
        self.hang_seconds = 3.0
        self.lock = threading.Lock()
        self.received = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, reply, hang = fake._handle(self, body)
                if hang:
                    time.sleep(fake.hang_seconds)
                data = json.dumps(reply, ensure_ascii=False).encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (timeout / killed)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def sends_for(self, key_prefix: str = "") -> list[dict[str, Any]]:
        return [s for s in self.sent if s["key"].startswith(key_prefix)]

    # --- dispatch

    def _handle(self, h: BaseHTTPRequestHandler, body: bytes) -> tuple[int, dict[str, Any], bool]:
        if self.provider == "aliyun":
            return self._aliyun(h, body)
        return self._tencent(h, body)

    def _next(self, phone: str) -> str:
        with self.lock:
            todo = self.script.get(phone) or []
            return todo.pop(0) if todo else "ok"

    def _accept(self, key: str, phone: str, template: str, params: Any) -> str:
        serial = hashlib.md5(f"{key}{len(self.sent)}".encode()).hexdigest()[:16]
        with self.lock:
            self.sent.append({"key": key, "phone": phone, "template": template, "params": params,
                              "at": time.time() + self.clock_offset, "serial": serial})
        self.received.set()
        return serial

    def _status(self, phone: str) -> tuple[str, str]:
        return self.final.get(phone, ("delivered", "DELIVRD"))

    # --- Aliyun

    def _aliyun(self, h: BaseHTTPRequestHandler, body: bytes) -> tuple[int, dict[str, Any], bool]:
        u = urllib.parse.urlsplit(h.path)
        params = dict(urllib.parse.parse_qsl(u.query, keep_blank_values=True))
        headers = {k.lower(): v for k, v in h.headers.items()}
        action = headers.get("x-acs-action", "")
        auth = headers.get("authorization", "")
        signed = dict(p.split("=", 1) for p in auth.removeprefix("ACS3-HMAC-SHA256 ").split(","))
        names = signed.get("SignedHeaders", "").split(";")
        expect = signers.acs3_signature(method="POST", path=u.path or "/", query=signers.acs_query(params),
                                        headers={n: headers.get(n, "") for n in names},
                                        body_sha256=hashlib.sha256(body).hexdigest(), secret=self.secret)
        ok = (signed.get("Credential") == self.key_id and signed.get("Signature") == expect
              and headers.get("x-acs-content-sha256") == hashlib.sha256(body).hexdigest()
              and {"host", "x-acs-action", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"} <= set(names))
        self.requests.append({"action": action, "params": params, "signature_ok": ok})
        if signed.get("Credential") != self.key_id:
            return 404, {"Code": "InvalidAccessKeyId.NotFound", "Message": "Specified access key is not found."}, False
        if not ok:
            return 400, {"Code": "SignatureDoesNotMatch", "Message": "Specified signature is not matched."}, False
        sent_at = dt.datetime.strptime(headers["x-acs-date"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        if abs(sent_at.timestamp() - (time.time() + self.clock_offset)) > 900:
            return 400, {"Code": "InvalidTimeStamp.Expired", "Message": "Specified time stamp is expired."}, False
        if action == "SendSms":
            phone = params["PhoneNumbers"]
            step = self._next(phone)
            if step in ALI_ERR:
                return 200, {"Code": ALI_ERR[step], "Message": step, "RequestId": "r"}, False
            biz = self._accept(params.get("OutId", ""), phone, params["TemplateCode"],
                               json.loads(params.get("TemplateParam") or "{}"))
            return 200, {"Code": "OK", "Message": "OK", "BizId": biz, "RequestId": "r"}, step == "hang"
        if action == "QuerySendDetails":
            rows = []
            for s in self.sent:
                day = dt.datetime.fromtimestamp(s["at"]).strftime("%Y%m%d")
                if s["phone"] == params["PhoneNumber"] and day == params["SendDate"]:
                    st, code = self._status(s["phone"])
                    rows.append({"PhoneNum": s["phone"], "SendStatus": {"delivered": 3, "failed": 2}.get(st, 1),
                                 "ErrCode": code, "TemplateCode": s["template"], "OutId": s["key"],
                                 "SendDate": "", "ReceiveDate": dt.datetime.fromtimestamp(s["at"])
                                 .strftime("%Y-%m-%d %H:%M:%S"), "Content": ""})
            size, page = int(params.get("PageSize", 50)), int(params.get("CurrentPage", 1))
            chunk = rows[(page - 1) * size: page * size]
            return 200, {"Code": "OK", "Message": "OK", "TotalCount": len(rows),
                         "SmsSendDetailDTOs": {"SmsSendDetailDTO": chunk}}, False
        return 400, {"Code": "InvalidAction.NotFound"}, False

    # --- Tencent

    def _tencent(self, h: BaseHTTPRequestHandler, body: bytes) -> tuple[int, dict[str, Any], bool]:
        headers = {k.lower(): v for k, v in h.headers.items()}
        action = headers.get("x-tc-action", "")
        ts = int(headers.get("x-tc-timestamp", "0"))
        auth = headers.get("authorization", "")
        expect, scope = signers.tc3_signature(secret=self.secret, service="sms", host=headers.get("host", ""),
                                              payload=body, timestamp=ts,
                                              content_type=headers.get("content-type", ""))
        ok = auth == (f"TC3-HMAC-SHA256 Credential={self.key_id}/{scope}, SignedHeaders=content-type;host, "
                      f"Signature={expect}")
        params = json.loads(body or b"{}")
        self.requests.append({"action": action, "params": params, "signature_ok": ok})

        def err(code: str, msg: str = "") -> tuple[int, dict[str, Any], bool]:
            return 200, {"Response": {"Error": {"Code": code, "Message": msg or code}, "RequestId": "r"}}, False

        if abs(ts - (time.time() + self.clock_offset)) > 300:
            return err("AuthFailure.SignatureExpire", "signature expired")
        if f"Credential={self.key_id}/" not in auth:
            return err("AuthFailure.SecretIdNotFound")
        if not ok:
            return err("AuthFailure.SignatureFailure")
        if params.get("SmsSdkAppId") != self.sdk_app_id:
            return err("UnauthorizedOperation.SmsSdkAppIdVerifyFail")
        if action == "SendSms":
            phone = params["PhoneNumberSet"][0]
            step = self._next(phone.removeprefix("+86"))
            if step == "throttle":
                return err(TC_ERR[step])
            if step in TC_ERR:
                return 200, {"Response": {"SendStatusSet": [{"SerialNo": "", "PhoneNumber": phone, "Fee": 0,
                                                             "SessionContext": params.get("SessionContext", ""),
                                                             "Code": TC_ERR[step], "Message": step,
                                                             "IsoCode": "CN"}], "RequestId": "r"}}, False
            serial = self._accept(params.get("SessionContext", ""), phone.removeprefix("+86"), params["TemplateId"],
                                  params.get("TemplateParamSet", []))
            return 200, {"Response": {"SendStatusSet": [{"SerialNo": serial, "PhoneNumber": phone, "Fee": 1,
                                                         "SessionContext": params.get("SessionContext", ""),
                                                         "Code": "Ok", "Message": "send success",
                                                         "IsoCode": "CN"}], "RequestId": "r"}}, step == "hang"
        if action == "PullSmsSendStatusByPhoneNumber":
            rows = []
            for s in self.sent:
                if "+86" + s["phone"] == params["PhoneNumber"] and params["BeginTime"] <= s["at"] <= params.get(
                        "EndTime", 1 << 40):
                    st, code = self._status(s["phone"])
                    if st == "pending":
                        continue  # Tencent lists a message only once the carrier reported
                    rows.append({"UserReceiveTime": int(s["at"]), "CountryCode": "86",
                                 "SubscriberNumber": s["phone"], "PhoneNumber": "+86" + s["phone"],
                                 "SerialNo": s["serial"], "ReportStatus": "SUCCESS" if st == "delivered" else "FAIL",
                                 "Description": code, "SessionContext": s["key"]})
            off, lim = int(params.get("Offset", 0)), int(params.get("Limit", 100))
            return 200, {"Response": {"PullSmsSendStatusSet": rows[off:off + lim], "RequestId": "r"}}, False
        if action == "PullSmsReplyStatus":
            with self.lock:
                out, self.replies = self.replies, []
            return 200, {"Response": {"PullSmsReplyStatusSet": out, "RequestId": "r"}}, False
        return err("InvalidAction")

    def add_reply(self, phone: str, text: str) -> None:
        self.replies.append({"SmsSdkAppId": self.sdk_app_id, "ReplyContent": text, "SignName": "小店",
                             "CountryCode": "86", "SubscriberNumber": phone, "PhoneNumber": "+86" + phone,
                             "ReplyUnixTime": int(time.time()), "ReplyTime": "", "ExtendCode": ""})
