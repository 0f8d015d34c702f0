"""vipdesk — 会员管家: the counter desk for a shop's VIP members."""

__version__ = "0.1.0"
APP_NAME = "vipdesk"
