"""Shared fixtures: every test gets its own vault directory, settings and temp dir.

Vaults in tests use a cheap Argon2id profile (set explicitly), never the real one.
"""

import concurrent.futures
import contextlib
import datetime as dt
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


@pytest.fixture(autouse=True)
def _no_work_left_running() -> Iterator[None]:
    """A test that ends while a worker of its own still runs fails: that worker would touch
    a closed vault or a deleted widget, or bleed into the next test."""
    before = {t.ident for t in threading.enumerate()}
    yield
    problems = []
    tasks = sys.modules.get("rrr_desktop.ui.tasks")
    if tasks is not None:
        from PySide6.QtCore import QCoreApplication, QThreadPool

        pool = QThreadPool.globalInstance()
        running, live = pool.activeThreadCount(), len(tasks._live)
        if running or live:
            pool.waitForDone(10_000)  # let them end, so the next test starts clean
            app = QCoreApplication.instance()
            if app is not None:
                app.processEvents()
            problems.append(f"{running} pool worker(s) running, {live} task(s) unfinished")
    left = [
        t.name
        for t in threading.enumerate()
        if t.ident not in before and t.is_alive() and not t.daemon
    ]
    if left:
        problems.append(f"thread(s) still running: {', '.join(left)}")
    if problems:
        pytest.fail("the test left work running: " + "; ".join(problems))


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


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
