"""Key slots: the random data key, wrapped per user by an Argon2id-derived key.

The slot file sits beside the database in plaintext, so it holds only what is needed to
unwrap: user names of staff, KDF parameters, salts, nonces and ciphertext. Never data of
assisted persons. Changing a passphrase rewraps one slot; the database is untouched.
"""

import base64
import dataclasses
import json
import os
import secrets
import time
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rrr_desktop import files
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import VaultCorrupt, WrongPassphrase

SLOT_FILE = "keyslots.json"
FORMAT = 1
DATA_KEY_BYTES = 32


@dataclasses.dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default costs ~0.5 s on the reference 2-core machine."""

    time_cost: int = 3
    memory_kib: int = 256 * 1024
    parallelism: int = 4

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)


# Tests need many vaults; this profile is only selected explicitly (never by default).
FAST_INSECURE_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def default_kdf() -> KdfParams:
    if os.environ.get("RRR_INSECURE_FAST_KDF_FOR_TESTS") == "1":
        return FAST_INSECURE_KDF
    return KdfParams()


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclasses.dataclass
class KeySlot:
    slot_id: str
    username: str
    kind: str  # "passphrase" or "recovery"
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def aad(self, vault_id: str) -> bytes:
        return f"rrr-slot|{vault_id}|{self.slot_id}|{self.username}|{self.kind}".encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "username": self.username,
            "kind": self.kind,
            "kdf": {"alg": "argon2id", **self.kdf.as_dict()},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> "KeySlot":
        kdf = dict(raw["kdf"])
        if kdf.pop("alg") != "argon2id":
            raise VaultCorrupt(
                QT_TRANSLATE_NOOP("errors", "A key slot uses an unknown key derivation.")
            )
        return cls(
            slot_id=raw["slot_id"],
            username=raw["username"],
            kind=raw["kind"],
            kdf=KdfParams(**kdf),
            salt=_unb64(raw["salt"]),
            nonce=_unb64(raw["nonce"]),
            wrapped=_unb64(raw["wrapped"]),
        )


def wrap_key(
    data_key: bytes, vault_id: str, username: str, passphrase: str, kind: str, kdf: KdfParams
) -> KeySlot:
    slot = KeySlot(
        slot_id=secrets.token_hex(8),
        username=username,
        kind=kind,
        kdf=kdf,
        salt=secrets.token_bytes(16),
        nonce=secrets.token_bytes(12),
        wrapped=b"",
    )
    kek = derive_key(passphrase, slot.salt, kdf)
    slot.wrapped = AESGCM(kek).encrypt(slot.nonce, data_key, slot.aad(vault_id))
    return slot


def unwrap_key(slot: KeySlot, vault_id: str, passphrase: str) -> bytes:
    kek = derive_key(passphrase, slot.salt, slot.kdf)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.aad(vault_id))
    except InvalidTag:
        raise WrongPassphrase() from None


@dataclasses.dataclass
class SlotFile:
    vault_id: str
    slots: list[KeySlot]

    @classmethod
    def load(cls, directory: Path) -> "SlotFile":
        try:
            raw = json.loads((directory / SLOT_FILE).read_text("utf-8"))
            if raw.get("format") != FORMAT:
                raise VaultCorrupt(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This vault was made by a newer version of RRR Desktop.",
                    )
                )
            return cls(raw["vault_id"], [KeySlot.from_json(s) for s in raw["slots"]])
        except (KeyError, ValueError, TypeError) as exc:
            raise VaultCorrupt(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The key slot file of this vault is damaged; restore it from a backup.",
                )
            ) from exc

    def save(self, directory: Path) -> None:
        """Atomic replace: a crash leaves the old file or the new one, never half."""
        payload = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        files.write_text(directory / SLOT_FILE, json.dumps(payload, indent=1))

    def slots_for(self, username: str) -> list[KeySlot]:
        return [s for s in self.slots if s.username == username]

    def usernames(self) -> list[str]:
        return sorted({s.username for s in self.slots if s.kind == "passphrase"})


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def time_kdf(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_key("benchmark passphrase", b"0123456789abcdef", params)
    return time.perf_counter() - start


RECOVERY_SLOT_USER = "*recovery*"


def new_recovery_key() -> str:
    """A high-entropy key to print and lock away: 32 random bytes as base32 groups."""
    raw = base64.b32encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_key(text: str) -> str:
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))
