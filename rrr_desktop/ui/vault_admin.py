"""Settings box for the vault itself: encrypted backup and changing one's passphrase.

Both pay the Argon2id cost or disk I/O, so they run in a worker with a busy message.
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from rrr_desktop.domain.enums import Role
from rrr_desktop.errors import KnownError
from rrr_desktop.services import restore, vault_service
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_text
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
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"), self)
        self.restore_button.clicked.connect(self._choose_restore_folder)
        self.restore_button.setVisible(ctx.session.user.has_role(Role.ADMIN))
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
        form.addRow(self.restore_button)
        form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Repeat new passphrase"), self.repeat)
        form.addRow("", self.change_button)
        # Administrators: a passphrase to type under coercion (docs/security.md).
        self.duress = QLineEdit(self)
        self.duress_repeat = QLineEdit(self)
        for edit in (self.duress, self.duress_repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.duress_shreds = QCheckBox(
            self.tr("Typing it also destroys the real key slots on this laptop"), self
        )
        self.duress_button = QPushButton(self.tr("Set the &duress passphrase"), self)
        self.duress_button.clicked.connect(self.set_duress)
        if ctx.session.user.has_role(Role.ADMIN):
            about = QLabel(
                self.tr(
                    "A duress passphrase, typed at the lock screen when someone forces you to "
                    "unlock, opens an empty vault of this organisation instead of this one."
                ),
                self,
            )
            about.setWordWrap(True)
            form.addRow(about)
            form.addRow(self.tr("Duress passphrase"), self.duress)
            form.addRow(self.tr("Repeat duress passphrase"), self.duress_repeat)
            form.addRow("", self.duress_shreds)
            form.addRow("", self.duress_button)
        else:
            for widget in (self.duress, self.duress_repeat, self.duress_shreds, self.duress_button):
                widget.hide()
        form.addRow(self.status)

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder"))
        if folder:
            self.backup_to(Path(folder))

    def _choose_restore_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"))
        if folder:
            self.restore_from(Path(folder))

    def restore_from(self, folder: Path) -> bool:
        """Shows what is newer where, asks, then hands over to the window (which locks
        first). Returns whether the restore was asked for."""
        try:
            plan = restore.plan_restore(folder, self.ctx.session.directory)
        except KnownError as exc:
            self.status.setText(error_text(exc))
            return False
        lines = [
            self.tr("The backup was made on {made}.").format(made=date_text(plan.backup_made)),
            self.tr("The vault here was last changed on {changed}.").format(
                changed=date_text(plan.here_changed)
            )
            if plan.here_changed
            else self.tr("There is no vault here yet."),
        ]
        if not plan.same_vault and plan.here_changed:
            lines.append(self.tr("The backup is of ANOTHER vault."))
        if plan.newer_here:
            lines.append(self.tr("Changes made here after the backup will be set aside."))
        lines.append(
            self.tr(
                "RRR Desktop locks, restores the backup, and keeps the vault it replaces in a "
                "folder beside it. Restore now?"
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        passphrase, given = QInputDialog.getText(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Your passphrase in the backup. The backup is opened and checked with it "
                "before anything here is replaced."
            ),
            QLineEdit.EchoMode.Password,
        )
        if not given or not passphrase:
            return False
        self.ctx.restoreRequested.emit(str(folder), passphrase)
        return True

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

    def set_duress(self) -> None:
        duress, shreds = self.duress.text(), self.duress_shreds.isChecked()
        if duress != self.duress_repeat.text():
            self.status.setText(self.tr("The two duress passphrases differ."))
            return
        session = self.ctx.session
        self._busy(self.tr("Setting the duress passphrase…"))

        def work(_progress: TaskProgress) -> None:
            vault_service.set_duress(session, duress, shreds)

        def done(_result: object) -> None:
            for edit in (self.duress, self.duress_repeat):
                edit.clear()
            self._done(self.tr("Duress passphrase set."))

        run_for(self, work, done, self._failed)

    def _busy(self, text: str) -> None:
        self.backup_button.setEnabled(False)
        self.change_button.setEnabled(False)
        self.duress_button.setEnabled(False)
        self.status.setText(text)

    def _done(self, text: str) -> None:
        for edit in (self.old, self.new, self.repeat):
            edit.clear()
        self.backup_button.setEnabled(True)
        self.change_button.setEnabled(True)
        self.duress_button.setEnabled(True)
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.change_button.setEnabled(True)
        self.duress_button.setEnabled(True)
        if isinstance(exc, KnownError):
            self.status.setText(error_text(exc))
        else:
            self.status.setText(self.tr("That did not work; nothing was changed."))
            raise exc
