"""Errors a user can act on. Each carries one clear sentence for the dialog or the CLI.

Every message is an English *template* marked ``QT_TRANSLATE_NOOP("errors", ...)`` with
``{placeholders}``, plus the values to put in them. ``str(err)`` is the English sentence
(the CLI prints it); the UI translates the template first (``rrr_desktop.ui.errors``).

Anything not derived from ``KnownError`` is a bug and stays loud.
"""

from typing import Any

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP


class KnownError(Exception):
    """A failure the user can understand and act on; ``str(err)`` is the English sentence.

    ``template`` is the untranslated message (context "errors") and ``values`` fill its
    ``{placeholders}``. Never pass a formatted string as the template: pass the values.
    """

    def __init__(self, template: str = "", /, **values: Any) -> None:
        super().__init__(template)
        self.template = template
        self.values: dict[str, Any] = values

    def __str__(self) -> str:
        return format_message(self.template, self.values)


def format_message(template: str, values: dict[str, Any]) -> str:
    """``template`` with ``values`` filled in; a template without values is shown as it is."""
    if not values:
        return template
    return template.format(**values)


class WrongPassphrase(KnownError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The user name or passphrase is not correct."))


class VaultNotFound(KnownError):
    def __init__(self, where: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "No vault found in {where}. Create one with 'rrr init' or the set-up window.",
            ),
            where=where,
        )


class VaultExists(KnownError):
    def __init__(self, where: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "A vault already exists in {where}; refusing to overwrite it."
            ),
            where=where,
        )


class VaultCorrupt(KnownError):
    pass


class VaultLocked(KnownError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The vault is locked. Unlock it to continue."))


class VaultReadOnly(KnownError):
    """The vault sits on media that cannot be written: it opens for reading only."""

    def __init__(self, where: object = "") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault in {where} is on read-only media (a write-protected stick or a "
                "folder without permission): it is open for reading and reports only. Nothing "
                "can be recorded there, so nothing can be printed or copied out of it either. "
                "To work in it, copy the folder to a writable disk.",
            ),
            where=where,
        )


class NotFound(KnownError):
    pass


class PermissionDenied(KnownError):
    pass


class GateBlocked(KnownError):
    """A workflow gate refused a step; ``reasons`` are domain ``Reason`` objects."""

    def __init__(self, template: str, reasons: list[Any], /, **values: Any) -> None:
        super().__init__(template, **values)
        self.reasons = reasons


class InvalidInput(KnownError):
    pass


class DiskFull(KnownError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The disk is full: nothing was saved. Free some space and try again."
            )
        )


class BundleRejected(KnownError):
    pass


class BundleReplayed(BundleRejected):
    """A bundle applied here already (a stick read twice): refused, nothing changes."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "This bundle was already imported; importing it again is refused."
            )
        )
