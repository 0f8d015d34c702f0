"""P13: a pair the owner marked "not the same person" never comes back in the duplicate finder,
survives a reopen of the file, and is audited."""

from __future__ import annotations

import pytest

from vipdesk.model.errors import ValidationError
from vipdesk.model.hygiene import duplicates
from vipdesk.model.members import profile as members
from vipdesk.model.members.profile import Birthday
from vipdesk.model.store.db import close_database, open_database
from vipdesk.model.store.tables import AuditLog


def test_P13_not_the_same_person_is_remembered(db_path) -> None:
    a = members.enrol("王芳", "13812345678", birthday=Birthday(3, 7))
    b = members.enrol("王芳", "13912345678", birthday=Birthday(3, 7))
    c = members.enrol("王芳", "13712345678", birthday=Birthday(3, 7))
    x = members.enrol("李娜", "13600005678")
    y = members.enrol("李娜", "13500005678")
    groups = duplicates.find_duplicates()
    assert sorted(g.member_ids for g in groups) == [[a.id, b.id, c.id], [x.id, y.id]]
    # The owner says 李娜 and 李娜 are two people: the pair never comes back (either order).
    assert duplicates.mark_not_duplicate([y.id, x.id], clerk="店长") == 1
    assert [g.member_ids for g in duplicates.find_duplicates()] == [[a.id, b.id, c.id]]
    assert duplicates.mark_not_duplicate([x.id, y.id]) == 0  # already known: nothing new
    # Only a–c is marked: a–b is still proposed (c was linked to the group through a only).
    duplicates.mark_not_duplicate([a.id, c.id])
    assert [g.member_ids for g in duplicates.find_duplicates()] == [[a.id, b.id]]
    duplicates.mark_not_duplicate([a.id, b.id, c.id])
    assert duplicates.find_duplicates() == []
    entry = AuditLog.select().where(AuditLog.action == "not_duplicate").first()
    assert entry.clerk == "店长" and f"#{x.id}/#{y.id}" in entry.detail
    # Remembered in the file, not in memory.
    close_database()
    open_database(db_path)
    assert duplicates.find_duplicates() == []
    assert duplicates.duplicates_of(x.id) == []


def test_P13_not_duplicate_needs_two_real_members(db_path) -> None:
    a = members.enrol("王芳", "13812345678")
    with pytest.raises(ValidationError):
        duplicates.mark_not_duplicate([a.id])
    with pytest.raises(ValidationError, match="找不到会员"):
        duplicates.mark_not_duplicate([a.id, 999])
