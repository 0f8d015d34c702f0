"""Find likely duplicate members already on file (P13).

The mobile is unique, so two records of one person differ in something:
a second phone, a typo in the name, a card recorded twice.  The rules:

- ``name_birthday``: same name and same birthday (month, day, solar/lunar);
- ``name_phone_tail``: same name and the same last 4 phone digits (a typo in
  the mobile, or a landline and a mobile ending alike);
- ``card``: one card number on two members (a card row moved by hand, or an
  old card of one member that is another's current card);
- ``similar_name_birthday``: same birthday and a name that sounds the same
  (same pinyin: 王芳/王方/汪芳) or has the same surname and one character
  off (王芳/王芳芳, 王芳/王芬).

Pairs are joined into groups (a person typed in three times is one group).
A pair the owner marked "not the same person" (``mark_not_duplicate``) is never
proposed again.
Merged and anonymised members are never listed.  Everything is a handful of
set-based queries plus small in-memory blocks, so 100,000 members take
seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import JOIN, fn

from vipdesk.model.errors import ValidationError
from vipdesk.model.store.tables import Card, Member, Staff
from vipdesk.text import tr, tr_noop

HIDDEN_STATUSES = ("merged", "anonymised")

REASONS: dict[str, str] = {
    "name_birthday": tr_noop("姓名和生日相同"),
    "name_phone_tail": tr_noop("姓名相同,手机尾号相同"),
    "card": tr_noop("卡号相同"),
    "similar_name_birthday": tr_noop("生日相同,姓名相近"),
}


@dataclass
class DuplicateGroup:
    """Members that are probably one person; *reasons* are rule keys (see REASONS)."""

    member_ids: list[int]
    reasons: list[str] = field(default_factory=list)

    def reason_text(self) -> str:
        return "、".join(tr(REASONS[r]) for r in self.reasons)


@dataclass(frozen=True)
class MemberSummary:
    """What the duplicate list shows for one member (phone masked by the caller)."""

    id: int
    name: str
    phone: str
    birthday: str
    card_no: str
    points: int
    total_spend: int
    purchase_count: int
    last_purchase: dt.datetime | None
    enrolled_on: dt.date | None
    clerk: str


def _visible():
    return Member.status.not_in(HIDDEN_STATUSES)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _one_edit_apart(a: str, b: str) -> bool:
    """True when *a* and *b* differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def similar_names(a: str, b: str) -> bool:
    """Names that are probably the same person's: same surname, one character off in the rest
    (王芳/王方, 王芳/王芳芳).  王芳/李芳 share a given name only: two people.  Homophones with
    another surname (汪芳/王芳) are caught by the pinyin instead."""
    return min(len(a), len(b)) >= 2 and a[0] == b[0] and _one_edit_apart(a, b)


def _pairs_same_key(rows: Iterable[tuple[int, tuple]]) -> Iterable[tuple[int, int]]:
    groups: dict[tuple, list[int]] = defaultdict(list)
    for mid, key in rows:
        groups[key].append(mid)
    for ids in groups.values():
        for other in ids[1:]:
            yield ids[0], other


def find_duplicates(rules: Iterable[str] | None = None) -> list[DuplicateGroup]:
    """Groups of likely duplicates, biggest evidence first (more rules, then lowest id)."""
    rules = set(rules or REASONS)
    unknown = rules - set(REASONS)
    if unknown:
        raise ValueError(f"unknown duplicate rules {sorted(unknown)}")
    uf = _UnionFind()
    pair_reasons: dict[tuple[int, int], set[str]] = defaultdict(set)
    not_same = not_duplicate_pairs()

    def add(a: int, b: int, reason: str) -> None:
        if a == b:
            return
        key = (min(a, b), max(a, b))
        if key in not_same:
            return
        pair_reasons[key].add(reason)
        uf.union(a, b)

    people = list(Member.select(Member.id, Member.name, Member.phone_rev, Member.py_full, Member.birth_month,
                                Member.birth_day, Member.birthday_lunar)
                  .where(_visible()).order_by(Member.id).tuples())
    if "name_birthday" in rules:
        rows = ((mid, (name, m, d, bool(lunar))) for mid, name, _rev, _py, m, d, lunar in people if m and d)
        for a, b in _pairs_same_key(rows):
            add(a, b, "name_birthday")
    if "name_phone_tail" in rules:
        rows = ((mid, (name, rev[:4])) for mid, name, rev, _py, _m, _d, _l in people if rev and len(rev) >= 4)
        for a, b in _pairs_same_key(rows):
            add(a, b, "name_phone_tail")
    if "similar_name_birthday" in rules:
        # Same birthday and (same pinyin, or same surname and one character off).  Blocking on
        # (birthday, pinyin) and (birthday, surname) keeps every comparison inside a handful of rows.
        by_sound: dict[tuple, list[tuple[int, str]]] = defaultdict(list)
        by_surname: dict[tuple, list[tuple[int, str]]] = defaultdict(list)
        for mid, name, _rev, py, m, d, lunar in people:
            if m and d and name:
                day = (m, d, bool(lunar))
                if py:
                    by_sound[(*day, py)].append((mid, name))
                by_surname[(*day, name[0])].append((mid, name))
        for block in by_sound.values():
            for i, (a, name_a) in enumerate(block):
                for b, name_b in block[i + 1:]:
                    if name_a != name_b:
                        add(a, b, "similar_name_birthday")
        for block in by_surname.values():
            for i, (a, name_a) in enumerate(block):
                for b, name_b in block[i + 1:]:
                    if name_a != name_b and similar_names(name_a, name_b):
                        add(a, b, "similar_name_birthday")
    if "card" in rules:
        visible = {p[0] for p in people}
        holders: dict[str, set[int]] = defaultdict(set)
        for card_no, mid in Card.select(Card.card_no, Card.member).tuples():
            if mid in visible:
                holders[card_no.upper()].add(mid)
        for mid, card_no in Member.select(Member.id, Member.card_no).where(
                _visible() & Member.card_no.is_null(False)).tuples():
            holders[card_no.upper()].add(mid)
        for ids in holders.values():
            if len(ids) > 1:
                first, *rest = sorted(ids)
                for other in rest:
                    add(first, other, "card")

    members: dict[int, list[int]] = defaultdict(list)
    for a, b in pair_reasons:
        for x in (a, b):
            root = uf.find(x)
            if x not in members[root]:
                members[root].append(x)
    reasons: dict[int, set[str]] = defaultdict(set)
    for (a, _b), rs in pair_reasons.items():
        reasons[uf.find(a)] |= rs
    order = list(REASONS)
    groups = [DuplicateGroup(sorted(ids), sorted(reasons[root], key=order.index)) for root, ids in members.items()]
    groups.sort(key=lambda g: (-len(g.reasons), g.member_ids[0]))
    return groups


def not_duplicate_pairs() -> set[tuple[int, int]]:
    """Pairs (lower id, higher id) the owner marked "not the same person"."""
    from vipdesk.model.hygiene.tables import NotDuplicate

    return set(NotDuplicate.select(NotDuplicate.member_a, NotDuplicate.member_b).tuples())


def mark_not_duplicate(member_ids: Iterable[int], clerk: str = "") -> int:
    """Remember that these members are different people (every pair among them), so the finder
    never lists them together again; one transaction, audited.  Returns the pairs newly marked."""
    from vipdesk.model.hygiene.tables import NotDuplicate
    from vipdesk.model.privacy import audit
    from vipdesk.model.store.db import transaction

    ids = sorted(set(member_ids))
    if len(ids) < 2:
        raise ValidationError(tr("不是同一人"), tr("至少要选两位会员"))
    known = {m for (m,) in Member.select(Member.id).where(Member.id.in_(ids)).tuples()}
    missing = [i for i in ids if i not in known]
    if missing:
        raise ValidationError(tr("不是同一人"), tr("找不到会员 #{id}").format(id=missing[0]))
    pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
    with transaction():
        done = not_duplicate_pairs()
        new = [p for p in pairs if p not in done]
        for a, b in new:
            NotDuplicate.create(member_a=a, member_b=b, clerk=clerk)
        if new:
            audit.log("not_duplicate", count=len(new), clerk=clerk,
                      detail="、".join(f"#{a}/#{b}" for a, b in new))
    return len(new)


def duplicates_of(member_id: int) -> list[int]:
    """Other members in the same duplicate group as *member_id* (for a hint on the profile)."""
    for g in find_duplicates():
        if member_id in g.member_ids:
            return [m for m in g.member_ids if m != member_id]
    return []


def birthday_text(m: Member) -> str:
    """生日 as the member gave it: 1985-03-07 / 3月7日 / 农历八月十五 (same text the export writes)."""
    if not (m.birth_month and m.birth_day):
        return ""
    from vipdesk.model.importing.parse import ParsedDate

    return ParsedDate(m.birth_year, m.birth_month, m.birth_day, bool(m.birthday_lunar),
                      bool(m.birthday_leap)).format()


def _as_dt(v: object) -> dt.datetime | None:
    if v is None or isinstance(v, dt.datetime):
        return v  # type: ignore[return-value]
    return dt.datetime.fromisoformat(str(v))


def _as_date(v: object) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v  # type: ignore[return-value]
    return dt.date.fromisoformat(str(v)[:10])


def summaries(member_ids: Iterable[int]) -> dict[int, MemberSummary]:
    """One query for the rows of a duplicate group (or of many groups)."""
    ids = list(member_ids)
    if not ids:
        return {}
    out: dict[int, MemberSummary] = {}
    q = (Member.select(Member, fn.COALESCE(Staff.name, "").alias("clerk_name"))
         .join(Staff, on=(Member.clerk == Staff.id), join_type=JOIN.LEFT_OUTER)
         .where(Member.id.in_(ids)))
    for m in q:
        out[m.id] = MemberSummary(m.id, m.name, m.phone, birthday_text(m), m.card_no or "", m.points or 0,
                                  m.total_spend or 0, m.purchase_count or 0, _as_dt(m.last_purchase),
                                  _as_date(m.enrolled_on), m.clerk_name)
    return out
