"""Measure what an offline brute force of a 6-digit PIN costs on this machine (issue 13).

Times one scrypt hash at the app's cost (``safety.pin.STRONG_PARAMS``) and
extrapolates to all 10**6 six-digit PINs on every core of this machine.
Usage: python scripts/pin_cost.py [tries]
"""

from __future__ import annotations

import hashlib
import os
import sys
import time

from vipdesk.model.safety.pin import STRONG_PARAMS


def main() -> int:
    tries = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    log2_n, r, p = STRONG_PARAMS
    n = 1 << log2_n
    times = []
    for i in range(tries):
        t = time.perf_counter()
        hashlib.scrypt(f"{i:06d}".encode(), salt=os.urandom(16), n=n, r=r, p=p, dklen=32,
                       maxmem=128 * r * (n + p + 2) + (1 << 22))
        times.append(time.perf_counter() - t)
    best = min(times)
    cores = os.cpu_count() or 1
    days = 10**6 * best / cores / 86400
    print(f"scrypt n=2**{log2_n} r={r} p={p}: {128 * r * n // 2**20} MB, one try {best:.2f} s "
          f"(best of {tries}; all: {', '.join(f'{x:.2f}' for x in times)})")
    print(f"all 10**6 six-digit PINs on {cores} cores: {days:.1f} days (1 week = 7 days)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
