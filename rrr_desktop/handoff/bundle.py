"""Writing and reading .rrrbundle files: age encryption around the signed archive.

Writing streams the archive through ``pyrage.encrypt_io`` (X25519), so members are never
all in memory. A passphrase bundle (for someone whose key we do not have yet) uses age's
scrypt recipient; pyrage offers that only in memory, so such bundles are capped at
``MAX_PASSPHRASE_BUNDLE``. Reading decrypts into ``MemberParser`` as a stream, checks
every member's SHA-256 against the manifest and the manifest's Ed25519 signature.
"""

import errno
import io
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyrage
from pyrage import x25519

from rrr_desktop import files
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import BundleRejected, KnownError
from rrr_desktop.handoff import container
from rrr_desktop.handoff.container import MemberInfo, MemberParser, Sink, write_members
from rrr_desktop.handoff.keys import Identity, verify_signature
from rrr_desktop.handoff.manifest import MANIFEST, MAX_MANIFEST, SIGNATURE, Manifest

MAX_PASSPHRASE_BUNDLE = 512 << 20
HEADER_PEEK = 1024
# scrypt memory is 1 KiB x 2^N: a bundle may not ask for more than 2^20 (1 GiB, about a
# second or two here). pyrage calibrates its work factor to the machine (19 measured on
# these 2-core machines); a faster writer that picked more refuses to write instead.
MAX_SCRYPT_LOG_N = 20
_SCRYPT_RE = re.compile(rb"\n-> scrypt [A-Za-z0-9+/]{22} (\d{1,3})\n")
TOO_COSTLY = QT_TRANSLATE_NOOP(
    "errors",
    "This passphrase bundle asks for more memory to open than RRR Desktop allows; it was "
    "refused. Ask the sender to send it to this installation's contact card instead.",
)
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class HandoffCancelled(KnownError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cancelled: nothing was written or changed."))


class _IterReader(io.RawIOBase):
    """A readable file over an iterator of byte chunks (what ``encrypt_io`` pulls from)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = b""
        self.error: BaseException | None = None  # pyrage wraps it; we re-raise the original

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
            except BaseException as exc:
                self.error = exc
                raise
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


class _ProgressReader:
    """Reads a file and reports progress; a cancel stops the decryption."""

    def __init__(self, handle: BinaryIO, total: int, progress: Progress | None) -> None:
        self._handle = handle
        self._total = total
        self._done = 0
        self._progress = progress

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self._done += len(data)
        if self._progress is not None and not self._progress(self._done, self._total):
            raise HandoffCancelled()
        return data


def write_bundle(
    path: Path,
    members: Iterable[tuple[str, Iterable[bytes]]],
    build_manifest: Callable[[list[MemberInfo]], Manifest],
    identity: Identity,
    recipient: str = "",
    passphrase: str = "",
    progress: Callable[[], bool] | None = None,
) -> Manifest:
    """Encrypt to ``recipient`` (age X25519) or ``passphrase``; write atomically."""
    built: list[Manifest] = []

    def finish(infos: list[MemberInfo]) -> list[tuple[str, bytes]]:
        manifest = build_manifest(infos)
        built.append(manifest)
        raw = manifest.to_bytes()
        return [(MANIFEST, raw), (SIGNATURE, identity.sign(raw))]

    def frames() -> Iterator[bytes]:
        for frame in write_members(members, finish):
            if progress is not None and not progress():
                raise HandoffCancelled()
            yield frame

    with files.replacing(path) as partial, open(partial, "wb") as out:
        if passphrase:
            plain = io.BytesIO()
            for frame in frames():
                plain.write(frame)
                if plain.tell() > MAX_PASSPHRASE_BUNDLE:
                    raise BundleRejected(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "This bundle is too large for a passphrase; add the recipient's "
                            "contact card and send it to their key instead.",
                        )
                    )
            sealed = pyrage.passphrase.encrypt(plain.getvalue(), passphrase)
            if not _scrypt_ok(sealed[:HEADER_PEEK]):
                raise BundleRejected(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This laptop would protect the bundle with a passphrase cost the "
                        "receiver refuses; send it to the recipient's contact card instead.",
                    )
                )
            out.write(sealed)
        else:
            reader = _IterReader(frames())
            try:
                pyrage.encrypt_io(reader, out, [x25519.Recipient.from_str(recipient)])
            except pyrage.EncryptError as exc:
                if reader.error is not None:
                    raise reader.error from None
                full = shutil.disk_usage(partial.parent).free < (1 << 20)
                raise OSError(errno.ENOSPC if full else errno.EIO, "write failed") from exc
        out.flush()
    return built[0]


def scrypt_work_factor(head: bytes) -> int | None:
    """log2 of the scrypt work factor in an age header, read before any derivation."""
    found = _SCRYPT_RE.search(head)
    return int(found.group(1)) if found else None


def _scrypt_ok(head: bytes) -> bool:
    factor = scrypt_work_factor(head)
    return factor is not None and 1 <= factor <= MAX_SCRYPT_LOG_N


def _needs_passphrase(head: bytes) -> bool:
    """True for an age file whose only recipient is a passphrase (scrypt stanza)."""
    return b"\n-> scrypt " in head


def read_bundle(
    path: Path,
    identity: Identity,
    passphrase: str = "",
    sink_for: Callable[[str], Sink | None] = lambda _name: None,
    progress: Progress | None = None,
) -> MemberParser:
    """Decrypt and parse the archive as a stream; raise ``BundleRejected`` on any fault."""
    parser = MemberParser(
        sink_for, frozenset({MANIFEST, SIGNATURE}), MAX_MANIFEST, container.MAX_MEMBER
    )
    try:
        with files.open_regular(path) as handle:  # one handle: the file checked is the one read
            _read_into(parser, handle, identity, passphrase, progress)
    except (BundleRejected, HandoffCancelled):
        raise
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This bundle is not addressed to this installation (or the passphrase is "
                    "wrong); ask the sender to make it for this installation's contact card.",
                )
            ) from exc
        raise BundleRejected(
            QT_TRANSLATE_NOOP("errors", "This file is not an RRR bundle or it is damaged.")
        ) from exc
    except OSError as exc:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle is damaged or incomplete (it changed after it was made); copy it "
                "again from the sender.",
            )
        ) from exc
    parser.finish()
    return parser


def _read_into(
    parser: MemberParser,
    handle: BinaryIO,
    identity: Identity,
    passphrase: str,
    progress: Progress | None,
) -> None:
    total = os.fstat(handle.fileno()).st_size
    head = handle.read(HEADER_PEEK)
    if _needs_passphrase(head):
        if not passphrase:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This bundle is protected by a passphrase; enter the passphrase to open it.",
                )
            )
        limit = MAX_PASSPHRASE_BUNDLE + (1 << 20)
        if total > limit:
            raise _too_large()
        if not _scrypt_ok(head):
            raise BundleRejected(TOO_COSTLY)
        handle.seek(0)
        data = handle.read(limit + 1)
        if len(data) > limit:  # it grew since its size was read
            raise _too_large()
        try:
            plain = pyrage.passphrase.decrypt(data, passphrase)
        except pyrage.DecryptError as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The passphrase is wrong or the bundle is damaged; nothing was imported.",
                )
            ) from exc
        for start in range(0, len(plain), 1 << 16):
            parser.write(plain[start : start + (1 << 16)])
            if progress is not None and not progress(min(start, total), len(plain)):
                raise HandoffCancelled()
    else:
        handle.seek(0)
        reader = _ProgressReader(handle, total, progress)
        pyrage.decrypt_io(reader, parser, [identity.age_identity()])


def _too_large() -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "errors",
            "This passphrase bundle is larger than allowed; it was refused.",
        )
    )


def check_members(parser: MemberParser, manifest: Manifest, signing_key: str) -> None:
    """Signature over the exact manifest bytes; every member listed with its hash."""
    raw = parser.kept.get(MANIFEST, b"")
    signature = parser.kept.get(SIGNATURE, b"")
    if not verify_signature(signing_key, raw, signature):
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle's signature does not match its sender's key: it was changed or forged.",
            )
        )
    names = [m.name for m in parser.members]
    if names[-2:] != [MANIFEST, SIGNATURE]:
        raise BundleRejected(
            QT_TRANSLATE_NOOP("errors", "The bundle is damaged (its manifest is misplaced).")
        )
    found = {(m.name, m.size, m.sha256) for m in parser.members[:-2]}
    listed = {(m.name, m.size, m.sha256) for m in manifest.members}
    if found != listed or len(found) != len(parser.members) - 2:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle's contents do not match its signed manifest: it was changed after it "
                "was made.",
            )
        )
