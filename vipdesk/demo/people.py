"""Members and families of the demo: staff, members (P1–P9), children (P4), dates (P11), cards, consents."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from array import array

from vipdesk.demo.bulk import (
    _fmt_dt,
)
from vipdesk.demo.data import (
    _DISTRICTS,
    _EMAIL_DOMAINS,
    _ESTATES,
    _FEMALE_GIVEN_1,
    _FEMALE_GIVEN_2,
    _KID_GIVEN,
    _LUCKY_TAILS,
    _MALE_GIVEN_1,
    _MALE_GIVEN_2,
    _MEMBER_DATE_LABELS,
    _MOBILE_PREFIXES,
    _MOBILE_WEIGHTS,
    _OBSERVATIONS,
    _ROADS,
    _SOFT_NOTES,
    _STAFF,
    _SURNAME_CUM,
    _SURNAMES,
    DAY,
    _accumulate,
    _time_of_day,
)
from vipdesk.model.members.calendar import lunar_month_days
from vipdesk.model.members.pinyin import pinyin_keys
from vipdesk.model.members.profile import CHANNELS, SOFT_FIELDS
from vipdesk.model.privacy import audit as privacy_audit
from vipdesk.model.privacy.consent import MARKETING, MEMBERSHIP, NOTICE_VERSION, ConsentEvent
from vipdesk.model.store import settings
from vipdesk.model.store.tables import (
    AuditLog,
    Card,
    Child,
    Member,
    MemberDate,
    Staff,
    TierChange,
)
from vipdesk.text import tr

_MOBILE_CUM = list(itertools.accumulate(_MOBILE_WEIGHTS))
_MOBILE_LAST = len(_MOBILE_PREFIXES) - 1
# rng.choices(_SURNAMES, cum_weights=_SURNAME_CUM)[0] is this one draw (the same number, no list).
_SURNAME_TOTAL = _SURNAME_CUM[-1] + 0.0
_SURNAME_LAST = len(_SURNAMES) - 1


class _NameKeys:
    """``pinyin_keys`` of a demo name (surname + given name), pieced together from the two parts'
    keys when pypinyin's word splitter would cut the name between them anyway: ~24,000 distinct
    names at benchmark size cost ~1 s of pypinyin, ~300 parts a few ms (issue 14).  When the
    surname and the given name's first character could start one word (于思琪 reads yu-sai-qi)
    the whole name goes to ``pinyin_keys``.  tests/model/test_demo_names.py checks every name the
    demo can draw against ``pinyin_keys``."""

    def __init__(self) -> None:
        try:
            from pypinyin.seg.mmseg import seg

            self.prefixes = seg._prefix_set  # words and their beginnings, as the splitter reads them
        except (ImportError, AttributeError):
            self.prefixes = None  # a pypinyin without it: every name whole
        self.parts: dict[str, tuple[str, str]] = {}

    def part(self, text: str) -> tuple[str, str]:
        keys = self.parts.get(text)
        if keys is None:
            keys = self.parts[text] = pinyin_keys(text)
        return keys

    def __call__(self, name: str) -> tuple[str, str]:
        surname, given = name[:1], name[1:]
        if (self.prefixes is None or not given or not ("\u4e00" <= name[0] <= "\u9fff")
                or surname + given[0] in self.prefixes):
            return pinyin_keys(name)
        s, g = self.part(surname), self.part(given)
        return s[0] + g[0], s[1] + g[1]


class MembersAndFamilies:
    """Mixin for the builder: the people of the shop."""

    def make_staff(self) -> None:
        rng = self.rng
        n_staff = rng.randint(6, 8)
        rows = self.w.table("staff", Staff, ["id", "name", "phone", "active", "created_at"])
        opened = _fmt_dt(self.base, -3 * 365 * DAY + 9 * 3600)
        for i, name in enumerate(_STAFF[:n_staff], 1):
            rows.extend((i, name, self.new_mobile(set()), 1, opened))
        self.staff_ids = list(range(1, n_staff + 1))
        # Some clerks enrol and sell much more than others (the staff contest has a winner).
        self.staff_cum = list(_accumulate([rng.choice([3, 2, 2, 1.5, 1, 1]) for _ in self.staff_ids]))
        self.w.flush("staff")

    def new_mobile(self, used: set[str]) -> str:
        rng, below = self.rng, self.below
        while True:
            # rng.choices(_MOBILE_PREFIXES, _MOBILE_WEIGHTS)[0] without re-adding the weights per call
            # (the same single draw, so the same number).
            prefix = _MOBILE_PREFIXES[bisect.bisect(_MOBILE_CUM, rng.random() * _MOBILE_CUM[-1], 0, _MOBILE_LAST)]
            if rng.random() < 0.01:  # people pay extra for "lucky" tails; clerks search them often
                phone = f"{prefix}{below(10_000):04d}{_LUCKY_TAILS[below(len(_LUCKY_TAILS))]}"
            else:
                phone = f"{prefix}{below(100_000_000):08d}"
            if phone not in used:
                used.add(phone)
                return phone

    def pick_staff(self) -> int:
        return self.staff_ids[bisect.bisect(self.staff_cum, self.rng.random() * self.staff_cum[-1])]

    def random_name(self, female: bool) -> str:
        rng, below = self.rng, self.below
        surname = _SURNAMES[bisect.bisect(_SURNAME_CUM, rng.random() * _SURNAME_TOTAL, 0, _SURNAME_LAST)]
        if female:
            given = (_FEMALE_GIVEN_2[below(len(_FEMALE_GIVEN_2))] if rng.random() < 0.72
                     else _FEMALE_GIVEN_1[below(len(_FEMALE_GIVEN_1))])
        else:
            given = (_MALE_GIVEN_2[below(len(_MALE_GIVEN_2))] if rng.random() < 0.6
                     else _MALE_GIVEN_1[below(len(_MALE_GIVEN_1))])
        return surname + given

    def day_in_range(self, lo: int, hi: int) -> int:
        """A day index in [lo, hi] drawn by shop traffic (seasons, holidays, weekends)."""
        cw = self.day_cum
        low = cw[lo - 1] if lo > 0 else 0.0
        u = low + self.rng.random() * (cw[hi] - low)
        return min(hi, max(lo, bisect.bisect(cw, u)))

    def make_members(self) -> None:
        rng, n = self.rng, self.n
        below = self.below  # rng.randint / rng.choice's own draw, without their two layers of calls
        used_phones: set[str] = set()
        # Enrolment days: 40% joined before the two-year window, the rest by traffic inside it.
        enrol_t: list[int] = []
        for _ in range(n):
            if rng.random() < 0.4:
                day = -(1 + below(4 * 365))
            else:
                day = self.day_in_range(0, self.days - 1)
            enrol_t.append(day * DAY + _time_of_day(rng))
        enrol_t.sort()
        enrol_t = [min(t, self.now_t - 1800) for t in enrol_t]
        # Per-member state as compact arrays (a few bytes a member), not objects (issue 14).
        self.enrol_t = array("q", [0, *enrol_t])  # by member id, sorted: ids are in enrolment order
        del enrol_t
        self.first_ticket = bytearray(n + 1)
        self.activity = array("d", bytes(8 * (n + 1)))
        self.clerk = bytearray(n + 1)
        self.tier_idx = bytearray(n + 1)
        self.birthday: list[tuple] = [()] * (n + 1)
        birthdays: dict[tuple, tuple] = {}  # one shared tuple per distinct birthday
        member_fields = ["id", "name", "phone", "phone_rev", "py_initials", "py_full", "gender", "ethnicity",
                         "birth_year", "birth_year_estimated", "birth_month", "birth_day", "birthday_lunar",
                         "birthday_leap", "email", "address", "sizes", *SOFT_FIELDS.keys(), "soft_notes",
                         "observations", "card_no", "clerk", "referred_by", "channel", "enrolled_on", "status",
                         "notes", "created_at", "updated_at", "points", "total_spend", "purchase_count", "tier"]
        mrows = self.w.table("member", Member, member_fields,
                             zero_is_null=("birth_year", "birth_month", "birth_day", "referred_by"),
                             empty_is_null=("card_no",))
        crow = self.w.table("child", Child, ["member", "name", "gender", "birth_year", "birth_month", "birth_day",
                                             "birthday_lunar", "birthday_leap", "size", "notes"])
        drows = self.w.table("date", MemberDate, ["member", "kind", "label", "year", "month", "day", "is_lunar",
                                                  "is_leap"], zero_is_null=("year",))
        cards = self.w.table("card", Card, ["member", "card_no", "issued_on", "status", "price", "free_reason",
                                            "clerk"])
        trows = self.w.table("tier", TierChange, ["member", "at", "old_tier", "new_tier", "reason"])
        keys_cache: dict[str, tuple[str, str]] = {}
        name_keys = _NameKeys()
        card_seq = 80000000
        chunk = self.w.chunk // 5  # member rows are wide: flush them every 10,000
        soft_keys = list(SOFT_FIELDS)
        soft_options = [SOFT_FIELDS[k][1] for k in soft_keys]
        channel_cum = list(itertools.accumulate([50, 8, 10, 6, 8, 12, 6]))  # rng.choices' weights, added once
        this_year = self.today.year
        if n >= 5000:
            # lunar_python keeps one lunar year: asked year by year, each of the ~60 birth years is
            # computed once instead of once per change of year (the lengths are then memoised).
            for year in range(this_year - 75, this_year - 17):
                for month in range(1, 13):
                    lunar_month_days(year, month)
        for mid in range(1, n + 1):
            t = self.enrol_t[mid]
            female = rng.random() < 0.88
            name = self.random_name(female)
            if mid == 1:
                name, female = "黄明华", True
            keys = keys_cache.get(name)
            if keys is None:
                keys = keys_cache[name] = name_keys(name)
            phone = self.new_mobile(used_phones)
            # Birthday: most give one, ~15% of those keep the lunar date.
            by = bm = bd = None
            lunar = leap = estimated = False
            r = rng.random()
            age = max(18, min(75, int(rng.gauss(40, 10))))
            if mid == 1:
                by, bm, bd, lunar = 1978, 8, 15, True
            elif mid == 2:
                by, bm, bd, lunar, leap = 1987, 6, 10, True, True  # 闰六月 (1987 has one; 1985 has none)
            elif mid == 3:
                by, bm, bd = 1988, 2, 29
            elif r < 0.05:
                by, estimated = this_year - age, True  # "about 40": year only
            elif r < 0.88:
                by = this_year - age if rng.random() < 0.75 else None
                bm = (1 + below(12))
                if rng.random() < 0.15:
                    lunar, bd = True, (1 + below(30))
                    if bd == 30 and by is not None and lunar_month_days(by, bm) != 30:
                        bd = 29  # only real dates: 九月三十 does not exist in a 29-day 九月 (issue 15)
                else:
                    bd = (1 + below(28 if bm == 2 else 30 if bm in (4, 6, 9, 11) else 31))
            bkey = (bm, bd, lunar, leap)
            self.birthday[mid] = birthdays.setdefault(bkey, bkey)
            completeness = rng.random() ** 1.5
            soft = [opts[below(len(opts))] if rng.random() < completeness * 0.8 else "" for opts in soft_options]
            family_i = soft_keys.index("family")
            has_kids = female and age < 55 and rng.random() < 0.3
            if has_kids:
                soft[family_i] = "已婚有孩"
            clerk = self.pick_staff()
            self.clerk[mid] = clerk
            referred = None
            channel = CHANNELS[bisect.bisect(channel_cum, rng.random() * channel_cum[-1], 0, len(CHANNELS) - 1)]
            if channel == "老会员介绍":
                referred = (1 + below(mid - 1)) if mid > 1 else None
                if referred is None:
                    channel = CHANNELS[0]
            day_t = t // DAY
            enrolled_on = self.day_iso(day_t)
            card_no = None
            if rng.random() < 0.85 or mid == 1:
                card_seq += 1
                card_no = str(card_seq)
                paid_card = rng.random() < 0.4
                card = (mid, card_no, enrolled_on, "active", 3800 if paid_card else 0,
                        "" if paid_card else "一次购买满3件", clerk)
                if rng.random() < 0.02 and mid != 1:
                    # Lost and replaced later with a new number: the member carries the new one.
                    cards.extend((*card[:3], "lost", *card[4:]))
                    card_seq += 1
                    card_no = str(card_seq)
                    issued = min(self.today, dt.date.fromisoformat(enrolled_on) + dt.timedelta(
                        days=(30 + below(271))))
                    card = (mid, card_no, issued.isoformat(), "active", 0, "补办", clerk)
                cards.extend(card)
            in_window = t >= 0
            self.first_ticket[mid] = in_window and rng.random() < 0.85
            act = min(15.0, rng.lognormvariate(0, 1.5))  # a few regulars bring most of the money (80/20)
            if rng.random() < 0.3:
                act = 0.0  # bought once (or never) and did not come back
            if mid == 1:
                act = 25.0
            self.activity[mid] = act
            created = self.t_str(t)
            email = ""
            if rng.random() < 0.15:
                email = f"{keys[1] or 'vip'}{(1 + below(9999))}@{_EMAIL_DOMAINS[below(len(_EMAIL_DOMAINS))]}"
            address = ""
            if rng.random() < 0.4:
                address = (f"杭州市{_DISTRICTS[below(len(_DISTRICTS))]}{_ROADS[below(len(_ROADS))]}{(1 + below(399))}号"
                           f"{_ESTATES[below(len(_ESTATES))]}{(1 + below(30))}幢{(1 + below(4))}单元{(1 + below(28))}"
                           f"{(1 + below(4)):02d}室")
            sizes = ""
            if rng.random() < 0.5:
                sizes = (f"上衣 {('S', 'M', 'M', 'L', 'XL')[below(5)]} / 裤 {(25 + below(6))} / "
                         f"鞋 {(35 + below(5))}") if female else f"上衣 {('L', 'XL', 'XXL')[below(3)]}"
            mrows.extend((
                mid, name, phone, phone[::-1], keys[0], keys[1], "F" if female else "M",
                "汉族" if rng.random() < 0.55 else ('', '', '', '回族', '满族', '畲族')[below(6)],
                by or 0, int(estimated), bm or 0, bd or 0, int(lunar), int(leap), email, address, sizes, *soft,
                _SOFT_NOTES[below(len(_SOFT_NOTES))] if rng.random() < 0.12 * (1 + completeness) else "",
                _OBSERVATIONS[below(len(_OBSERVATIONS))] if rng.random() < 0.2 * (1 + completeness) else "",
                card_no or "", clerk, referred or 0, channel, enrolled_on, "active", "", created, created, 0, 0, 0, "",
            ))
            trows.extend((mid, created, "", self.tiers[0].name, "入会"))
            if len(mrows) >= chunk * len(member_fields):
                self.w.flush("member", "child", "date", "card", "tier")
            if has_kids:
                for _k in range(1 if rng.random() < 0.75 else 2):
                    kid_age = below(16)
                    kid_year = this_year - kid_age
                    kid_lunar = rng.random() < 0.05
                    km = (1 + below(12))
                    kd = (1 + below(28))
                    height = min(165, 66 + kid_age * 7 if kid_age < 2 else 80 + kid_age * 6)
                    size = str(int(round(height / 10.0) * 10) if height > 75 else 73)
                    kid_surname = name[0] if rng.random() < 0.3 else _SURNAMES[
                        bisect.bisect(_SURNAME_CUM, rng.random() * _SURNAME_TOTAL, 0, _SURNAME_LAST)]
                    crow.extend((mid, kid_surname + _KID_GIVEN[below(len(_KID_GIVEN))], ('F', 'M')[below(2)], kid_year,
                                 km, kd, int(kid_lunar), 0, size, ""))
            married = soft[family_i] in ("已婚", "已婚有孩", "三代同堂") or has_kids
            if married and rng.random() < 0.45:
                wy = this_year - (2 + below(max(3, age - 22) - 1))
                wm = (1 + below(12))
                drows.extend((mid, "wedding", "结婚纪念日", wy, wm, (1 + below(28)), 0, 0))
            if rng.random() < 0.03:
                label, lunar_date = _MEMBER_DATE_LABELS[below(len(_MEMBER_DATE_LABELS))]
                drows.extend((mid, "custom", label, 0, (1 + below(12)), (1 + below(28)),
                              int(lunar_date), 0))
            if mid % 2000 == 0:
                self.report(mid, self.total_work, tr("正在生成会员档案…"))
        self.w.flush("staff", "member", "child", "date", "card", "tier")

    def make_consents(self) -> None:
        """privacy.consent as the counter leaves it: membership consent at enrolment (the
        enrol hook, current notice version), the enrol dialog's marketing yes/no, and a few
        later withdrawals (newest event wins, so they come after; each is audit-logged)."""
        rng = random.Random(f"{self.seed}-consent")
        rows = self.w.table("consent", ConsentEvent, ["member", "at", "kind", "granted", "notice_version", "clerk",
                                                      "guardian_name", "note"])
        audit_rows = self.w.table("audit", AuditLog, ["at", "clerk", "action", "count", "detail", "file"])
        version = str(settings.get(NOTICE_VERSION.key))
        names = {sid: name for sid, name in zip(self.staff_ids, _STAFF, strict=False)}
        withdrawals: list[tuple[int, int, str]] = []
        last = self.now_t - 3600
        for mid in range(1, self.n + 1):
            t = self.enrol_t[mid]
            ts = self.t_str(t)
            clerk = names[self.clerk[mid]]
            rows.extend((mid, ts, MEMBERSHIP, 1, version, clerk, "", ""))
            yes = rng.random() < 0.85
            rows.extend((mid, ts, MARKETING, int(yes), version, clerk, "", ""))
            if yes and rng.random() < 0.03 and t + DAY < last:
                withdrawals.append((rng.randint(t + DAY, last), mid, names[self.pick_staff_with(rng)]))
            if len(rows) >= self.w.chunk * 8:  # (8 values a row)
                self.w.flush("consent")
        withdrawals.sort()
        for t, mid, clerk in withdrawals:
            ts = self.t_str(t)
            rows.extend((mid, ts, MARKETING, 0, version, clerk, "", tr("撤回")))
            audit_rows.extend((ts, clerk, privacy_audit.CONSENT_WITHDRAWN, 1,
                               tr("会员 #{id} 撤回营销同意").format(id=mid), ""))
        self.w.flush("consent", "audit")

    def pick_staff_with(self, rng: random.Random) -> int:
        return self.staff_ids[bisect.bisect(self.staff_cum, rng.random() * self.staff_cum[-1])]

    # -- tickets
