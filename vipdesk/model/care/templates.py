"""Message templates (C10): one per reminder kind, placeholders in {中文}.

Defaults follow the seeds' sample texts (welcome, 30-day revisit, thank-you
after a visit without purchase) and their rule that care messages carry no
sales pitch.  For call kinds the "template" is the talking points read
before dialling.  Only templates the owner changed are stored (setting
``care.templates``), so improved defaults reach shops that never edited them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from vipdesk.model.care import config
from vipdesk.model.store import settings
from vipdesk.text import tr, tr_noop

PLACEHOLDERS: dict[str, str] = {
    "姓名": tr_noop("会员姓名"),
    "姓": tr_noop("姓氏"),
    "称呼": tr_noop("女士/先生(按性别)"),
    "积分": tr_noop("当前积分"),
    "等级": tr_noop("会员等级"),
    "导购": tr_noop("专属导购"),
    "店名": tr_noop("店名"),
    "活动": tr_noop("活动名称"),
    "日期": tr_noop("相关日期"),
    "节日": tr_noop("节日名称"),
    "祝福": tr_noop("节日祝福语"),
    "孩子": tr_noop("孩子姓名"),
    "纪念日": tr_noop("纪念日名称"),
    "新会员": tr_noop("被介绍的新会员"),
    "天气关怀": tr_noop("天气提醒语"),
    "购买": tr_noop("购买的商品"),
    "尺码": tr_noop("上次购买尺码"),
    "建议尺码": tr_noop("建议尺码"),
    "年龄": tr_noop("孩子将满的年龄"),
    "到期积分": tr_noop("将到期的积分"),
    "她": tr_noop("她/他(按性别)"),
    "祝愿": tr_noop("祝愿语(按性别、年龄)"),
    "主题": tr_noop("关怀计划的沟通内容"),
    "低分": tr_noop("满意度调查的低分项"),
}

_SIGN = "【{店名}】"

DEFAULTS: dict[str, str] = {
    "birthday": "亲爱的{姓}{称呼}:今天是您的生日,{店名}全体同事祝您生日快乐,{祝愿}!"
                "您的专属顾问{导购}" + _SIGN,
    "birthday_soon": "{日期}是{姓}{称呼}的生日。提前打个电话送上祝福,告诉{她}店里为{她}准备了一份生日心意,"
                     "方便时来坐坐;不谈商品。",
    "child_birthday": "亲爱的{姓}{称呼}:今天是{孩子}的生日,祝宝贝生日快乐,健康快乐每一天!" + _SIGN,
    "member_date": "亲爱的{姓}{称呼}:今天是您的{纪念日},{店名}祝您和家人幸福美满!" + _SIGN,
    "welcome": "{姓名}{称呼},恭喜您成为{店名}会员,我是您的着装形象顾问{导购},以后将由我为您进行一对一的服务。"
               "您目前的积分是{积分}分,请妥善保管您的会员卡,持卡消费即可积分。" + _SIGN,
    "referral_thanks": "亲爱的{姓}{称呼}:谢谢您介绍{新会员}来到{店名},感谢您一直以来的喜爱与支持!" + _SIGN,
    "referral_followup": "给{姓}{称呼}打电话:感谢{她}通过朋友认识我们,问问穿着感受和有没有需要帮忙的地方。",
    "followup": "问候{姓}{称呼}{日期}买的{购买}穿着感受;再说一遍洗涤保养方法;给一两个搭配建议;有问题随时找{导购}。",
    "revisit": "尊敬的{姓}{称呼}:您好!一声真挚的问候,一份美好的祝福,{店名}愿您的生活永远喜悦温馨!"
               "欢迎随时来走走。" + _SIGN,
    "visit_thanks": "尊敬的{姓}{称呼}:您好!感谢您光临{店名},很遗憾今天没能帮您挑到合意的衣服,"
                    "期待您下次光临。祝您生活愉快!" + _SIGN,
    "event": "尊敬的{姓}{称呼}:您好!{店名}将于{日期}举办{活动},诚挚邀请您光临。" + _SIGN,
    "holiday": "亲爱的{姓}{称呼}:{节日}到了,{店名}祝您{祝福}!" + _SIGN,
    "points_expiry": "{姓}{称呼}您好,您有{到期积分}积分将于{日期}到期,欢迎来店兑换礼品。" + _SIGN,
    "weather": "亲爱的{姓}{称呼}:{天气关怀}{导购}惦记着您。" + _SIGN,
    "size_up": "{孩子}快{年龄}岁了,上次买的是{尺码}码,可能该穿{建议尺码}码了,打电话提醒{姓}{称呼}一声。",
    "churn": "{姓}{称呼}最近来得比平常少,打个电话问候近况,听听有没有不满意的地方;不推销。",
    "dormant": "好久没见到{姓}{称呼}了,打个电话问候近况,问问对我们有什么意见和建议;不推销。",
    "survey_followup": "{姓}{称呼}{日期}的满意度调查给了低分({低分}),打电话道歉并问清原因,"
                       "能解决的当场约好怎么解决;不推销。",
    "min_care": "有一阵子没联系{姓}{称呼}了,打个电话问候近况;可聊:{主题};不推销。",
}

_FIELD = re.compile(r"\{([^{}\s]{1,8})\}")


def render(template: str, values: Mapping[str, Any]) -> str:
    """Replace known {占位符}; unknown or stray braces stay as typed (never raises)."""

    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        if key in values and values[key] is not None:
            return str(values[key])
        return m.group(0)

    return _FIELD.sub(sub, template or "")


def unknown_placeholders(template: str) -> list[str]:
    """Placeholders the editor should warn about (typos like {姓明})."""
    return [k for k in _FIELD.findall(template or "") if k not in PLACEHOLDERS]


def template_for(kind: str) -> str:
    custom = settings.get(config.TEMPLATES.key)
    if kind in custom and str(custom[kind]).strip():
        return str(custom[kind])
    return tr(DEFAULTS.get(kind, ""))


def is_custom(kind: str) -> bool:
    return kind in settings.get(config.TEMPLATES.key)


def save_template(kind: str, text: str) -> None:
    if kind not in config.KINDS:
        raise KeyError(kind)
    custom = settings.get(config.TEMPLATES.key)
    custom[kind] = text
    settings.put(config.TEMPLATES.key, custom)


def reset_template(kind: str) -> None:
    custom = settings.get(config.TEMPLATES.key)
    if custom.pop(kind, None) is not None:
        settings.put(config.TEMPLATES.key, custom)


def salutation(gender: str) -> str:
    """女士/先生 for the message itself, which the member reads in Chinese in every app language."""
    return {"F": "女士", "M": "先生"}.get(gender or "", "女士")


def pronoun(gender: str) -> str:
    """她 / 他 for talking points about the member (unknown gender: 她, like the 女士 default)."""
    return tr("他") if gender == "M" else tr("她")


ELDER_AGE = 60


def wish(gender: str, age: int | None) -> str:
    """A birthday wish that fits: no 健康美丽 to a man, 健康长寿 to an elder."""
    if age is not None and age >= ELDER_AGE:
        return tr("福寿安康,健康长寿")
    if gender == "M":
        return tr("身体健康,事业顺利")
    return tr("健康美丽,万事顺意")


def surname(name: str) -> str:
    """First character, or the two of a common compound surname (欧阳, 司马…)."""
    name = (name or "").strip()
    if name[:2] in _COMPOUND:
        return name[:2]
    return name[:1]


_COMPOUND = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "司徒", "夏侯", "尉迟", "长孙", "宇文", "公孙"}


def sample_values() -> dict[str, str]:
    """Values for the editor's preview when no member is open (a Chinese SMS, as sent)."""
    return {
        "姓名": "黄明华", "姓": "黄", "称呼": "女士", "积分": "2,380", "等级": "银卡",
        "导购": "小李", "店名": str(settings.get("shop.name")), "活动": "秋季VIP专场",
        "日期": "11月28日", "节日": "中秋节", "祝福": "花好月圆,阖家团圆", "孩子": "乐乐",
        "纪念日": "结婚纪念日", "新会员": "王芳", "天气关怀": "近日气温骤降,出门记得添衣保暖。",
        "购买": "羊毛大衣", "尺码": "110", "建议尺码": "120", "年龄": "5",
        "到期积分": "300",
        "她": "她", "祝愿": "健康美丽,万事顺意", "主题": "新品、优惠、时尚", "低分": "导购服务 2分",
    }
