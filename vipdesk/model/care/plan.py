"""P4 / C11: the care plan — how often, by which channel and about what each member is contacted.

The owner edits a short table of rules, one per segment (tier, value
segment, RFM group, behaviour-matrix cell, S10 grid) or child age group
(1–3, 4–6, 7–11, 12+), optionally limited to some months (4–6岁: 8月开学装).
A member gets the most demanding rule that applies (the shortest interval);
the floor for everyone is ``care.min_care_days`` (120 days = at least 3
calls a year) unless the owner lowers it.  The stay-in-touch generator
(lapsing.py) and so the weekly call list use it; the detail pane shows
``explain()``.

Defaults follow seed 003's 童装 table (沟通频次 per year 1–3: 2 → raised to
every 3 months for size-ups, 4–6: 5, 7–11: 4, 12+: 1; content 成长价值 /
新品、优惠、时尚 / 学校生活、穿衣打扮 / 优惠信息).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass

from vipdesk.model.care import config
from vipdesk.model.errors import ValidationError
from vipdesk.model.store import settings
from vipdesk.model.store.db import db
from vipdesk.text import tr, tr_noop, untr

SCOPES = tr_noop({
    "tier": "会员等级",
    "value_band": "价值分层",
    "rfm": "RFM分组",
    "behaviour": "行为矩阵",
    "grid": "VIP象限",
    "child_age": "孩子年龄段",
})
AGE_GROUPS = {"1-3": (0, 3), "4-6": (4, 6), "7-11": (7, 11), "12+": (12, 200)}
AGE_LABELS = tr_noop({"1-3": "1–3岁", "4-6": "4–6岁", "7-11": "7–11岁", "12+": "12岁以上"})
CHANNELS = ("call", "message")

DEFAULT_RULES: list[dict[str, object]] = tr_noop([
    {"scope": "child_age", "value": "1-3", "days": 90, "channel": "call", "theme": "成长价值;宝宝长得快,每3个月提醒换码",
     "months": []},
    {"scope": "child_age", "value": "4-6", "days": 73, "channel": "message", "theme": "新品、优惠、时尚", "months": []},
    {"scope": "child_age", "value": "4-6", "days": 30, "channel": "call", "theme": "开学装:幼儿园/小学开学新衣",
     "months": [8]},
    {"scope": "child_age", "value": "7-11", "days": 91, "channel": "message", "theme": "学校生活、穿衣打扮",
     "months": []},
    {"scope": "child_age", "value": "12+", "days": 365, "channel": "message", "theme": "优惠信息", "months": []},
    {"scope": "behaviour", "value": "高价值会员", "days": 60, "channel": "call", "theme": "新品到店优先通知、专属服务",
     "months": []},
])

RULES = settings.declare("care.plan_rules", DEFAULT_RULES, "关怀计划", config.G,
                         "按会员分层/孩子年龄段设定联系间隔、方式和内容;取最频繁的一条")


@dataclass(frozen=True)
class Rule:
    scope: str
    value: str
    days: int
    channel: str
    theme: str
    months: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        what = AGE_LABELS.get(self.value, self.value) if self.scope == "child_age" else self.value
        text = f"{tr(SCOPES.get(self.scope, self.scope))}:{tr(what)}"
        if self.months:
            text += tr("({m}月)").format(m="、".join(str(m) for m in self.months))
        return text

    def as_dict(self) -> dict[str, object]:
        return {"scope": self.scope, "value": self.value, "days": self.days, "channel": self.channel,
                "theme": self.theme, "months": list(self.months)}


def shown(text: str) -> str:
    """A rule's object or content as shown: the default texts in the language in effect, the
    owner's own as typed (the stored Chinese still goes into the message as {主题})."""
    return tr(text) if text else text


def stored(shown_text: str) -> str:
    """What an edited object/content cell stores: a shown default goes back to its Chinese."""
    defaults = [str(r[k]) for r in DEFAULT_RULES for k in ("value", "theme")]
    return untr(shown_text, defaults)


def floor_rule() -> Rule:
    """Everyone: the stay-in-touch interval (at least 3 calls a year by default)."""
    days = int(config.get(config.MIN_CARE_DAYS))
    return Rule("all", "", days, "call", tr_noop("近况、穿着体验"))  # shown() at display


def rules() -> list[Rule]:
    out = []
    for r in settings.get(RULES.key) or []:
        out.append(Rule(str(r.get("scope", "")), str(r.get("value", "")), int(r.get("days", 0)),
                        str(r.get("channel", "call")), str(r.get("theme", "")),
                        tuple(int(m) for m in r.get("months", []) or [])))
    return out


def save_rules(new: Iterable[Rule]) -> None:
    """Check and store the owner's table; a bad row names its row number and field."""
    clean = []
    for i, r in enumerate(new, start=1):
        where = tr("第{n}行").format(n=i)
        if r.scope not in SCOPES:
            raise ValidationError(where + tr("类别"), tr("未知类别:") + r.scope)
        if not r.value.strip():
            raise ValidationError(where + tr("对象"), tr("请填写适用对象"))
        if r.scope == "child_age" and r.value not in AGE_GROUPS:
            raise ValidationError(where + tr("对象"), tr("年龄段应为 1-3、4-6、7-11 或 12+"))
        if not 1 <= r.days <= 730:
            raise ValidationError(where + tr("间隔"), tr("联系间隔应在 1 到 730 天之间"))
        if r.channel not in CHANNELS:
            raise ValidationError(where + tr("方式"), tr("方式应为电话或短信"))
        if any(not 1 <= m <= 12 for m in r.months):
            raise ValidationError(where + tr("月份"), tr("月份应在 1 到 12 之间"))
        clean.append(Rule(r.scope, r.value.strip(), r.days, r.channel, r.theme.strip(), r.months).as_dict())
    settings.put(RULES.key, clean)


# --- which rule a member gets

@dataclass
class Facts:
    """What the rules look at, for one member."""

    tier: str = ""
    value_band: str = ""
    rfm: str = ""
    behaviour: str = ""
    grid: str = ""
    child_ages: tuple[tuple[str, int], ...] = ()  # (child name, age)


def child_age(birth_year: int | None, month: int | None, day_: int | None, on: dt.date) -> int | None:
    if not birth_year:
        return None
    age = on.year - birth_year
    if month and day_ and (on.month, on.day) < (month, day_):
        age -= 1
    return max(age, 0)


def age_group(age: int) -> str:
    for key, (lo, hi) in AGE_GROUPS.items():
        if lo <= age <= hi:
            return key
    return "12+"


def _matches(rule: Rule, f: Facts, on: dt.date) -> str | None:
    """Why *rule* applies to the member (a short Chinese phrase), or None."""
    if rule.months and on.month not in rule.months:
        return None
    if rule.scope == "child_age":
        for name, age in f.child_ages:
            if age_group(age) == rule.value:
                return tr("孩子{name}{age}岁").format(name=name, age=age)
        return None
    have = {"tier": f.tier, "value_band": f.value_band, "rfm": f.rfm, "behaviour": f.behaviour,
            "grid": f.grid}.get(rule.scope, "")
    if not have:
        return None
    if rule.scope == "rfm" and fnmatch.fnmatchcase(have, rule.value if any(c in rule.value for c in "*?[")
                                                   else rule.value + "*"):
        return tr("RFM为{v}").format(v=have)
    if rule.scope != "rfm" and have == rule.value:
        return tr("{scope}为{v}").format(scope=tr(SCOPES[rule.scope]), v=shown(have))
    return None


@dataclass
class Applied:
    rule: Rule
    why: str
    others: int  # how many other rules also applied (less demanding)

    def explain(self) -> str:
        r = self.rule
        head = tr("关怀计划:每{d}天{ch}联系一次").format(d=r.days, ch=tr(config.CHANNEL_LABELS.get(r.channel, r.channel)))
        if r.theme:
            head += tr(",内容:{t}").format(t=shown(r.theme))
        if r.scope == "all":
            return head + tr("(全体会员的最低要求)")
        tail = tr("(依据 {label}:{why}").format(label=r.label, why=self.why)
        if self.others:
            tail += tr(";比其余{n}条适用规则更频繁").format(n=self.others)
        return head + tail + ")"


def choose(f: Facts, on: dt.date, table: list[Rule] | None = None, floor: Rule | None = None) -> Applied:
    """The most demanding rule that applies (shortest interval; the floor for everyone included)."""
    table = rules() if table is None else table
    best = Applied(floor or floor_rule(), tr("全体会员"), 0)
    hits = 0
    for r in table:
        why = _matches(r, f, on)
        if why is None:
            continue
        hits += 1
        if r.days < best.rule.days:
            best = Applied(r, why, 0)
    best.others = hits - (0 if best.rule.scope == "all" else 1)
    return best


def facts_for(member_ids: list[int], on: dt.date) -> dict[int, Facts]:
    """Facts of many members in a few queries (500 ids at a time)."""
    out = {i: Facts() for i in member_ids}
    for k in range(0, len(member_ids), 500):
        chunk = member_ids[k:k + 500]
        marks = ",".join("?" * len(chunk))
        for mid, tier in db.execute_sql(f"SELECT id, tier FROM member WHERE id IN ({marks})", chunk).fetchall():
            out[mid].tier = tier or ""
        seg_sql = (f"SELECT member_id, value_band, r, f, m, behaviour, grid FROM member_segment "
                   f"WHERE member_id IN ({marks})")
        for mid, vb, r, f_, m, beh, grid in db.execute_sql(seg_sql, chunk).fetchall():
            fx = out[mid]
            fx.value_band, fx.behaviour, fx.grid = vb or "", beh or "", grid or ""
            fx.rfm = f"R{r}F{f_}M{m}" if r else ""
        kids: dict[int, list[tuple[str, int]]] = {}
        child_sql = (f"SELECT member_id, name, birth_year, birth_month, birth_day FROM child "
                     f"WHERE member_id IN ({marks}) ORDER BY id")
        for mid, name, y, mo, d in db.execute_sql(child_sql, chunk).fetchall():
            age = child_age(y, mo, d, on)
            if age is not None:
                kids.setdefault(mid, []).append((name, age))
        for mid, ks in kids.items():
            out[mid].child_ages = tuple(ks)
    return out


def plan_for_member(member_id: int, on: dt.date | None = None) -> Applied:
    on = on or dt.date.today()
    return choose(facts_for([member_id], on)[member_id], on)


def explain(member_id: int, on: dt.date | None = None) -> str:
    """One line for the member's detail pane: which rule applies and why."""
    return plan_for_member(member_id, on).explain()


def shortest_interval(on: dt.date) -> int:
    """The smallest interval any rule could give this month (the stay-in-touch scan's first cut)."""
    days = [r.days for r in rules() if not r.months or on.month in r.months]
    return min([int(config.get(config.MIN_CARE_DAYS)), *days])
