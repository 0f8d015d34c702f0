"""Starting the GUI: --smoke on a demo shop, first run builds a demo, features plug in."""

import logging
import os
import subprocess
import sys
from pathlib import Path

from vipdesk.ui.common import features


def run_vipdesk(*args, env_extra=None, cwd=None, timeout=300):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "vipdesk", *args], capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=cwd)


def test_smoke_on_demo_database(tmp_path):
    db = tmp_path / "d.db"
    demo = run_vipdesk("demo", "--db", str(db), "--members", "200", "--sales", "1500", "--seed", "1")
    assert demo.returncode == 0, demo.stderr[-2000:]
    result = run_vipdesk("--db", str(db), "--smoke")
    assert result.returncode == 0, result.stderr[-2000:]


def test_first_run_builds_a_demo_shop_in_app_data(tmp_path):
    home = tmp_path / "home"
    result = run_vipdesk("--smoke", env_extra={"VIPDESK_HOME": str(home)})
    assert result.returncode == 0, result.stderr[-2000:]
    db = home / "vipdesk.db"
    assert db.exists()
    code = ("from vipdesk.model.store.db import open_database; from vipdesk.model.store.tables import Member, Sale;"
            f"open_database({str(db)!r}); print(Member.select().count(), Sale.select().count())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    n_members, n_sales = map(int, out.stdout.split())
    assert n_members == 800 and n_sales > 1000


def test_explicit_new_db_opens_empty_shop(tmp_path):
    db = tmp_path / "new.db"
    result = run_vipdesk("--db", str(db), "--smoke")
    assert result.returncode == 0, result.stderr[-2000:]
    assert Path(db).exists()


def test_broken_feature_is_logged_not_fatal(main_window, monkeypatch, caplog):
    monkeypatch.setattr(features, "FEATURE_MODULES", ["vipdesk.ui.no_such_feature"])
    with caplog.at_level(logging.ERROR):
        features.install_features(main_window)
    assert features.failed_features == ["vipdesk.ui.no_such_feature"]
    assert "no_such_feature" in caplog.text


def test_geometry_is_kept_in_qsettings(main_window, qtbot):
    from vipdesk.ui.main_window import MainWindow, ui_settings

    main_window.resize(701, 503)  # inside the offscreen screen (800×600)
    main_window.close()
    assert ui_settings().value("main/geometry") is not None
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.size().height() == 503  # the width is held up by the panes' minimum widths


def test_smoke_start_reports_a_failed_start_backup_instead_of_waiting_for_a_click(tmp_path):
    """A --smoke start (CI, the Windows check) has nobody to press OK: when the start backup
    failed (here its folder is taken by a file; in the field a full disk) a modal box waited
    forever.  The box's text goes to stderr and the start fails."""
    db = tmp_path / "d.db"
    demo = run_vipdesk("demo", "--db", str(db), "--members", "200", "--sales", "1500", "--seed", "1")
    assert demo.returncode == 0, demo.stderr[-2000:]
    (tmp_path / "backups").write_text("not a folder", encoding="utf-8")
    result = run_vipdesk("--db", str(db), "--smoke", timeout=120)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "启动时的自动备份没有完成" in result.stderr


def test_smoke_start_leaves_the_file_as_a_real_start_would(tmp_path):
    """A --smoke start runs the reminder scan that a real start runs 250 ms after its paint
    (issue 14): the day's care tasks are written by it, not later by whoever runs next — the
    Windows check compares the file's checksum across read-only CLI commands after a smoke start."""
    import datetime as dt
    import hashlib
    import sqlite3

    db = tmp_path / "d.db"
    demo = run_vipdesk("demo", "--db", str(db), "--members", "200", "--sales", "1500", "--seed", "1")
    assert demo.returncode == 0, demo.stderr[-2000:]
    result = run_vipdesk("--db", str(db), "--smoke", timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    con = sqlite3.connect(db)
    try:
        days = [r[0] for r in con.execute("SELECT day FROM care_scan")]
    finally:
        con.close()
    assert dt.date.today().isoformat() in days
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    listing = run_vipdesk("reminders", "--db", str(db), "--days", "7")
    assert listing.returncode == 0, listing.stderr[-2000:]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
