"""Hypothesis fuzzing of whole bundles: damaged bytes and altered manifests are never accepted.

Each example runs a real import against a real vault; a refusal must be a BundleRejected
(never another exception) and the vault must stay unchanged.
"""

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.enums import ConsentPurpose
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff.manifest import MANIFEST, RECORDS, SIGNATURE
from tests.handoff import forge
from tests.handoff.conftest import Side, fingerprint_of, vault_hash
from tests.handoff.test_referral_status import _case_with_consents

FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def setup(two_orgs: tuple[Side, Side], tmp_path: Path) -> tuple[Side, Side, bytes, str]:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    out = tmp_path / "good.rrrbundle"
    a.handoff.export_bundle("referral", out, fingerprint_of(b), [reference])
    return a, b, out.read_bytes(), vault_hash(b.session)


def _must_refuse(b: Side, path: Path, data: bytes, before: str) -> None:
    path.write_bytes(data)
    with pytest.raises(BundleRejected):
        b.handoff.import_bundle(path)
    assert vault_hash(b.session) == before


@FUZZ
@given(data=st.data())
def test_mutated_bundle_bytes_are_refused(
    setup: tuple[Side, Side, bytes, str], tmp_path: Path, data: st.DataObject
) -> None:
    _, b, good, before = setup
    raw = bytearray(good)
    action = data.draw(st.sampled_from(["flip", "cut", "insert", "replace"]))
    at = data.draw(st.integers(0, len(raw) - 1))
    if action == "flip":
        raw[at] ^= data.draw(st.integers(1, 255))
    elif action == "cut":
        raw = raw[:at]
    elif action == "insert":
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=64))
    else:
        raw = bytearray(data.draw(st.binary(max_size=2000)))
    _must_refuse(b, tmp_path / "fuzz.rrrbundle", bytes(raw), before)


def _sender(a: Side) -> dict[str, str]:
    org = a.session.organisation()
    return {"org_id": org.id, "org_name": org.name, "device_id": a.session.device_id}


values = st.one_of(
    st.none(),
    st.integers(-3, 10**12),
    st.text(max_size=40),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@FUZZ
@given(data=st.data())
def test_manifest_altered_after_signing_is_refused(
    setup: tuple[Side, Side, bytes, str], tmp_path: Path, data: st.DataObject
) -> None:
    a, b, _, before = setup
    members = [(RECORDS, b"")]
    manifest: dict[str, Any] = forge.manifest_dict(
        a.handoff.identity(), _sender(a), fingerprint_of(b), "Receiving Centre KH", members
    )
    signed = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    signature = a.handoff.identity().sign(signed)
    key = data.draw(st.sampled_from(sorted(manifest)))
    new_value = data.draw(values)
    if manifest[key] == new_value:
        new_value = [new_value]
    altered = manifest | {key: new_value}
    raw = json.dumps(altered, sort_keys=True, separators=(",", ":")).encode()
    plain = forge.frames([*members, (MANIFEST, raw), (SIGNATURE, signature)])
    sealed = forge.seal(plain, b.handoff.identity().age_recipient)
    _must_refuse(b, tmp_path / "fuzz.rrrbundle", sealed, before)


@FUZZ
@given(st.lists(st.tuples(st.text(min_size=1, max_size=12), st.binary(max_size=40)), max_size=4))
def test_arbitrary_archives_sealed_to_us_are_refused(
    setup: tuple[Side, Side, bytes, str], tmp_path: Path, members: list[tuple[str, bytes]]
) -> None:
    _, b, _, before = setup
    try:
        plain = forge.frames(members)
    except UnicodeEncodeError:
        return
    _must_refuse(
        b,
        tmp_path / "fuzz.rrrbundle",
        forge.seal(plain, b.handoff.identity().age_recipient),
        before,
    )
