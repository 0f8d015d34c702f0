"""Loyalty windows: points tab, redemptions, payment with points and vouchers, settings, sales import."""
