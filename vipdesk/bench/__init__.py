"""``vipdesk bench``: vipdesk's own speed against a raw baseline doing the same work (issue 14).

Each task runs twice, in separate worker processes so each side's peak memory is its own:
once through vipdesk's code and once as a raw baseline (plain sqlite3 SQL, openpyxl
write-only, python-calamine, a bare QMainWindow).  Both sides return a small result
(ids, totals) that the runner compares, so a ratio is only shown for equal work.
The bench is a tool, not a test: the suite runs it at a tiny size to prove it works.
"""
