"""Regenerate vipdesk/resources/NotoSansSC-vipdesk.otf, the CJK font vipdesk ships.

Why a shipped font: a shop PC or a fresh Linux machine may have no Chinese
font at all; then every PDF (call list, birthday list) would hold empty boxes
and the window would show tofu.  The subset keeps the wheel and the installer
small: GB 2312 (the 6,763 hanzi a shop's names and addresses are written in)
plus every non-ASCII character of vipdesk's own source and translation files,
Latin-1, general and CJK punctuation and full-width forms.

Source: "Noto Sans CJK SC" Regular from Debian's ``fonts-noto-cjk`` package
(SIL Open Font License 1.1, no Reserved Font Name), fetched with
``apt-get download`` unless ``--source`` names a .ttc/.otf already on disk.
Needs fontTools (``pip install fonttools``; not a runtime dependency).

    python scripts/make_font_subset.py [--source NotoSansCJK-Regular.ttc]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "vipdesk" / "resources"
FONT_NAME = "NotoSansSC-vipdesk.otf"
LICENSE_NAME = "NotoSansSC-OFL.txt"
FACE = "Noto Sans CJK SC"
DEBIAN_PACKAGE = "fonts-noto-cjk"
TTC_IN_PACKAGE = "usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
COPYRIGHT_IN_PACKAGE = "usr/share/doc/fonts-noto-cjk/copyright"

# Blocks kept whole besides GB 2312 and the app's own characters.
RANGES = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (¥, ×, ·)
    (0x2000, 0x206F),  # general punctuation (— … ‘ ’ “ ”)
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # enclosed numbers ①
    (0x2500, 0x25FF),  # box drawing, geometric shapes (★ ● ■)
    (0x2600, 0x26FF),  # misc symbols (★ ☆)
    (0x3000, 0x303F),  # CJK punctuation (、。《》【】)
    (0xFF00, 0xFFEF),  # full-width forms (，：（）)
)


def gb2312_chars() -> set[str]:
    """Every character GB 2312 encodes (rows 0xA1-0xF7, cells 0xA1-0xFE)."""
    chars: set[str] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def app_chars() -> set[str]:
    """Non-ASCII characters in vipdesk's sources, translations and docs."""
    chars: set[str] = set()
    patterns = ("vipdesk/**/*.py", "vipdesk/**/*.ts", "README.md", "docs/**/*.md")
    for pattern in patterns:
        for path in ROOT.glob(pattern):
            chars.update(c for c in path.read_text(encoding="utf-8", errors="ignore") if ord(c) > 0x7E)
    return chars


def wanted_text() -> str:
    chars = gb2312_chars() | app_chars()
    for lo, hi in RANGES:
        chars.update(chr(c) for c in range(lo, hi + 1))
    return "".join(sorted(c for c in chars if c.isprintable() or c == "\u3000"))


def fetch_debian(workdir: Path) -> tuple[Path, Path]:
    """``apt-get download fonts-noto-cjk`` and unpack it; returns (ttc, copyright)."""
    subprocess.run(["apt-get", "download", DEBIAN_PACKAGE], cwd=workdir, check=True)
    deb = next(workdir.glob(f"{DEBIAN_PACKAGE}_*.deb"))
    subprocess.run(["dpkg-deb", "-x", str(deb), str(workdir / "x")], check=True)
    return workdir / "x" / TTC_IN_PACKAGE, workdir / "x" / COPYRIGHT_IN_PACKAGE


def face_index(path: Path) -> int:
    """Index of the Simplified Chinese face in a .ttc (0 for a single font)."""
    from fontTools.ttLib import TTCollection

    if path.suffix.lower() != ".ttc":
        return 0
    for i, font in enumerate(TTCollection(str(path)).fonts):
        if font["name"].getDebugName(1) == FACE:
            return i
    raise SystemExit(f"{path}: no face named {FACE!r}")


def licence_text(copyright_file: Path | None) -> str:
    """The OFL text from Debian's copyright file (its ' .' lines are blank lines)."""
    header = ("Noto Sans CJK SC (subset shipped with vipdesk as " + FONT_NAME + ")\n"
              "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n"
              "Copyright 2010-2012, Google Corporation.\n"
              "Source: https://github.com/googlefonts/noto-cjk via Debian package fonts-noto-cjk.\n"
              "Subset by scripts/make_font_subset.py.\n\n"
              "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n\n")
    if copyright_file is None or not copyright_file.exists():
        existing = OUT_DIR / LICENSE_NAME
        return existing.read_text(encoding="utf-8") if existing.exists() else header
    lines: list[str] = []
    inside = False
    for line in copyright_file.read_text(encoding="utf-8").splitlines():
        if line.strip() == "License: SIL-1.1":
            inside = True  # the stand-alone licence paragraph; the Files: one has no body
            lines = []
            continue
        if inside:
            if not line.startswith(" "):
                if lines:
                    break
                inside = False
                continue
            lines.append("" if line.strip() == "." else line[1:])
    return header + "\n".join(lines).strip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="NotoSansCJK-Regular.ttc or NotoSansCJKsc-Regular.otf")
    parser.add_argument("--copyright", type=Path, help="Debian copyright file holding the OFL text")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)

    from fontTools import subset

    with tempfile.TemporaryDirectory() as tmp:
        source, copyright_file = args.source, args.copyright
        if source is None:
            source, copyright_file = fetch_debian(Path(tmp))
        text = wanted_text()
        options = subset.Options()
        options.font_number = face_index(source)
        # Only features a horizontal run never applies by default: a default substitution
        # (locl, ccmp, liga) yields a glyph outside the cmap that Qt's PDF writer cannot map
        # back to a character, and the text would not extract.
        options.layout_features = ["vert", "vrt2", "kern"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False  # CFF hints add size; Qt renders CJK unhinted anyway
        options.desubroutinize = False
        font = subset.load_font(str(source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        args.out_dir.mkdir(parents=True, exist_ok=True)
        out = args.out_dir / FONT_NAME
        subset.save_font(font, str(out), options)
        (args.out_dir / LICENSE_NAME).write_text(licence_text(copyright_file), encoding="utf-8")
    print(f"{out}: {len(text)} characters, {out.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
