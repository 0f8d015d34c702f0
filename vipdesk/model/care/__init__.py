"""Care and reminders (C1–C16): who to call or message today, what to say, what was done.

- ``config``: the reminder kinds and every care setting (declared once).
- ``holidays``: the shop's holiday greetings, lunar ones computed per year.
- ``templates``: message templates with {姓名}-style placeholders (C10).
- ``tables``: the care tables and their migration.
- ``engine``: ``due_tasks(day, days, clerk_id)`` and task state (done / skipped); its generators live in
  ``dates`` (birthdays, anniversaries, size-up), ``followups`` (after sale, welcome, referral, visit,
  points expiry), ``lapsing`` (dormant, churn, min-care), ``occasions`` (holiday, event, weather) on
  the shared ``base`` (Task, candidate, query helpers).
- ``events``, ``complaints``, ``weather``, ``sizeup``: C14, C15, C3, P4.
- ``sending``: clipboard text and batch export for an SMS platform.
- ``printing``: data for the weekly call list and next month's birthday list.
"""
