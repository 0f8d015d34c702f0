"""Every widget of vipdesk; the only package that imports Qt widgets."""
