"""An unexpected error is logged by kind and place only, never by its message, and the
person is told in one sentence what is safe."""

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from rrr_desktop.ui import crash

CANARY = "Zqcrashcanary Sokha 012 345 678"


def _raise() -> None:
    raise ValueError(CANARY)


def test_the_hook_logs_no_message_and_says_what_is_safe(
    qapp: object, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    try:
        _raise()
    except ValueError:
        kind, exc, tb = sys.exc_info()
    assert kind is not None
    assert exc is not None
    with caplog.at_level(logging.ERROR, logger="rrr.crash"):
        crash.report(kind, exc, tb)
    logged = caplog.text
    assert "ValueError" in logged
    assert CANARY not in logged
    assert "Sokha" not in logged
    assert shown
    assert "ValueError" in shown[0]
    assert CANARY not in shown[0]


def test_install_replaces_the_default_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash.install()
    assert sys.excepthook is crash.report
