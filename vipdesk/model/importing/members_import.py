"""Member import (issue 3): the shop's existing member list from .xlsx/.csv into vipdesk.

Entry point: ``import_members(path, dry_run=, policy=, mapping=, choices=,
default_choice=, progress=, phase=, cancel=, report=)`` → ``ImportResult`` (see
runner.py); ``result.extra["duplicates"]`` lists each duplicate found (row,
name, phone, reason "phone"/"name_birthday", member_id, other_row, action).

Built on ``runner.run_import``: ``make_validator()`` turns a row into a
``MemberRecord`` (or problems), ``MemberWriter`` writes the records in the one
transaction.  Profile fields are checked by the member model's own rules
(``members._apply_fields``), so an imported member is exactly as valid as one
enrolled at the counter.

Ledger invariant: imported points become ONE opening entry per member in the
points ledger (kind "import"); imported total spend becomes ONE opening sale
per member (kind "opening", source "import", no items, no points), so the
cached ``Member.points`` / ``total_spend`` stay sums of the ledger and sales.
Opening sales are not purchases: ``purchase_count`` and ``last_purchase``
count only kind "sale", and period figures (monthly KPIs, season top 30,
segment windows) must filter ``kind IN ('sale', 'return')`` as well.  An
opening sale is dated at the member's enrolment day when the file gives one,
else at the import; the opening points entry is dated at the import.

Duplicates (P13), inside the file and against the database:
- same phone → always one member.  MERGE (default) fills the member's empty
  fields from the row; SKIP ignores the row; KEEP_BOTH is impossible for one
  phone and is treated as MERGE (noted in the report).
- same name + birthday with a different phone → listed.  Default KEEP_BOTH
  (two 王芳 born on 3月7日 are common); MERGE fills empty fields and keeps the
  row's phone in the notes; SKIP ignores the row.  The wizard passes the
  user's choice per row in ``choices`` (row number → choice).
- a row without phone but with name + birthday completes the member it matches
  (MERGE); with nobody to match it is refused (a member needs a phone).
Re-importing the same file therefore creates nobody and never doubles points.
Merged-away and anonymised records are never merge targets.

Imported members are not "enrolled" (no member_enrolled hook): their first tier
is set here (the file's 等级 if it names a configured tier, else by the opening
points / spend on the shop's tier basis).  Every run that writes leaves one
AuditLog row (action "import_members").  Speed (issue 14): each new member's row is
built and checked outside the write lock (``MemberWriter.prepare``) and inserted with a
cached parametrised INSERT, her card / ledger entry / opening sale / tier history with
executemany; lunar months, dates and pinyin keys are memoised.  At 100,000 rows the import
takes ~1.6× the raw baseline of ``vipdesk bench --only import`` (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from vipdesk.model.importing.mapping import MEMBER_FIELDS
from vipdesk.model.importing.members_records import (  # noqa: F401 - the names callers import from here
    CHOICES,
    HIDDEN_STATUSES,
    KEEP_BOTH,
    MERGE,
    NO_PHONE,
    OPENING_KIND,
    POINTS_KIND,
    SKIP,
    SOURCE,
    TIER_REASON,
    Duplicate,
    MemberRecord,
    was_imported,
)
from vipdesk.model.importing.members_validate import make_validator
from vipdesk.model.importing.members_writer import MemberWriter
from vipdesk.model.importing.report import report_path_for
from vipdesk.model.importing.runner import ALL_OR_NOTHING, ImportResult, run_import
from vipdesk.model.importing.tabular import Cancel, Progress

# ---------------------------------------------------------------- one call


def import_members(
    path: str | Path,
    *,
    dry_run: bool = False,
    policy: str = ALL_OR_NOTHING,
    encoding: str | None = None,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
    choices: Mapping[int, str] | None = None,
    default_choice: str | None = None,
    progress: Progress | None = None,
    phase: Callable[[str], None] | None = None,
    cancel: Cancel | None = None,
    report: bool | str | Path = True,
    clerk: str = "",
) -> ImportResult:
    """Import members from *path*; the database must be open.

    *report*: True saves ``<file>_导入报告.xlsx`` next to the file when there are
    problems; a path saves it there; False saves none.  The result's
    ``extra["duplicates"]`` lists every duplicate with the action taken."""
    report_path = report_path_for(path) if report is True else (Path(report) if report else None)
    writer = MemberWriter(choices, default_choice, clerk_name=clerk, source=path)
    return run_import(path, MEMBER_FIELDS, make_validator(), writer, mapping=mapping, encoding=encoding,
                      sheet=sheet, policy=policy, dry_run=dry_run, progress=progress, phase=phase,
                      cancel=cancel, report_path=report_path, kind="members")


run_file = import_members  # the name the command line looks for in every <kind>_import module
LABEL = "会员"
FIELDS = MEMBER_FIELDS
