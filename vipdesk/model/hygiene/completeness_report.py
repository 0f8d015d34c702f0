"""The profile contest table (P10): per clerk, the members she enrolled in a
period, how many profiles are complete and the average completeness score.

Scores come from ``vipdesk.model.members.completeness`` — the same rule the card
incentives use — so the contest and the commission never disagree.
Merged and anonymised records are left out (a duplicate must not count twice).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import SimpleNamespace

from vipdesk.model.members import completeness as rule
from vipdesk.model.store.tables import Member, Staff
from vipdesk.text import tr

_COLUMNS = ("name", "phone", "gender", "birth_year", "birth_month", "birth_day", "address", "sizes", "email",
            "ethnicity", *rule.SOFT_FIELDS)


@dataclass(frozen=True)
class ClerkRow:
    clerk_id: int | None
    clerk: str  # "未分配" for members without a clerk
    enrolled: int
    complete: int
    average_score: float  # 0–100, one decimal

    @property
    def complete_rate(self) -> float:
        return self.complete / self.enrolled if self.enrolled else 0.0


def clerk_completeness(start: dt.date, end: dt.date) -> list[ClerkRow]:
    """Rows for members enrolled from *start* to *end* (both included), best clerks first:
    most complete profiles, then highest average score."""
    if end < start:
        start, end = end, start
    fields = [getattr(Member, c) for c in _COLUMNS]
    q = (Member.select(Member.clerk, *fields)
         .where((Member.enrolled_on >= start) & (Member.enrolled_on <= end)
                & Member.status.not_in(("merged", "anonymised")))
         .dicts())
    acc: dict[int | None, list[int]] = {}
    done: dict[int | None, int] = {}
    for row in q:
        m = SimpleNamespace(**row)
        score = rule.completeness(m)
        acc.setdefault(row["clerk"], []).append(score)
        done[row["clerk"]] = done.get(row["clerk"], 0) + (1 if rule.is_complete(m) else 0)
    names = {i: n for i, n in Staff.select(Staff.id, Staff.name).tuples()}
    rows = [ClerkRow(cid, names.get(cid, tr("未分配")) if cid is not None else tr("未分配"), len(scores),
                     done.get(cid, 0), round(sum(scores) / len(scores), 1))
            for cid, scores in acc.items()]
    rows.sort(key=lambda r: (-r.complete, -r.average_score, r.clerk_id is None, r.clerk))
    return rows


def totals(rows: list[ClerkRow]) -> ClerkRow:
    """The 合计 line under the table."""
    n = sum(r.enrolled for r in rows)
    avg = round(sum(r.average_score * r.enrolled for r in rows) / n, 1) if n else 0.0
    return ClerkRow(None, tr("合计"), n, sum(r.complete for r in rows), avg)
