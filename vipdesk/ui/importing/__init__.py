"""The member import wizard."""
