"""The archive framing: round trip, strict member checks, and streaming without buffering."""

import contextlib
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff.bundle import read_bundle, write_bundle
from rrr_desktop.handoff.container import MemberInfo, MemberParser, write_members
from rrr_desktop.handoff.keys import Identity
from rrr_desktop.handoff.manifest import MANIFEST, SIGNATURE, Manifest, Member, Party, Recipient
from tests.handoff import forge


def _parse(data: bytes, chunk: int = 7) -> MemberParser:
    parser = MemberParser(lambda _n: None, frozenset({"a"}))
    for start in range(0, len(data), chunk):
        parser.write(data[start : start + chunk])
    parser.finish()
    return parser


def test_members_round_trip_in_any_chunking() -> None:
    data = b"".join(
        write_members(
            [("a", [b"hello", b" world"]), ("dir/b.bin", [b"x" * 3000])],
            lambda infos: [("z", str(len(infos)).encode())],
        )
    )
    for chunk in (1, 7, 4096):
        parser = _parse(data, chunk)
        assert [m.name for m in parser.members] == ["a", "dir/b.bin", "z"]
        assert parser.kept["a"] == b"hello world"
        assert parser.members[1].size == 3000


@pytest.mark.parametrize("tail", [b"", b"\x00", b"\x00\x00\x00"])
def test_missing_end_is_refused(tail: bytes) -> None:
    data = forge.frames([("a", b"x")], end=False) + tail
    with pytest.raises(BundleRejected):
        _parse(data)


def test_trailing_bytes_after_the_end_are_refused() -> None:
    with pytest.raises(BundleRejected, match="after its end"):
        _parse(forge.frames([("a", b"x")]) + b"junk")


def test_unknown_magic_is_refused() -> None:
    with pytest.raises(BundleRejected, match="known format"):
        _parse(b"PK\x03\x04" + b"\x00" * 20)


@given(st.binary(max_size=300))
def test_random_bytes_never_crash_the_parser(data: bytes) -> None:
    with contextlib.suppress(BundleRejected):
        _parse(data)


@given(st.binary(max_size=200))
def test_random_bytes_after_a_valid_start_never_crash(data: bytes) -> None:
    with contextlib.suppress(BundleRejected):
        _parse(forge.frames([])[:-2] + data)


def _big(total: int) -> Iterator[bytes]:
    block = bytes(range(256)) * 256  # 64 KiB
    for _ in range(total // len(block)):
        yield block


def test_a_large_attachment_streams_through_encryption_without_filling_memory(
    tmp_path: Path,
) -> None:
    """64 MiB in and out; peak Python memory stays a small fraction of that."""
    sender, receiver = Identity.generate(), Identity.generate()
    size = 64 << 20
    path = tmp_path / "big.rrrbundle"

    def build(infos: list[MemberInfo]) -> Manifest:
        return Manifest(
            format="rrr-bundle",
            format_version=1,
            record_schema=1,
            bundle_id="cd" * 16,
            kind="sync",
            created_at="now",
            sender=Party(org_id="o", org_name="Org", device_id="d", fingerprint=sender.fingerprint),
            recipients=[Recipient(type="x25519", org_name="Org", fingerprint=receiver.fingerprint)],
            counts={},
            members=[Member(name=i.name, size=i.size, sha256=i.sha256) for i in infos],
        )

    tracemalloc.start()
    write_bundle(
        path,
        [("attachments/scan.bin", _big(size))],
        build,
        sender,
        recipient=receiver.age_recipient,
    )
    _, peak_write = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    seen = {"n": 0}

    class Counter:
        def write(self, data: bytes) -> int:
            seen["n"] += len(data)
            return len(data)

    parser = read_bundle(
        path, receiver, sink_for=lambda name: Counter() if name.startswith("attachments/") else None
    )
    _, peak_read = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert seen["n"] == size
    assert parser.members[0].size == size
    assert [m.name for m in parser.members][-2:] == [MANIFEST, SIGNATURE]
    assert peak_write < size // 8
    assert peak_read < size // 8
