"""Care history of the demo: visits without purchase (T4) and after-sale follow-up calls (C4, C12)."""

from __future__ import annotations

from vipdesk.demo.data import (
    _FOLLOWUP_OUTCOMES,
    _VISIT_NOTES,
    DAY,
    _accumulate,
    _time_of_day,
)
from vipdesk.model.store.tables import (
    Contact,
    Visit,
)


class CareHistory:
    """Mixin for the builder: visits and contacts."""

    def make_visits_and_contacts(self) -> None:
        """Visits without purchase (T4) and the after-sale follow-up calls (C4, C12)."""
        rng, n = self.rng, self.n
        visit_rows = self.w.table("visit", Visit, ["member", "clerk", "visited_at", "note"])
        contact_rows = self.w.table("contact", Contact, ["member", "clerk", "at", "channel", "kind", "outcome",
                                                         "note", "satisfaction"])
        last_day = self.days - 1
        visits: list[tuple[int, int]] = []
        n_visits = len(self.followups) // 8 + n // 20
        cum = list(_accumulate([self.activity[mid] + 0.2 for mid in range(1, n + 1)]))
        for mid in rng.choices(range(1, n + 1), cum_weights=cum, k=n_visits):
            day = self.day_in_range(max(0, self.enrol_t[mid] // DAY), last_day)
            t = max(day * DAY + _time_of_day(rng), self.enrol_t[mid] + 3600)
            if t <= self.now_t:
                visits.append((t, mid))
        visits.sort()
        for t, mid in visits:
            clerk = self.clerk[mid] if rng.random() < 0.6 else self.pick_staff()
            visit_rows.append((mid, clerk, self.t_str(t), rng.choice(_VISIT_NOTES)))
        contacts: list[tuple] = []
        recent = self.now_t - 7 * DAY  # the last week's follow-ups stay open for the reminder pane
        for t, mid, clerk in self.followups:
            if t < recent and rng.random() < 0.35:
                ct = (t // DAY + rng.randint(2, 7)) * DAY + rng.randint(10 * 3600, 17 * 3600)
                if ct > self.now_t:
                    continue
                outcome, sat = rng.choice(_FOLLOWUP_OUTCOMES)
                channel = rng.choices(["call", "wechat", "sms"], [7, 2, 1])[0]
                contacts.append((ct, mid, clerk, channel, "followup", outcome, "", sat))
        contacts.sort()
        for ct, mid, clerk, channel, kind, outcome, note, sat in contacts:
            contact_rows.append((mid, clerk, self.t_str(ct), channel, kind, outcome, note, sat))
        self.w.flush("visit", "contact")
