"""Shared fixtures: every test gets its own vault directory, settings and temp dir.

Vaults in tests use a cheap Argon2id profile (set explicitly), never the real one.
"""

import concurrent.futures
import contextlib
import datetime as dt
import faulthandler
import os
import pickle
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from rrr_desktop.services import vault_service
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.demo import fill_demo
from rrr_desktop.services.session import Session
from rrr_desktop.vault.keys import FAST_INSECURE_KDF

# No wall-clock limit per example: speed is measured in bench/, never asserted in tests,
# and a loaded 2-core CI machine must not turn a slow example into a failure.
settings.register_profile("rrr", deadline=None)
settings.load_profile("rrr")

PASSPHRASE = "correct horse battery staple"
TODAY = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real vault, settings or temp dir of the machine."""
    home = tmp_path / "home"
    home.mkdir()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("RRR_VAULT", str(tmp_path / "vault"))
    monkeypatch.setenv("RRR_INSECURE_FAST_KDF_FOR_TESTS", "1")
    monkeypatch.delenv("RRR_PASSPHRASE", raising=False)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    from rrr_desktop.domain import base

    monkeypatch.setattr(base, "_today", dt.date.today)  # no clock left over from a session


WORK_LEFT = pytest.StashKey[str]()


def _settle_workers() -> str:
    """Lets pooled work end while the test's vault and widgets still exist (a worker that
    finished after the vault closed would report an error to a widget: a message box in
    teardown), and says what is still running 10 s later."""
    tasks = sys.modules.get("rrr_desktop.ui.tasks")
    if tasks is None:
        return ""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    pool = QThreadPool.globalInstance()
    app = QCoreApplication.instance()
    if app is not None:
        app.processEvents()  # results of work that has ended reach their widgets
    if pool.activeThreadCount() or tasks._live:
        pool.waitForDone(10_000)
    if app is not None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    running, live = pool.activeThreadCount(), len(tasks._live)
    if running or live:
        return f"{running} pool worker(s) running, {live} task(s) unfinished"
    return ""


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    item.stash[WORK_LEFT] = _settle_workers()  # before any fixture is torn down
    yield


@pytest.fixture(autouse=True)
def _no_work_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test whose worker still runs 10 s after it ended fails: that worker would touch a
    closed vault or a deleted widget, or bleed into the next test."""
    before = {t.ident for t in threading.enumerate()}
    yield
    problems = [request.node.stash.get(WORK_LEFT, "")]
    left = [
        t.name
        for t in threading.enumerate()
        if t.ident not in before and t.is_alive() and not t.daemon
    ]
    if left:
        problems.append(f"thread(s) still running: {', '.join(left)}")
    if any(problems):
        pytest.fail("the test left work running: " + "; ".join(p for p in problems if p))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir: Path, clock: FixedClock) -> Iterator[Session]:
    """A fresh vault of the organisation 'Test Shelter' (TH), user alice (admin)."""
    s = vault_service.create_vault(
        vault_dir, "Test Shelter", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF, clock=clock
    )
    yield s
    s.close()


@pytest.fixture
def demo_session(session: Session) -> Session:
    """The fresh vault plus 300 deterministic synthetic cases."""
    fill_demo(session, 300, seed=7)
    return session


LAYERS = ("ui", "cli", "services", "handoff", "printing", "reports", "vault", "domain")


# A test that outlives this is stopped with every thread's stack, whatever happened before:
# pytest-timeout (300 s) stops timing a test once it has failed, so a teardown that then
# blocks would stall the whole run.
HARD_LIMIT_S = 420
_STDERR_FD: list[int] = []

MODAL = {
    "QMessageBox": ("question", "information", "warning", "critical", "about", "exec"),
    "QInputDialog": ("getText", "getInt", "getDouble", "getItem", "getMultiLineText", "exec"),
    "QFileDialog": (
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
        "exec",
    ),
    "QDialog": ("exec",),
}


def _refuse_modal_dialogs() -> None:
    """A dialog nobody patched would wait for a person that never comes: it fails the test
    at once instead. Set once for the run (a test's monkeypatch goes back to this)."""
    from PySide6 import QtWidgets

    for owner_name, names in MODAL.items():
        owner = getattr(QtWidgets, owner_name)
        for name in names:

            def refuse(*_args: Any, _where: str = f"{owner_name}.{name}", **_kw: Any) -> Any:
                raise AssertionError(
                    f"{_where}: a modal dialog would wait for a person; patch it in the test"
                )

            setattr(owner, name, refuse if name == "exec" else staticmethod(refuse))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    faulthandler.dump_traceback_later(HARD_LIMIT_S, exit=True, file=_STDERR_FD[0])
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Pooled work that never ends would hold the process at exit: say so instead."""
    if "rrr_desktop.ui.tasks" in sys.modules:
        from PySide6.QtCore import QThreadPool

        if not QThreadPool.globalInstance().waitForDone(30_000):
            sys.stderr.write("pooled work still running at the end of the tests\n")
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _STDERR_FD.append(os.dup(2))  # the real stderr, before capture swaps it
    _refuse_modal_dialogs()
    for layer in LAYERS:
        config.addinivalue_line("markers", f"{layer}: the test drives rrr_desktop.{layer}")
    config.addinivalue_line("markers", "process: the test runs the app as a separate process")


def _layer_of(module: object) -> str:
    """The highest layer a test module uses (a UI test also runs the services under it):
    read from what the module imported, so no test can be filed under the wrong one."""
    used: set[str] = set()
    for value in vars(module).values():
        name = getattr(value, "__module__", None) or getattr(value, "__name__", "")
        if isinstance(name, str) and name.startswith("rrr_desktop."):
            used.add(name.split(".")[1])
    for layer in LAYERS:
        if layer in used:
            return layer
    return "process"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = getattr(item, "module", None)
        if module is not None:
            layer = _layer_of(module)
            item.add_marker(layer)
            item.user_properties.append(("layer", layer))


_LAYER_COUNTS: dict[str, int] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Counted from each test's report, so it also works when workers ran the tests."""
    if report.when == "setup":
        for key, layer in report.user_properties:
            if key == "layer":
                _LAYER_COUNTS[str(layer)] = _LAYER_COUNTS.get(str(layer), 0) + 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Tests per layer (``pytest -m vault`` runs one layer)."""
    if _LAYER_COUNTS:
        line = ", ".join(
            f"{layer} {_LAYER_COUNTS[layer]}"
            for layer in (*LAYERS, "process")
            if layer in _LAYER_COUNTS
        )
        terminalreporter.write_line(f"tests per layer: {line}")


class InProcessWorkers:
    """The import's worker pool without processes: each task crosses a pickle round trip,
    as it would to a process, and runs the moment it is sent, before the plans of earlier
    tasks are written (our copies it carries may be out of date by the time it lands)."""

    def submit(self, fn: Any, *args: Any) -> "concurrent.futures.Future[Any]":
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        try:
            result = fn(*pickle.loads(pickle.dumps(args)))
            future.set_result(pickle.loads(pickle.dumps(result)))
        except Exception as exc:  # delivered as a process pool would
            future.set_exception(exc)
        return future


def plan_with_workers(monkeypatch: pytest.MonkeyPatch, batch: int = 3) -> None:
    """Every sync import plans through the worker path (``handoff/parallel.py``), in
    batches of ``batch`` records, whatever the bundle's size."""
    from rrr_desktop.handoff import parallel

    @contextlib.contextmanager
    def in_process(workers: int) -> Iterator[InProcessWorkers | None]:
        yield InProcessWorkers() if workers else None

    monkeypatch.setattr(parallel, "POOL_FROM", 1)
    monkeypatch.setattr(parallel, "BATCH", batch)
    monkeypatch.setattr(parallel, "pool", in_process)


def set_up_case(session: Session, reference: str, change: Any) -> Any:
    """Test set-up: a stored case changed as its own commands (or a merge) would leave it,
    written below the services' edit rules (``domain/edit_rules.py``), which a plain edit
    through ``CaseService`` obeys."""
    from rrr_desktop.domain.casefile import CaseFile
    from rrr_desktop.vault import cases as repo

    with session.write() as conn:
        case = repo.load_case(conn, reference).model_copy(deep=True)
        change(case)
        case = CaseFile.model_validate(case.model_dump())
        repo.save_case(conn, case, session.next_version(), session.device_id, session.clock.today())
    return case
