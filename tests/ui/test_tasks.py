"""The background-task helper: results reach the GUI thread, errors too, cancel stops."""

import threading

import pytest

from vipdesk.model.store.tables import Staff
from vipdesk.ui.common import tasks


def test_synchronous_mode_delivers_before_returning(qtbot, db_path, ui_env, answers):
    got = []

    def work(progress, cancelled):
        progress(1, 2, "一半")
        return Staff.select().count()

    task = tasks.run_task(None, "测试", work, got.append)
    assert got == [0] and task.done


def test_error_goes_to_on_error(qtbot, db_path, ui_env, answers):
    errors = []

    def work(progress, cancelled):
        raise ValueError("坏了")

    tasks.run_task(None, "测试", work, lambda r: pytest.fail("no result expected"), errors.append)
    assert isinstance(errors[0], ValueError)


def test_default_on_error_shows_message(qtbot, db_path, ui_env, answers):
    from vipdesk.model.errors import ValidationError

    def work(progress, cancelled):
        raise ValidationError("数量", "必须是正整数")

    tasks.run_task(None, "测试", work, lambda r: None)
    assert answers.texts() == ["数量:必须是正整数"]


def test_worker_thread_uses_own_connection_and_result_arrives_in_gui_thread(qtbot, db_path, answers):
    from vipdesk.model.members import staff

    staff.add_staff("小李")
    seen = {}

    def work(progress, cancelled):
        seen["thread"] = threading.get_ident()
        progress(1, 1, "")
        return [s.name for s in Staff.select()]

    results = []
    task = tasks.run_task(None, "测试", work, lambda r: results.append((threading.get_ident(), r)),
                          show_progress=False)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert results == [(threading.get_ident(), ["小李"])]
    assert seen["thread"] != threading.get_ident()


def test_cancelled_task_does_not_call_on_done(qtbot, db_path, ui_env, answers):
    done = []

    def work(progress, cancelled):
        raise tasks.TaskCancelled

    task = tasks.run_task(None, "测试", work, done.append)
    assert done == [] and task.is_cancelled()


def test_progress_dialog_cancel_stops_the_worker(qtbot, db_path, answers):
    import time

    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    done = []

    def work(progress, cancelled):
        started.set()
        n = 0
        while not cancelled():
            n += 1
            progress(n % 10, 10, "处理中")
            time.sleep(0.005)
        return n

    task = tasks.run_task(parent, "长任务", work, done.append)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None and dialog.labelText() == "长任务"
    assert started.wait(10)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "取消")
    with qtbot.waitSignal(task.finished, timeout=10000):
        button.click()
    assert done == [] and task.is_cancelled() and task.done
