"""An import applies exactly the bundle it verified. A small bundle is kept in memory as
it was verified and decrypted once; a bigger one is read again, and refused if the file
changed in between. Either way another file swapped in after the check never lands."""

import shutil
from pathlib import Path

import pytest

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.people import Person
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff import bundle, inbox
from rrr_desktop.services.cases import CaseService
from tests.conftest import TODAY
from tests.handoff.conftest import Side, fingerprint_of
from tests.handoff.test_parallel_import import _laptops


def _stick(a: Side, b: Side, path: Path, name: str) -> Path:
    CaseService(a.session).create(Person(given_name=name), Intake(intake_date=TODAY.date()))
    a.handoff.export_bundle("sync", path, fingerprint_of(b))
    return path


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry each time a bundle file is decrypted."""
    reads: list[int] = []
    read_bundle = bundle.read_bundle

    def counted(*args: object, **kwargs: object) -> object:
        reads.append(1)
        return read_bundle(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(inbox, "read_bundle", counted)
    return reads


def _names(side: Side) -> set[str]:
    return {r[0] for r in side.session.conn().execute("SELECT given_name FROM case_index")}


@pytest.mark.parametrize("kept", [True, False])
def test_a_file_swapped_in_after_the_check_never_lands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kept: bool
) -> None:
    monkeypatch.setattr(inbox, "KEEP_BYTES", 32 << 20 if kept else 0)
    a, b = _laptops(tmp_path, 1, seed=31)
    try:
        first = _stick(a, b, tmp_path / "first.rrrbundle", "Verified")
        other = _stick(a, b, tmp_path / "other.rrrbundle", "Swapped")
        verify = inbox.open_verified
        reads = _count_reads(monkeypatch)

        def verify_then_swap(*args: object, **kwargs: object) -> inbox.Verified:
            verified = verify(*args, **kwargs)  # type: ignore[arg-type]
            shutil.copyfile(other, first)
            return verified

        monkeypatch.setattr(inbox, "open_verified", verify_then_swap)
        if kept:  # read once, from memory: what was verified is what lands
            applied = b.handoff.import_bundle(first)
            assert applied.applied
            assert "Verified" in _names(b)
            assert len(reads) == 1
        else:
            with pytest.raises(BundleRejected, match="changed while it was being read"):
                b.handoff.import_bundle(first)
            assert "Verified" not in _names(b)
            assert len(reads) == 2
        assert "Swapped" not in _names(b)
    finally:
        a.session.close()
        b.session.close()


def test_a_bundle_bigger_than_the_memory_kept_is_read_twice_and_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the limit nothing is kept (not a part of the records): the file is read again."""
    a, b = _laptops(tmp_path, 1, seed=32)
    try:
        path = _stick(a, b, tmp_path / "s.rrrbundle", "Big")
        monkeypatch.setattr(inbox, "KEEP_BYTES", path.stat().st_size // 3)
        reads = _count_reads(monkeypatch)
        assert b.handoff.import_bundle(path).totals().get("new") == 1
        assert len(reads) == 2
        assert "Big" in _names(b)
    finally:
        a.session.close()
        b.session.close()
