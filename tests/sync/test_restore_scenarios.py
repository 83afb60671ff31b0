"""Laptops put back from a backup in the ways a review of the sync epochs found to lose
data or stop converging (each failed on the first version of the epochs): a restore as
the first epoch peers see (just after the upgrade), a second restore on a clock behind,
a restore mark about an epoch of the receiver that is gone, the original laptop used
again after its backup was put back on a spare, and a restored vault on a full
disk (a late stick of the previous version: tests/sync/test_laptops_e2e.py)."""

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
