"""Reports view: KPIs, charts, segment tables and the monthly export."""
