"""Before Qt starts: is there a display, and can Qt's platform plugin load?

Why: on a fresh Linux machine Qt's xcb plugin needs a dozen system libraries
(libxcb-cursor0, libxcb-icccm4, …) that pip cannot install; without them Qt
prints a cryptic line and aborts the process (exit 134), and with no display
at all it does the same.  This module finds that out first, with ``ldd`` on
the very plugin Qt would load, and stops with a message in Chinese and
English naming the exact ``apt-get install`` command.  Standard library only
(it must run before any Qt library is loaded; ``scripts/install_system_deps.py``
uses its package list too).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

# Shared library → Debian 12 / Ubuntu 22.04+ package that provides it.
LIB_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# What the window needs on X11 (xcb) and what the tests need offscreen: the
# list scripts/install_system_deps.py installs.
XCB_PACKAGES = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
                "libxcb-xkb1", "libxcb-randr0", "libxcb-shape0", "libxcb-xinerama0", "libxkbcommon-x11-0",
                "libxkbcommon0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libglib2.0-0")

EXIT_CODE = 3


@dataclass
class Problem:
    """Why Qt would not start, and what to install."""

    zh: str
    en: str
    packages: list[str] = field(default_factory=list)
    libraries: list[str] = field(default_factory=list)

    def apt_command(self) -> str:
        return "sudo apt-get install -y " + " ".join(self.packages) if self.packages else ""

    def message(self) -> str:
        lines = [self.zh, self.en]
        if self.libraries:
            lines.append("缺少的库 / missing libraries: " + ", ".join(self.libraries))
        if self.packages:
            lines += ["请运行 / please run:", "    " + self.apt_command()]
        return "\n".join(lines)


def chosen_platform(env: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """The Qt platform plugin this start would use; None when there is no display at all."""
    explicit = env.get("QT_QPA_PLATFORM", "").strip()
    if explicit:
        return explicit.split(":")[0].split(";")[0].strip()
    if env.get("DISPLAY"):
        return "xcb"
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return None


def plugin_path(platform: str) -> Path | None:
    """Qt's platform plugin file inside the installed PySide6 (None if PySide6 is not found)."""
    try:
        import PySide6  # the package only: no Qt library is loaded yet
    except ImportError:
        return None
    base = Path(PySide6.__file__).resolve().parent
    for plugins in (base / "Qt" / "plugins", base / "plugins"):
        if plugins.is_dir():
            return plugins / "platforms" / f"libq{platform}.so"
    return None


def loads(binary: Path) -> bool:
    """True when the dynamic loader can load *binary* with everything it needs.

    Issue 14: asking the loader in-process costs ~10 ms of loading Qt's libraries, which the
    window loads next anyway; ldd is a process per start.  ldd runs only to name what is missing."""
    import ctypes

    try:
        ctypes.CDLL(str(binary))
    except OSError:
        return False
    return True


def missing_libraries(binary: Path) -> list[str]:
    """Shared libraries *binary* needs that the dynamic loader cannot find (via ldd)."""
    if loads(binary):
        return []
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        out = subprocess.run([ldd, str(binary)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    missing = []
    for line in out.splitlines():
        if "=> not found" in line:
            missing.append(line.split("=>")[0].strip())
    return sorted(set(missing))


def check(env: dict[str, str] | os._Environ[str] = os.environ) -> Problem | None:
    """None when Qt can start here; else what is wrong, in Chinese and English."""
    if not sys.platform.startswith("linux"):
        return None
    platform = chosen_platform(env)
    if platform is None:
        return Problem(
            "没有可用的显示器:会员管家的窗口需要图形桌面(找不到 DISPLAY 或 WAYLAND_DISPLAY)。"
            "请在桌面环境中启动;无界面的检测可以用 QT_QPA_PLATFORM=offscreen,命令行功能见 vipdesk --help。",
            "No display: the vipdesk window needs a graphical desktop (neither DISPLAY nor WAYLAND_DISPLAY is set). "
            "Start it from a desktop session; for a headless check use QT_QPA_PLATFORM=offscreen; "
            "the command-line tools are listed by vipdesk --help.",
        )
    plugin = plugin_path(platform)
    if plugin is None:
        return None  # a PySide6 laid out differently: let Qt speak for itself
    if not plugin.is_file():
        return Problem(
            f"Qt 的显示插件“{platform}”不存在或已损坏({plugin})。请检查 QT_QPA_PLATFORM 设置,"
            "或重新安装:python -m pip install --force-reinstall PySide6-Essentials",
            f"Qt's platform plugin '{platform}' is missing or broken ({plugin}). Check QT_QPA_PLATFORM, "
            "or reinstall: python -m pip install --force-reinstall PySide6-Essentials",
        )
    libraries = missing_libraries(plugin)
    if not libraries:
        return None
    packages = sorted({LIB_PACKAGES.get(lib, "") for lib in libraries} - {""})
    if platform == "xcb":  # name the whole set once, so the next start does not stop at the next library
        packages = sorted(set(packages) | {p for p in XCB_PACKAGES if package_missing(p)})
    return Problem(
        f"无法启动窗口:Qt 的“{platform}”显示插件需要的系统库没有安装。",
        f"Cannot open the window: system libraries needed by Qt's '{platform}' platform plugin are missing.",
        packages=packages,
        libraries=libraries,
    )


def package_missing(package: str) -> bool:
    """True unless dpkg says *package* is installed (True too where there is no dpkg)."""
    dpkg = shutil.which("dpkg-query")
    if dpkg is None:
        return True
    done = subprocess.run([dpkg, "-W", "-f=${Status}", package], capture_output=True, text=True)
    return "install ok installed" not in done.stdout


def ensure_gui_can_start() -> int | None:
    """Print the problem (both languages) and return the exit code, or None when all is well."""
    problem = check()
    if problem is None:
        return None
    print(problem.message(), file=sys.stderr)
    return EXIT_CODE
