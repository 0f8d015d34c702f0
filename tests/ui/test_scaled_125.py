"""Issue 17 item 3: 1366×768 at 125% scaling.  Qt divides the screen by the scale factor, so the
window has 1366/1.25 × 768/1.25 = 1093×614 device-independent pixels (Qt rounds 1092.8×614.4),
less the Windows taskbar (40 DIP).  A fresh process with QT_SCALE_FACTOR=1.25 and an offscreen
1366×768 screen builds the main window and every dialog class under vipdesk.ui (a superset of
what the menus open) and reports any whose minimum size does not fit, that would open larger than
the screen, or that shows a button cut off or squeezed below its text (tests/ui/probes/scaled_fit.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).resolve().parent / "probes" / "scaled_fit.py"
ROOT = Path(__file__).resolve().parents[2]


def _probe(tmp_path: Path, width: int, height: int, scale: str) -> dict:
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    proc = subprocess.run([sys.executable, str(PROBE), str(width), str(height), "40", str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("PROBE ")]
    assert proc.returncode == 0 and lines, proc.stderr[-3000:]
    return json.loads(lines[-1][len("PROBE "):])


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height", "scale", "logical"),
                         [(1366, 768, "1.25", (1093, 614)), (1024, 768, "1", (1024, 768))])
def test_issue17_every_window_fits_the_screen_at_its_scaling(tmp_path, width, height, scale, logical):
    r = _probe(tmp_path, width, height, scale)
    assert tuple(r["screen"]) == logical  # Qt's own arithmetic for the scaled screen
    assert len(r["built"]) >= 40 and {"SaleDialog", "ReturnDialog", "PrintPreview", "VoucherPrintDialog",
                                       "SetupWizard"} <= set(r["built"]), r["built"]
    assert r["too_big"] == [], r["too_big"]
    assert r["opens_too_big"] == [], r["opens_too_big"]
    assert r["clipped"] == [], r["clipped"]
