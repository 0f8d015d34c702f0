"""Privacy windows: consent, owner PIN, data export and anonymising."""
