"""First launch: create a vault for the organisation, or open the separate demo vault.

Both run in a worker: the key derivation takes about half a second and the demo vault
fills 500 invented cases, with progress shown.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain import passphrase_rules as strength_rules
from rrr_desktop.errors import KnownError
from rrr_desktop.i18n import LANGUAGES
from rrr_desktop.services import demo, vault_service
from rrr_desktop.services.clock import Clock
from rrr_desktop.services.session import Session
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.pickers import CountryPicker
from rrr_desktop.ui.tasks import TaskProgress, run_for

COUNTRIES = ["KH", "TH", "LA", "MM", "VN", "ID", "MY", "PH", "CN", "BD", "NP", "AE", "SA"]
_STRENGTH_COLOURS = ("#a4262c", "#ca5010", "#8a6d00", "#107c10", "#0b6a0b")


class SetupWizard(QWidget):
    """Emits ``opened(session, kind)`` with kind "real" or "demo"."""

    opened = Signal(object, str)
    backRequested = Signal()

    def __init__(
        self,
        vault_dir: Path,
        demo_dir: Path,
        clock: Clock | None = None,
        demo_cases: int = 500,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.vault_dir = vault_dir
        self.demo_dir = demo_dir
        self._clock = clock
        self._demo_cases = demo_cases

        title = QLabel(self.tr("Welcome to RRR Desktop"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Case data stays on this computer, encrypted with your passphrase. "
                "Nobody can recover it if the passphrase is lost."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.back_button = QPushButton(self.tr("← Back to the lock screen"), self)
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.backRequested.emit)
        outer = QVBoxLayout(self)
        outer.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(title)
        outer.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(self._build_create_box(), 3)
        row.addWidget(self._build_demo_box(), 2)
        outer.addLayout(row)
        outer.addStretch(1)

    # -- create a vault -------------------------------------------------------------------

    def _build_create_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Set up your organisation's vault"), self)
        self.org = QLineEdit(box)
        self.org.setPlaceholderText(self.tr("e.g. Safe Home Foundation"))
        self.country = CountryPicker(box)
        self.username = QLineEdit(box)
        self.username.setPlaceholderText(self.tr("lower-case, e.g. dara"))
        self.display_name = QLineEdit(box)
        self.passphrase = QLineEdit(box)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.textChanged.connect(self._update_strength)
        self.repeat = QLineEdit(box)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_bar = QProgressBar(box)
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(8)
        self.strength_hint = QLabel(box)
        self.strength_hint.setWordWrap(True)
        self.language = QComboBox(box)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.create_button = QPushButton(self.tr("&Create vault"), box)
        self.create_button.clicked.connect(self.create_vault)
        self.create_busy = QProgressBar(box)
        self.create_busy.setRange(0, 0)
        self.create_busy.setMaximumHeight(6)
        self.create_busy.setTextVisible(False)
        self.create_busy.hide()
        self.create_message = QLabel(box)
        self.create_message.setWordWrap(True)
        self.create_message.setStyleSheet("color: #a4262c;")

        form = QFormLayout(box)
        self.create_box = box
        self.exists_note = QLabel(
            self.tr(
                "A vault already exists on this laptop. Go back to unlock it; to start again, an "
                "administrator wipes it first (Settings, or rrr wipe)."
            ),
            box,
        )
        self.exists_note.setObjectName("vaultExistsNote")
        self.exists_note.setWordWrap(True)
        self.exists_note.hide()
        form.addRow(self.exists_note)
        form.addRow(self.tr("&Organisation"), self.org)
        form.addRow(self.tr("Coun&try"), self.country)
        form.addRow(self.tr("Your &user name"), self.username)
        form.addRow(self.tr("Your &name"), self.display_name)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow("", self.strength_bar)
        form.addRow("", self.strength_hint)
        form.addRow(self.tr("&Repeat passphrase"), self.repeat)
        form.addRow(self.tr("Working &language"), self.language)
        form.addRow(self.create_button)
        form.addRow(self.create_busy)
        form.addRow(self.create_message)
        self._update_strength("")
        return box

    def show_existing(self, exists: bool) -> None:
        """With a vault already here, the set-up form says so instead of offering to make
        a second one that would then be refused."""
        self.exists_note.setVisible(exists)
        for child in self.create_box.findChildren(QWidget):
            if child is not self.exists_note:
                child.setEnabled(not exists)

    def _update_strength(self, text: str) -> None:
        score = strength_rules.strength(text)
        self.strength_bar.setValue(max(int(score), 0))
        self.strength_hint.setText(
            QCoreApplication.translate("passphrase", strength_rules.HINTS[score])
        )
        colour = _STRENGTH_COLOURS[score] if score >= 0 else "palette(mid)"
        self.strength_hint.setStyleSheet(f"color: {colour};")

    def create_vault(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.create_message.setText(self.tr("The two passphrases are not the same."))
            return
        if not strength_rules.accepted(self.passphrase.text()):
            self.create_message.setText(
                QCoreApplication.translate(
                    "passphrase",
                    strength_rules.HINTS[strength_rules.strength(self.passphrase.text())],
                )
            )
            return
        directory, clock = self.vault_dir, self._clock
        org_name = self.org.text().strip()
        country = self.country.text()
        username = self.username.text().strip()
        passphrase = self.passphrase.text()
        display_name = self.display_name.text().strip()
        language = str(self.language.currentData())

        def work(_: TaskProgress) -> Session:
            return vault_service.create_vault(
                directory,
                org_name,
                country,
                username,
                passphrase,
                display_name=display_name,
                language=language,
                clock=clock,
            )

        self._start(self.create_busy, self.create_message, self.create_button)
        run_for(
            self,
            work,
            lambda s: self._finish(s, "real"),
            self._error(self.create_busy, self.create_message, self.create_button),
        )

    # -- demo vault -----------------------------------------------------------------------

    def _build_demo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Just looking? Open the demo vault"), self)
        text = QLabel(
            self.tr(
                "A separate vault filled with {count} invented cases, for training and "
                "trying things out. Nothing you do there touches real data."
            ).format(count=self._demo_cases),
            box,
        )
        text.setWordWrap(True)
        creds = QLabel(
            self.tr("User: {user}\nPassphrase: {passphrase}").format(
                user=demo.DEMO_USER, passphrase=demo.DEMO_PASSPHRASE
            ),
            box,
        )
        creds.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_button = QPushButton(self.tr("Open &demo vault"), box)
        self.demo_button.clicked.connect(self.open_demo)
        self.demo_progress = QProgressBar(box)
        self.demo_progress.hide()
        self.demo_message = QLabel(box)
        self.demo_message.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addWidget(creds)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.demo_progress)
        layout.addWidget(self.demo_message)
        layout.addStretch(1)
        return box

    def open_demo(self) -> None:
        directory, clock, count = self.demo_dir, self._clock, self._demo_cases
        creating = not vault_service.exists(directory)
        self.demo_message.setText(
            self.tr("Creating {count} invented cases…").format(count=count)
            if creating
            else self.tr("Opening the demo vault…")
        )
        self.demo_progress.setRange(0, 0)

        def work(progress: TaskProgress) -> Session:
            return demo.open_or_create_demo(
                directory, cases=count, clock=clock, progress=progress.report
            )

        def on_progress(done: int, total: int) -> None:
            self.demo_progress.setRange(0, total)
            self.demo_progress.setValue(done)

        self._start(self.demo_progress, self.demo_message, self.demo_button)
        run_for(
            self,
            work,
            lambda s: self._finish(s, "demo"),
            self._error(self.demo_progress, self.demo_message, self.demo_button),
            on_progress,
        )

    # -- shared ---------------------------------------------------------------------------

    def _start(self, bar: QProgressBar, message: QLabel, button: QPushButton) -> None:
        bar.show()
        self.create_button.setEnabled(False)
        self.demo_button.setEnabled(False)
        if message is self.create_message:
            message.setText(self.tr("Creating the vault…"))

    def _finish(self, session: Session, kind: str) -> None:
        self.create_busy.hide()
        self.demo_progress.hide()
        self.create_button.setEnabled(True)
        self.demo_button.setEnabled(True)
        self.passphrase.clear()
        self.repeat.clear()
        self.opened.emit(session, kind)

    def _error(
        self, bar: QProgressBar, message: QLabel, button: QPushButton
    ) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            bar.hide()
            self.create_button.setEnabled(True)
            self.demo_button.setEnabled(True)
            if isinstance(exc, KnownError):
                message.setText(error_text(exc))
            else:
                message.setText(
                    self.tr("Something went wrong ({kind}).").format(kind=type(exc).__name__)
                )

        return show
