"""Safety windows: backups, restore and the start-up check screen."""
