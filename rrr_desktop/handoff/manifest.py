"""The signed manifest of a bundle: who sent it, to whom, what kind, and every member's hash.

The manifest is canonical JSON; its Ed25519 signature travels as the member
``manifest.sig``. Binding the bundle id and the recipients into the signed bytes stops a
bundle being replayed or redirected to another installation.
"""

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import BundleRejected

FORMAT = "rrr-bundle"
FORMAT_VERSION = 4  # of the container and manifest (docs/bundle-format.md); 4 adds epochs
RECORD_SCHEMA = 3  # of the records.jsonl lines: packed replicated states (docs/sync-model.md)
OLDEST_READABLE = 2  # format 2 / schema 2 (plain states) still read: the states are the same
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS = "records.jsonl"
ATTACHMENT_PREFIX = "attachments/"  # then the file's SHA-256
MAX_MANIFEST = 8 << 20
EPOCH_PATTERN = r"^([0-9]{13}[0-9a-f]{16})?$"

Kind = Literal["sync", "referral", "status"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Party(_Strict):
    org_id: str = Field(max_length=100)
    org_name: str = Field(max_length=300)
    device_id: str = Field(max_length=100)
    fingerprint: str = Field(max_length=40)


class Recipient(_Strict):
    type: Literal["x25519", "passphrase"]
    org_name: str = Field(max_length=300)
    org_id: str = Field(default="", max_length=100)
    device_id: str = Field(default="", max_length=100)
    fingerprint: str = Field(default="", max_length=40)


class Member(_Strict):
    name: str = Field(max_length=201)
    size: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class Transfer(_Strict):
    """For referrals: why the data leaves and which fields of each case went."""

    purpose: str = Field(max_length=200)
    legal_basis: str = Field(max_length=100)
    fields: dict[str, list[str]]


class Manifest(_Strict):
    format: Literal["rrr-bundle"]
    format_version: int
    record_schema: int
    bundle_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    kind: Kind
    created_at: str = Field(max_length=40)
    sender: Party
    recipients: list[Recipient] = Field(min_length=1, max_length=10)
    counts: dict[str, int]
    members: list[Member] = Field(max_length=100_000)
    upto: str = Field(default="", max_length=120)  # sync: our clock when the bundle was made
    ack: str = Field(default="", max_length=120)  # sync: the recipient's latest we applied
    # sync: the recipient's acknowledgement the records start from (what it held before)
    since: str = Field(default="", max_length=120)
    # sync (format 4): the sender's epoch, new at each restore from a backup; the
    # recipient's epoch its ``ack`` is about; while a restore of the sender's is pending
    # there, what the sender then held of the recipient's versions, and the recipient's
    # epoch that mark is about (docs/sync-model.md, "A laptop put back from a backup")
    epoch: str = Field(default="", pattern=EPOCH_PATTERN)
    ack_epoch: str = Field(default="", pattern=EPOCH_PATTERN)
    after_restore: bool = False
    restored: str = Field(default="", max_length=120)
    restored_epoch: str = Field(default="", pattern=EPOCH_PATTERN)
    transfer: Transfer | None = None
    # sync: the sender's signed audit checkpoint, held by the receiver as a copy elsewhere
    audit_checkpoint: str = Field(default="", max_length=4000)

    def to_bytes(self) -> bytes:
        return json.dumps(
            self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, separators=(",", ":")
        ).encode()


def parse_manifest(raw: bytes) -> Manifest:
    """Refuse a future format before anything else, then validate strictly."""
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle's manifest is damaged; ask the sender for a new copy.",
            )
        ) from exc
    if not isinstance(data, dict):
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle's manifest is damaged; ask the sender for a new copy.",
            )
        )
    for key, known in (("format_version", FORMAT_VERSION), ("record_schema", RECORD_SCHEMA)):
        value = data.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > known:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This bundle was made by a newer version of RRR Desktop; update this "
                    "installation, then import it again.",
                )
            )
    for key in ("format_version", "record_schema"):
        value = data.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value < OLDEST_READABLE:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This bundle was made by an older version of RRR Desktop (before sync format "
                    "2); ask the sender to update RRR Desktop and make a new bundle. Nothing was "
                    "imported.",
                )
            )
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle's manifest is damaged; ask the sender for a new copy.",
            )
        ) from exc
    if manifest.format_version < 1 or manifest.record_schema < 1:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle's manifest is damaged; ask the sender for a new copy.",
            )
        )
    return manifest
