"""Background tasks reuse their thread's vault connection instead of opening one each."""

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.ui import tasks


def test_many_tasks_share_a_few_connections(qtbot: QtBot, demo_session: Session) -> None:
    service = CaseService(demo_session)
    results: list[int] = []
    for done in range(1, 31):
        tasks.run_task(lambda _p: service.count(CaseQuery()), results.append)

        def finished(done: int = done) -> bool:
            return len(results) >= done

        qtbot.waitUntil(finished, timeout=5000)
    tasks.wait_for_idle()
    assert results == [300] * 30
    # One for this thread and at most one per pool thread, not one per task.
    pool_threads = QThreadPool.globalInstance().maxThreadCount()
    assert len(demo_session._by_thread) <= 1 + pool_threads


def test_pool_threads_do_not_expire(qtbot: QtBot) -> None:
    """Expiring threads would come back as new threads, each opening a new connection."""
    got: list[int] = []
    tasks.run_task(lambda _p: 1, got.append)
    qtbot.waitUntil(lambda: got == [1], timeout=5000)
    assert QThreadPool.globalInstance().expiryTimeout() == -1
