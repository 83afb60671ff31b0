"""Users and roles (administrators): add, disable or enable, change the role, remove (the
data key is rotated in a worker), and make a new recovery key."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.org import User
from rrr_desktop.errors import KnownError
from rrr_desktop.services import vault_service
from rrr_desktop.ui.admin.recovery_dialog import RecoveryKeyDialog
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.labels import label
from rrr_desktop.ui.layout import about_label, record_table, say, status_label
from rrr_desktop.ui.tasks import TaskProgress, run_for

# What each choice gives: the roles a user holds (one choice, the usual combinations).
ROLE_CHOICES: dict[str, list[Role]] = {
    "caseworker": [Role.CASEWORKER],
    "supervisor": [Role.SUPERVISOR, Role.CASEWORKER],
    "data_officer": [Role.DATA_OFFICER],
    "admin": [Role.ADMIN, Role.SUPERVISOR, Role.CASEWORKER],
}


def _choice_of(user: User) -> str:
    for key, roles in reversed(list(ROLE_CHOICES.items())):
        if set(roles) <= set(user.roles):
            return key
    return "caseworker"


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        for key, roles in ROLE_CHOICES.items():
            self.role.addItem(label(roles[0]), key)
        self.passphrase = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(
            self.tr(
                "Give the first passphrase to the person in private; they change it with "
                "Settings → Vault → Change my passphrase."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Name shown"), self.display_name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("First &passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat the passphrase"), self.repeat)
        form.addRow(hint)
        form.addRow(buttons)


class UsersBox(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersBox")
        self.ctx = ctx
        self.users: list[User] = []
        self.table = record_table(
            self,
            "users",
            [self.tr("User name"), self.tr("Name shown"), self.tr("Role"), self.tr("Status")],
        )
        self.add_button = QPushButton(self.tr("&Add a user…"), self)
        self.add_button.clicked.connect(self.ask_new_user)
        self.active_button = QPushButton(self.tr("&Disable"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role of the chosen user"))
        for key, roles in ROLE_CHOICES.items():
            self.role.addItem(label(roles[0]), key)
        self.role_button = QPushButton(self.tr("Change the &role"), self)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button = QPushButton(self.tr("Re&move…"), self)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.recovery_button = QPushButton(self.tr("New recovery &key…"), self)
        self.recovery_button.clicked.connect(lambda: self.new_recovery_key())
        self.rotate_button = QPushButton(self.tr("&Change the vault's key"), self)
        self.rotate_button.setToolTip(
            self.tr(
                "Done by itself when a user is removed. Needs the vault closed in every other "
                "window and 'rrr' command."
            )
        )
        self.rotate_button.clicked.connect(self.rotate_key)
        self.status = status_label(self, "usersStatus")
        about = about_label(
            self,
            self.tr(
                "Removing a user deletes their key and changes the vault's key, so a copy of "
                "their key taken earlier opens nothing made from now on. Their name stays in "
                "the audit log."
            ),
        )
        row = QHBoxLayout()
        for widget in (
            self.add_button,
            self.active_button,
            self.role,
            self.role_button,
            self.remove_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        keys = QHBoxLayout()
        keys.addWidget(self.recovery_button)
        keys.addWidget(self.rotate_button)
        keys.addStretch(1)
        layout.addLayout(keys)
        layout.addWidget(self.status)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        self.users = vault_service.list_users(self.ctx.session)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            roles = ROLE_CHOICES[_choice_of(user)]
            values = (
                user.username,
                user.display_name,
                label(roles[0]),
                self.tr("active") if user.active else self.tr("disabled"),
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        user = self._selected()
        other = user is not None and user.username != self.ctx.session.user.username
        for widget in (self.active_button, self.role, self.role_button, self.remove_button):
            widget.setEnabled(other)
        if user is not None:
            self.active_button.setText(
                self.tr("&Enable") if not user.active else self.tr("&Disable")
            )
            self.role.setCurrentIndex(max(self.role.findData(_choice_of(user)), 0))

    def _say(self, text: str, error: bool = False) -> None:
        say(self.status, text, error)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, KnownError):  # a removal may stand while its rotation failed
            self.reload()
        if isinstance(exc, KnownError):
            self._say(error_text(exc), error=True)
        else:
            self._say(
                self.tr("That did not work ({kind}).").format(kind=type(exc).__name__), error=True
            )

    def ask_new_user(self) -> None:
        dialog = AddUserDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_user(
                dialog.username.text(),
                dialog.display_name.text(),
                str(dialog.role.currentData()),
                dialog.passphrase.text(),
                dialog.repeat.text(),
            )

    def add_user(
        self, username: str, display_name: str, role: str, passphrase: str, repeat: str
    ) -> None:
        if passphrase != repeat:
            self._say(self.tr("The two passphrases are not the same."), error=True)
            return
        session = self.ctx.session

        def work(_progress: TaskProgress) -> User:
            return vault_service.add_user(
                session, username, passphrase, ROLE_CHOICES[role], display_name
            )

        self.setEnabled(False)
        self._say(self.tr("Adding the user…"))
        run_for(self, work, self._added, self._failed)

    def _added(self, user: User) -> None:
        self.setEnabled(True)
        self.reload()
        self._say(self.tr("{user} can now unlock this vault.").format(user=user.username))

    def toggle_active(self) -> None:
        user = self._selected()
        if user is None:
            return
        try:
            vault_service.set_active(self.ctx.session, user.username, not user.active)
        except KnownError as exc:
            self._say(error_text(exc), error=True)
            return
        self.reload()
        self._say(
            self.tr("{user} is disabled: their passphrase opens nothing.").format(
                user=user.username
            )
            if user.active
            else self.tr("{user} can unlock again.").format(user=user.username)
        )

    def change_role(self) -> None:
        user = self._selected()
        if user is None:
            return
        roles = ROLE_CHOICES[str(self.role.currentData())]
        try:
            vault_service.set_roles(self.ctx.session, user.username, roles)
        except KnownError as exc:
            self._say(error_text(exc), error=True)
            return
        self.reload()
        self._say(
            self.tr("{user} is now: {role}.").format(user=user.username, role=label(roles[0]))
        )

    def remove_selected(self, confirm: bool = True) -> None:
        user = self._selected()
        if user is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove the user?"),
                self.tr(
                    "Remove {user}? Their key is deleted and the vault's key is changed "
                    "(this takes a moment). Backups made before keep the old key."
                ).format(user=user.username),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        session = self.ctx.session

        def work(_progress: TaskProgress) -> str:
            vault_service.remove_user(session, user.username)
            return user.username

        self.setEnabled(False)
        self._say(self.tr("Removing the user and changing the vault's key…"))
        run_for(self, work, self._removed, self._failed)

    def _removed(self, username: str) -> None:
        self.setEnabled(True)
        self.reload()
        self._say(self.tr("{user} was removed; the vault's key was changed.").format(user=username))

    def rotate_key(self) -> None:
        session = self.ctx.session

        def work(_progress: TaskProgress) -> None:
            vault_service.rotate_data_key(session)

        self.setEnabled(False)
        self._say(self.tr("Changing the vault's key…"))
        run_for(self, work, self._rotated, self._failed)

    def _rotated(self, _result: object) -> None:
        self.setEnabled(True)
        self._say(
            self.tr("The vault's key was changed: earlier copies of the key slots open nothing.")
        )

    def new_recovery_key(self, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("New recovery key?"),
                self.tr(
                    "A new recovery key is made and shown once; the old one stops "
                    "working. Continue?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        session = self.ctx.session

        def work(_progress: TaskProgress) -> str:
            return vault_service.create_recovery_key(session)

        self._say(self.tr("Making a new recovery key…"))
        run_for(self, work, self._show_key, self._failed)

    def _show_key(self, key: str) -> None:
        self._say(self.tr("A new recovery key was made; the old one no longer works."))
        self.key_dialog = RecoveryKeyDialog(key, self)
        self.key_dialog.open()
