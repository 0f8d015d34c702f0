"""SMS through Aliyun or Tencent Cloud (issue 16): providers, outbox, templates, gating, budget."""
