"""Loyalty rules (L1–L11): points ledger, earning, tiers."""
