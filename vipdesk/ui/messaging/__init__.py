"""SMS in the window (issue 16): preview and send, the outbox, WeCom assist."""
