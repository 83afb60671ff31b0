"""The suite's own guards: a dialog nobody patched fails the test at once instead of
waiting for a person (which stalled a CI run until it was killed)."""

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot


def test_an_unpatched_message_box_fails_at_once(qtbot: QtBot) -> None:
    with pytest.raises(AssertionError, match="QMessageBox.warning: a modal dialog"):
        QMessageBox.warning(None, "Title", "Text")
    with pytest.raises(AssertionError, match="QInputDialog.getText"):
        QInputDialog.getText(None, "Title", "Label")
    with pytest.raises(AssertionError, match="QFileDialog.getExistingDirectory"):
        QFileDialog.getExistingDirectory(None, "Folder")


def test_exec_of_any_dialog_fails_at_once(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    with pytest.raises(AssertionError, match="QDialog.exec"):
        dialog.exec()
    box = QMessageBox()
    qtbot.addWidget(box)
    with pytest.raises(AssertionError, match="QMessageBox.exec"):
        box.exec()


def test_a_test_may_still_patch_a_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Ok)
    assert QMessageBox.warning(None, "Title", "Text") == QMessageBox.StandardButton.Ok
