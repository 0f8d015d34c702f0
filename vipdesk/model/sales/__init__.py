"""Sales and returns at the counter, and the sales import from a POS export."""
