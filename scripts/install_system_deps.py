"""Install the system libraries vipdesk's window needs on Debian/Ubuntu (README's first command runs this).

Why: pip brings Qt itself, but Qt's X11 platform plugin loads a dozen system
libraries (libxcb-cursor0, libxcb-icccm4, libEGL, fontconfig, …) that a fresh
Debian 12 / Ubuntu 22.04 lacks; without them ``vipdesk`` cannot open a window.

What it does, and only on a Linux with apt-get:
- nothing, quietly, when every package is installed (the usual case after the first time);
- as root: ``apt-get install`` of the missing packages (and ``apt-get update`` if needed);
- otherwise, through ``sudo`` when a terminal can ask for the password;
- otherwise it prints the exact command and carries on (exit 0): ``vipdesk``
  then stops with the same command in Chinese and English instead of crashing.
On Windows and macOS it does nothing.  Standard library only; the package list
lives in ``vipdesk/platform_check.py``.

    python scripts/install_system_deps.py [--yes] [--dry-run]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # runs before `pip install -e .`

from vipdesk.platform_check import XCB_PACKAGES, package_missing  # noqa: E402


def missing_packages() -> list[str]:
    return [p for p in XCB_PACKAGES if package_missing(p)]


def apt_install(packages: list[str], *, sudo: bool) -> bool:
    """apt-get install, with one apt-get update and a retry if the package lists are stale or empty."""
    prefix = ["sudo"] if sudo else []
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    # Wait for another apt (unattended upgrades) rather than fail on its lock.
    install = [*prefix, "apt-get", "install", "-y", "-q", "-o", "DPkg::Lock::Timeout=900", "--no-install-recommends",
               *packages]
    if subprocess.run(install, env=env).returncode == 0:
        return True
    subprocess.run([*prefix, "apt-get", "update", "-q"], env=env)
    return subprocess.run(install, env=env).returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--yes", action="store_true", help="use sudo without asking first (CI, scripted setups)")
    parser.add_argument("--dry-run", action="store_true", help="only say what is missing")
    args = parser.parse_args(argv)

    if not sys.platform.startswith("linux") or shutil.which("apt-get") is None or shutil.which("dpkg-query") is None:
        return 0
    missing = missing_packages()
    if not missing:
        return 0
    command = "sudo apt-get install -y " + " ".join(missing)
    print("会员管家的窗口需要这些系统库(Qt 的 X11 显示插件用到),现在安装:\n"
          "vipdesk's window needs these system libraries (used by Qt's X11 platform plugin); installing:\n"
          "    " + " ".join(missing), flush=True)
    if args.dry_run:
        print(command)
        return 0
    if os.geteuid() == 0:
        ok = apt_install(missing, sudo=False)
    elif shutil.which("sudo") and (args.yes or sys.stdin.isatty()):
        print("(需要管理员密码 / sudo may ask for your password)", flush=True)
        ok = apt_install(missing, sudo=True)
    else:
        ok = False
    if not ok:
        print("没能自动安装。请手动运行 / Could not install them automatically; please run:\n    " + command,
              file=sys.stderr)
    return 0  # pip install goes on; vipdesk itself names what is still missing


if __name__ == "__main__":
    sys.exit(main())
