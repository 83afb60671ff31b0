"""A headquarters' stack of sticks is committed in groups: what the stack reports as
applied is committed when it is reported (another connection sees it), a refused or
skipped stick changes nothing and the rest go on, and a full disk at any point turns
exactly the sticks it undid into refusals."""

import gc
import shutil
import threading
from pathlib import Path

import pytest

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.people import Person
from rrr_desktop.errors import BundleReplayed, DiskFull, KnownError
from rrr_desktop.services import handoff as handoff_service
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.handoff import HandoffService, StackResult
from rrr_desktop.vault.keys import FAST_INSECURE_KDF
from tests.conftest import PASSPHRASE, TODAY
from tests.handoff.conftest import Side, fingerprint_of
from tests.handoff.test_parallel_import import _laptops
from tests.vault.test_full_disk import small_disk


def _sticks(a: Side, b: Side, base: Path, n: int, cases: int = 3) -> list[Path]:
    """n sticks from A, each after A opened ``cases`` more cases."""
    out = []
    for k in range(n):
        for c in range(cases):
            CaseService(a.session).create(
                Person(given_name=f"Stick{k}", family_name=f"Case{c}"),
                Intake(intake_date=TODAY.date()),
            )
        path = base / f"stick{k}.rrrbundle"
        a.handoff.export_bundle("sync", path, fingerprint_of(b))
        out.append(path)
    return out


def _tampered(path: Path) -> Path:
    bad = path.with_name("tampered-" + path.name)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    return bad


def _committed_bundles(side: Side) -> set[str]:
    """Read on another thread, so on another connection: only what was committed."""
    seen: list[set[str]] = []

    def read() -> None:
        rows = side.session.conn().execute("SELECT bundle_id FROM handoff_applied").fetchall()
        seen.append({r[0] for r in rows})

    reader = threading.Thread(target=read)
    reader.start()
    reader.join()
    return seen[0]


@pytest.mark.parametrize("group_seconds", [0.0, 3600.0])
def test_what_a_stack_reports_applied_is_committed_when_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, group_seconds: float
) -> None:
    monkeypatch.setattr(handoff_service, "STACK_GROUP_SECONDS", group_seconds)
    a, b = _laptops(tmp_path, 2, seed=21)
    try:
        good = _sticks(a, b, tmp_path, 4)
        paths = [good[0], _tampered(good[1]), good[1], good[2], good[2], good[3]]
        reported: list[StackResult] = []
        frozen_before = gc.get_freeze_count()
        frozen_during: list[int] = []

        def on_saved(result: StackResult) -> None:
            if result.preview is not None:
                assert result.preview.manifest.bundle_id in _committed_bundles(b)
            reported.append(result)

        def each_stick(_n: int) -> None:
            frozen_during.append(gc.get_freeze_count())

        results = HandoffService(b.session).import_stack(
            paths, on_saved=on_saved, progress_for=each_stick
        )
        # the cycle collector spared what the stack kept meanwhile, and only meanwhile
        assert all(count > frozen_before for count in frozen_during)
        assert gc.get_freeze_count() == frozen_before
        assert [r.how for r in results] == [
            "applied",
            "refused",
            "applied",
            "applied",
            "skipped",
            "applied",
        ]
        assert reported == results  # each once, in the stack's order
        assert isinstance(results[1].error, KnownError)
        assert isinstance(results[4].error, BundleReplayed)
        names = {r[0] for r in b.session.conn().execute("SELECT given_name FROM case_index")}
        assert {f"Stick{k}" for k in range(4)} <= names
    finally:
        a.session.close()
        b.session.close()


def test_a_full_disk_turns_exactly_the_undone_sticks_into_refusals(tmp_path: Path) -> None:
    """A real full disk (tmpfs) under the headquarters' vault, one group for the stack:
    whatever SQLite undid is reported refused with the disk-full sentence, whatever is
    reported applied is in the vault after a restart; with room again, the same sticks
    import."""
    a_session = vault_service.create_vault(
        tmp_path / "a", "Field Office", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
    )
    a = Side(a_session, HandoffService(a_session), tmp_path / "a.rrrcard")
    a.handoff.export_card(a.card)
    with small_disk(8 << 20) as mount:
        b_session = vault_service.create_vault(
            mount / "hq", "Placeholder", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
        )
        b = Side(b_session, HandoffService(b_session), tmp_path / "b.rrrcard")
        try:
            b.handoff.trust_peer(b.handoff.add_peer(a.card).fingerprint)
            b.handoff.join_organisation(a.handoff.identity().fingerprint)
            b.handoff.export_card(b.card)
            a.handoff.trust_peer(a.handoff.add_peer(b.card).fingerprint)
            sticks = _sticks(a, b, tmp_path, 3, cases=15)
            filler = mount / "filler"
            free = shutil.disk_usage(mount).free
            filler.write_bytes(b"\0" * max(0, free - (96 << 10)))
            results = b.handoff.import_stack(sticks)
            refused = [r for r in results if r.how == "refused"]
            assert refused
            assert all(isinstance(r.error, DiskFull) for r in refused)
            applied = {r.preview.manifest.bundle_id for r in results if r.preview is not None}
            b.session.close()
            filler.unlink()
            b_session = vault_service.open_session(mount / "hq", "alice", PASSPHRASE)
            b = Side(b_session, HandoffService(b_session), b.card)
            assert _committed_bundles(b) == applied
            again = b.handoff.import_stack(sticks)
            assert [r.how for r in again] == [
                "skipped" if r.how == "applied" else "applied" for r in results
            ]
            names = {r[0] for r in b.session.conn().execute("SELECT given_name FROM case_index")}
            assert names == {"Stick0", "Stick1", "Stick2"}
        finally:
            b.session.close()
            a.session.close()


def test_a_write_from_the_window_gets_in_between_two_sticks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A case saved in the window while a stack imports waits for the stick being
    imported, not for the whole group (here the group would last an hour)."""
    monkeypatch.setattr(handoff_service, "STACK_GROUP_SECONDS", 3600.0)
    a, b = _laptops(tmp_path, 1, seed=23)
    events: list[str] = []
    saver: list[threading.Thread] = []
    try:
        sticks = _sticks(a, b, tmp_path, 4)
        real_import = HandoffService.import_bundle

        def import_and_note(self: HandoffService, path: Path, *args: object) -> object:
            preview = real_import(self, path, *args)  # type: ignore[arg-type]
            events.append(f"imported {path.name}")
            if len(events) == 1:  # the window saves a case meanwhile

                def save() -> None:
                    CaseService(b.session).create(
                        Person(given_name="Saved", family_name="Meanwhile"),
                        Intake(intake_date=TODAY.date()),
                    )
                    events.append("saved")

                saver.append(threading.Thread(target=save))
                saver[0].start()
                while not b.session.writers_waiting() and saver[0].is_alive():
                    saver[0].join(0.01)  # until it waits for the write lock
            return preview

        monkeypatch.setattr(HandoffService, "import_bundle", import_and_note)
        results = b.handoff.import_stack(sticks)
        saver[0].join(30)
        assert [r.how for r in results] == ["applied"] * 4
        assert events.index("saved") < events.index("imported stick2.rrrbundle")
        names = {r[0] for r in b.session.conn().execute("SELECT given_name FROM case_index")}
        assert {"Saved", "Stick3"} <= names
    finally:
        a.session.close()
        b.session.close()
