"""Which column of an imported sheet is which field: header synonyms and the mapping.

A mapping is a plain ``dict[column name → field key]`` that the wizard shows
and the user may change.  Columns nobody recognises map to ``NOTES`` so their
content lands in the member's notes instead of being silently dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from vipdesk.model.errors import ValidationError
from vipdesk.text import tr, tr_noop

NOTES = "notes"
IGNORE = "ignore"  # only when the user explicitly says so in the wizard


@dataclass(frozen=True)
class FieldSpec:
    """One importable field: key used in code, Chinese label (tr() it when shown), header synonyms."""

    key: str
    label: str
    synonyms: tuple[str, ...]
    required: bool = False


def _f(key: str, label: str, *synonyms: str, required: bool = False) -> FieldSpec:
    return FieldSpec(key, label, (label, *synonyms), required)


MEMBER_FIELDS: dict[str, FieldSpec] = {f.key: f for f in (
    _f("name", tr_noop("姓名"), "会员姓名", "客户姓名", "客户名称", "顾客姓名", "会员名称", "会员名", "名字",
       "name", "customer", "customername", "membername", required=True),
    _f("mobile", tr_noop("手机"), "手机号", "手机号码", "会员手机", "会员手机号", "移动电话", "联系电话", "联系方式",
       "电话", "电话号码", "联系手机", "mobile", "mobilephone", "cellphone", "cell", "phone", "tel", "telephone"),
    _f("phone", tr_noop("座机"), "固定电话", "固话", "家庭电话", "办公电话", "landline", "homephone"),
    _f("card_no", tr_noop("卡号"), "会员卡号", "会员卡", "会员编号", "会员号", "vip卡号", "cardno", "cardnumber", "card",
       "memberno", "vipno"),
    _f("birthday", tr_noop("生日"), "出生日期", "出生年月日", "出生年月", "会员生日", "生日日期", "birthday", "birthdate",
       "dateofbirth", "dob"),
    _f("age", tr_noop("年龄"), "出生年份", "年龄段", "大概年龄", "岁数", "age"),  # P1: no month/day
    _f("gender", tr_noop("性别"), "gender", "sex"),
    _f("points", tr_noop("积分"), "当前积分", "剩余积分", "可用积分", "会员积分", "积分余额", "points", "point", "balance"),
    _f("total_spend", tr_noop("累计消费"), "消费金额", "累计消费金额", "消费总额", "总消费", "累计金额", "消费合计",
       "totalspend", "spend", "totalamount"),
    _f("tier", tr_noop("等级"), "会员等级", "卡类型", "会员级别", "卡别", "卡级别", "级别", "tier", "level", "grade"),
    _f("address", tr_noop("地址"), "住址", "联系地址", "家庭地址", "通讯地址", "address", "addr"),
    _f("email", tr_noop("邮箱"), "电子邮箱", "电子邮件", "邮件", "email", "e-mail", "mail"),
    _f(NOTES, tr_noop("备注"), "说明", "备忘", "remark", "remarks", "note", "notes", "memo", "comment"),
    _f("clerk", tr_noop("导购"), "专属导购", "服务导购", "所属导购", "营业员", "销售员", "店员", "开卡人", "开卡导购",
       "clerk", "staff", "salesperson"),
    _f("joined_on", tr_noop("入会日期"), "开卡日期", "入会时间", "开卡时间", "注册日期", "注册时间", "办卡日期",
       "办卡时间", "建档日期", "joined", "joindate", "joinedon", "registerdate", "since"),
    _f("ethnicity", tr_noop("民族"), "ethnicity"),
    _f("occupation", tr_noop("职业"), "工作", "工作单位", "occupation", "job", "company"),
    _f("size", tr_noop("尺码"), "衣服尺码", "服装尺码", "size"),
    _f("referrer", tr_noop("介绍人"), "推荐人", "推荐会员", "referrer", "referredby"),
    _f("channel", tr_noop("入会渠道"), "开卡渠道", "来源", "渠道", "channel", "source"),
    _f("last_purchase", tr_noop("最近消费"), "最后消费日期", "最近消费日期", "最后消费时间", "最近购买", "lastpurchase"),
)}

SALE_FIELDS: dict[str, FieldSpec] = {f.key: f for f in (
    _f("sold_at", tr_noop("日期时间"), "销售时间", "销售日期", "交易时间", "交易日期", "日期", "时间", "单据日期",
       "datetime", "date", "time", "soldat", required=True),
    _f("ticket_no", tr_noop("小票号"), "小票号码", "单号", "销售单号", "单据号", "流水号", "票号", "订单号",
       "ticket", "ticketno", "receipt", "receiptno", required=True),
    _f("member", tr_noop("会员"), "会员卡号", "会员手机", "会员手机号", "会员号", "卡号", "手机", "手机号", "member"),
    _f("style_code", tr_noop("款号"), "货号", "款式编号", "商品编号", "商品编码", "款式", "style", "stylecode", "sku"),
    _f("category", tr_noop("品类"), "类别", "商品类别", "品名", "大类", "category"),
    _f("size", tr_noop("尺码"), "规格", "size"),
    _f("unit_price", tr_noop("单价"), "吊牌价", "零售价", "标准价", "价格", "unitprice", "price"),
    _f("quantity", tr_noop("数量"), "件数", "qty", "quantity"),
    _f("discount", tr_noop("折扣"), "折扣率", "折率", "discount"),
    _f("amount_paid", tr_noop("实收金额"), "实收", "实付金额", "实付", "成交金额", "金额", "销售金额", "amount",
       "amountpaid", "paid", required=True),
    _f("clerk", tr_noop("导购"), "营业员", "销售员", "店员", "收银员", "clerk", "staff"),
    _f("kind", tr_noop("类型"), "单据类型", "销售类型", "type", "kind"),
    _f("original_ticket_no", tr_noop("原小票号"), "原单号", "原小票", "原销售单号", "退货原单", "originalticket",
       "originalticketno"),
    _f("refund_method", tr_noop("退款方式"), "退款渠道", "退款类型", "支付方式", "付款方式", "结算方式", "refundmethod",
       "paymentmethod", "payment"),
    _f(NOTES, tr_noop("备注"), "说明", "remark", "note", "notes"),
)}


_BRACKETED = re.compile(r"[(\[（【<《].*?[)\]）】>》]")
_NOISE = re.compile(r"[\s*:：_\-./、#№]+")


def normalise_header(text: object) -> str:
    """姓名(必填)* → 姓名;  "Mobile Phone" → mobilephone."""
    t = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    t = _BRACKETED.sub("", t) or t
    return _NOISE.sub("", t)


def all_synonyms(fields: Iterable[FieldSpec]) -> set[str]:
    return {normalise_header(s) for f in fields for s in f.synonyms}


def known_headers() -> set[str]:
    """Every header any import recognises; tabular uses it to find the header row."""
    return all_synonyms(MEMBER_FIELDS.values()) | all_synonyms(SALE_FIELDS.values())


def _score(header: str, spec: FieldSpec) -> int:
    """1000 for an exact synonym, else the length of the longest synonym contained
    (会员手机号码 contains 手机号); 0 when nothing matches."""
    best = 0
    for syn in spec.synonyms:
        s = normalise_header(syn)
        if not s:
            continue
        if header == s:
            return 1000  # exact: every exact synonym is as good; the leftmost column wins
        # short ASCII words ("tel", "sex") match only whole; CJK synonyms of 2+ chars may be contained
        if len(s) >= 2 and not s.isascii() and s in header:
            best = max(best, len(s))
    return best


def guess_mapping(columns: Sequence[str], fields: Mapping[str, FieldSpec]) -> dict[str, str]:
    """Best guess column → field key; each field once (the best-matching column wins,
    ties go to the leftmost), the rest → NOTES."""
    candidates: list[tuple[int, int, str, str]] = []
    for idx, col in enumerate(columns):
        header = normalise_header(col)
        for spec in fields.values():
            score = _score(header, spec) if header else 0
            if score:
                candidates.append((-score, idx, col, spec.key))
    candidates.sort()
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for _neg, _idx, col, key in candidates:
        if col in mapping or (key in used and key != NOTES):
            continue
        mapping[col] = key
        used.add(key)
    return {col: mapping.get(col, NOTES) for col in columns}


def check_mapping(mapping: Mapping[str, str], fields: Mapping[str, FieldSpec]) -> None:
    """Refuse a mapping that misses a required field, names an unknown field or
    maps two columns to one field (except notes and ignore)."""
    seen: dict[str, str] = {}
    for col, key in mapping.items():
        if key in (NOTES, IGNORE):
            continue
        if key not in fields:
            raise ValidationError(str(col), tr("未知的字段") + f"({key})")
        if key in seen:
            raise ValidationError(
                tr(fields[key].label), tr("有两列对应同一字段") + f"({seen[key]}、{col})")
        seen[key] = col
    for spec in fields.values():
        if spec.required and spec.key not in seen:
            raise ValidationError(tr(spec.label), tr("没有找到这一列,请在列对应中指定"))


def describe_mapping(mapping: Mapping[str, str], fields: Mapping[str, FieldSpec]) -> list[tuple[str, str]]:
    """[(column, Chinese field label)] for showing the mapping to the user."""
    labels = {k: tr(f.label) for k, f in fields.items()}
    labels[IGNORE] = tr("忽略")
    labels.setdefault(NOTES, tr("备注"))
    return [(col, labels.get(key, key)) for col, key in mapping.items()]


def field_choices(fields: Mapping[str, FieldSpec]) -> list[tuple[str, str]]:
    """(key, label) for the wizard's per-column combo box: every field, then 忽略 (ignore)."""
    out = [(k, tr(f.label)) for k, f in fields.items()]
    if NOTES not in fields:
        out.append((NOTES, tr("备注")))
    out.append((IGNORE, tr("忽略")))
    return out


def apply_mapping(row: Mapping[str, object], mapping: Mapping[str, str]
                  ) -> tuple[dict[str, object], list[tuple[str, object]]]:
    """Split a row into {field: value} (blank cells left out) and the non-blank
    (column, value) pairs that go to notes, in column order."""
    values: dict[str, object] = {}
    notes: list[tuple[str, object]] = []
    for col, value in row.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        key = mapping.get(col, NOTES)
        if key == IGNORE:
            continue
        if key == NOTES:
            notes.append((col, value))
        else:
            values[key] = value
    return values, notes
