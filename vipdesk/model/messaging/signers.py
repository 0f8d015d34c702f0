"""Request signers of our own: Aliyun ACS3-HMAC-SHA256 and Tencent Cloud TC3-HMAC-SHA256.

Why not the SDKs: the Aliyun one pulls in ~28 packages and both retry on
their own, and a hidden retry of a non-idempotent send is a double SMS.
Both signers are checked against the providers' published examples
(tests/messaging/test_signers.py).  Pure functions: no I/O, no clock.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping

EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


# --- Aliyun ACS3 (V3 request signature, RPC style: parameters in the query string)

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def acs_encode(value: str) -> str:
    """RFC 3986 percent-encoding as Aliyun wants it (space → %20, ~ kept); UTF-8 bytes."""
    return "".join(chr(b) if b in _UNRESERVED else f"%{b:02X}" for b in str(value).encode("utf-8"))


def acs_query(params: Mapping[str, str]) -> str:
    return "&".join(f"{acs_encode(k)}={acs_encode(v)}" for k, v in sorted(params.items()))


def acs3_authorization(*, method: str, host: str, path: str, params: Mapping[str, str], body: bytes,
                       action: str, version: str, date: str, nonce: str, key_id: str, secret: str,
                       ) -> dict[str, str]:
    """The headers (including Authorization) for one ACS3-signed request."""
    headers = {
        "host": host,
        "x-acs-action": action,
        "x-acs-content-sha256": sha256_hex(body),
        "x-acs-date": date,
        "x-acs-signature-nonce": nonce,
        "x-acs-version": version,
    }
    signature = acs3_signature(method=method, path=path, query=acs_query(params), headers=headers,
                               body_sha256=headers["x-acs-content-sha256"], secret=secret)
    signed = ";".join(sorted(headers))
    headers["Authorization"] = f"ACS3-HMAC-SHA256 Credential={key_id},SignedHeaders={signed},Signature={signature}"
    return headers


def acs3_canonical(method: str, path: str, query: str, headers: Mapping[str, str], body_sha256: str) -> str:
    lower = {k.lower(): v.strip() for k, v in headers.items()
             if k.lower() == "host" or k.lower().startswith("x-acs-") or k.lower() == "content-type"}
    names = sorted(lower)
    canon_headers = "".join(f"{n}:{lower[n]}\n" for n in names)
    return "\n".join([method.upper(), path or "/", query, canon_headers, ";".join(names), body_sha256])


def acs3_signature(*, method: str, path: str, query: str, headers: Mapping[str, str], body_sha256: str,
                   secret: str) -> str:
    canonical = acs3_canonical(method, path, query, headers, body_sha256)
    to_sign = "ACS3-HMAC-SHA256\n" + sha256_hex(canonical.encode("utf-8"))
    return hmac.new(secret.encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


# --- Tencent Cloud TC3 (API 3.0, POST JSON)

TC3_CONTENT_TYPE = "application/json; charset=utf-8"


def tc3_signature(*, secret: str, service: str, host: str, payload: bytes, timestamp: int,
                  method: str = "POST", path: str = "/", query: str = "",
                  content_type: str = TC3_CONTENT_TYPE) -> tuple[str, str]:
    """(signature, credential scope) over the content-type and host headers."""
    canonical = "\n".join([method, path, query, f"content-type:{content_type}\nhost:{host}\n",
                           "content-type;host", sha256_hex(payload)])
    date = time.strftime("%Y-%m-%d", time.gmtime(timestamp))
    scope = f"{date}/{service}/tc3_request"
    to_sign = f"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{sha256_hex(canonical.encode('utf-8'))}"
    k = _hmac(("TC3" + secret).encode("utf-8"), date)
    k = _hmac(k, service)
    k = _hmac(k, "tc3_request")
    return hmac.new(k, to_sign.encode("utf-8"), hashlib.sha256).hexdigest(), scope


def tc3_headers(*, key_id: str, secret: str, service: str, host: str, action: str, version: str,
                region: str, payload: bytes, timestamp: int) -> dict[str, str]:
    signature, scope = tc3_signature(secret=secret, service=service, host=host, payload=payload,
                                     timestamp=timestamp)
    headers = {
        "Authorization": (f"TC3-HMAC-SHA256 Credential={key_id}/{scope}, SignedHeaders=content-type;host, "
                          f"Signature={signature}"),
        "Content-Type": TC3_CONTENT_TYPE,
        "Host": host,
        "X-TC-Action": action,
        "X-TC-Timestamp": str(timestamp),
        "X-TC-Version": version,
    }
    if region:
        headers["X-TC-Region"] = region
    return headers


def tc3_payload(params: Mapping[str, object]) -> bytes:
    return json.dumps(params, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
