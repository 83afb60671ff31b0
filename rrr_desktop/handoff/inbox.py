"""Checking an incoming bundle before anything is trusted, and reading its records.

``open_verified`` decrypts once to verify everything (sender, signature, hashes,
recipient, replay, kind) without keeping the contents. ``read_records`` decrypts again
and streams each record to a callback; it re-checks that it read exactly the verified
members, so a file swapped in between cannot slip through.
"""

import dataclasses
import hashlib
from collections.abc import Callable
from pathlib import Path

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.notes import ATTACHMENT_MAX_BYTES, SHA256_RE
from rrr_desktop.domain.org import Organisation
from rrr_desktop.errors import BundleRejected, BundleReplayed
from rrr_desktop.handoff import keys
from rrr_desktop.handoff.bundle import Progress, check_members, read_bundle
from rrr_desktop.handoff.jsonl import LineSink
from rrr_desktop.handoff.keys import Identity
from rrr_desktop.handoff.manifest import (
    ATTACHMENT_PREFIX,
    MANIFEST,
    RECORDS,
    Manifest,
    parse_manifest,
)
from rrr_desktop.vault import handoff_tables as store
from rrr_desktop.vault.db import Connection


@dataclasses.dataclass(frozen=True)
class Verified:
    manifest: Manifest
    manifest_bytes: bytes
    peer: store.Peer


def _identity(conn: Connection) -> Identity:
    identity = keys.load_identity(conn)
    if identity is None:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "This installation has no handoff keys yet, so no bundle can be addressed to it; "
                "export its contact card first.",
            )
        )
    return identity


def open_verified(
    conn: Connection,
    path: Path,
    passphrase: str,
    org: Organisation,
    progress: Progress | None = None,
) -> Verified:
    identity = _identity(conn)
    parser = read_bundle(path, identity, passphrase, progress=progress)
    raw = parser.kept.get(MANIFEST)
    if raw is None:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle has no manifest; it is damaged or not an RRR bundle.",
            )
        )
    manifest = parse_manifest(raw)
    peer = store.find_peer(conn, manifest.sender.fingerprint)
    if peer is None:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "This bundle comes from an unknown sender; add their contact card and compare its "
                "fingerprint before importing.",
            )
        )
    if not peer.trusted:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The sender {org} is not trusted yet; compare the fingerprint "
                "{fingerprint} with them, then trust the card.",
            ),
            org=peer.org_name,
            fingerprint=peer.fingerprint,
        )
    check_members(parser, manifest, peer.signing_key)
    if manifest.sender.org_id != peer.org_id or manifest.sender.device_id != peer.device_id:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle's sender does not match the trusted contact card.",
            )
        )
    if not _addressed_to_us(manifest, identity, org):
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "This bundle was made for another recipient; it cannot be imported here.",
            )
        )
    if manifest.kind == "sync" and peer.org_id != org.id:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "A sync bundle comes only from a device of this organisation; this one is from "
                "{org}.",
            ),
            org=peer.org_name,
        )
    if manifest.kind != "sync" and peer.org_id == org.id:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "Referrals and status reports come from another organisation.",
            )
        )
    if store.is_applied(conn, manifest.bundle_id):
        raise BundleReplayed()
    if RECORDS not in {m.name for m in manifest.members}:
        raise BundleRejected(
            QT_TRANSLATE_NOOP("errors", "The bundle has no records; it is damaged.")
        )
    return Verified(manifest, raw, peer)


def _addressed_to_us(manifest: Manifest, identity: Identity, org: Organisation) -> bool:
    for recipient in manifest.recipients:
        if recipient.type == "x25519" and recipient.fingerprint == identity.fingerprint:
            return True
        if (
            recipient.type == "passphrase"
            and recipient.org_name.strip().casefold() == org.name.strip().casefold()
        ):
            return True
    return False


FileHandler = Callable[[str, bytes], None]


class AttachmentSink:
    """One attached file: bounded in memory, its bytes checked against the content hash
    it is named by, then handed on (a file that does not match refuses the bundle)."""

    def __init__(self, sha256: str, on_file: FileHandler) -> None:
        if not SHA256_RE.match(sha256):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors", "The bundle contains a file with an unknown name; it was refused."
                )
            )
        self._sha256 = sha256
        self._on_file = on_file
        self._data = bytearray()

    def write(self, data: bytes) -> int:
        self._data += data
        if len(self._data) > ATTACHMENT_MAX_BYTES:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle contains an attached file larger than allowed; it was refused.",
                )
            )
        return len(data)

    def close(self) -> None:
        data = bytes(self._data)
        if hashlib.sha256(data).hexdigest() != self._sha256:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An attached file in the bundle does not match its fingerprint; nothing "
                    "was imported.",
                )
            )
        self._on_file(self._sha256, data)


def read_records(
    conn: Connection,
    path: Path,
    passphrase: str,
    verified: Verified,
    on_line: Callable[[bytes], None],
    progress: Progress | None = None,
    on_file: FileHandler | None = None,
    on_records_end: Callable[[], None] | None = None,
) -> int:
    """Stream records.jsonl's lines to ``on_line`` (``on_records_end`` once they are all
    read: before any attached file, whose case must be in by then) and each attached file
    to ``on_file``; returns the number of records read."""
    sink = LineSink(on_line, on_records_end)

    def sink_for(name: str) -> LineSink | AttachmentSink | None:
        if name == RECORDS:
            return sink
        if on_file is not None and name.startswith(ATTACHMENT_PREFIX):
            return AttachmentSink(name.removeprefix(ATTACHMENT_PREFIX), on_file)
        return None

    parser = read_bundle(path, _identity(conn), passphrase, sink_for=sink_for, progress=progress)
    if parser.kept.get(MANIFEST) != verified.manifest_bytes:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle file changed while it was being read; nothing was imported.",
            )
        )
    check_members(parser, verified.manifest, verified.peer.signing_key)
    if sink.count != verified.manifest.counts.get("records", -1):
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle's record count does not match its manifest; it was refused.",
            )
        )
    return sink.count
