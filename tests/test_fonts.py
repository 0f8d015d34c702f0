"""The shipped CJK font: every PDF vipdesk writes reads back as the same Chinese text
on a machine whose fontconfig knows no font at all (a fresh Linux box, a bare shop PC).

Runs in a subprocess because fontconfig reads FONTCONFIG_FILE once per process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vipdesk import fonts

ROOT = Path(__file__).resolve().parent.parent

# Writes every kind of PDF vipdesk makes (call list, birthday list through the CLI;
# the stored-value slip through the dialog's helper) and reports, per PDF, the
# document's own plain text and what pypdf extracts from the file.
WORKER = textwrap.dedent(
    r"""
    import json, sys
    from pathlib import Path
    out = Path(sys.argv[1])
    db = out / "shop.db"
    from vipdesk.cli import main
    assert main(["demo", "--db", str(db), "--members", "150", "--sales", "900", "--seed", "3"]) == 0
    assert main(["calllist", "--db", str(db), "--week", "2026-11-23", "-o", str(out / "calls.pdf")]) == 0
    assert main(["birthdays", "--db", str(db), "--month", "2026-12", "-o", str(out / "bday.pdf")]) == 0

    import datetime as dt
    from PySide6.QtGui import QTextDocument
    from pypdf import PdfReader
    from vipdesk import fonts
    from vipdesk.model.members import profile as members
    from vipdesk.model.loyalty import stored_value
    from vipdesk.reports import birthdays, calllist
    from vipdesk.ui.care.printing import html_to_pdf, make_document
    from vipdesk.ui.loyalty.dialogs import slip_html

    from vipdesk.model.store import settings
    from vipdesk.model.store.db import open_database
    from vipdesk.model.loyalty import config

    open_database(db)
    settings.put(config.SV_ENABLED.key, True)
    m = members.enrol("欧阳晓燕", "13912345678")
    entry = stored_value.top_up(m.id, 50000, note="储值测试")
    html_to_pdf(slip_html(stored_value.slip_text(entry.id)), out / "slip.pdf", landscape=False)
    sources = {
        "calls.pdf": calllist.build(dt.date(2026, 11, 23), printed_by="cli"),
        "bday.pdf": birthdays.build(2026, 12),
        "slip.pdf": slip_html(stored_value.slip_text(entry.id)),
    }
    report = {"system_cjk": fonts.system_cjk_families(), "pdfs": {}}
    for name, html in sources.items():
        report["pdfs"][name] = {
            "expected": make_document(html).toPlainText(),
            "extracted": "".join(p.extract_text() for p in PdfReader(out / name).pages),
        }
    print(json.dumps(report, ensure_ascii=True))
    """
)


def _empty_fontconfig(tmp_path: Path) -> Path:
    """A fontconfig configuration with no <dir>: the process sees no font but Qt's own."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def _cjk(text: str) -> str:
    return "".join(c for c in text if "\u3400" <= c <= "\u9fff")


def _squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's font configuration")
def test_every_pdf_reads_back_in_chinese_without_any_system_font(tmp_path: Path) -> None:
    env = dict(os.environ, FONTCONFIG_FILE=str(_empty_fontconfig(tmp_path)), QT_QPA_PLATFORM="offscreen",
               PYTHONIOENCODING="utf-8")
    env.pop("FONTCONFIG_PATH", None)
    proc = subprocess.run([sys.executable, "-c", WORKER, str(tmp_path)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["system_cjk"] == [], "the empty fontconfig still found a CJK font: the test proves nothing"
    for name, pdf in report["pdfs"].items():
        expected = [_squeeze(line) for line in pdf["expected"].splitlines() if _cjk(line)]
        extracted = _squeeze(pdf["extracted"])
        assert len(expected) >= 2, name
        # Same characters both ways: nothing lost, nothing turned into another glyph.
        assert set(_cjk(pdf["expected"])) == set(_cjk(pdf["extracted"])), name
        # Line by line, except where a table row breaks across a page (Qt draws
        # the cut line on both pages): that may spoil a line or two.
        missing = [line for line in expected if line not in extracted]
        assert len(missing) <= max(2, len(expected) // 50), f"{name}: lines lost in the PDF: {missing[:5]}"
        assert "\x00" not in pdf["extracted"]


def test_the_shipped_font_is_package_data_with_its_licence(qapp) -> None:
    from PySide6.QtGui import QRawFont

    res = ROOT / "vipdesk" / "resources"
    font = res / fonts.SHIPPED_FONT_FILE
    assert font.is_file() and font.stat().st_size < 5_000_000
    assert "SIL OPEN FONT LICENSE Version 1.1" in (res / "NotoSansSC-OFL.txt").read_text(encoding="utf-8")
    raw = QRawFont(str(font), 12)
    assert raw.isValid() and raw.familyName() == fonts.SHIPPED_FAMILY
    # GB 2312's first and last hanzi, and characters only the app's own strings need.
    for ch in "啊齄会员管家¥，。":
        assert raw.glyphIndexesForString(ch)[0] != 0, ch  # (supportsCharacter misreads some CFF cmaps)


def test_print_font_prefers_the_shipped_font(qapp) -> None:
    font = fonts.print_font(10)
    assert font.families()[0] == fonts.register_shipped_font() == fonts.SHIPPED_FAMILY
