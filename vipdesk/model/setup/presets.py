"""Defaults per trade, shown in the setup wizard for the owner to change.

Fashion and children's wear take the seeds' numbers: tiers 普卡 < 3000 ≤ 银卡 < 6000 ≤ 金卡
points at 1 point per yuan [003], the call within 7 days and the message on day 30 after a
purchase [000, 004], a 100-yuan birthday voucher [003].  Children's wear keeps in touch more
often (age-group communication plan, at least 3 calls a year) [003, 002].  The seeds give no
jewelry thresholds; jewelry tickets are ten times a garment's (周大福's playbook [004] is about
messages, not numbers), so its thresholds are scaled ×10 with a 200-yuan birthday voucher and a
slower care rhythm — an assumption, marked as such in the wizard for the owner to check.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vipdesk.text import tr_noop


@dataclass(frozen=True)
class TradePreset:
    key: str  # stored in shop.kind
    label: str
    silver: int  # 银卡 threshold, points
    gold: int  # 金卡 threshold, points
    points_per_yuan: int
    followup_days: int  # C4 call after a purchase
    revisit_days: int  # C4 message after a purchase
    care_days: int  # C11 keep in touch at least every N days
    birthday_voucher_yuan: int  # L6
    from_seeds: bool = True
    notes: list[str] = field(default_factory=list)


TRADES: dict[str, TradePreset] = tr_noop({  # the labels are shown translated
    "fashion": TradePreset("fashion", "服装", 3000, 6000, 1, 7, 30, 120, 100),
    "kids": TradePreset("kids", "童装", 3000, 6000, 1, 7, 30, 90, 100),
    "jewelry": TradePreset("jewelry", "珠宝", 30000, 60000, 1, 3, 30, 120, 200, from_seeds=False),
})
