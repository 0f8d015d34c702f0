"""Entry script PyInstaller freezes (vipdesk.spec): the same as the ``vipdesk`` console script.

A separate file rather than ``vipdesk/__main__.py`` so PyInstaller does not
put the package folder itself on ``sys.path`` (its module names would then
shadow top-level ones).
"""

import multiprocessing

from vipdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a worker process is ever used
    raise SystemExit(main())
