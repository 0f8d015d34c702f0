"""PySide6 6.12.0 loses a reference to True/None on every signal; on Python 3.11
that aborts the process after a few thousand emits (bool_dealloc).  pyproject
excludes that release on Python < 3.12; this test proves the installed Qt
survives a long counter session."""

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
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


def test_twenty_thousand_signals_do_not_abort():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
