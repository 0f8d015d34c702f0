"""The demo shop builder: a tool for trying vipdesk and for benchmarks, not part of the domain."""
