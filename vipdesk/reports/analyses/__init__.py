"""The analyses of the monthly VIP summary (R1–R8, S2/S4/S10/S11), each as a ``Table``.

Each function takes the report period and returns figures only; the workbook
writer and the in-app view decide how they look.  Phones are masked unless
``full_phones`` is asked for.
"""


from vipdesk.reports.analyses.customers import (
    CHILD_GROUPS,
    age_groups,
    points_distribution,
    tier_distribution,
    tiers_at,
)
from vipdesk.reports.analyses.definitions import definitions
from vipdesk.reports.analyses.money import liability, season_top
from vipdesk.reports.analyses.sales import (
    category_mix,
    category_trend,
    monthly_trend,
    new_vs_existing,
    overview_table,
)
from vipdesk.reports.analyses.segments import conversions, segment_tables
from vipdesk.reports.analyses.staff import care_return, staff_contest

__all__ = ['CHILD_GROUPS', 'age_groups', 'points_distribution', 'tier_distribution', 'tiers_at', 'definitions', 'liability', 'season_top', 'category_mix', 'category_trend', 'monthly_trend', 'new_vs_existing', 'overview_table', 'conversions', 'segment_tables', 'care_return', 'staff_contest']
