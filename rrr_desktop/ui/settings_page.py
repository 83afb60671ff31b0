"""Settings: this computer (interface language, idle lock), the vault (backup, restore,
passphrase, duress), and for the roles that may change them the organisation's users,
public holidays and retention. No personal data is kept in the settings file."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.enums import Role
from rrr_desktop.i18n import DRAFTED_BY_MACHINE, LANGUAGES
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.prefs import Prefs
from rrr_desktop.ui.vault_admin import VaultAdminBox


class SettingsPage(QWidget):
    idleMinutesChanged = Signal(int)
    languageChosen = Signal(str)  # the main window applies it without losing work

    def __init__(self, ctx: UiContext, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.ctx = ctx
        self.prefs = prefs
        heading = QLabel(self.tr("Settings"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.language = QComboBox(self)
        self.language.setObjectName("languagePicker")
        for code, name in LANGUAGES.items():  # each language in its own name and script
            self.language.addItem(name, code)
        index = self.language.findData(prefs.language)
        self.language.setCurrentIndex(max(index, 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel(self)
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.draft_note = QLabel(self)
        self.draft_note.setObjectName("translationStatus")
        self.draft_note.setWordWrap(True)
        self.draft_note.setStyleSheet("color: palette(mid);")
        self._show_draft_note(prefs.language)
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(prefs.idle_minutes)
        self.idle.valueChanged.connect(self._idle_changed)
        session = ctx.session
        form = QFormLayout()
        form.addRow(self.tr("Interface &language"), self.language)
        form.addRow("", self.draft_note)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Lock after inactivity"), self.idle)
        form.addRow(self.tr("Vault folder"), QLabel(str(session.shown_directory), self))
        form.addRow(self.tr("Device"), QLabel(session.device_id, self))
        keys = QLabel(
            self.tr("Ctrl+L locks now. F12 or Esc twice: quick exit (hides everything and locks)."),
            self,
        )
        keys.setWordWrap(True)
        computer = QWidget(self)
        column = QVBoxLayout(computer)
        column.addLayout(form)
        column.addWidget(keys)
        column.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(computer, self.tr("This computer"))
        self.vault_admin = VaultAdminBox(ctx, self)
        self.tabs.addTab(self.vault_admin, self.tr("Vault and backup"))
        user = session.user
        if user.has_role(Role.ADMIN):
            from rrr_desktop.ui.admin.users_box import UsersBox

            self.users = UsersBox(ctx, self)
            self.tabs.addTab(self.users, self.tr("Users and roles"))
        if user.is_supervisor:
            from rrr_desktop.ui.admin.holidays_box import HolidaysBox
            from rrr_desktop.ui.admin.retention_box import RetentionBox

            self.holidays = HolidaysBox(ctx, self)
            self.tabs.addTab(self.holidays, self.tr("Public holidays"))
            self.retention = RetentionBox(ctx, self)
            self.tabs.addTab(self.retention, self.tr("Retention"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def _language_changed(self, _index: int) -> None:
        code = str(self.language.currentData())
        self._show_draft_note(code)
        self.languageChosen.emit(code)

    def _show_draft_note(self, code: str) -> None:
        self.draft_note.setVisible(code in DRAFTED_BY_MACHINE)
        self.draft_note.setText(
            self.tr(
                "This translation was drafted by machine and awaits review by a native "
                "speaker. Tell your administrator about any wording that is wrong."
            )
        )

    def show_pending(self) -> None:
        """The language waits until open case files are saved, so no typing is lost."""
        self.language_note.setText(
            self.tr(
                "The new language applies as soon as the case files with unsaved changes "
                "are saved or closed. Nothing you typed is lost."
            )
        )

    def _idle_changed(self, minutes: int) -> None:
        self.prefs.idle_minutes = minutes
        self.idleMinutesChanged.emit(minutes)
