"""Errors a user can act on. Each carries one clear sentence for the dialog or the CLI.

Anything not derived from ``KnownError`` is a bug and stays loud.
"""

from typing import Any


class KnownError(Exception):
    """A failure the user can understand and act on; ``str(err)`` is the sentence to show."""


class WrongPassphrase(KnownError):
    def __init__(self) -> None:
        super().__init__("The user name or passphrase is not correct.")


class VaultNotFound(KnownError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"No vault found in {where}. Create one with 'rrr init' or the set-up window."
        )


class VaultExists(KnownError):
    def __init__(self, where: str) -> None:
        super().__init__(f"A vault already exists in {where}; refusing to overwrite it.")


class VaultCorrupt(KnownError):
    pass


class VaultLocked(KnownError):
    def __init__(self) -> None:
        super().__init__("The vault is locked. Unlock it to continue.")


class NotFound(KnownError):
    pass


class PermissionDenied(KnownError):
    pass


class GateBlocked(KnownError):
    """A workflow gate refused a step; ``reasons`` are domain ``Reason`` objects."""

    def __init__(self, message: str, reasons: list[Any]) -> None:
        super().__init__(message)
        self.reasons = reasons


class InvalidInput(KnownError):
    pass


class DiskFull(KnownError):
    def __init__(self) -> None:
        super().__init__("The disk is full: nothing was saved. Free some space and try again.")


class BundleRejected(KnownError):
    pass


class BundleReplayed(BundleRejected):
    """A bundle applied here already (a stick read twice): refused, nothing changes."""

    def __init__(self) -> None:
        super().__init__("This bundle was already imported; importing it again is refused.")
