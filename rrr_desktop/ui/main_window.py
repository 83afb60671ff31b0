"""The one top-level window: set-up wizard, lock screen, or the unlocked workspace.

Locking destroys the workspace (every page and case view) and closes the session, so
nothing of a case stays on screen, in a title or in memory owned by widgets. The title
never names a person: at most a case reference, and "locked" while locked.
"""

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
)

from rrr_desktop.errors import KnownError
from rrr_desktop.i18n import install_language
from rrr_desktop.services import restore, vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import Clock
from rrr_desktop.services.session import Session
from rrr_desktop.ui.bidi import IsolateItemViews, isolate
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.errors import error_text, present_error
from rrr_desktop.ui.layout import PREFERRED_SIZE, first_size
from rrr_desktop.ui.lock_screen import LockScreen
from rrr_desktop.ui.prefs import Prefs
from rrr_desktop.ui.security import IdleLock, InputWatcher
from rrr_desktop.ui.tasks import run_for, wait_for_idle
from rrr_desktop.ui.wizard import SetupWizard
from rrr_desktop.ui.workspace import Workspace

APP_TITLE = "RRR Desktop"
log = logging.getLogger("rrr.ui")
LOCK_WAIT_MS = 3000
CLIPBOARD_SECONDS: float = 10  # a deliberate copy is cleared after this


class MainWindow(QMainWindow):
    def __init__(
        self,
        prefs: Prefs,
        vault_dir: Path,
        demo_dir: Path,
        clock: Clock | None = None,
        demo_cases: int = 500,
        idle_timer: QTimer | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.prefs = prefs
        self.vault_dir = vault_dir
        self.demo_dir = demo_dir
        self.clock = clock
        self.session: Session | None = None
        self.ctx: UiContext | None = None
        self.workspace: Workspace | None = None
        self._pending_language = ""  # chosen in Settings, waiting for unsaved work
        self._restoring = False  # a restore runs: the lock screen takes no unlock meanwhile
        self._neutral = False  # after a quick exit, until the next unlock
        self.vault_kind = "real"

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.lock_screen = LockScreen(clock, self)
        self.lock_screen.unlocked.connect(self._on_unlocked)
        self.lock_screen.setupRequested.connect(self.show_wizard)
        self.stack.addWidget(self.lock_screen)
        self.wizard = SetupWizard(vault_dir, demo_dir, clock, demo_cases, self)
        self.wizard.opened.connect(self._on_opened)
        self.wizard.backRequested.connect(self.start)
        self.stack.addWidget(self.wizard)

        self.status_user = QLabel(self)
        self.status_org = QLabel(self)
        self.status_vault = QLabel(self)
        self.status_lock = QLabel(self)
        for label in (self.status_user, self.status_org, self.status_vault):
            # may be cut short rather than widen the window past a small screen
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.statusBar().addWidget(label, 1)
        self.statusBar().addPermanentWidget(self.status_lock)

        self.idle = IdleLock(self.lock, prefs.idle_minutes, idle_timer, self)
        self.watcher = InputWatcher(self.idle, self.quick_exit, self)
        app = QCoreApplication.instance()
        self.isolation = IsolateItemViews(self)  # values keep their direction in Arabic
        if app is not None:
            app.installEventFilter(self.watcher)
            app.installEventFilter(self.isolation)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self._copied)
        lock_key = QShortcut(QKeySequence("Ctrl+L"), self)
        lock_key.setContext(Qt.ShortcutContext.ApplicationShortcut)
        lock_key.activated.connect(self.lock)

        screen = self.screen()
        self.resize(
            first_size(screen.availableGeometry().size())
            if screen is not None
            else QSize(*PREFERRED_SIZE)
        )
        geometry = prefs.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.start()

    # -- states ---------------------------------------------------------------------------

    def start(self) -> None:
        """Lock screen for an existing vault, else the set-up wizard."""
        if vault_service.exists(self.vault_dir):
            self.vault_kind = "real"
            self.show_lock(self.vault_dir)
        elif self.prefs.last_vault_kind == "demo" and vault_service.exists(self.demo_dir):
            self.vault_kind = "demo"
            self.show_lock(self.demo_dir, demo=True)
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        self.wizard.back_button.setVisible(
            vault_service.exists(self.vault_dir) or vault_service.exists(self.demo_dir)
        )
        self.wizard.show_existing(vault_service.exists(self.vault_dir))
        self.stack.setCurrentWidget(self.wizard)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "RRR Desktop — set up"))
        self._update_status()

    def show_lock(self, directory: Path, demo: bool = False) -> None:
        neutral = self._neutral
        self.lock_screen.show_vault(directory, demo, neutral=neutral)
        if self._restoring:  # shown again (a quick exit): still nothing to unlock
            self.lock_screen.show_working(self._restoring_text())
        self.stack.setCurrentWidget(self.lock_screen)
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Notes")
            if neutral
            else QCoreApplication.translate("MainWindow", "RRR Desktop — locked")
        )
        self._update_status()
        if neutral:
            for label in (self.status_user, self.status_org, self.status_vault, self.status_lock):
                label.clear()

    def _on_opened(self, session: Session, kind: str) -> None:
        self.vault_kind = kind
        self.prefs.last_vault_kind = kind
        if kind == "real":  # the working language chosen in the set-up form
            self.prefs.language = session.user.language
            install_language(session.user.language)
        self._on_unlocked(session)
        if kind == "real":
            self._offer_recovery_key(session)

    def _offer_recovery_key(self, session: Session) -> None:
        """A new vault's recovery key, made and shown at once: the only way back in when
        the first passphrase is forgotten (it is shown this once)."""
        from rrr_desktop.ui.admin.recovery_dialog import RecoveryKeyDialog

        def show(key: object) -> None:
            self.recovery_dialog = RecoveryKeyDialog(str(key), self)
            self.recovery_dialog.open()

        run_for(
            self,
            lambda _p: vault_service.create_recovery_key(session),
            show,
            lambda _exc: self.statusBar().showMessage(
                self.tr("No recovery key could be made; make one in Settings → Users and roles."),
                10000,
            ),
        )

    def _on_unlocked(self, session: Session) -> None:
        self._neutral = False
        self.session = session
        self.ctx = UiContext(session, self)
        self.ctx.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.ctx.restoreRequested.connect(self.restore_backup)
        self.workspace = Workspace(self.ctx, self.prefs, self)
        self.workspace.titleChanged.connect(self._set_case_title)
        self.workspace.idleMinutesChanged.connect(self.idle.set_minutes)
        self.workspace.languageChosen.connect(self.choose_language)
        self.workspace.cases.unsavedChanged.connect(self._apply_pending_language)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._set_case_title("")
        self._update_status()
        self.idle.start()
        self._offer_drafts()
        if session.read_only is not None:  # read-only media or a full disk: said at once
            self.status_lock.setText(QCoreApplication.translate("MainWindow", "Read only"))
            self.status_lock.setToolTip(error_text(session.read_only))
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "Read only"),
                error_text(session.read_only),
            )

    def restore_backup(self, folder: str, passphrase: str) -> None:
        """Confirmed in Settings: record it, lock (every connection closes), then restore in
        a worker (the copy is opened and checked first: seconds for a big vault) while the
        lock screen says so, and show the lock screen of the restored vault, or of the vault
        here, unchanged, with what was wrong."""
        if self.session is None:
            return
        directory = self.session.directory
        username = self.session.user.username
        try:
            with self.session.write() as conn:
                self.session.audit(conn, "vault.restore", "")
        except KnownError:
            pass  # a read-only or tampered vault is still replaced; its copy is kept
        self.lock()
        self._restoring = True
        self.lock_screen.show_working(self._restoring_text())
        demo = self.vault_kind == "demo"

        def work(_progress: object) -> Path | None:
            return restore.restore(Path(folder), directory, username, passphrase)

        def done(kept: Path | None) -> None:
            self._restoring = False
            self.show_lock(directory, demo=demo)
            message = QCoreApplication.translate(
                "MainWindow", "The backup was restored. Unlock it with its passphrases."
            )
            if kept is not None:
                message += " " + QCoreApplication.translate(
                    "MainWindow", "The vault it replaced is kept in {folder}."
                ).format(folder=isolate(kept))
            QMessageBox.information(
                self, QCoreApplication.translate("MainWindow", "Restored"), message
            )

        def failed(exc: BaseException) -> None:
            self._restoring = False
            self.show_lock(directory, demo=demo)
            present_error(self, exc)

        run_for(self, work, done, failed)

    @staticmethod
    def _restoring_text() -> str:
        return QCoreApplication.translate("MainWindow", "Checking and restoring the backup…")

    def choose_language(self, code: str) -> None:
        """Applied at once by rebuilding the workspace (its case files reopened); while a
        case file has unsaved changes it waits, so no typing is lost."""
        self.prefs.language = code
        self._pending_language = code
        self._apply_pending_language()

    def _apply_pending_language(self) -> None:
        code = self._pending_language
        if not code or self.workspace is None or self.session is None:
            return
        if self.workspace.has_unsaved():
            self.workspace.settings.show_pending()
            return
        self._pending_language = ""
        page, references = self.workspace.current_page(), self.workspace.open_references()
        install_language(code)
        session = self.session
        self._drop_workspace()
        if self.ctx is not None:
            self.ctx.deleteLater()
        self._on_unlocked(session)
        assert self.workspace is not None
        for reference in references:
            self.workspace.cases.open_case(reference)
        self.workspace.show_page(page)

    def _keep_drafts(self) -> None:
        """Typing not yet saved goes into the vault (encrypted), not away: a caseworker who
        listened for five minutes finds it again after unlocking."""
        if self.workspace is None or self.session is None:
            return
        service = CaseService(self.session)
        for view in self.workspace.cases.views():
            if not view.dirty:
                continue
            try:
                service.keep_draft(view.reference, view.draft(), view.form_base)
            except (KnownError, ValueError):
                log.warning("a draft could not be kept")  # invalid or read-only: as before

    def _offer_drafts(self) -> None:
        if self.workspace is None or self.session is None:
            return
        try:
            drafts = CaseService(self.session).take_drafts()
        except KnownError:
            return
        for draft, base in drafts:
            view = self.workspace.cases.open_case(draft.reference)
            if view is not None:
                view.restore_draft(draft, base)

    def _drop_workspace(self) -> None:
        if self.workspace is None:
            return
        workspace = self.workspace
        self.workspace = None
        workspace.discard()
        self.stack.removeWidget(workspace)
        workspace.hide()
        workspace.setParent(None)
        workspace.deleteLater()

    @property
    def locked(self) -> bool:
        return self.session is None

    def lock(self) -> None:
        """Destroy every view of case data and close the session (wipes the key)."""
        self.idle.stop()
        self._clear_clipboard()
        self._close_other_windows()
        self._keep_drafts()
        self._drop_workspace()
        if self.ctx is not None:
            self.ctx.deleteLater()
            self.ctx = None
        if self.session is not None:
            session = self.session
            self.session = None
            self.show_lock(session.shown_directory, demo=self.vault_kind == "demo")
            self.repaint()  # the lock screen shows before we wait for anything
            # Queries still running in workers use their own connections: let them end
            # (their results are dropped) before the connections close and the key is wiped.
            wait_for_idle(LOCK_WAIT_MS)
            session.close()
        elif self.stack.currentWidget() is not self.wizard:
            self.show_lock(self.lock_screen.directory, demo=self.vault_kind == "demo")

    def quick_exit(self) -> None:
        """F12 or Esc twice: everything of a case disappears at once, then a lock screen
        with a neutral title that names neither the program nor its folder."""
        self._neutral = True  # until the next unlock
        self.lock()

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()

    def _copied(self) -> None:
        """A deliberate copy (Ctrl+C in a field) lives for CLIPBOARD_SECONDS, then goes."""
        clipboard = QGuiApplication.clipboard()
        ours = clipboard is not None and (
            clipboard.ownsClipboard()
            or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        if clipboard is None or not ours or not clipboard.text():
            return
        copied = clipboard.text()

        def expire() -> None:
            if clipboard.text() == copied:  # not replaced since by another copy
                clipboard.clear()

        QTimer.singleShot(int(CLIPBOARD_SECONDS * 1000), expire)

    def _close_other_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is self or not shiboken6.isValid(widget):
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.hide()
            widget.close()

    # -- chrome ---------------------------------------------------------------------------

    def _set_case_title(self, reference: str) -> None:
        if self.locked:
            return
        if reference:
            self.setWindowTitle(f"{APP_TITLE} — {reference}")
        else:
            self.setWindowTitle(APP_TITLE)

    def _update_status(self) -> None:
        if self.session is None:
            self.status_user.setText("")
            self.status_org.setText("")
            directory = (
                self.lock_screen.directory
                if self.stack.currentWidget() is self.lock_screen
                else self.vault_dir
            )
            self.status_vault.setText(
                QCoreApplication.translate("MainWindow", "Vault: {path}").format(
                    path=isolate(directory)
                )
            )
            self.status_lock.setText(QCoreApplication.translate("MainWindow", "Locked"))
            return
        user = self.session.user
        self.status_user.setText(
            QCoreApplication.translate("MainWindow", "User: {name} ({username})").format(
                name=isolate(user.display_name or user.username), username=isolate(user.username)
            )
        )
        self.status_org.setText(
            QCoreApplication.translate("MainWindow", "Organisation: {name}").format(
                name=isolate(self.session.organisation().name)
            )
        )
        self.status_vault.setText(
            QCoreApplication.translate("MainWindow", "Vault: {path}").format(
                path=isolate(self.session.shown_directory)
            )
        )
        self.status_lock.setText(
            QCoreApplication.translate("MainWindow", "Unlocked — Ctrl+L locks, F12 quick exit")
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.workspace is not None and not self.workspace.confirm_close():
            event.ignore()
            return
        self.prefs.set_geometry(self.saveGeometry())
        self.prefs.sync()
        self.lock()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.watcher)
        event.accept()
