"""The lock screen: user, passphrase, a clear message and a growing delay after mistakes.

Unlocking derives the key with Argon2id (about half a second), so it runs in a worker
while a busy bar shows; the window never freezes.
"""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import KnownError, WrongPassphrase
from rrr_desktop.services import vault_service
from rrr_desktop.services.clock import Clock
from rrr_desktop.services.demo import DEMO_PASSPHRASE, DEMO_USER
from rrr_desktop.services.session import Session
from rrr_desktop.ui.bidi import isolate
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.tasks import TaskProgress, run_for

MAX_DELAY_SECONDS = 60


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try: none after the first slip, then doubling."""
    if failures < 2:
        return 0
    return int(min(2 ** (failures - 1), MAX_DELAY_SECONDS))


class LockScreen(QWidget):
    unlocked = Signal(object)  # Session
    setupRequested = Signal()

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._clock = clock
        self._directory = Path()
        self.failures = 0
        self.tick_ms = 1000  # tests shorten the countdown; the rule stays the same
        self._remaining = 0
        self.countdown = QTimer(self)
        self.countdown.timeout.connect(self._tick)

        card = QFrame(self)
        card.setObjectName("card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(480)
        title = QLabel(self.tr("RRR Desktop is locked"), card)
        title.setObjectName("title")
        self.title = title
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.vault_label = QLabel(card)
        self.vault_label.setWordWrap(True)
        self.vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint = QLabel(card)
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user = QComboBox(card)
        self.user.setEditable(True)
        self.passphrase = QLineEdit(card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("&Unlock"), card)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.busy = QProgressBar(card)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.message = QLabel(card)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4262c;")
        self.setup_button = QPushButton(self.tr("Set up a new vault or open the demo…"), card)
        self.setup_button.setFlat(True)
        self.setup_button.clicked.connect(self.setupRequested.emit)

        form = QFormLayout()
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        inner = QVBoxLayout(card)
        inner.addWidget(title)
        inner.addWidget(self.vault_label)
        inner.addWidget(self.demo_hint)
        inner.addLayout(form)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.busy)
        inner.addWidget(self.message)
        inner.addWidget(self.setup_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def show_vault(self, directory: Path, demo: bool = False, neutral: bool = False) -> None:
        """Prepare for unlocking ``directory``; users listed, passphrase empty. ``neutral``
        (after a quick exit): nothing on screen says what the program is or where it keeps
        its data, for whoever looks over the shoulder."""
        self._directory = directory
        self.title.setText(self.tr("Notes") if neutral else self.tr("RRR Desktop is locked"))
        self.vault_label.setVisible(not neutral)
        self.vault_label.setText(self.tr("Vault: {path}").format(path=isolate(directory)))
        self.user.clear()
        names = vault_service.usernames(directory) if vault_service.exists(directory) else []
        self.user.addItems(names)
        self.demo_hint.setVisible(demo)
        if demo:
            self.demo_hint.setText(
                self.tr(
                    "Demo vault with invented cases only.\nUser: {user}\nPassphrase: {passphrase}"
                ).format(user=DEMO_USER, passphrase=DEMO_PASSPHRASE)
            )
            self.user.setCurrentText(DEMO_USER)
        self.passphrase.clear()
        self.message.clear()
        self._set_busy(False)
        self.setup_button.setEnabled(True)
        self.passphrase.setFocus()

    def show_working(self, text: str) -> None:
        """Something is done to the vault while it is locked (a restore): no unlocking and
        no set-up until ``show_vault`` again. (Only here: during an unlock the set-up button
        stays enabled, so the keyboard focus has somewhere to go.)"""
        self._set_busy(True)
        self.setup_button.setEnabled(False)
        self.message.setText(text)

    @property
    def directory(self) -> Path:
        return self._directory

    def try_unlock(self) -> None:
        if self.busy.isVisible() or self._remaining > 0:
            return
        username = self.user.currentText().strip()
        passphrase = self.passphrase.text()
        if not username or not passphrase:
            self.message.setText(self.tr("Enter your user name and passphrase."))
            return
        self.passphrase.clear()
        self.message.setText(self.tr("Unlocking…"))
        self._set_busy(True)
        directory, clock = self._directory, self._clock

        def work(_: TaskProgress) -> Session:
            return vault_service.open_session(directory, username, passphrase, clock)

        run_for(self, work, self._done, self._failed)

    def _done(self, session: Session) -> None:
        self._set_busy(False)
        self.failures = 0
        self.message.clear()
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, KnownError) and not isinstance(exc, WrongPassphrase):
            # A full disk, a damaged file, a disabled user: said as it is, and no waiting
            # (only guessing is slowed down).
            self.message.setText(error_text(exc))
            self.passphrase.setFocus()
            return
        self.failures += 1
        if isinstance(exc, WrongPassphrase):
            text = self.tr("The user name or passphrase is not correct.")
        else:
            text = self.tr("The vault could not be opened ({kind}).").format(
                kind=type(exc).__name__
            )
        wait = delay_after(self.failures)
        if wait:
            self._remaining = wait
            self.unlock_button.setEnabled(False)
            self.passphrase.setEnabled(False)
            self.countdown.start(self.tick_ms)
            text += " " + self.tr("Please wait {seconds} s before the next try.").format(
                seconds=wait
            )
        self.message.setText(text)
        self.passphrase.setFocus()

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self.countdown.stop()
            self._remaining = 0
            self.unlock_button.setEnabled(True)
            self.passphrase.setEnabled(True)
            self.message.setText(self.tr("You can try again now."))
            self.passphrase.setFocus()
        else:
            self.message.setText(
                self.tr("Please wait {seconds} s before the next try.").format(
                    seconds=self._remaining
                )
            )

    @property
    def waiting(self) -> bool:
        return self._remaining > 0

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy and self._remaining == 0)
        self.user.setEnabled(not busy)
        self.passphrase.setEnabled(not busy and self._remaining == 0)
