"""PySide6 6.12 loses references to True/None on every signal; on Python 3.11
that aborts the process after a few thousand emits unless vipdesk.ui guards it."""

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    {guard}
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLineEdit
    app = QApplication([])

    class O(QObject):
        s = Signal(int)

    o = O()
    o.s.connect(lambda i: None)
    edit = QLineEdit()
    edit.textChanged.connect(lambda t: None)
    for i in range(20000):
        o.s.emit(i)
        edit.setText(str(i))
    print("survived")
""")


def run(guard: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(guard=guard)], capture_output=True, text=True,
                          timeout=120)


def test_twenty_thousand_signals_do_not_abort_with_vipdesk_ui_imported():
    result = run("import vipdesk.ui")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
