"""Interface preferences kept in QSettings: geometry, language, idle minutes. Nothing else.

No personal data and no case reference ever goes here (a canary test checks the file).
"""

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_IDLE_MINUTES = 5


class Prefs:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "rrr-desktop", "rrr-desktop"
        )

    @property
    def language(self) -> str:
        return str(self.settings.value("ui/language", "en"))

    @language.setter
    def language(self, code: str) -> None:
        self.settings.setValue("ui/language", code)

    @property
    def idle_minutes(self) -> int:
        try:
            value = int(str(self.settings.value("security/idle_minutes", DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            value = DEFAULT_IDLE_MINUTES
        return max(1, min(value, 120))

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        self.settings.setValue("security/idle_minutes", int(minutes))

    @property
    def last_vault_kind(self) -> str:
        """ "real" or "demo": which vault the lock screen offers when both could exist."""
        return str(self.settings.value("vault/kind", "real"))

    @last_vault_kind.setter
    def last_vault_kind(self, kind: str) -> None:
        self.settings.setValue("vault/kind", kind)

    def geometry(self) -> QByteArray | None:
        value = self.settings.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self.settings.setValue("ui/geometry", value)

    def sync(self) -> None:
        self.settings.sync()
