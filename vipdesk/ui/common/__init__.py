"""Shared widgets, dialog helpers, background tasks and the feature-menu registry."""
