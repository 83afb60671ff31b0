"""Settings box for the vault itself: encrypted backup and changing one's passphrase.

Both pay the Argon2id cost or disk I/O, so they run in a worker with a busy message.
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from rrr_desktop.errors import KnownError
from rrr_desktop.services import vault_service
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.tasks import TaskProgress, run_for


class VaultAdminBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Vault"))
        self.ctx = ctx
        self.backup_button = QPushButton(self.tr("&Back up to a folder…"), self)
        self.backup_button.clicked.connect(self._choose_backup_folder)
        self.old = QLineEdit(self)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit in (self.old, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.change_button = QPushButton(self.tr("&Change my passphrase"), self)
        self.change_button.clicked.connect(self.change_passphrase)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("vaultAdminStatus")
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(
            QLabel(self.tr("An encrypted copy; it opens with the same passphrases."), self), 1
        )
        form = QFormLayout(self)
        form.addRow(backup_row)
        form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Repeat new passphrase"), self.repeat)
        form.addRow("", self.change_button)
        form.addRow(self.status)

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder"))
        if folder:
            self.backup_to(Path(folder))

    def backup_to(self, folder: Path) -> None:
        session = self.ctx.session
        self._busy(self.tr("Writing the encrypted backup…"))

        def work(_progress: TaskProgress) -> Path:
            return vault_service.backup(session, folder)

        def done(out: Path) -> None:
            self._done(self.tr("Backup written to {folder}.").format(folder=out))

        run_for(self, work, done, self._failed)

    def change_passphrase(self) -> None:
        old, new = self.old.text(), self.new.text()
        if new != self.repeat.text():
            self.status.setText(self.tr("The two new passphrases differ."))
            return
        session = self.ctx.session
        self._busy(self.tr("Changing the passphrase…"))

        def work(_progress: TaskProgress) -> None:
            vault_service.change_passphrase(session, old, new)

        run_for(self, work, lambda _r: self._done(self.tr("Passphrase changed.")), self._failed)

    def _busy(self, text: str) -> None:
        self.backup_button.setEnabled(False)
        self.change_button.setEnabled(False)
        self.status.setText(text)

    def _done(self, text: str) -> None:
        for edit in (self.old, self.new, self.repeat):
            edit.clear()
        self.backup_button.setEnabled(True)
        self.change_button.setEnabled(True)
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.change_button.setEnabled(True)
        if isinstance(exc, KnownError):
            self.status.setText(error_text(exc))
        else:
            self.status.setText(self.tr("That did not work; nothing was changed."))
            raise exc
