"""Data hygiene windows: duplicates, merges, completeness."""
