"""Checking an incoming bundle before anything is trusted, and reading its records.

``open_verified`` decrypts once to verify everything (sender, signature, hashes,
recipient, replay, kind). A small bundle (``KEEP_BYTES``: a field laptop's stick at a
headquarters) is kept in memory as it was verified, and ``read_records`` reads the records
from there. A bigger one is not kept: ``read_records`` decrypts it again and streams each
record to a callback, re-checking that it read exactly the verified members, so a file
swapped in between cannot slip through.
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
from rrr_desktop.handoff.bundle import HandoffCancelled, Progress, check_members, read_bundle
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
    kept: dict[str, bytes] | None = None  # records and files as verified (a small bundle)


# Kept in memory when verified (records and attached files together), so an import
# decrypts it once: 500 sticks of 200 cases were each decrypted and parsed twice.
KEEP_BYTES = 32 << 20
CHUNK = 1 << 16  # kept members are handed on in pieces of this size, as a file's are


class _Keeper:
    """Keeps the members an import reads, within ``KEEP_BYTES`` in all; past that it
    keeps nothing (the import then reads the file again)."""

    def __init__(self) -> None:
        self.members: dict[str, bytearray] = {}
        self.size = 0
        self.overflow = False

    def sink_for(self, name: str) -> "_Kept | None":
        if self.overflow or not (name == RECORDS or name.startswith(ATTACHMENT_PREFIX)):
            return None
        self.members[name] = bytearray()
        return _Kept(self, self.members[name])

    def result(self) -> dict[str, bytes] | None:
        if self.overflow:
            return None
        return {name: bytes(data) for name, data in self.members.items()}


class _Kept:
    def __init__(self, keeper: _Keeper, data: bytearray) -> None:
        self._keeper = keeper
        self._data = data

    def write(self, data: bytes) -> int:
        keeper = self._keeper
        keeper.size += len(data)
        if keeper.size > KEEP_BYTES:
            keeper.overflow = True
            keeper.members.clear()
        if not keeper.overflow:
            self._data += data
        return len(data)


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
    keep: bool = False,
) -> Verified:
    """``keep``: a small bundle is kept in memory for ``read_records``."""
    identity = _identity(conn)
    keeper = _Keeper() if keep else None
    parser = read_bundle(
        path,
        identity,
        passphrase,
        sink_for=keeper.sink_for if keeper is not None else lambda _name: None,
        progress=progress,
    )
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
    return Verified(manifest, raw, peer, keeper.result() if keeper is not None else None)


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

    if verified.kept is not None:  # read from memory, as it was verified (in member order)
        _replay(verified.kept, sink_for, progress)
    else:
        parser = read_bundle(
            path, _identity(conn), passphrase, sink_for=sink_for, progress=progress
        )
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


def _replay(
    kept: dict[str, bytes],
    sink_for: Callable[[str], LineSink | AttachmentSink | None],
    progress: Progress | None,
) -> None:
    """The kept members to their sinks, as the archive's parser hands them on."""
    total = sum(len(data) for data in kept.values())
    done = 0
    for name, data in kept.items():
        sink = sink_for(name)
        if sink is None:
            continue
        for start in range(0, len(data), CHUNK):
            sink.write(data[start : start + CHUNK])
            done += min(CHUNK, len(data) - start)
            if progress is not None and not progress(done, total):
                raise HandoffCancelled()
        sink.close()
