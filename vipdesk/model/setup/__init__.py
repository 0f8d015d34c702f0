"""First-run setup (issue 17, item 4): the shop's name and contact details, its trade's defaults,
the owner PIN, and how to start (import / empty / demo)."""
