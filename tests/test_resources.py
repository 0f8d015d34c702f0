"""Icons and bundled files (vipdesk.resources) and the committed icon renders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vipdesk import resources  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def test_app_icon_found_in_the_package(qapp) -> None:
    path = resources.resource_path("vipdesk")
    assert path is not None and path.parent == ROOT / "vipdesk" / "resources"
    icon = resources.load_icon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()


def test_explicit_extension_and_missing_name(qapp) -> None:
    assert resources.resource_path("vipdesk.ico") == ROOT / "vipdesk" / "resources" / "vipdesk.ico"
    assert resources.resource_path("no-such-icon") is None
    assert resources.load_icon("no-such-icon").isNull()  # a missing icon never raises


def test_frozen_bundle_folder_is_searched(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "vipdesk" / "resources").mkdir(parents=True)
    (tmp_path / "vipdesk" / "resources" / "only-in-bundle.png").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("only-in-bundle.png") == tmp_path / "vipdesk" / "resources" / "only-in-bundle.png"


def test_runtime_copies_match_installer_sources() -> None:
    """scripts/make_icons.py writes both folders; a hand edit of one copy shows up here."""
    for name in ("vipdesk.svg", "vipdesk.png", "vipdesk.ico"):
        assert (ROOT / "resources" / name).read_bytes() == (ROOT / "vipdesk" / "resources" / name).read_bytes(), name
