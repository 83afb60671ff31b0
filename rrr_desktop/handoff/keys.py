"""Installation identity (X25519 for receiving, Ed25519 for signing) and contact cards.

A contact card is the public half: organisation, device, age recipient and signing key,
self-signed so a damaged card is noticed. People compare its short fingerprint by phone
or in person before they trust it. Cards hold no data of assisted persons.
"""

import base64
import dataclasses
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.org import Organisation
from rrr_desktop.domain.text_rules import one_line
from rrr_desktop.errors import BundleRejected
from rrr_desktop.vault import handoff_tables
from rrr_desktop.vault.db import Connection

CARD_FORMAT = "rrr-contact-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 64 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(age_recipient: str, signing_key: str) -> str:
    """Short, readable: 20 hex digits of SHA-256 over both public keys, in groups of 4."""
    digest = hashlib.sha256(f"{age_recipient}\n{signing_key}".encode()).hexdigest()[:20].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def normalise_fingerprint(text: str) -> str:
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


@dataclasses.dataclass(frozen=True)
class ContactCard:
    org_id: str
    org_name: str
    country: str
    device_id: str
    age_recipient: str
    signing_key: str  # base64 of the raw 32-byte Ed25519 public key
    created_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.signing_key)

    def body(self) -> dict[str, Any]:
        return {"format": CARD_FORMAT, "version": CARD_VERSION} | dataclasses.asdict(self)

    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(_unb64(self.signing_key))


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


@dataclasses.dataclass(frozen=True)
class Identity:
    """The private keys of this installation; stored only inside the encrypted vault."""

    age_secret: str
    signing_secret: str  # base64 of the raw 32-byte Ed25519 private key

    @classmethod
    def generate(cls) -> "Identity":
        signing = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives import serialization as ser

        raw = signing.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
        return cls(str(x25519.Identity.generate()), _b64(raw))

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> "Identity":
        data = json.loads(text)
        return cls(str(data["age_secret"]), str(data["signing_secret"]))

    def age_identity(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.age_secret)

    @property
    def age_recipient(self) -> str:
        return str(self.age_identity().to_public())

    def signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(_unb64(self.signing_secret))

    @property
    def signing_key(self) -> str:
        from cryptography.hazmat.primitives import serialization as ser

        raw = self.signer().public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
        return _b64(raw)

    def sign(self, data: bytes) -> bytes:
        return self.signer().sign(data)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.signing_key)

    def card(
        self, org_id: str, org_name: str, country: str, device_id: str, created_at: str
    ) -> ContactCard:
        return ContactCard(
            org_id, org_name, country, device_id, self.age_recipient, self.signing_key, created_at
        )

    def card_file(self, card: ContactCard) -> bytes:
        body = card.body()
        return (
            json.dumps(
                body | {"signature": _b64(self.sign(canonical(body)))}, indent=1, ensure_ascii=False
            ).encode()
            + b"\n"
        )


def verify_signature(signing_key: str, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(signing_key)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def parse_card(raw: bytes) -> ContactCard:
    """Read a card file; refuse anything damaged, unsigned or of another format."""
    bad = BundleRejected(
        QT_TRANSLATE_NOOP(
            "errors", "This file is not a valid RRR contact card; ask for a new card file."
        )
    )
    if len(raw) > MAX_CARD_BYTES:
        raise bad
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
            raise bad
        if data.get("version") != CARD_VERSION:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This contact card comes from a newer version of RRR Desktop; update RRR "
                    "Desktop here first.",
                )
            )
        signature = _unb64(str(data.pop("signature")))
        fields = {f.name: str(data[f.name]) for f in dataclasses.fields(ContactCard)}
        card = ContactCard(**fields)
        for text in (card.org_name, card.org_id, card.country, card.device_id):
            one_line(text)  # no control or direction characters in what is shown and printed
        # an organisation this vault could become (a join copies it): a card with a country
        # "ZZZ" or a one-letter name left a joined vault that no command could open
        Organisation.model_validate(
            {"id": card.org_id, "name": card.org_name, "country": card.country}
        )
        if not card.org_id.strip() or card.country != card.country.strip().upper():
            raise bad
        x25519.Recipient.from_str(card.age_recipient)
        if not verify_signature(card.signing_key, canonical(card.body()), signature):
            raise bad
    except BundleRejected:
        raise
    except Exception as exc:  # any malformed card is the same refusal
        raise bad from exc
    return card


def load_identity(conn: Connection) -> Identity | None:
    text = handoff_tables.identity_text(conn)
    return Identity.from_json(text) if text else None


def save_identity(conn: Connection, identity: Identity) -> None:
    handoff_tables.save_identity_text(conn, identity.to_json())
