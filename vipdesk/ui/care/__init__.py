"""Care windows: reminder pane, templates, events, complaints, weather, printouts, settings."""
