"""Every refusal of an import leaves the target vault exactly as it was."""

import json
import os
from pathlib import Path
from typing import Any

import pytest

from rrr_desktop.domain.enums import ConsentPurpose
from rrr_desktop.errors import BundleRejected, KnownError
from rrr_desktop.handoff import bundle, container
from rrr_desktop.handoff.manifest import FORMAT_VERSION, RECORDS
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.clock import FixedClock
from tests.conftest import TODAY
from tests.handoff import forge
from tests.handoff.conftest import RECEIVER, Side, fingerprint_of, make_side, vault_hash
from tests.handoff.test_referral_status import _case_with_consents


@pytest.fixture
def referral(two_orgs: tuple[Side, Side], tmp_path: Path) -> Path:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    out = tmp_path / "referral.rrrbundle"
    a.handoff.export_bundle("referral", out, fingerprint_of(b), [reference])
    return out


def _refused(
    side: Side, path: Path, match: str, passphrase: str = "", dry_run: bool = True
) -> None:
    before = vault_hash(side.session)
    with pytest.raises(BundleRejected, match=match):
        side.handoff.import_bundle(path, passphrase)
    if dry_run:
        with pytest.raises(BundleRejected, match=match):
            side.handoff.preview(path, passphrase)
    assert vault_hash(side.session) == before


def _sender(a: Side) -> dict[str, str]:
    org = a.session.organisation()
    return {"org_id": org.id, "org_name": org.name, "device_id": a.session.device_id}


def _forged(
    a: Side,
    b: Side,
    path: Path,
    archive: list[tuple[str, bytes]] | None = None,
    **overrides: object,
) -> Path:
    members = archive if archive is not None else [(RECORDS, b"")]
    manifest = forge.manifest_dict(
        a.handoff.identity(), _sender(a), fingerprint_of(b), RECEIVER, members, **overrides
    )
    path.write_bytes(
        forge.seal(
            forge.signed_archive(a.handoff.identity(), manifest, members),
            b.handoff.identity().age_recipient,
        )
    )
    return path


def test_unknown_sender(two_orgs: tuple[Side, Side], tmp_path: Path) -> None:
    a, _ = two_orgs
    c = make_side(tmp_path, "vault-c", RECEIVER, "KH", FixedClock(TODAY))
    try:
        _refused(c, _forged(a, c, tmp_path / "x.rrrbundle"), "unknown sender")
    finally:
        c.session.close()


def test_sender_not_yet_trusted(two_orgs: tuple[Side, Side], tmp_path: Path) -> None:
    a, _ = two_orgs
    c = make_side(tmp_path, "vault-c", RECEIVER, "KH", FixedClock(TODAY))
    try:
        c.handoff.add_peer(a.card)
        _refused(c, _forged(a, c, tmp_path / "x.rrrbundle"), "not trusted yet")
    finally:
        c.session.close()


def test_replay_of_an_applied_bundle(referral: Path, two_orgs: tuple[Side, Side]) -> None:
    _, b = two_orgs
    b.handoff.import_bundle(referral)
    _refused(b, referral, "already imported")


def test_bundle_for_another_installation(
    referral: Path, two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, _ = two_orgs
    c = make_side(tmp_path, "vault-c", RECEIVER, "KH", FixedClock(TODAY))
    try:
        c.handoff.trust_peer(c.handoff.add_peer(a.card).fingerprint)
        _refused(c, referral, "not addressed to this installation")
    finally:
        c.session.close()


def test_signed_for_another_recipient_but_encrypted_to_us(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    bad = _forged(
        a,
        b,
        tmp_path / "x.rrrbundle",
        recipients=[
            {
                "type": "x25519",
                "org_name": "Other",
                "org_id": "",
                "device_id": "",
                "fingerprint": "AAAA-BBBB-CCCC-DDDD-EEEE",
            }
        ],
    )
    _refused(b, bad, "made for another recipient")


@pytest.mark.parametrize("where", [0, 40, 200, -300, -40, -1])
def test_any_changed_byte_is_refused(
    referral: Path, two_orgs: tuple[Side, Side], where: int
) -> None:
    _, b = two_orgs
    data = bytearray(referral.read_bytes())
    data[where] ^= 0x01
    referral.write_bytes(bytes(data))
    _refused(b, referral, "damaged|not addressed|not an RRR bundle")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.95])
def test_truncated_bundle_is_refused(
    referral: Path, two_orgs: tuple[Side, Side], keep: float
) -> None:
    _, b = two_orgs
    data = referral.read_bytes()
    referral.write_bytes(data[: int(len(data) * keep)])
    _refused(b, referral, "damaged|incomplete|not an RRR bundle")


def test_archive_cut_short_inside_the_encryption(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    plain = forge.frames([(RECORDS, b"")], end=False)
    path = tmp_path / "cut.rrrbundle"
    path.write_bytes(forge.seal(plain, b.handoff.identity().age_recipient))
    _refused(b, path, "cut short")


@pytest.mark.parametrize(
    "name",
    [
        "../evil",
        "/etc/passwd",
        "a/../../b",
        "attachments/../x",
        "a\\b",
        ".hidden",
        "a//b",
        "x" * 300,
    ],
)
def test_path_traversing_member_names_are_refused(
    two_orgs: tuple[Side, Side], tmp_path: Path, name: str
) -> None:
    a, b = two_orgs
    members = [(RECORDS, b""), (name, b"payload")]
    path = tmp_path / "bad.rrrbundle"
    manifest = forge.manifest_dict(
        a.handoff.identity(), _sender(a), fingerprint_of(b), RECEIVER, [(RECORDS, b"")]
    )
    plain = forge.signed_archive(a.handoff.identity(), manifest, members)
    path.write_bytes(forge.seal(plain, b.handoff.identity().age_recipient))
    _refused(b, path, "forbidden name|unreadable name|damaged")


def test_duplicate_member_names_are_refused(two_orgs: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = two_orgs
    members = [(RECORDS, b""), (RECORDS, b"")]
    _refused(b, _forged(a, b, tmp_path / "dup.rrrbundle", members), "same member twice")


def test_oversized_member_is_refused(
    two_orgs: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_orgs
    monkeypatch.setattr(container, "MAX_MEMBER", 1000)
    members = [(RECORDS, b""), ("attachments/big.bin", b"x" * 5000)]
    _refused(b, _forged(a, b, tmp_path / "big.rrrbundle", members), "larger than allowed")


def test_schema_from_the_future_is_refused(two_orgs: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = two_orgs
    _refused(
        b,
        _forged(a, b, tmp_path / "f1.rrrbundle", format_version=FORMAT_VERSION + 1),
        "newer version",
    )
    _refused(b, _forged(a, b, tmp_path / "f2.rrrbundle", record_schema=9), "newer version")


def test_bundle_of_the_old_format_is_refused_with_a_sentence(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    before = vault_hash(b.session)
    for n, fields in enumerate(({"format_version": 1, "record_schema": 1}, {"record_schema": 1})):
        _refused(b, _forged(a, b, tmp_path / f"o{n}.rrrbundle", None, **fields), "older version")
    assert vault_hash(b.session) == before


def test_manifest_not_matching_members_is_refused(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    members = [(RECORDS, b"")]
    listed = forge.member_list([(RECORDS, b"something else\n")])
    _refused(
        b,
        _forged(a, b, tmp_path / "m.rrrbundle", members, members=listed),
        "do not match its signed manifest",
    )


def test_signature_by_another_key_is_refused(two_orgs: tuple[Side, Side], tmp_path: Path) -> None:
    a, b = two_orgs
    x = make_side(tmp_path, "vault-x", "Stranger", "TH", FixedClock(TODAY))
    try:
        members = [(RECORDS, b"")]
        manifest = forge.manifest_dict(
            a.handoff.identity(), _sender(a), fingerprint_of(b), RECEIVER, members
        )
        plain = forge.signed_archive(x.handoff.identity(), manifest, members)  # wrong signer
        path = tmp_path / "sig.rrrbundle"
        path.write_bytes(forge.seal(plain, b.handoff.identity().age_recipient))
        _refused(b, path, "signature does not match")
    finally:
        x.session.close()


def test_damaged_record_line_refuses_the_whole_bundle(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    lines = b'{"id": "x1", "kind": "case", not json}\n'

    _refused(b, _forged(a, b, tmp_path / "r.rrrbundle", [(RECORDS, lines)]), "damaged record")


def test_invalid_case_document_refuses_the_whole_bundle(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    register = {"s": [["0000000000001-0000-aa", "u", "nobody"]], "c": {"aa": "0000000000001-0000"}}
    entry = {
        "id": "x1",
        "kind": "case",
        "state": {"del": "", "anon": "", "r": {"person/given_name": register}},
    }
    lines = (json.dumps(entry) + "\n").encode()
    _refused(b, _forged(a, b, tmp_path / "r.rrrbundle", [(RECORDS, lines)]), "not a valid case")


def test_sync_from_another_organisation_is_refused(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    _refused(b, _forged(a, b, tmp_path / "s.rrrbundle", kind="sync"), "only from a device")


def test_passphrase_bundle_needs_the_passphrase(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    out = tmp_path / "pp.rrrbundle"
    a.handoff.export_bundle(
        "referral",
        out,
        references=[reference],
        passphrase="stick secret 42",
        recipient_org=RECEIVER,
    )
    _refused(b, out, "protected by a passphrase")
    _refused(b, out, "passphrase is wrong", passphrase="wrong one", dry_run=False)
    assert b.handoff.import_bundle(out, "stick secret 42").totals() == {"new": 1}
    assert CaseService(b.session).get(reference, audit=False).person.given_name == "Sokha"


def test_member_count_is_limited_while_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused at the first member over the limit, without reading (or comparing) more."""
    monkeypatch.setattr(container, "MAX_MEMBERS", 5000)
    parser = container.MemberParser(lambda _name: None)
    plain = forge.frames([(f"attachments/m{n}", b"") for n in range(20_000)])
    with pytest.raises(BundleRejected, match="too many members"):
        parser.write(plain)
    assert len(parser.members) == 5000


def test_duplicate_member_names_are_found_among_many() -> None:
    parser = container.MemberParser(lambda _name: None)
    names = [f"attachments/m{n}" for n in range(30_000)]
    with pytest.raises(BundleRejected, match="same member twice"):
        parser.write(forge.frames([(n, b"") for n in [*names, names[12_345]]]))


def test_passphrase_bundle_asking_for_too_much_memory_is_refused_before_deriving(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    good = tmp_path / "pp.rrrbundle"
    a.handoff.export_bundle(
        "referral",
        good,
        references=[reference],
        passphrase="stick secret 42",
        recipient_org=RECEIVER,
    )
    raw = good.read_bytes()
    factor = bundle.scrypt_work_factor(raw[:1024])
    assert factor is not None
    assert factor <= bundle.MAX_SCRYPT_LOG_N  # what the app writes, it reads
    for costly in (bundle.MAX_SCRYPT_LOG_N + 1, 23, 40):
        forged = tmp_path / f"wf{costly}.rrrbundle"
        forged.write_bytes(raw.replace(f" {factor}\n".encode(), f" {costly}\n".encode(), 1))
        assert bundle.scrypt_work_factor(forged.read_bytes()[:1024]) == costly
        _refused(b, forged, "more memory to open", passphrase="stick secret 42")


def test_deeply_nested_record_is_refused_with_a_sentence(
    two_orgs: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_orgs
    deep = b'{"id": "x1", "kind": "case", "state": ' + b"[" * 200_000 + b"]" * 200_000 + b"}\n"
    _refused(b, _forged(a, b, tmp_path / "d1.rrrbundle", [(RECORDS, deep)]), "nested too deeply")
    value: object = "x"
    for _ in range(40):
        value = [value]
    register = {"s": [["0000000000001-0000-aa", "u", value]], "c": {"aa": "0000000000001-0000"}}
    line = json.dumps(
        {"id": "x1", "kind": "case", "state": {"del": "", "anon": "", "r": {"intake/x": register}}}
    )
    path = _forged(a, b, tmp_path / "d2.rrrbundle", [(RECORDS, (line + "\n").encode())])
    _refused(b, path, "damaged record")


def test_a_version_that_is_not_a_clock_value_is_refused(
    two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    bad = "179600000000x-0000-aa"  # the right shape, not digits
    register = {"s": [[bad, "u", "x"]], "c": {"aa": bad[:18]}}
    line = json.dumps(
        {"id": "x1", "kind": "note", "state": {"del": "", "anon": "", "r": {"text": register}}}
    )
    members = [(RECORDS, (line + "\n").encode())]
    path = _forged(a, b, tmp_path / "v.rrrbundle", members, kind="sync")
    _refused(b, path, "damaged record")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_swapped_in_after_the_check_is_refused_without_waiting(
    referral: Path, two_orgs: tuple[Side, Side], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundle's name becomes a named pipe between the check that it is a file and its
    opening (someone else's stick, a hostile script): the import must not wait forever
    for a writer, and the vault stays as it was."""
    _, b = two_orgs
    real_open = os.open

    def swap_then_open(path: Any, flags: int, *args: Any) -> int:
        if Path(path) == referral and referral.is_file():
            referral.unlink()
            os.mkfifo(referral)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", swap_then_open)  # the module files.py opens with
    before = vault_hash(b.session)
    with pytest.raises(KnownError, match="is not a file"):
        b.handoff.import_bundle(referral)
    assert vault_hash(b.session) == before
