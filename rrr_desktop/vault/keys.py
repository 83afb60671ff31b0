"""Key slots: the random data key, wrapped per user by an Argon2id-derived key.

The slot file sits beside the database in plaintext, so it holds only what is needed to
unwrap: user names of staff, KDF parameters, salts, nonces and ciphertext. Never data of
assisted persons. Changing a passphrase rewraps one slot; the database is untouched.

A slot holds the user's X25519 private key, encrypted under their passphrase, and the data
key sealed to the matching public key (ECDH with an ephemeral key, HKDF-SHA256, AES-GCM).
So an administrator can seal a *new* data key to every remaining user without knowing their
passphrases: removing a user rotates the key, and a copy of their old slot opens nothing of
the rotated vault. Slots of the first kind (the data key wrapped directly) still open and
are replaced by the new kind at that user's next unlock.
"""

import base64
import dataclasses
import functools
import json
import os
import secrets
import time
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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


MIN_MEMORY_KIB = 64 * 1024  # below this Argon2id protects a weak passphrase too little
MAX_MEMORY_KIB = 256 * 1024
MIN_TIME_COST, MAX_TIME_COST = 3, 10  # RFC 9106: at 64 MiB, at least 3 passes
TARGET_SECONDS = 0.75  # one unlock: long for a guesser, short for a person

# What a slot read from disk may ask for: every cost this app writes (the test profile, the
# old default, any calibration), nothing that fails in Argon2, runs for days or takes
# gigabytes. A slot outside them is damaged (or tampered with), never derived from.
SLOT_MEMORY_KIB = (FAST_INSECURE_KDF.memory_kib, MAX_MEMORY_KIB)
SLOT_TIME_COST = (FAST_INSECURE_KDF.time_cost, MAX_TIME_COST)
SLOT_PARALLELISM = (1, 4)
SLOT_SALT_BYTES = (16, 64)  # made with 16
SLOT_NONCE_BYTES = 12


def choose_kdf(
    total_ram: int | None, available_ram: int | None, cpus: int, one_pass_seconds: float
) -> KdfParams:
    """The Argon2id cost for this machine, within safe bounds: memory at most a sixteenth of
    the RAM and a quarter of what is free (an old 4 GB laptop keeps working), never under
    64 MiB or over 256 MiB; passes so that an unlock takes about ``TARGET_SECONDS``, given
    what one pass at that memory took here."""
    memory = MAX_MEMORY_KIB
    if total_ram:
        memory = min(memory, total_ram // 16 // 1024)
    if available_ram:
        memory = min(memory, available_ram // 4 // 1024)
    memory = max(MIN_MEMORY_KIB, memory // 1024 * 1024)  # whole MiB
    passes = round(TARGET_SECONDS / one_pass_seconds) if one_pass_seconds > 0 else MAX_TIME_COST
    time_cost = min(MAX_TIME_COST, max(MIN_TIME_COST, passes))
    return KdfParams(time_cost=time_cost, memory_kib=memory, parallelism=max(1, min(4, cpus)))


def _ram() -> tuple[int | None, int | None]:
    """(total, available) bytes where the system says; available is what can be had
    without swapping (Linux MemAvailable: free memory and reclaimable cache)."""
    try:
        page = os.sysconf("SC_PAGE_SIZE")
        total = os.sysconf("SC_PHYS_PAGES") * page
    except (ValueError, OSError, AttributeError):
        return None, None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return total, int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        available: int | None = os.sysconf("SC_AVPHYS_PAGES") * page
    except (ValueError, OSError):
        available = None
    return total, available


@functools.cache
def calibrated_kdf() -> KdfParams:
    """Measured once per run, when the first key slot is made (set-up, a new user, a new
    passphrase); each slot stores the parameters it was made with."""
    total, available = _ram()
    memory = choose_kdf(total, available, os.cpu_count() or 1, 1.0).memory_kib
    probe = KdfParams(
        time_cost=1, memory_kib=memory, parallelism=max(1, min(4, os.cpu_count() or 1))
    )
    return choose_kdf(total, available, os.cpu_count() or 1, time_kdf(probe))


def default_kdf() -> KdfParams:
    if os.environ.get("RRR_INSECURE_FAST_KDF_FOR_TESTS") == "1":
        return FAST_INSECURE_KDF
    return calibrated_kdf()


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


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("key slot: base64 expected")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclasses.dataclass
class KeySlot:
    slot_id: str
    username: str
    kind: str  # "passphrase" or "recovery"
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes  # first kind: the data key under the passphrase key (b"" for sealed slots)
    public_key: bytes = b""
    wrapped_private: bytes = b""  # the X25519 private key under the passphrase key
    sealed: bytes = b""  # the data key sealed to public_key
    sealed_next: bytes = b""  # during a rotation: the next data key, sealed the same way

    def aad(self, vault_id: str) -> bytes:
        return f"rrr-slot|{vault_id}|{self.slot_id}|{self.username}|{self.kind}".encode()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "slot_id": self.slot_id,
            "username": self.username,
            "kind": self.kind,
            "kdf": {"alg": "argon2id", **self.kdf.as_dict()},
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        for name in ("public_key", "wrapped_private", "sealed", "sealed_next"):
            value = getattr(self, name)
            if value:
                out[name] = _b64(value)
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> "KeySlot":
        """The slot as stored; ``ValueError`` when any part of it is out of shape or its
        key derivation asks for a cost outside ``SLOT_*`` (``SlotFile.load``: damaged)."""
        kdf = dict(raw["kdf"])
        if kdf.pop("alg") != "argon2id":
            raise VaultCorrupt(
                QT_TRANSLATE_NOOP("errors", "A key slot uses an unknown key derivation.")
            )
        if set(kdf) != {"time_cost", "memory_kib", "parallelism"}:
            raise ValueError("key slot: unexpected KDF settings")
        params = KdfParams(
            time_cost=_bounded(kdf["time_cost"], SLOT_TIME_COST),
            memory_kib=_bounded(kdf["memory_kib"], SLOT_MEMORY_KIB),
            parallelism=_bounded(kdf["parallelism"], SLOT_PARALLELISM),
        )
        slot_id, username, kind = raw["slot_id"], raw["username"], raw["kind"]
        if not (isinstance(slot_id, str) and isinstance(username, str) and isinstance(kind, str)):
            raise ValueError("key slot: a name that is not text")
        slot = cls(
            slot_id=slot_id,
            username=username,
            kind=kind,
            kdf=params,
            salt=_unb64(raw["salt"]),
            nonce=_unb64(raw["nonce"]),
            wrapped=_unb64(raw["wrapped"]),
            **{
                name: _unb64(raw[name])
                for name in ("public_key", "wrapped_private", "sealed", "sealed_next")
                if raw.get(name)
            },
        )
        low, high = SLOT_SALT_BYTES
        if not low <= len(slot.salt) <= high or len(slot.nonce) != SLOT_NONCE_BYTES:
            raise ValueError("key slot: salt or nonce of the wrong length")
        return slot


def _bounded(value: object, bounds: tuple[int, int]) -> int:
    """``value`` when it is a whole number within ``bounds`` (a JSON true is not 1)."""
    if type(value) is not int or not bounds[0] <= value <= bounds[1]:
        raise ValueError("key slot: a KDF cost out of bounds")
    return value


def _seal_key(shared: bytes, aad: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"rrr-seal|" + aad).derive(
        shared
    )


def seal(data_key: bytes, public_key: bytes, aad: bytes) -> bytes:
    """The data key for the holder of ``public_key`` only: ephemeral key, nonce, ciphertext."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_seal_key(shared, aad)).encrypt(nonce, data_key, aad)
    return _raw_public(ephemeral) + nonce + sealed


def unseal(sealed: bytes, private_key: bytes, aad: bytes) -> bytes:
    ephemeral, nonce, body = sealed[:32], sealed[32:44], sealed[44:]
    shared = X25519PrivateKey.from_private_bytes(private_key).exchange(
        X25519PublicKey.from_public_bytes(ephemeral)
    )
    return AESGCM(_seal_key(shared, aad)).decrypt(nonce, body, aad)


def _raw_public(private: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization as ser

    return private.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)


def wrap_key(
    data_key: bytes, vault_id: str, username: str, passphrase: str, kind: str, kdf: KdfParams
) -> KeySlot:
    """A slot of the sealed kind (see the module's docstring)."""
    from cryptography.hazmat.primitives import serialization as ser

    slot = KeySlot(
        slot_id=secrets.token_hex(8),
        username=username,
        kind=kind,
        kdf=kdf,
        salt=secrets.token_bytes(16),
        nonce=secrets.token_bytes(12),
        wrapped=b"",
    )
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
    kek = derive_key(passphrase, slot.salt, kdf)
    slot.wrapped_private = AESGCM(kek).encrypt(slot.nonce, raw_private, slot.aad(vault_id))
    slot.public_key = _raw_public(private)
    slot.sealed = seal(data_key, slot.public_key, slot.aad(vault_id))
    return slot


def candidate_keys(slot: KeySlot, vault_id: str, passphrase: str) -> list[bytes]:
    """The data keys this passphrase opens from ``slot``: during a rotation, the next one
    first, then the current one (the database holds exactly one of them)."""
    kek = derive_key(passphrase, slot.salt, slot.kdf)
    aad = slot.aad(vault_id)
    try:
        if not slot.wrapped_private:  # the first kind
            return [AESGCM(kek).decrypt(slot.nonce, slot.wrapped, aad)]
        private = AESGCM(kek).decrypt(slot.nonce, slot.wrapped_private, aad)
    except InvalidTag:
        raise WrongPassphrase() from None
    try:  # the passphrase was right: what fails now is the slot itself
        found = [unseal(slot.sealed_next, private, aad)] if slot.sealed_next else []
        return [*found, unseal(slot.sealed, private, aad)]
    except (InvalidTag, ValueError) as exc:
        raise slots_damaged() from exc


def slots_damaged() -> VaultCorrupt:
    return VaultCorrupt(
        QT_TRANSLATE_NOOP(
            "errors", "The key slot file of this vault is damaged; restore it from a backup."
        )
    )


def unwrap_key(slot: KeySlot, vault_id: str, passphrase: str) -> bytes:
    return candidate_keys(slot, vault_id, passphrase)[-1]


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
            if not isinstance(raw["vault_id"], str) or not isinstance(raw["slots"], list):
                raise ValueError("key slot file: out of shape")
            return cls(raw["vault_id"], [KeySlot.from_json(s) for s in raw["slots"]])
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise slots_damaged() from exc

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
