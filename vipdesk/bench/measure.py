"""Timing and memory helpers shared by the worker and the runner."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from typing import Any


def peak_rss_mib() -> float | None:
    """This process's peak resident memory in MiB (None where the OS will not say)."""
    try:
        import resource

        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return round(kb / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
    except ImportError:  # Windows
        pass
    try:
        import ctypes
        from ctypes import wintypes

        class PMC(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                        ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]

        pmc = PMC()
        pmc.cb = ctypes.sizeof(PMC)
        handle = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
        ctypes.windll.psapi.GetProcessMemoryInfo(handle, ctypes.byref(pmc), pmc.cb)  # type: ignore[attr-defined]
        return round(pmc.PeakWorkingSetSize / 2**20, 1)
    except Exception:  # noqa: BLE001 - memory is a nice-to-have figure
        return None


def timed(fn: Callable[[], Any], reps: int) -> tuple[list[float], Any]:
    """Run *fn* reps times; (seconds per run, last result)."""
    times: list[float] = []
    result: Any = None
    for _ in range(max(1, reps)):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return times, result


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None
