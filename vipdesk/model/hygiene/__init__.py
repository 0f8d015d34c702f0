"""Data hygiene (P13, P10): duplicate finder, member merge, profile-completeness contest table."""
