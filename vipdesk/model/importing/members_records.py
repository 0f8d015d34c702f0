"""Member import, part 1 of 4: the shared words (choices, ledger kinds) and the record types.

Split out of members_import.py (issue 13) so validation, writing and the entry point each stay short.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from vipdesk.model.members import profile as members_model
from vipdesk.model.members.age import BirthYear
from vipdesk.model.store.tables import TierChange
from vipdesk.text import tr, tr_noop

MERGE = "merge"
SKIP = "skip"
KEEP_BOTH = "keep-both"
CHOICES = (MERGE, SKIP, KEEP_BOTH)

NO_PHONE = tr_noop("请填写手机号(会员以手机号识别)")
HIDDEN_STATUSES = ("merged", "anonymised")  # see hygiene.merge and privacy.anonymise
POINTS_KIND = "import"  # PointsEntry.kind of the opening balance (a qualifying kind for tiers)
OPENING_KIND = "opening"  # Sale.kind of the opening spend
# TierChange.reason of an imported member's first tier (old tier ""): the mark by which the
# care engine tells imported members from new ones (no welcome for 100,000 old customers).
TIER_REASON = tr_noop("导入")
SOURCE = "import"

_CARD_RE = re.compile(r"[0-9A-Z\-]{3,20}")

# Row fields copied onto Member when empty there (merge) or set on a new member.
_PROFILE_TEXT = ("ethnicity", "email", "address", "sizes", "occupation", "channel")


@dataclass(slots=True)
class MemberRecord:
    """A validated row, ready to become (or update) a member."""

    name: str
    phone: str
    gender: str = ""  # "F" / "M" / ""
    birthday: members_model.Birthday | None = None
    birth_year: BirthYear | None = None  # P1: "1985年" / "约40岁" / "40多岁" without month and day
    card_no: str | None = None
    points: int | None = None
    spend: int | None = None  # fen
    tier: str | None = None  # a configured tier name
    clerk: str | None = None  # staff name
    referrer_phone: str | None = None
    enrolled_on: dt.date | None = None
    profile: dict[str, str] = field(default_factory=dict)  # _PROFILE_TEXT values
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Duplicate:
    """One duplicate found: *row* matches a member on file or an earlier row."""

    row: int
    name: str
    phone: str
    reason: str  # "phone" | "name_birthday"
    member_id: int | None  # the member on file (or created by the earlier row)
    other_row: int | None  # earlier row of the same file, if the match is inside the file
    action: str  # what was done: merge / skip / keep-both

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "name": self.name, "phone": self.phone, "reason": self.reason,
                "member_id": self.member_id, "other_row": self.other_row, "action": self.action}


def _opening_time(rec: MemberRecord, stamp: dt.datetime) -> dt.datetime:
    """When the opening spend is dated: her enrolment day when the file gives one (the spend
    built up since then, and it then stays out of this month's and this season's figures),
    else the import time.  Period queries should still filter Sale.kind (see module doc)."""
    if rec.enrolled_on is not None and rec.enrolled_on < stamp.date():
        return dt.datetime.combine(rec.enrolled_on, dt.time())
    return stamp


def was_imported(member_id: Any) -> Any:
    """SQL condition "the member *member_id* (a column such as ``Member.id``) was created by an
    import, not enrolled at the counter": her first tier was set by the import (old tier "",
    reason TIER_REASON in the source text or the language of the import).  An EXISTS on the
    tier history's member index, so it stays cheap on a day with 100,000 imported members."""
    reasons = sorted({TIER_REASON, tr(TIER_REASON)})
    return fn.EXISTS(TierChange.select(TierChange.id).where(
        (TierChange.member == member_id) & (TierChange.old_tier == "") & TierChange.reason.in_(reasons)))
