"""Laptops put back from a backup in the ways a review of the sync epochs found to lose
data or stop converging (each failed on the first version of the epochs): a restore as
the first epoch peers see (just after the upgrade), a second restore on a clock behind,
a restore mark about an epoch of the receiver that is gone, the original laptop used
again after its backup was put back on a spare, and a restored vault on a full
disk (a late stick of the previous version: tests/sync/test_laptops_e2e.py); then the
ways a second review found: a restore on a clock a month behind, or after one on a clock
far ahead, a restored laptop's references, and a first export that did not commit."""

import time
import types
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rrr_desktop.services import restore, vault_service
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.handoff.page import HandoffPage
from rrr_desktop.vault import sync_epochs
from rrr_desktop.vault.records import get_meta
from tests.conftest import PASSPHRASE
from tests.sync.test_laptops_e2e import World, base  # noqa: F401  (the fixture)


def _as_upgraded_from_format_3(world: World) -> None:
    """What migration 0021 leaves in vaults that synced on the previous version: no epoch
    drawn, no epoch known of any peer (sync_known and the marks as they were)."""
    for laptop in world.laptops:
        with laptop.session.write() as conn:
            conn.execute(
                "UPDATE handoff_sync_state SET epoch = '', seen_epochs = '', restored = NULL, "
                "restored_epoch = ''"
            )
            conn.execute("DELETE FROM meta WHERE key IN ('sync_epoch', 'sync_replica')")


def test_a_restore_is_the_first_epoch_a_peer_sees(base: Path) -> None:  # noqa: F811
    """The deletion scenario of the fix, in an organisation that just upgraded: laptop 2
    deleted a case and sent that to both others on the previous version (format 3), then
    was put back from an older backup. Its first epoch is the first the peers ever see
    (held epoch ""), so update_sync_state takes the normal branch: sync_known is not
    forgotten, the acknowledgement not set back, and the deletion is never sent again."""
    world = World(base / "upgrade")
    try:
        world.start()
        world.backup(2)
        case_id = world.live(2)[0]
        world.retention(2, case_id, anonymise=False)
        for to in (0, 1):
            world.carry(2, to)
        _as_upgraded_from_format_3(world)
        world.restore(2)
        assert case_id in world.live(2)
        for n in (0, 1):
            world.carry(n, 2)
        world.quiesce()
        assert case_id not in world.live(2), "the deletion was never sent back"
        world.check()
    finally:
        world.close()


def test_a_second_restore_on_a_clock_behind_the_first(
    base: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Laptop 2 is put back from its backup twice. The second time the machine's clock is
    behind the time of the first restore (a replacement laptop whose date was reset):
    the new epoch is max(clock, backup's epoch + 1 ms), earlier than the epoch the peers
    saw last. Every bundle of the new epoch is then taken for a stale stick: no mark
    moves, sync_known is kept, and a deletion lost by the second restore never returns."""
    world = World(base / "clocks")
    try:
        world.start()
        world.backup(2)
        world.restore(2)  # the first restore, on a machine with the right date
        world.quiesce()
        case_id = world.live(2)[0]
        world.retention(2, case_id, anonymise=False)
        for to in (0, 1):
            world.carry(2, to)
        slow = types.SimpleNamespace(time=lambda: time.time() - 30 * 86400)
        monkeypatch.setattr(sync_epochs, "time", slow)  # a month behind
        world.restore(2)  # the same backup again
        monkeypatch.undo()
        assert case_id in world.live(2)
        world.quiesce()
        assert case_id not in world.live(2), "the deletion was never sent back"
        world.check()
    finally:
        world.close()


def test_restored_is_about_an_epoch_of_ours_that_is_gone(base: Path) -> None:  # noqa: F811
    """`restored` is compared with the receiver's versions whatever epoch it was taken in.
    Laptop 0's clock had followed a laptop 12 h ahead when it last sent to laptop 1; laptop
    1 backs up (it holds laptop 0's versions up to now+12h). Laptop 0 is put back from an
    older backup (its clock is right again), makes an edit (stamped now) and sends it to
    laptop 1, which acknowledges it. Then laptop 1 is put back from its backup: it lost
    that edit, and says restored = now+12h about laptop 0's *earlier* epoch. Laptop 0 takes
    min(now+12h, what laptop 1 had acknowledged) = past the edit, and never sends it
    again: laptops 0 and 1 sync for ever without it."""
    world = World(base / "restored")
    try:
        world.start()
        world.backup(0)
        case_id = world.live(0)[0]
        world.laptops[0].session._hlc._wall = lambda: time.time() + 12 * 3600
        world.carry(0, 1)  # nothing to send, but its upto is 12 h ahead
        world.backup(1)
        world.restore(0)  # a fresh session: its clock is right again
        world.edit(0, case_id, "intake.first_needs", "ask family")
        world.carry(0, 1)
        world.carry(1, 0)  # laptop 1 acknowledges the edit (in laptop 0's new epoch)
        world.restore(1)
        for _ in range(3):  # laptops 0 and 1 sync with each other, again and again
            world.carry(1, 0)
            world.carry(0, 1)
        assert "ask family" in world.values(1, case_id, "intake/first_needs"), (
            "laptop 0's edit never reached laptop 1 again"
        )
    finally:
        world.close()


def test_the_original_laptop_after_its_backup_was_put_back_elsewhere(
    base: Path,  # noqa: F811
) -> None:
    """Laptop 2 is reported lost and its backup is put back on a spare (same identity,
    new epoch); the spare edits a case and sends it to laptop 0, then the original turns
    up and is used again, the spare wiped. Laptop 0 now takes every bundle of the original
    (an earlier epoch) for a stale stick: no mark of it ever moves again, and it skips
    the spare's edit as held by laptop 2 (sync_known, from the spare's bundle). Laptops 0
    and 2 sync for ever without the edit reaching the original, and laptop 0's marks
    for it stay where the spare left them."""
    world = World(base / "spare")
    try:
        world.start()
        world.backup(2)
        folder, _ = world.backups[2]
        restore.restore(folder, world.base / "spare", "alice", PASSPHRASE)
        spare = vault_service.open_session(world.base / "spare", "alice", PASSPHRASE)
        case_id = world.live(0)[0]
        try:
            from rrr_desktop.services.cases import CaseService

            def change(c: object) -> None:
                c.person.wishes = "from the spare"  # type: ignore[attr-defined]

            CaseService(spare).modify(case_id, change, "case.edit")
            out = world.base / "spare.rrrbundle"
            HandoffService(spare).export_bundle("sync", out, world.fingerprint(0))
            world.laptops[0].handoff.import_bundle(out)
        finally:
            spare.close()
        conn0 = world.laptops[0].session.conn()
        row = "SELECT acked, received FROM handoff_sync_state WHERE peer = ?"
        before = conn0.execute(row, (world.fingerprint(2),)).fetchone()
        world.edit(2, world.live(2)[1], "person.wishes", "original again")
        for _ in range(3):  # the original and laptop 0 sync, again and again
            world.carry(2, 0)
            world.carry(0, 2)
        after = conn0.execute(row, (world.fingerprint(2),)).fetchone()
        values = world.values(2, case_id, "person/wishes")
        assert after != before, "laptop 0 never moves its marks for the original again"
        assert "from the spare" in values, "the spare's edit never reaches the original"
    finally:
        world.close()


def test_a_restored_vault_on_a_full_disk_still_opens_for_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vault opens for reading when the disk is full at unlock (the audit entry of the
    unlock cannot be written: test_a_full_disk_at_unlock_still_opens_for_reading). The
    first session of a restored vault now writes the new epoch in Session.__init__,
    before that guard: on a full disk the restored vault does not open at all."""
    from rrr_desktop.errors import DiskFull
    from rrr_desktop.vault.keys import FAST_INSECURE_KDF

    first = vault_service.create_vault(
        tmp_path / "v", "Field Office", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
    )
    vault_service.backup(first, tmp_path / "backup")
    first.close()
    restore.restore(tmp_path / "backup", tmp_path / "v", "alice", PASSPHRASE)

    def full(*_a: object, **_k: object) -> None:
        raise DiskFull()

    monkeypatch.setattr(sync_epochs, "begin_epoch", full)  # its write meets a full disk
    monkeypatch.setattr("rrr_desktop.services.session.audit.append", full)
    reader = vault_service.open_session(tmp_path / "v", "alice", PASSPHRASE)
    try:
        assert isinstance(reader.read_only, DiskFull)
    finally:
        reader.close()


def test_the_history_tab_says_which_laptops_have_not_synced_since_a_restore(
    base: Path,  # noqa: F811
    qtbot: QtBot,
) -> None:
    """A caseworker who put a backup back sees, in Handoff > History, that the other
    laptops may hold what the vault lost, and which have not synced with it yet."""
    world = World(base / "notice")
    try:
        world.start()
        assert world.laptops[2].handoff.still_to_sync() is None  # never restored
        world.backup(2)
        world.restore(2)
        page = HandoffPage(UiContext(world.laptops[2].session))
        qtbot.addWidget(page)
        page.resize(1000, 640)
        page.show()
        page.tabs.setCurrentWidget(page.history)
        notice = page.history.restored
        assert notice.isVisible()
        assert "put back from a backup" in notice.text()
        assert world.fingerprint(0) in notice.text()
        assert world.fingerprint(1) in notice.text()
        world.carry(2, 0)
        world.carry(0, 2)  # laptop 0 has seen the new epoch: it sent back what it holds
        page.history.reload()
        assert world.fingerprint(0) not in notice.text()
        assert world.fingerprint(1) in notice.text()
        world.quiesce()
        page.history.reload()
        assert not notice.isVisible()
        assert world.laptops[2].handoff.still_to_sync() == (notice_day(world), [])
    finally:
        world.close()


def notice_day(world: World) -> str:
    conn = world.laptops[2].session.conn()
    return get_meta(conn, sync_epochs.RESTORED_AT_KEY)


def _records(world: World, n: int, to: int) -> int:
    """How many records a sync bundle from laptop n to laptop to carries now (delivered)."""
    out = world.base / f"count-{len(world.sticks)}.rrrbundle"
    result = world.laptops[n].handoff.export_bundle("sync", out, world.fingerprint(to))
    world.sticks.append((out, to, set(world.laptops[n].seen)))
    world.deliver(len(world.sticks) - 1)
    return int(result.manifest.counts.get("records", 0))


def test_a_restore_on_a_clock_days_behind_never_settles(
    base: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The organisation upgraded; laptop 2's latest backup was made before its first
    sync on the new version (no epoch in it). Its disk dies and the backup goes onto a
    replacement whose date was reset (a month behind). Its new epoch (from its clock) sorts
    before the one the peers saw: they take every bundle of it for a stale stick, and the
    echo of its lost epoch (which a copy of it drew: its tag says so) makes it draw one
    after it; from then on every bundle carries only what changed."""
    world = World(base / "cmos")
    try:
        world.start()
        _as_upgraded_from_format_3(world)
        world.backup(2)  # made on the previous version's state: no epoch in it
        world.quiesce()  # every laptop draws its first epoch, the peers see laptop 2's
        for k in range(4):  # work after the backup, synced everywhere
            world.open_case(k % 3, f"after the backup {k}")
        world.quiesce()
        slow = types.SimpleNamespace(time=lambda: time.time() - 30 * 86400)
        monkeypatch.setattr(sync_epochs, "time", slow)  # the replacement's date is behind
        world.restore(2)
        for _ in range(3):
            world.quiesce()
        assert set(world.live(2)) == set(world.live(0))  # the records did come back
        assert _records(world, 0, 2) == 0, "laptop 0 sends everything again, every time"
        assert _records(world, 2, 0) == 0, "laptop 2 sends everything again, every time"
    finally:
        world.close()


def _reference(world: World, n: int, case_id: str) -> str:
    from rrr_desktop.services.cases import CaseService

    return CaseService(world.laptops[n].session).get(case_id, audit=False).reference


def test_a_restored_laptop_does_not_hand_out_its_references_again(
    base: Path,  # noqa: F811
) -> None:
    """Laptop 2 opens a case after its backup and syncs it (its reference is in use on
    every laptop, on paper, in referrals). The disk dies and the backup is put back: the
    laptop knows nothing of that case, and its next case takes the same running number
    under the same code, unless the code follows the laptop's new name after the restore.
    (When the two met, one was renumbered on every laptop: half the time the case
    everybody already knew.)"""
    world = World(base / "refs")
    try:
        world.start()
        world.backup(2)
        world.open_case(2, "Opened after the backup")
        first = world.cases[-1]
        for to in (0, 1):
            world.carry(2, to)
        known = _reference(world, 0, first)
        world.restore(2)  # the epoch is new: the laptop knows it may have lost work
        world.open_case(2, "Opened after the restore")
        second = world.cases[-1]
        assert _reference(world, 2, second) != known, (
            f"the restored laptop handed out {known} again"
        )
    finally:
        world.close()


def test_a_restore_once_made_on_a_clock_far_ahead_traps_the_next_one(
    base: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Laptop 2 is put back from its backup on a machine whose date is two years ahead
    (its epoch says 2028), later fixed. Put back again from the same backup, now with the
    right date, its epoch sorts before the one the peers saw; their echo of the 2028
    epoch makes it draw one after it, and syncing settles."""
    world = World(base / "ahead")
    try:
        world.start()
        world.backup(2)
        with monkeypatch.context() as patch:
            fast = types.SimpleNamespace(time=lambda: time.time() + 2 * 365 * 86400)
            patch.setattr(sync_epochs, "time", fast)
            world.restore(2)
        world.quiesce()  # the peers see the 2028 epoch; the date is fixed
        world.restore(2)  # the disk dies again: the same backup, the right date
        world.quiesce()
        for k in range(4):  # and everyone goes on working
            world.open_case(k % 3, f"after the second restore {k}")
        for _ in range(3):
            world.quiesce()
        assert _records(world, 0, 2) == 0, "laptop 0 sends everything again, every time"
    finally:
        world.close()


def test_a_first_export_that_did_not_commit_is_no_restore(
    base: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Just after the upgrade, laptop 2's first sync export writes its bundle to the stick,
    then its commit fails (a full disk; or the app is killed before it). The app takes the
    file away again when it can; a killed one cannot, so a copy is kept here. Had the
    epoch been drawn in that export's transaction, that stick would carry an epoch the
    vault never kept, the next export would draw another, and laptop 0 would take laptop
    2 for restored and send it the whole vault again."""
    import shutil

    from rrr_desktop.errors import DiskFull
    from rrr_desktop.vault.records import set_meta

    world = World(base / "rolled")
    try:
        world.start()
        _as_upgraded_from_format_3(world)
        stick = world.base / f"stick-{len(world.sticks)}.rrrbundle"
        left = world.base / "left-by-a-killed-export.rrrbundle"
        writes = 0

        def full_at_the_export(conn: object, key: str, value: str) -> None:
            nonlocal writes
            writes += key == "hlc_last"
            if key == "hlc_last" and writes == 2:  # the export's own write, bundle written
                shutil.copyfile(stick, left)  # what a process killed here leaves
                raise DiskFull()
            set_meta(conn, key, value)  # type: ignore[arg-type]

        with monkeypatch.context() as patch:
            patch.setattr("rrr_desktop.services.session.set_meta", full_at_the_export)
            with pytest.raises(DiskFull):
                world.export(2, 0)
        assert left.is_file()
        assert not stick.exists(), "a bundle not recorded as sent stayed on the stick"
        world.sticks.append((left, 0, set(world.laptops[2].seen)))
        world.deliver(len(world.sticks) - 1)  # the stick that did not commit
        world.carry(2, 0)  # the next export, with the epoch drawn again
        assert _records(world, 0, 2) == 0, "laptop 0 sends laptop 2 the whole vault again"
    finally:
        world.close()
