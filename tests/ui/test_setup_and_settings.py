"""First launch (wizard, demo vault), settings without personal data, i18n, fonts."""

import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop import i18n, resources
from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.services import vault_service
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.ui import registry, tasks
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.layout import PREFERRED_SIZE, first_size
from rrr_desktop.ui.lock_screen import LockScreen
from rrr_desktop.ui.main_window import MainWindow
from rrr_desktop.ui.prefs import Prefs
from rrr_desktop.ui.registry import CaseTabSpec, PageSpec
from rrr_desktop.ui.workspace import NotYetPage
from tests.ui.conftest import flush_deletes, unlock


@pytest.fixture
def fresh_window(tmp_path: Path, prefs: Prefs, clock: FixedClock) -> Iterator[MainWindow]:
    window = MainWindow(
        prefs, tmp_path / "vault", tmp_path / "demo-vault", clock=clock, demo_cases=25
    )
    window.show()
    yield window
    window.lock()
    window.close()
    tasks.wait_for_idle()
    window.deleteLater()
    flush_deletes()


def test_first_launch_offers_setup_and_demo(qtbot: QtBot, fresh_window: MainWindow) -> None:
    assert fresh_window.stack.currentWidget() is fresh_window.wizard
    assert fresh_window.wizard.back_button.isHidden()  # nothing to go back to yet
    assert "demo-passphrase" in "\n".join(
        label.text() for label in fresh_window.wizard.findChildren(QLabel)
    )
    fresh_window.wizard.open_demo()
    assert not fresh_window.wizard.demo_button.isEnabled()  # busy while the worker fills it
    qtbot.waitUntil(lambda: fresh_window.workspace is not None, timeout=30_000)
    assert "synthetic" in fresh_window.status_org.text()
    assert vault_service.exists(fresh_window.demo_dir)
    assert not vault_service.exists(fresh_window.vault_dir)  # real data stays apart
    assert fresh_window.prefs.last_vault_kind == "demo"


def test_the_first_window_fits_the_screen(qtbot: QtBot, fresh_window: MainWindow) -> None:
    """A small laptop screen shows the whole first window, status bar included (the
    offscreen screen here is smaller than the preferred size)."""
    screen = fresh_window.screen()
    assert screen is not None
    room = screen.availableGeometry()
    assert fresh_window.width() <= room.width()
    assert fresh_window.height() <= room.height()


@given(st.integers(200, 4000), st.integers(200, 3000))
def test_the_first_size_is_the_preferred_one_where_it_fits(width: int, height: int) -> None:
    size = first_size(QSize(width, height))
    assert size.width() <= width
    assert size.height() <= height
    for got, preferred, room in (
        (size.width(), PREFERRED_SIZE[0], width),
        (size.height(), PREFERRED_SIZE[1], height),
    ):
        assert got <= preferred
        assert got == preferred or got >= room * 9 // 10  # never smaller than it needs


def test_create_vault_from_the_wizard(
    qtbot: QtBot, fresh_window: MainWindow, tmp_path: Path
) -> None:
    wizard = fresh_window.wizard
    qtbot.keyClicks(wizard.org, "Safe Home Foundation")
    wizard.country.setCurrentText("KH")
    qtbot.keyClicks(wizard.username, "dara")
    assert "Too short" not in wizard.strength_hint.text()  # nothing typed, nothing wrong
    qtbot.keyClicks(wizard.passphrase, "short")
    assert "Too short" in wizard.strength_hint.text()
    wizard.passphrase.setText("password12")  # long enough, and the first thing guessed
    wizard.repeat.setText("password12")
    assert "easy to guess" in wizard.strength_hint.text()
    wizard.create_button.click()
    assert "easy to guess" in wizard.create_message.text()
    assert not vault_service.exists(fresh_window.vault_dir)
    wizard.passphrase.setText("river lantern mango seventeen")
    assert wizard.strength_bar.value() >= 3
    wizard.repeat.setText("river lantern mango sixteen")
    wizard.create_button.click()
    assert "not the same" in wizard.create_message.text()
    wizard.repeat.setText("river lantern mango seventeen")
    wizard.create_button.click()
    qtbot.waitUntil(lambda: fresh_window.workspace is not None, timeout=30_000)
    assert "Safe Home Foundation" in fresh_window.status_org.text()
    # the recovery key is offered at once, shown this once
    qtbot.waitUntil(
        lambda: getattr(fresh_window, "recovery_dialog", None) is not None, timeout=30_000
    )
    key = fresh_window.recovery_dialog.key.text()
    assert len(key) >= 20
    assert QApplication.clipboard().text() != key
    fresh_window.recovery_dialog.done_button.click()
    fresh_window.lock()
    renewed = "orchid tamarind walnut ferry"
    vault_service.recover_user(fresh_window.vault_dir, key, "dara", renewed)
    vault_service.open_session(fresh_window.vault_dir, "dara", renewed).close()
    assert fresh_window.stack.currentWidget() is fresh_window.lock_screen
    assert fresh_window.lock_screen.user.currentText() == "dara"
    fresh_window.show_wizard()  # back to set-up from the lock screen: no second vault offered
    assert wizard.exists_note.isVisibleTo(wizard)
    assert not wizard.create_button.isEnabled()
    assert not wizard.org.isEnabled()


def test_settings_file_holds_no_case_data(
    qtbot: QtBot, unlocked: MainWindow, settings_file: Path, demo_names: list[str]
) -> None:
    assert unlocked.workspace is not None
    case_list = unlocked.workspace.cases.list
    reference = str(case_list.model.data(case_list.model.index(0, 0)))
    unlocked.workspace.open_case(reference)
    case_list.search.setText(demo_names[0].split()[0])
    unlocked.workspace.show_page("settings")
    unlocked.workspace.page("settings").idle.setValue(7)  # type: ignore[union-attr]
    unlocked.lock()
    unlocked.close()  # writes geometry
    text = settings_file.read_bytes().decode("utf-8", "replace")
    assert "idle_minutes=7" in text
    assert "geometry" in text
    assert reference not in text
    assert not [name for name in demo_names if name in text]
    for word in {part for name in demo_names for part in name.split() if len(part) >= 4}:
        assert word not in text


def test_pseudo_locale_changes_visible_text(qtbot: QtBot) -> None:
    plain = LockScreen()
    qtbot.addWidget(plain)
    english = plain.unlock_button.text()
    translator = i18n.PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        pseudo = LockScreen()
        qtbot.addWidget(pseudo)
        text = pseudo.unlock_button.text()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text != english
    assert text.startswith("[")
    assert len(text) > len(english)
    assert "&" in text  # the keyboard mnemonic survives


def test_pseudo_text_keeps_placeholders() -> None:
    out = i18n.pseudo_text("Vault: {path} has %n case(s)")
    assert "{path}" in out
    assert "%n" in out
    assert out.format(path="x") != ""


def test_arabic_is_right_to_left(qtbot: QtBot) -> None:
    try:
        assert i18n.install_language("ar") == "ar"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        i18n.install_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_pseudo_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RRR_PSEUDO_LOCALE", "1")
    try:
        assert i18n.install_language("en") == i18n.PSEUDO
        assert QCoreApplication.translate("x", "Save").startswith("[")
    finally:
        monkeypatch.delenv("RRR_PSEUDO_LOCALE")
        i18n.install_language("en")
    assert QCoreApplication.translate("x", "Save") == "Save"


def test_shipped_fonts_register(qapp: QApplication) -> None:
    assert len(resources.font_files()) >= 10
    assert resources.register_fonts() == len(resources.font_files())


class _FakeTab(QWidget):
    loads: list[str] = []

    def __init__(self, ctx: UiContext, reference: str) -> None:
        super().__init__()
        self.reference = reference

    def load(self, case: CaseFile) -> None:
        _FakeTab.loads.append(case.reference)


def test_extensions_add_tabs_and_replace_placeholders(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = types.ModuleType("tests_fake_extension")
    vars(module).update(
        PAGES=[PageSpec("reports", "Reports", 50, lambda ctx: QLabel("real reports page"))],
        CASE_TABS=[CaseTabSpec("fake", "Fake", 10_000, _FakeTab)],
    )
    monkeypatch.setitem(sys.modules, "tests_fake_extension", module)
    monkeypatch.setattr(
        registry, "EXTENSION_MODULES", [*registry.EXTENSION_MODULES, "tests_fake_extension"]
    )
    _FakeTab.loads = []
    unlock(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.workspace is not None, timeout=10_000)
    workspace = main_window.workspace
    assert workspace is not None
    assert not isinstance(workspace.page("handoff"), NotYetPage)  # the real page, not a stub
    reports = workspace.page("reports")
    assert isinstance(reports, QLabel)
    assert reports.text() == "real reports page"
    assert (
        workspace.page_keys.index("today")
        < workspace.page_keys.index("cases")
        < workspace.page_keys.index("settings")
    )
    model = workspace.cases.list.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    reference = str(model.data(model.index(0, 0)))
    assert main_window.ctx is not None
    main_window.ctx.openCaseRequested.emit(reference, "fake")
    view = workspace.cases.view_for(reference)
    assert view is not None
    assert view.tab_keys[-1] == "fake"
    assert view.tab_keys[view.tabs.currentIndex()] == "fake"
    assert _FakeTab.loads == [reference]
    main_window.ctx.caseChanged.emit(reference)
    assert _FakeTab.loads == [reference, reference]
    main_window.ctx.caseChanged.emit("TH-1999-00001")  # another case: no reload
    assert len(_FakeTab.loads) == 2


def test_not_yet_pages_are_honest(qtbot: QtBot, unlocked: MainWindow) -> None:
    assert unlocked.workspace is not None
    for key in ("directory", "handoff", "reports"):
        page = unlocked.workspace.page(key)
        if isinstance(page, NotYetPage):
            texts = [label.text() for label in page.findChildren(QLabel)]
            assert any("not available yet" in t for t in texts)


def test_lock_screen_can_open_the_wizard_and_come_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.lock_screen.setup_button.click()
    assert main_window.stack.currentWidget() is main_window.wizard
    assert not main_window.wizard.back_button.isHidden()
    main_window.wizard.back_button.click()
    assert main_window.stack.currentWidget() is main_window.lock_screen
    assert main_window.windowTitle() == "RRR Desktop — locked"


def test_fonts_asked_for_before_the_application_exists_are_an_error_not_a_crash() -> None:
    """Qt kills the process when fonts are added with no application; the order of the
    start-up (or of a test run) must never be able to do that."""
    import subprocess

    code = (
        "from rrr_desktop import resources\n"
        "try:\n"
        "    resources.register_fonts()\n"
        "except RuntimeError:\n"
        "    raise SystemExit(3)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert done.returncode == 3, done.stderr.decode(errors="replace")[-500:]
