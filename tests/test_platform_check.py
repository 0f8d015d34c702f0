"""Bad starts stop with a clear message before Qt aborts: no display, a broken plugin,
missing system libraries, no Chinese font.  Exit non-zero, nothing written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vipdesk import platform_check
from vipdesk.platform_check import EXIT_CODE, Problem, missing_libraries

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's Linux platform plugins")


def vipdesk(tmp_path: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    base.update(env, PYTHONIOENCODING="utf-8", HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-m", "vipdesk", *argv], env=base, cwd=tmp_path, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


@linux_only
def test_no_display_says_so_in_both_languages_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    done = vipdesk(tmp_path, "--db", str(db))
    assert done.returncode == EXIT_CODE, done.stderr
    assert "没有可用的显示器" in done.stderr and "No display" in done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists() and not list(tmp_path.glob("shop.db*"))


@linux_only
def test_a_missing_platform_plugin_is_named_not_an_abort(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    done = vipdesk(tmp_path, "--db", str(db), QT_QPA_PLATFORM="nosuchplugin")
    assert done.returncode == EXIT_CODE, done.stderr
    assert "nosuchplugin" in done.stderr and "不存在或已损坏" in done.stderr and "missing or broken" in done.stderr
    assert not db.exists()


@linux_only
def test_the_command_line_needs_no_display(tmp_path: Path) -> None:
    done = vipdesk(tmp_path, "--help")
    assert done.returncode == 0 and "会员管家" in done.stdout


@linux_only
@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("ldd") is None, reason="needs gcc and ldd")
def test_missing_libraries_are_found_on_the_binary_itself(tmp_path: Path) -> None:
    """A plugin linked against a library that is then removed: ldd's 'not found' is reported by name."""
    (tmp_path / "dep.c").write_text("int vipdesk_dep(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int vipdesk_dep(void);\nint plugin(void) { return vipdesk_dep(); }\n")
    run = lambda *a: subprocess.run(a, cwd=tmp_path, check=True, capture_output=True)  # noqa: E731
    run("gcc", "-shared", "-fPIC", "-Wl,-soname,libvipdesk-gone.so.1", "-o", "libvipdesk-gone.so.1", "dep.c")
    run("ln", "-s", "libvipdesk-gone.so.1", "libvipdesk-gone.so")
    run("gcc", "-shared", "-fPIC", "-o", "libqfake.so", "plugin.c", "-L.", "-lvipdesk-gone")
    assert missing_libraries(tmp_path / "libqfake.so") == ["libvipdesk-gone.so.1"]
    real_plugin = platform_check.plugin_path("offscreen")
    assert real_plugin is not None and missing_libraries(real_plugin) == []  # this machine: all installed


def test_the_message_names_the_exact_apt_command() -> None:
    problem = Problem("缺库", "missing", packages=["libxcb-cursor0", "libxcb-icccm4"],
                      libraries=["libxcb-cursor.so.0"])
    text = problem.message()
    assert "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4" in text
    assert text.splitlines()[:2] == ["缺库", "missing"]
    assert platform_check.LIB_PACKAGES["libxcb-cursor.so.0"] == "libxcb-cursor0"


def test_chosen_platform() -> None:
    assert platform_check.chosen_platform({}) is None
    assert platform_check.chosen_platform({"DISPLAY": ":0"}) == "xcb"
    assert platform_check.chosen_platform({"WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert platform_check.chosen_platform({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) == "offscreen"


# The shipped font removed (as a broken install would have it) on a machine without any font:
# the PDF command refuses with the message and leaves no file; the window does not start.
NO_FONT = textwrap.dedent(
    r"""
    import sys
    from vipdesk import fonts
    fonts.SHIPPED_FONT_FILE = "NotoSansSC-gone.otf"   # the file a broken install lost
    from vipdesk.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


@linux_only
@pytest.mark.parametrize("argv", [["birthdays", "--month", "2026-12", "-o", "{tmp}/b.pdf"], ["--smoke"]])
def test_no_chinese_font_at_all_is_a_clear_refusal(tmp_path: Path, argv: list[str]) -> None:
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path}/fc</cachedir></fontconfig>")
    db = tmp_path / "shop.db"
    from vipdesk.model.store.db import close_database, open_database

    open_database(db)
    close_database()
    before = db.read_bytes()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "FONTCONFIG_PATH")}
    env.update(FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv] + ["--db", str(db)]
    done = subprocess.run([sys.executable, "-c", NO_FONT, *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert done.returncode != 0
    assert "找不到中文字体" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "b.pdf").exists()
    assert db.read_bytes() == before


def test_an_unwritable_database_folder_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    done = vipdesk(tmp_path, "--db", str(blocker / "shop.db"), "--smoke", QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 1
    assert "错误" in done.stderr and "Traceback" not in done.stderr
    assert blocker.read_text() == "a file where the data folder should be"
