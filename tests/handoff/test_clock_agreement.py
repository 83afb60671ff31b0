"""Versions stay in order across windows on one vault and against hostile clocks: an edit
is never left behind by a sync, erased by a merge, or written with a malformed version
(found by a review of sync convergence; real clocks, nothing frozen)."""

import contextlib
import json
import time
from pathlib import Path

import pytest

from rrr_desktop.domain import replica
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff import jsonl
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.handoff import HandoffService
from tests.conftest import PASSPHRASE
from tests.handoff.conftest import Side, fingerprint_of
from tests.handoff.test_parallel_import import _edit, _ids, _laptops


def _an_hour_ahead() -> str:
    return f"{int(time.time() * 1000) + 3_600_000:013d}-0000-fastlaptop"


@pytest.mark.parametrize("acknowledged", [True, False])
def test_an_edit_in_a_second_window_reaches_the_peer_whole(
    tmp_path: Path, acknowledged: bool
) -> None:
    """One window followed a peer whose clock runs an hour fast; an edit saved in the
    other window must sort after everything the first wrote: else the peer's
    acknowledgement hides it from every later sync, or the merge drops both values."""
    a, b = _laptops(tmp_path, 3, seed=5)
    second = vault_service.open_session(b.session.directory, "alice", PASSPHRASE)
    try:
        case_id = _ids(b)[0]
        b.session.observe_version(_an_hour_ahead())
        if acknowledged:  # B -> A -> B: A acknowledges B's versions up to an hour ahead
            b.handoff.export_bundle("sync", tmp_path / "b1.rrrbundle", fingerprint_of(a))
            a.handoff.import_bundle(tmp_path / "b1.rrrbundle")
            a.handoff.export_bundle("sync", tmp_path / "a1.rrrbundle", fingerprint_of(b))
            b.handoff.import_bundle(tmp_path / "a1.rrrbundle")
        else:  # the first window's edit reaches A first
            _edit(b, case_id, "person.wishes", "typed in the first window")
            b.handoff.export_bundle("sync", tmp_path / "b1.rrrbundle", fingerprint_of(a))
            a.handoff.import_bundle(tmp_path / "b1.rrrbundle")
        _edit(Side(second, HandoffService(second), tmp_path / "x"), case_id, "person.wishes", "2nd")
        b.handoff.export_bundle("sync", tmp_path / "b2.rrrbundle", fingerprint_of(a))
        a.handoff.import_bundle(tmp_path / "b2.rrrbundle")
        assert CaseService(a.session).get(case_id, audit=False).person.wishes == "2nd"
    finally:
        second.close()
        a.session.close()
        b.session.close()


def test_a_version_from_the_far_future_does_not_break_the_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle whose version table holds the last clock value there is (year 2286): the
    import may go through, but every later version is well formed and the vault opens."""
    a, b = _laptops(tmp_path, 3, seed=5)
    directory = b.session.directory
    try:
        ids = _ids(a)
        _edit(a, ids[0], "person.wishes", "changed on A")
        real_line = jsonl.raw_line

        def far_future(record_id: str, kind: str, state_json: bytes) -> bytes:
            state = json.loads(state_json)
            state["t"].append(["9999999999999-9999-evil", "x"])
            return real_line(record_id, kind, json.dumps(state).encode())

        monkeypatch.setattr(jsonl, "raw_line", far_future)
        a.handoff.export_bundle("sync", tmp_path / "p.rrrbundle", fingerprint_of(b))
        monkeypatch.setattr(jsonl, "raw_line", real_line)
        with contextlib.suppress(BundleRejected):  # refusing it is as good
            b.handoff.import_bundle(tmp_path / "p.rrrbundle")
        _edit(b, ids[1], "person.wishes", "edited on B afterwards")
        for _ in range(3):
            assert replica.HLC_RE.match(b.session.next_version())
    finally:
        a.session.close()
        b.session.close()
    vault_service.open_session(directory, "alice", PASSPHRASE).close()
