"""Tools to build deliberately bad bundles (what an attacker or a broken stick produces)."""

import hashlib
import json
import struct
from typing import Any

import pyrage
from pyrage import x25519

from rrr_desktop.handoff.container import MAGIC
from rrr_desktop.handoff.keys import Identity
from rrr_desktop.handoff.manifest import (
    FORMAT_VERSION,
    MANIFEST,
    RECORD_SCHEMA,
    RECORDS,
    SIGNATURE,
)


def frames(members: list[tuple[str, bytes]], end: bool = True) -> bytes:
    out = bytearray(MAGIC)
    for name, data in members:
        raw = name.encode()
        out += struct.pack(">H", len(raw)) + raw
        if data:
            out += struct.pack(">I", len(data)) + data
        out += struct.pack(">I", 0)
    if end:
        out += struct.pack(">H", 0)
    return bytes(out)


def member_list(members: list[tuple[str, bytes]]) -> list[dict[str, Any]]:
    return [
        {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in members
    ]


def manifest_dict(
    sender: Identity,
    sender_org: dict[str, str],
    recipient_fpr: str,
    recipient_org: str,
    archive: list[tuple[str, bytes]],
    **overrides: Any,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "rrr-bundle",
        "format_version": FORMAT_VERSION,
        "record_schema": RECORD_SCHEMA,
        "bundle_id": "ab" * 16,
        "kind": "referral",
        "created_at": "2026-11-23T09:30:00+00:00",
        "sender": {
            "org_id": sender_org["org_id"],
            "org_name": sender_org["org_name"],
            "device_id": sender_org["device_id"],
            "fingerprint": sender.fingerprint,
        },
        "recipients": [
            {
                "type": "x25519",
                "org_name": recipient_org,
                "org_id": "",
                "device_id": "",
                "fingerprint": recipient_fpr,
            }
        ],
        "counts": {
            "records": sum(d.count(b"\n") for n, d in archive if n == RECORDS),
            "cases": 0,
            "tombstones": 0,
        },
        "members": member_list(archive),
        "upto": "",
        "ack": "",
        "transfer": None,
    }
    data.update(overrides)
    return data


def signed_archive(
    sender: Identity, manifest: dict[str, Any], members: list[tuple[str, bytes]]
) -> bytes:
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    return frames([*members, (MANIFEST, raw), (SIGNATURE, sender.sign(raw))])


def seal(plain: bytes, age_recipient: str) -> bytes:
    return pyrage.encrypt(plain, [x25519.Recipient.from_str(age_recipient)])
