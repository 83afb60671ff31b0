"""The archive inside a bundle: length-prefixed members, written and read as a stream.

Layout (docs/bundle-format.md): ``MAGIC``, then members, then a two-byte zero. A member
is ``u16 name length, name (UTF-8), chunks``; a chunk is ``u32 length, bytes``; a zero
length ends the member. There are no directories, links or permissions, only names that
must match ``NAME_RE``. The reader refuses unknown magic, bad or duplicate names,
oversized chunks or members, too many members, trailing bytes and a missing end.
"""

import dataclasses
import hashlib
import re
import struct
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import BundleRejected

MAGIC = b"RRRBNDL\x01"
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$")
CHUNK = 1 << 20
MAX_CHUNK = 1 << 20
MAX_MEMBERS = 100_000
MAX_MEMBER = 4 << 30  # per member; records.jsonl of 100,000 cases is ~0.5 GiB


class Sink(Protocol):
    def write(self, data: bytes) -> object: ...


@dataclasses.dataclass
class MemberInfo:
    name: str
    size: int
    sha256: str


def check_name(name: str) -> None:
    if not NAME_RE.match(name) or ".." in name:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "The bundle contains a member with a forbidden name (a path outside the bundle); "
                "it was refused.",
            )
        )


def write_members(
    members: Iterable[tuple[str, Iterable[bytes]]],
    finish: Callable[[list[MemberInfo]], Iterable[tuple[str, bytes]]],
) -> Iterator[bytes]:
    """Frames for ``members`` (streamed), then the members ``finish(infos)`` returns."""
    yield MAGIC
    infos: list[MemberInfo] = []
    for name, chunks in members:
        check_name(name)
        digest = hashlib.sha256()
        size = 0
        encoded = name.encode()
        yield struct.pack(">H", len(encoded)) + encoded
        for chunk in chunks:
            for start in range(0, len(chunk), CHUNK):
                piece = chunk[start : start + CHUNK]
                digest.update(piece)
                size += len(piece)
                yield struct.pack(">I", len(piece)) + piece
        yield struct.pack(">I", 0)
        infos.append(MemberInfo(name, size, digest.hexdigest()))
    for name, data in finish(infos):
        encoded = name.encode()
        yield struct.pack(">H", len(encoded)) + encoded
        for start in range(0, len(data), CHUNK):
            piece = data[start : start + CHUNK]
            yield struct.pack(">I", len(piece)) + piece
        yield struct.pack(">I", 0)
    yield struct.pack(">H", 0)


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


class MemberParser:
    """Push parser: feed decrypted bytes with ``write``; members go to the sinks chosen.

    ``sink_for(name)`` returns where a member's bytes go (``None`` = only hash them).
    ``small`` members are also kept in memory (up to ``small_limit`` bytes each).
    """

    def __init__(
        self,
        sink_for: Callable[[str], Sink | None],
        small: frozenset[str] = frozenset(),
        small_limit: int = 1 << 20,
        max_member: int = MAX_MEMBER,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self._sink_for = sink_for
        self._small = small
        self._small_limit = small_limit
        self._max_member = max_member
        self._progress = progress
        self._buf = bytearray()
        self._state = "magic"
        self._name = ""
        self._need = 0
        self._size = 0
        self._digest = hashlib.sha256()
        self._sink: Sink = _Discard()
        self._kept: bytearray | None = None
        self.members: list[MemberInfo] = []
        self._names: set[str] = set()
        self.kept: dict[str, bytes] = {}
        self.ended = False
        self.total = 0

    def write(self, data: bytes) -> int:
        self.total += len(data)
        self._buf += data
        self._parse()
        if self._progress is not None:
            self._progress(self.total)
        return len(data)

    def _take(self, n: int) -> bytes | None:
        if len(self._buf) < n:
            return None
        out = bytes(self._buf[:n])
        del self._buf[:n]
        return out

    def _parse(self) -> None:
        while True:
            if self._state == "magic":
                got = self._take(len(MAGIC))
                if got is None:
                    return
                if got != MAGIC:
                    raise BundleRejected(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "This file is not an RRR bundle of a known format.",
                        )
                    )
                self._state = "name_len"
            elif self._state == "name_len":
                got = self._take(2)
                if got is None:
                    return
                (length,) = struct.unpack(">H", got)
                if length == 0:
                    self._state = "end"
                    self.ended = True
                else:
                    self._need = length
                    self._state = "name"
            elif self._state == "name":
                got = self._take(self._need)
                if got is None:
                    return
                self._start_member(got)
            elif self._state == "chunk_len":
                got = self._take(4)
                if got is None:
                    return
                (length,) = struct.unpack(">I", got)
                if length == 0:
                    self._end_member()
                elif length > MAX_CHUNK:
                    raise BundleRejected(
                        QT_TRANSLATE_NOOP("errors", "The bundle is damaged (a block is too large).")
                    )
                else:
                    self._need = length
                    self._state = "chunk"
            elif self._state == "chunk":
                got = self._take(self._need)
                if got is None:
                    return
                self._member_data(got)
                self._state = "chunk_len"
            else:  # end: nothing may follow
                if self._buf:
                    raise BundleRejected(
                        QT_TRANSLATE_NOOP("errors", "The bundle is damaged (data after its end).")
                    )
                return

    def _start_member(self, raw: bytes) -> None:
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BundleRejected(
                QT_TRANSLATE_NOOP("errors", "The bundle contains a member with an unreadable name.")
            ) from exc
        if len(self.members) >= MAX_MEMBERS:
            raise BundleRejected(
                QT_TRANSLATE_NOOP("errors", "The bundle contains too many members; it was refused.")
            )
        check_name(name)
        if name in self._names:  # a set: checking 100,000 names stays linear
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle contains the same member twice; it was refused.",
                )
            )
        self._names.add(name)
        self._name = name
        self._size = 0
        self._digest = hashlib.sha256()
        self._sink = self._sink_for(name) or _Discard()
        self._kept = bytearray() if name in self._small else None
        self._state = "chunk_len"

    def _member_data(self, data: bytes) -> None:
        self._size += len(data)
        limit = self._small_limit if self._kept is not None else self._max_member
        if self._size > limit:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle contains a member larger than allowed; it was refused.",
                )
            )
        self._digest.update(data)
        if self._kept is not None:
            self._kept += data
        self._sink.write(data)

    def _end_member(self) -> None:
        self.members.append(MemberInfo(self._name, self._size, self._digest.hexdigest()))
        if self._kept is not None:
            self.kept[self._name] = bytes(self._kept)
        close = getattr(self._sink, "close", None)
        if callable(close):
            close()
        self._state = "name_len"

    def finish(self) -> None:
        if not self.ended or self._buf:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle is incomplete (it was cut short); copy it again from the sender.",
                )
            )
