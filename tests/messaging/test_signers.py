"""Known-answer tests for the SMS request signers (issue 16).

Vectors are the providers' own published examples:
- Aliyun "V3版本请求体&签名机制" (help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature),
  固定参数示例: RunInstances on ecs.cn-shanghai.aliyuncs.com, 2023-10-26T10:22:32Z,
  nonce 3156853299f313e23d1673dc12e1703d, YourAccessKeyId / YourAccessKeySecret →
  canonical hash 7ea06492…, signature 06563a9e….
- Tencent Cloud "签名方法 v3" (cloud.tencent.com/document/api/213/30654), DescribeInstances on
  cvm.tencentcloudapi.com at 1551113065 with the (masked) example key "Gu5t9xGARNpq86cd98joQYCN3*******"
  → canonical hash 35e9c5b0… payload, string-to-sign hash 5ffe6a04…, signature 2230eefd….
"""

from __future__ import annotations

from vipdesk.model.messaging import signers


def test_acs3_matches_aliyun_published_example() -> None:
    params = {"ImageId": "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd", "RegionId": "cn-shanghai"}
    headers = signers.acs3_authorization(
        method="POST", host="ecs.cn-shanghai.aliyuncs.com", path="/", params=params, body=b"",
        action="RunInstances", version="2014-05-26", date="2023-10-26T10:22:32Z",
        nonce="3156853299f313e23d1673dc12e1703d", key_id="YourAccessKeyId", secret="YourAccessKeySecret")
    canonical = signers.acs3_canonical("POST", "/", signers.acs_query(params),
                                       {k: v for k, v in headers.items() if k != "Authorization"},
                                       signers.EMPTY_SHA256)
    assert signers.sha256_hex(canonical.encode()) == "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
    assert headers["Authorization"] == (
        "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
        "x-acs-date;x-acs-signature-nonce;x-acs-version,"
        "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0")


def test_acs3_encoding_of_chinese_sign_name_and_json() -> None:
    q = signers.acs_query({"SignName": "小店 名", "TemplateParam": '{"name":"王"}', "PhoneNumbers": "13800138000"})
    assert q.startswith("PhoneNumbers=13800138000&SignName=%E5%B0%8F%E5%BA%97%20%E5%90%8D&TemplateParam=%7B%22")


def test_tc3_matches_tencent_published_example() -> None:
    payload = b'{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}'
    assert signers.sha256_hex(payload) == "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
    headers = signers.tc3_headers(key_id="AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******",
                                  secret="Gu5t9xGARNpq86cd98joQYCN3*******", service="cvm",
                                  host="cvm.tencentcloudapi.com", action="DescribeInstances",
                                  version="2017-03-12", region="ap-guangzhou", payload=payload,
                                  timestamp=1551113065)
    assert headers["Authorization"] == (
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
        "SignedHeaders=content-type;host, "
        "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")


def test_signatures_change_with_the_secret() -> None:
    a, _ = signers.tc3_signature(secret="a", service="sms", host="h", payload=b"{}", timestamp=1700000000)
    b, _ = signers.tc3_signature(secret="b", service="sms", host="h", payload=b"{}", timestamp=1700000000)
    assert a != b
