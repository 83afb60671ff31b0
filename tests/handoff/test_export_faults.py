"""A sync bundle written to a stick that fails at any step: one sentence and no bundle that
looks whole, or a whole bundle that verifies; the sending vault is unchanged either way."""

import errno
import os
from pathlib import Path

import pytest

from rrr_desktop import files
from rrr_desktop.errors import DiskFull
from tests.handoff.conftest import Side, fingerprint_of, vault_hash


class Faulty:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, nth: int) -> None:
        self.calls, self.nth = 0, nth
        real_fsync, real_replace = os.fsync, os.replace

        def fsync(fd: int) -> None:
            self._step()
            real_fsync(fd)

        def replace(src: object, dst: object) -> None:
            self._step()
            real_replace(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr("rrr_desktop.files.os.fsync", fsync)
        monkeypatch.setattr("rrr_desktop.files.os.replace", replace)

    def _step(self) -> None:
        self.calls += 1
        if self.calls == self.nth:
            raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failing_stick_never_holds_half_a_bundle(
    two_devices: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_devices
    stick = tmp_path / "stick"
    stick.mkdir()
    out = stick / "sync.rrrbundle"
    with monkeypatch.context() as patch:
        probe = Faulty(patch, 10**9)
        a.handoff.export_bundle("sync", out, fingerprint_of(b))
    out.unlink()
    for nth in range(1, probe.calls + 1):
        before = vault_hash(a.session)
        with monkeypatch.context() as patch:
            Faulty(patch, nth)
            try:
                a.handoff.export_bundle("sync", out, fingerprint_of(b))
            except DiskFull:
                assert list(stick.iterdir()) == []  # said, and nothing left behind
                assert vault_hash(a.session) == before  # and not logged as sent
            else:
                b.handoff.verify(out)  # not said: then it is whole
                out.unlink()
        assert files.leftovers(stick) == []
