"""Marks that make a printout checkable: a short code on every page and a QR code holding
it with the installation's signature.

The code is random (it says nothing about the person or the case); the vault keeps what
was printed under it (document, case version, time, the file's fingerprint), so a paper
or a PDF can be checked later: printed here, unchanged, and whether the case has changed
since. The signature covers the code, the kind of document, the time and the case
version, so a code made up elsewhere is not accepted.
"""

import base64
import dataclasses
import re
import secrets

from rrr_desktop.domain.casefile import CODE_ALPHABET

CODE_LENGTH = 8
CODE_RE = re.compile(rf"RRR-([{CODE_ALPHABET}]{{4}})-([{CODE_ALPHABET}]{{4}})")
QR_PREFIX = "RRR1:"
KINDS = {"checklist": "C", "info_sheet": "I", "embassy_letter": "E", "plan": "P"}


@dataclasses.dataclass(frozen=True)
class PrintMark:
    code: str  # CODE_LENGTH characters of CODE_ALPHABET
    kind: str
    printed_at: str  # ISO time, to the second, UTC
    case_version: str  # the case record's version when printed
    installation: str  # fingerprint of the printing installation's keys
    signature: bytes = b""

    @property
    def shown(self) -> str:
        """As printed and typed: ``RRR-K7MX-3QAD``."""
        return f"RRR-{self.code[:4]}-{self.code[4:]}"

    def payload(self) -> bytes:
        return "|".join(
            (
                "RRR-PRINT/1",
                self.code,
                self.kind,
                self.printed_at,
                self.case_version,
                self.installation,
            )
        ).encode()

    def qr_text(self) -> str:
        """Letters, digits and ':' only, so the QR uses its compact alphanumeric mode."""
        signature = base64.b32encode(self.signature).decode().rstrip("=")
        return f"{QR_PREFIX}{self.code}:{signature}"


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def code_in(text: str) -> str | None:
    """The code printed in ``text`` (a PDF's text, or what a person typed), if any."""
    normalised = text.upper()
    found = CODE_RE.search(normalised) or CODE_RE.search("RRR-" + normalised.strip())
    if found is None:
        compact = re.sub(r"[\s\-]", "", normalised)
        compact = compact.removeprefix("RRR")
        if len(compact) == CODE_LENGTH and all(c in CODE_ALPHABET for c in compact):
            return compact
        return None
    return found.group(1) + found.group(2)


def parse_qr(text: str) -> tuple[str, bytes] | None:
    """(code, signature) from a scanned QR code's text; None if it is not ours."""
    if not text.startswith(QR_PREFIX):
        return None
    body = text[len(QR_PREFIX) :]
    code, _, signature = body.partition(":")
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return None
    try:
        raw = base64.b32decode(signature + "=" * (-len(signature) % 8))
    except ValueError:
        return None
    return code, raw
