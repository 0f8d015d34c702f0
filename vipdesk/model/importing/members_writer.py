"""Member import, part 3 of 4: ``MemberWriter`` turns validated records into members,
cards, opening ledger entries, opening sales and first tiers (see members_import.py)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from peewee import IntegrityError, fn

from vipdesk.model.errors import ValidationError, VipdeskError
from vipdesk.model.importing import parse
from vipdesk.model.importing.members_records import (
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
    _opening_time,
)
from vipdesk.model.importing.report import DUPLICATE
from vipdesk.model.importing.runner import ChunkedWriter, WriteContext
from vipdesk.model.loyalty import tiers as tiers_model
from vipdesk.model.loyalty.ledger import post_points
from vipdesk.model.members import profile as members_model
from vipdesk.model.members import stats
from vipdesk.model.members.pinyin import pinyin_keys
from vipdesk.model.store.db import db, transaction
from vipdesk.model.store.tables import AuditLog, Card, Member, PointsEntry, Sale, Staff, TierChange, now
from vipdesk.text import tr

_INSERTS: dict[Any, tuple[str, list[Any]]] = {}


@functools.lru_cache(maxsize=50_000)
def _pinyin(name: str) -> tuple[str, str]:
    return pinyin_keys(name)


def _insert_sql(model: type) -> tuple[str, list[Any]]:
    if model not in _INSERTS:
        fields = [f for f in model._meta.sorted_fields if f is not model._meta.primary_key]
        cols = ", ".join(f'"{f.column_name}"' for f in fields)
        _INSERTS[model] = (f'INSERT INTO "{model._meta.table_name}" ({cols}) VALUES ({", ".join("?" * len(fields))})',
                           fields)
    return _INSERTS[model]


def _params(instance: Any) -> list[Any]:
    """Column values of an unsaved instance, converted by each field's ``db_value`` as peewee would."""
    _sql, fields = _insert_sql(type(instance))
    data = instance.__data__
    return [_db_value(f, data.get(f.name)) for f in fields]


def _db_value(f: Any, value: Any) -> Any:
    """``f.db_value(value)``, skipped for None, int and str, which SQLite takes as they are
    (half the cost of a 100,000-row import was these calls)."""
    if value is None or type(value) is int or type(value) is str:
        return value
    return f.db_value(value)


def _fetch_member(mid: int) -> Member:
    """Member by id through one cached SELECT (a re-import fetches every member once)."""
    key = ("select", Member)
    if key not in _INSERTS:
        fields = list(Member._meta.sorted_fields)
        cols = ", ".join(f'"{f.column_name}"' for f in fields)
        _INSERTS[key] = (f'SELECT {cols} FROM "member" WHERE "id" = ?', fields)  # type: ignore[index]
    sql, fields = _INSERTS[key]  # type: ignore[index]
    row = db.execute_sql(sql, (mid,)).fetchone()
    if row is None:
        raise VipdeskError(tr("找不到会员 #{id}").format(id=mid))
    member = Member(__no_default__=True, **{f.name: f.python_value(v) for f, v in zip(fields, row, strict=True)})
    member._dirty.clear()
    return member


class _NewMember:
    """The attributes ``members._apply_fields`` sets, without a peewee instance (issue 14)."""


class _Batch:
    """Rows whose ids nobody needs (card, ledger entry, opening sale, tier change),
    inserted with executemany a thousand at a time.

    ``add(Model, **values)`` starts from the model's defaults, converted once per
    run (callable defaults such as ``now`` are evaluated once: one import, one
    time stamp), and converts only the given values, so no model instance is
    built per row."""

    SIZE = 1000

    def __init__(self) -> None:
        self.rows: dict[type, list[list[Any]]] = {}
        self.count = 0
        self._templates: dict[type, tuple[list[Any], dict[str, tuple[int, Any]]]] = {}

    def _template(self, model: type) -> tuple[list[Any], dict[str, tuple[int, Any]]]:
        if model not in self._templates:
            _sql, fields = _insert_sql(model)
            defaults = model()  # peewee fills every default
            self._templates[model] = (_params(defaults), {f.name: (i, f) for i, f in enumerate(fields)})
        return self._templates[model]

    def add(self, model: type, **values: Any) -> None:
        template, positions = self._template(model)
        row = list(template)
        for name, value in values.items():
            i, f = positions[name]
            row[i] = _db_value(f, value)
        self.rows.setdefault(model, []).append(row)
        self.count += 1
        if self.count >= self.SIZE:
            self.flush()

    def row(self, model: type, values: Mapping[str, Any]) -> list[Any]:
        """The model's defaults + *values* (by field name), as INSERT parameters."""
        return self.fill(model, list(self._template(model)[0]), values)

    def fill(self, model: type, row: list[Any], values: Mapping[str, Any]) -> list[Any]:
        """*row* with *values* (by field name) converted into it; returns *row*."""
        positions = self._template(model)[1]
        for name, value in values.items():
            i, f = positions[name]
            row[i] = _db_value(f, value)
        return row

    def insert_now(self, model: type, row: list[Any]) -> int:
        """INSERT one row (from ``row``) at once; its new id.  For the member row, whose id the
        queued rows need: the statement and values peewee would use for ``Model(**values)``."""
        return db.cursor().execute(_insert_sql(model)[0], row).lastrowid  # type: ignore[no-any-return]

    def flush(self) -> None:
        for model, rows in self.rows.items():
            if rows:
                db.cursor().executemany(_insert_sql(model)[0], rows)
        self.rows.clear()
        self.count = 0


class _Index:
    """What the writer must know about members on file, loaded once (not one query per row)."""

    def __init__(self) -> None:
        self.by_phone: dict[str, int] = {}
        self.by_name_bday: dict[tuple[str, int, int], list[int]] = {}
        self.cards: set[str] = set()
        self.staff: dict[str, int] = {}
        self.imported_points: set[int] = set()
        self.imported_spend: set[int] = set()
        self.hidden: set[int] = set()  # merged / anonymised: never a merge target
        for mid, phone, name, month, day, status in Member.select(
                Member.id, Member.phone, Member.name, Member.birth_month, Member.birth_day, Member.status).tuples():
            self.by_phone[phone] = mid
            if status in HIDDEN_STATUSES:
                self.hidden.add(mid)
            elif month and day:
                self.by_name_bday.setdefault((name, month, day), []).append(mid)
        self.cards = {c for (c,) in Card.select(Card.card_no).tuples()}
        self.cards |= {c for (c,) in Member.select(Member.card_no).where(Member.card_no.is_null(False)).tuples()}
        self.staff = {n: i for i, n in Staff.select(Staff.id, Staff.name).tuples()}
        self.imported_points = {m for (m,) in PointsEntry.select(PointsEntry.member).where(
            PointsEntry.kind == POINTS_KIND).tuples()}
        self.imported_spend = {m for (m,) in Sale.select(Sale.member).where(
            (Sale.kind == OPENING_KIND) & Sale.member.is_null(False)).tuples()}
        self.max_id = max(self.by_phone.values(), default=0)
        self.own: set[int] = set()  # members this import created

    def refresh_new(self) -> None:
        """Add members created by others (the counter) since the index was loaded: an import
        that commits in short transactions lets the counter enrol in between (issue 13)."""
        for mid, phone, name, month, day, status in Member.select(
                Member.id, Member.phone, Member.name, Member.birth_month, Member.birth_day, Member.status).where(
                Member.id > self.max_id).tuples():
            self.max_id = max(self.max_id, mid)
            if mid in self.own:
                continue
            self.by_phone[phone] = mid
            if status in HIDDEN_STATUSES:
                self.hidden.add(mid)
            elif month and day:
                self.by_name_bday.setdefault((name, month, day), []).append(mid)

    def add(self, mid: int, rec: MemberRecord) -> None:
        self.own.add(mid)
        self.by_phone[rec.phone] = mid
        if rec.birthday is not None:
            self.by_name_bday.setdefault((rec.name, rec.birthday.month, rec.birthday.day), []).append(mid)


class MemberWriter(ChunkedWriter):
    """The writer half of a member import.  *choices* maps row number → MERGE/SKIP/KEEP_BOTH
    for duplicates (what the user picked in the wizard); *default_choice* applies to the
    rest (None = the headless rule described in the module docstring)."""

    def __init__(self, choices: Mapping[int, str] | None = None, default_choice: str | None = None,
                 clerk_name: str = "", source: str | Path = "") -> None:
        for c in list((choices or {}).values()) + ([default_choice] if default_choice else []):
            if c not in CHOICES:
                raise ValueError(f"unknown duplicate choice {c!r}")
        self.choices = dict(choices or {})
        self.default_choice = default_choice
        self.clerk_name = clerk_name  # who runs the import, for the audit log
        self.source = str(source)
        self.duplicates: list[Duplicate] = []
        self.touched: set[int] = set()

    # -- helpers
    def _staff_id(self, index: _Index, name: str | None, ctx: WriteContext, row: int) -> int | None:
        if not name:
            return None
        sid = index.staff.get(name)
        if sid is None:
            sid = Staff.create(name=name).id
            index.staff[name] = sid
            ctx.problem(row, ctx.column("clerk", tr("导购")), name, tr("新导购,已添加到导购名单"))
        return sid

    def _tier_list(self) -> list[tiers_model.Tier]:
        if not hasattr(self, "_tiers"):
            self._tiers = tiers_model.tiers()
        return self._tiers

    def _choice(self, row: int, reason: str, rec: MemberRecord, existing: Member | None) -> str:
        if row in self.choices:
            return self.choices[row]
        if self.default_choice:
            return self.default_choice
        if reason == "phone":
            return MERGE
        # same name + birthday: the same person only if the phones don't contradict
        return MERGE if existing is not None and (not rec.phone or rec.phone == existing.phone) else KEEP_BOTH

    # -- the writer (ChunkedWriter: jobs.py commits it in short transactions, issue 13)
    def __getstate__(self) -> dict[str, Any]:
        """Only the settings travel to a stage row: begin() rebuilds the rest from the file."""
        return {"choices": self.choices, "default_choice": self.default_choice,
                "clerk_name": self.clerk_name, "source": self.source}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["choices"], state["default_choice"], state["clerk_name"], state["source"])

    def begin(self, ctx: WriteContext) -> None:
        self.index = _Index()
        self.first_row_of: dict[int, int] = {}  # member id → row that created/updated it in this file
        self.batch = _Batch()
        self._prepared: dict[int, Any] = {}  # row → prepare()'s member values (or its ValidationError)

    def write_chunk(self, records: Sequence[tuple[int, MemberRecord]], ctx: WriteContext) -> None:
        index = self.index
        index.refresh_new()  # members enrolled at the counter since the last chunk
        before = set(self.touched)
        for row, rec in ctx.each(records):
            try:
                self._write_one(row, rec, index, self.first_row_of, ctx)
            except (ValidationError, VipdeskError, IntegrityError) as exc:
                column = exc.field if isinstance(exc, ValidationError) else ""
                reason = exc.message if isinstance(exc, ValidationError) else str(exc)
                ctx.reject(row, column, rec.name, reason)
        self.batch.flush()
        self._prepared.clear()  # rows that turned out to be duplicates
        ctx.check_cancel()
        fresh = self.touched - before
        if len(fresh) > 200 and len(records) == ctx.total:
            stats.refresh_all()  # one big transaction anyway: four set-based statements
        else:
            for mid in fresh:
                stats.refresh_member(mid)

    def finish(self, ctx: WriteContext) -> None:
        ctx.extra["duplicates"] = [d.to_json() for d in self.duplicates]
        # In the last transaction: rolled back with a preview, committed with the import.
        AuditLog.create(clerk=self.clerk_name, action="import_members", count=ctx.imported + ctx.updated,
                        file=self.source, detail=tr("会员导入:新增 {a},更新 {u},跳过 {s}").format(
                            a=ctx.imported, u=ctx.updated, s=ctx.skipped))

    def _write_one(self, row: int, rec: MemberRecord, index: _Index, first_row_of: dict[int, int],
                   ctx: WriteContext) -> None:
        mid = index.by_phone.get(rec.phone) if rec.phone else None
        reason = "phone"
        if mid is None and rec.birthday is not None:
            same = index.by_name_bday.get((rec.name, rec.birthday.month, rec.birthday.day), [])
            if same:
                mid, reason = same[0], "name_birthday"
        if mid is not None and mid in index.hidden:
            ctx.reject(row, ctx.column("mobile", tr("手机")), rec.phone, tr("该手机号属于已合并或已注销的会员记录"))
            return
        if mid is None and not rec.phone:
            ctx.reject(row, ctx.column("mobile", tr("手机")), None, tr(NO_PHONE))
            return
        if mid is None:
            # no savepoint needed: everything is checked before the member's INSERT, and the
            # dependent rows are only queued once that INSERT succeeded
            self._create(row, rec, index, ctx)
            first_row_of[index.by_phone[rec.phone]] = row
            return
        # Queued rows never need flushing first: they belong to members created by this
        # file, whose opening balances are already marked in the index, so a merge never
        # reads them back.
        self._duplicate(row, rec, mid, reason, index, first_row_of, ctx)

    def _duplicate(self, row: int, rec: MemberRecord, mid: int, reason: str, index: _Index,
                   first_row_of: dict[int, int], ctx: WriteContext) -> None:
        existing = _fetch_member(mid)
        choice = self._choice(row, reason, rec, existing)
        if reason == "phone" and choice == KEEP_BOTH:
            choice = MERGE
            ctx.problem(row, ctx.column("mobile", tr("手机")), rec.phone, tr("同一手机号只能有一位会员,已合并"), DUPLICATE)
        other_row = first_row_of.get(mid)
        self.duplicates.append(Duplicate(row, rec.name, rec.phone, reason, mid, other_row, choice))
        where = tr("与第 {n} 行重复").format(n=other_row) if other_row else \
            tr("与已有会员 {name}(#{id})重复").format(name=existing.name, id=mid)
        why = tr("手机号相同") if reason == "phone" else tr("姓名和生日相同")
        if choice == SKIP:
            ctx.skipped += 1
            ctx.problem(row, ctx.column("name", tr("姓名")), rec.name, f"{where}:{why},{tr('已跳过')}", DUPLICATE)
            return
        if choice == KEEP_BOTH:
            if not rec.phone:
                ctx.reject(row, ctx.column("mobile", tr("手机")), None, tr(NO_PHONE))
                return
            if rec.phone in index.by_phone:
                ctx.reject(row, ctx.column("mobile", tr("手机")), rec.phone, tr("手机号已被其他会员使用"))
                return
            ctx.problem(row, ctx.column("name", tr("姓名")), rec.name, f"{where}:{why},{tr('按不同会员导入')}", DUPLICATE)
            self._create(row, rec, index, ctx)
            return
        changed = self._merge(row, existing, rec, index, ctx)
        ctx.problem(row, ctx.column("name", tr("姓名")), rec.name,
                    f"{where}:{why}," + (tr("已补充空白资料") if changed else tr("资料无变化")), DUPLICATE)
        if changed:
            ctx.updated += 1
        else:
            ctx.skipped += 1
        first_row_of.setdefault(mid, row)

    def prepare(self, records: Sequence[tuple[int, MemberRecord]]) -> None:
        """Outside the write lock: each record's member row as far as it does not depend on
        who is on file (issue 14: the lock is then held for little more than the INSERTs,
        so each short transaction takes more rows and the import commits less often)."""
        for row, rec in records:
            try:
                self._prepared[row] = self._member_values(rec)
            except ValidationError as exc:
                self._prepared[row] = exc

    def _member_values(self, rec: MemberRecord) -> tuple[list[Any], tiers_model.Tier, bool]:
        """(member row from the model's defaults, her first tier, points expire?) for a new
        member from *rec*, checked by the model's own ``_apply_fields``; notes, card,
        clerk, referrer and time stamps are filled in by ``_create``."""
        member = _NewMember()  # a bare attribute bag: a peewee instance cost ~40 field sets per row
        member.status = "active"
        fields: dict[str, Any] = {"phone": rec.phone}
        if rec.gender:
            fields["gender"] = rec.gender
        if rec.birthday is not None:
            fields["birthday"] = rec.birthday
        if rec.birth_year is not None:
            fields["birth_year"] = rec.birth_year
        if rec.enrolled_on is not None:
            fields["enrolled_on"] = rec.enrolled_on
        fields.update(rec.profile)
        # the name was checked by validate (non-blank, ≤ 40); its pinyin keys are cached
        # because the same names recur thousands of times in a big member list
        member.name = rec.name
        member.py_initials, member.py_full = _pinyin(rec.name)
        members_model._apply_fields(member, fields)  # type: ignore[arg-type]  # the model's own rules
        member.enrolled_unknown = rec.enrolled_on is None
        points, expiring = rec.points or 0, self._expiry_on() is not None
        member.points = 0 if expiring else points
        member.total_spend = rec.spend or 0
        tier = self._target_tier(rec, points, rec.spend or 0)
        member.tier = tier.name
        return self.batch.row(Member, member.__dict__), tier, expiring

    def _create(self, row: int, rec: MemberRecord, index: _Index, ctx: WriteContext) -> None:
        """A new member with her card, opening points, opening spend and first tier.

        Hot path of a 100,000-row import: the member row was built and checked outside the
        lock by ``prepare`` (or is built here); it and the rows that hang off her are then
        inserted with plain parametrised INSERTs (peewee's query builder would cost ~0.5 ms each)."""
        notes = list(rec.notes)
        if rec.referrer_phone and rec.referrer_phone not in index.by_phone:
            notes.append(tr("介绍人") + f":{rec.referrer_phone}")
        card_no = self._free_card(row, rec, index, ctx, notes)
        prepared = self._prepared.pop(row, None) or self._member_values(rec)
        if isinstance(prepared, ValidationError):
            raise prepared
        values, tier, expiring = prepared
        extra = _NewMember()
        members_model._apply_fields(extra, {"notes": ";".join(notes)})  # type: ignore[arg-type]
        extra.clerk = self._staff_id(index, rec.clerk, ctx, row)
        # clerk and referrer are known to exist (index), so set them without a lookup each
        extra.referred_by = index.by_phone.get(rec.referrer_phone) if rec.referrer_phone else None
        extra.created_at = extra.updated_at = stamp = now()
        extra.imported_on = stamp.date()  # reports: an imported old customer, not a new member
        extra.card_no = card_no
        points = rec.points or 0
        mid = self.batch.insert_now(Member, self.batch.fill(Member, values, extra.__dict__))
        if card_no:
            # price 0 and no free_reason: an imported card is neither sold nor a free enrolment
            # card, so it never earns a clerk a card incentive (L10) for this month
            self.batch.add(Card, member=mid, card_no=card_no, issued_on=rec.enrolled_on or stamp.date(),
                           clerk=None, price=0, free_reason="")
            index.cards.add(card_no)
        if points:
            if expiring:  # expiry lots are the ledger's business: take its own path
                post_points(mid, points, POINTS_KIND, tr("导入期初积分"), at=stamp)
            else:
                self.batch.add(PointsEntry, member=mid, delta=points, kind=POINTS_KIND, reason=tr("导入期初积分"),
                               at=stamp)
            index.imported_points.add(mid)
        if rec.spend:
            self.batch.add(Sale, **self._opening_sale_values(mid, rec.spend, _opening_time(rec, stamp)))
            index.imported_spend.add(mid)
        self.batch.add(TierChange, member=mid, old_tier="", new_tier=tier.name, reason=tr(TIER_REASON), at=stamp)
        index.add(mid, rec)
        ctx.imported += 1

    @staticmethod
    def _opening_sale_values(mid: int, spend: int, stamp: dt.datetime) -> dict[str, Any]:
        return {"ticket_no": f"IMPORT-{mid}", "member": mid, "sold_at": stamp, "kind": OPENING_KIND, "paid": spend,
                "list_total": spend, "items": 0, "points": 0, "note": tr("导入期初累计消费"), "source": SOURCE,
                "created_at": stamp}

    def _expiry_on(self) -> dt.date | None:
        if not hasattr(self, "_expiry"):
            from vipdesk.model.loyalty.ledger import expiry_date_for

            self._expiry = expiry_date_for(now())
        return self._expiry

    def _free_card(self, row: int, rec: MemberRecord, index: _Index, ctx: WriteContext,
                   notes: list[str]) -> str | None:
        if not rec.card_no:
            return None
        if rec.card_no in index.cards:
            ctx.problem(row, ctx.column("card_no", tr("卡号")), rec.card_no, tr("卡号已被其他会员使用,已记入备注"))
            notes.append(tr("原卡号") + f":{rec.card_no}")
            return None
        return rec.card_no

    def _opening_balances(self, member: Member, rec: MemberRecord, index: _Index, ctx: WriteContext,
                          row: int) -> bool:
        """Opening points/spend for a member already on file, at most once each; True if posted."""
        posted = False
        if rec.points:
            if member.id in index.imported_points:
                ctx.problem(row, ctx.column("points", tr("积分")), rec.points, tr("该会员已导入过期初积分,未重复计入"))
            else:
                post_points(member.id, rec.points, POINTS_KIND, tr("导入期初积分"))
                index.imported_points.add(member.id)
                posted = True
        if rec.spend:
            if member.id in index.imported_spend:
                ctx.problem(row, ctx.column("total_spend", tr("累计消费")), parse.format_fen(rec.spend),
                            tr("该会员已导入过期初消费,未重复计入"))
            else:
                Sale.create(**self._opening_sale_values(member.id, rec.spend, _opening_time(rec, now())))
                index.imported_spend.add(member.id)
                posted = True
        return posted

    def _target_tier(self, rec: MemberRecord, points: int, spend: int) -> tiers_model.Tier:
        """The file's tier when it names a configured one, else the tier the opening
        balance reaches on the shop's basis (points, or spend in yuan)."""
        if not hasattr(self, "_tiers"):
            self._tiers = tiers_model.tiers()
            self._basis = tiers_model.basis()
        by_name = {t.name: t for t in self._tiers}
        if rec.tier and rec.tier in by_name:
            return by_name[rec.tier]
        value = spend // 100 if self._basis == "spend" else points
        return tiers_model.tier_for_points(value, self._tiers)

    def _raise_tier(self, member_id: int, rec: MemberRecord) -> None:
        """After opening balances were added to a member on file: raise (never lower) her tier."""
        member = Member.get_by_id(member_id)
        value_points = int(PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.delta), 0)).where(
            (PointsEntry.member == member_id) & (PointsEntry.kind == POINTS_KIND)).scalar())
        target = self._target_tier(rec, value_points, rec.spend or 0)
        current = tiers_model.tier_named(member.tier)
        if current is None or target.threshold > current.threshold:
            tiers_model.set_tier(member_id, target.name, tr(TIER_REASON))

    def _merge(self, row: int, member: Member, rec: MemberRecord, index: _Index, ctx: WriteContext) -> bool:
        """Fill the member's empty fields from *rec*; never overwrite what is on file."""
        fields: dict[str, Any] = {}
        if not member.gender and rec.gender:
            fields["gender"] = rec.gender
        if member.birth_month is None and rec.birthday is not None:
            fields["birthday"] = rec.birthday
        if member.birth_year is None and rec.birth_year is not None:
            fields["birth_year"] = rec.birth_year
        for key, value in rec.profile.items():
            if value and not getattr(member, key):
                fields[key] = value
        new_clerk = rec.clerk if member.clerk_id is None and rec.clerk else None
        if member.referred_by_id is None and rec.referrer_phone in index.by_phone \
                and index.by_phone[rec.referrer_phone] != member.id:
            fields["referred_by_id"] = index.by_phone[rec.referrer_phone]
        extra_notes = list(rec.notes)
        if rec.phone and rec.phone != member.phone:
            extra_notes.append(tr("另一号码") + f":{rec.phone}")
        if rec.name != member.name:
            extra_notes.append(tr("导入姓名") + f":{rec.name}")
        new_notes = [n for n in extra_notes if n and n not in (member.notes or "")]
        if new_notes:
            fields["notes"] = ";".join(filter(None, [member.notes, *new_notes]))
        card_no = None
        if not member.card_no and rec.card_no:
            card_no = self._free_card(row, rec, index, ctx, [])
        balances = (bool(rec.points) and member.id not in index.imported_points) or \
            (bool(rec.spend) and member.id not in index.imported_spend)
        if not (fields or new_clerk or card_no or balances):
            self._opening_balances(member, rec, index, ctx, row)  # only notes "already imported"
            return False  # nothing to write: no savepoint (a re-import of 100,000 rows stays fast)
        with transaction():  # savepoint: a failing merge leaves no trace under skip-bad
            if fields:
                members_model._apply_fields(member, fields)  # may refuse: nothing written yet
            if new_clerk:
                member.clerk = self._staff_id(index, new_clerk, ctx, row)
            if fields or new_clerk:
                member.updated_at = now()
                member.save()
            if card_no:
                Card.create(member=member.id, card_no=card_no, issued_on=rec.enrolled_on or dt.date.today(),
                            clerk=None, price=0, free_reason="")  # no card incentive, as in _create
                Member.update(card_no=card_no).where(Member.id == member.id).execute()
                index.cards.add(card_no)
            if self._opening_balances(member, rec, index, ctx, row):
                self._raise_tier(member.id, rec)
        self.touched.add(member.id)
        return True
