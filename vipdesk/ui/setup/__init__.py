"""First-run setup wizard (issue 17, item 4)."""
