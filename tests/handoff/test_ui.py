"""The Handoff page driven as a user would: trust a peer, write a referral, open and apply it."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.enums import ConsentPurpose
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.ui import tasks
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.handoff.page import HandoffPage
from rrr_desktop.ui.registry import load_extensions
from tests.handoff.conftest import Side, fingerprint_of
from tests.handoff.test_referral_status import _case_with_consents


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes record their text instead of blocking the test."""
    shown: list[str] = []

    def record(*a: object, **_k: object) -> int:
        shown.append(str(a[2]))
        return 0

    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _top_level(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(index)
    assert item is not None
    return item


def _page(qtbot: QtBot, side: Side) -> HandoffPage:
    page = HandoffPage(UiContext(side.session))
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    return page


def test_page_is_registered_in_the_navigation() -> None:
    pages, _ = load_extensions()
    spec = next(p for p in pages if p.key == "handoff")
    assert spec.order == 40


def test_referral_through_the_page(
    qtbot: QtBot, two_orgs: tuple[Side, Side], tmp_path: Path, dialogs: list[str]
) -> None:
    a, b = two_orgs
    reference = _case_with_consents(a, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
    page_a = _page(qtbot, a)
    # Trusting needs the typed fingerprint to match the card.
    c_fpr = fingerprint_of(b)
    assert page_a.peers.trust(c_fpr, "0000-0000-0000-0000-0000") is False
    assert page_a.peers.trust(c_fpr, c_fpr.lower().replace("-", " ")) is True
    page_a.outbox.reload_peers()
    page_a.tabs.setCurrentWidget(page_a.outbox)
    page_a.outbox.kind.setCurrentIndex(page_a.outbox.kind.findData("referral"))
    page_a.outbox.peer.setCurrentIndex(page_a.outbox.peer.findData(c_fpr))
    page_a.outbox.cases.setText(reference.lower())
    page_a.outbox.preview_button.click()
    shown = page_a.outbox.filter_view.toPlainText()
    assert "Given name" in shown  # in words, never a field path
    assert "Screening notes" in shown.split("Never sent")[1]  # withheld, and why
    assert "person." not in shown
    assert "intake." not in shown
    usb = tmp_path / "usb"
    usb.mkdir()
    page_a.outbox.folder.setText(str(usb))
    page_a.outbox.write_button.click()
    qtbot.waitUntil(lambda: page_a.outbox.result.text() != "", timeout=20_000)
    [bundle] = list(usb.iterdir())
    assert "Sokha" not in bundle.name
    assert bundle.name.startswith("rrr-referral-")
    page_a.grab().save(str(tmp_path / "outbox.png"))

    page_b = _page(qtbot, b)
    page_b.tabs.setCurrentWidget(page_b.inbox)
    page_b.inbox.open(bundle)
    qtbot.waitUntil(lambda: page_b.inbox.apply_button.isEnabled(), timeout=20_000)
    assert page_b.inbox.table.rowCount() == 1
    assert f"({reference})" in _cell(page_b.inbox.table, 0, 0)  # theirs beside ours
    assert "Given name" in _cell(page_b.inbox.table, 0, 4)
    assert "referral" in page_b.inbox.summary.text()
    page_b.grab().save(str(tmp_path / "inbox.png"))
    page_b.inbox.apply_button.click()
    qtbot.waitUntil(lambda: "Applied" in page_b.inbox.summary.text(), timeout=20_000)
    received = CaseService(b.session).get(reference, audit=False)  # found by their reference
    assert received.person.given_name == "Sokha"
    assert received.partner_reference == reference
    assert received.reference.startswith("KH-")  # the receiving organisation's own
    assert page_b.history.table.rowCount() == 1
    # Opening it again is refused with one clear sentence and changes nothing.
    page_b.inbox.open(bundle)
    qtbot.waitUntil(lambda: any("already imported" in s for s in dialogs), timeout=20_000)
    tasks.wait_for_idle()
    QCoreApplication.processEvents()


def test_conflicts_grouped_by_case_with_every_value_and_who_wrote_it(
    qtbot: QtBot, two_devices: tuple[Side, Side], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_devices
    a.handoff.export_bundle("sync", tmp_path / "1.rrrbundle", fingerprint_of(b))
    b.handoff.import_bundle(tmp_path / "1.rrrbundle")
    first, second = [r.reference for r in CaseService(a.session).search(CaseQuery(limit=2))]
    for ref in (first, second):
        for side, text in ((a, "A"), (b, "B")):

            def wishes(c: CaseFile, t: str = text) -> None:
                c.person.wishes = t

            CaseService(side.session).modify(ref, wishes, "e")
    CaseService(a.session).modify(second, lambda c: setattr(c.intake, "first_needs", "A"), "e")
    CaseService(b.session).modify(second, lambda c: setattr(c.intake, "first_needs", "B"), "e")
    b.handoff.export_bundle("sync", tmp_path / "2.rrrbundle", fingerprint_of(a))
    a.handoff.import_bundle(tmp_path / "2.rrrbundle")
    page = _page(qtbot, a)
    page.tabs.setCurrentWidget(page.conflicts)
    tree = page.conflicts.tree
    assert tree.topLevelItemCount() == 2  # grouped by case
    assert "3 open conflict" in page.conflicts.summary.text()
    by_case = {_top_level(tree, i).text(0): _top_level(tree, i) for i in range(2)}
    row = by_case[first].child(0)
    assert row is not None
    assert row.text(0) == "The person's wishes"  # in words, not person.wishes
    values = row.text(1)
    assert "1. " in values
    assert "2. " in values
    assert "this laptop" in values
    assert f"laptop {b.session.device_id}" in values
    assert "alice" in values
    page.grab().save(str(tmp_path / "conflicts.png"))
    [conflict] = a.handoff.conflicts(CaseService(a.session).get(first, audit=False).id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Both agree: C", True))
    for how in ("ours", "theirs"):  # one value from here, one from there: no doubt which
        assert page.conflicts.findChild(QPushButton, f"{how}-{conflict.id}") is not None
    new = page.conflicts.findChild(QPushButton, f"new-{conflict.id}")
    assert new is not None
    new.click()
    assert CaseService(a.session).get(first, audit=False).person.wishes == "Both agree: C"
    assert page.conflicts.tree.topLevelItemCount() == 1
    whole = page.conflicts.findChild(QPushButton, f"theirs-case-{second}")
    assert whole is not None
    whole.click()
    case = CaseService(a.session).get(second, audit=False)
    assert (case.person.wishes, case.intake.first_needs) == ("B", "B")
    assert page.conflicts.tree.topLevelItemCount() == 0
    assert "No open conflicts" in page.conflicts.summary.text()


def test_a_big_sync_bundle_is_applied_from_the_page_by_worker_processes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A stick with more cases than POOL_FROM: the page's worker thread starts the import
    processes, shows progress and the summary, and leaves nothing running."""
    from rrr_desktop.handoff import parallel
    from tests.handoff.test_parallel_import import _laptops, count_prepared

    a, b = _laptops(tmp_path, 2, seed=12)  # two laptops that have synced once
    try:
        from rrr_desktop.services.demo import fill_demo

        fill_demo(a.session, parallel.POOL_FROM + 20, seed=13)
        bundle = tmp_path / "big.rrrbundle"
        a.handoff.export_bundle("sync", bundle, fingerprint_of(b))
        monkeypatch = pytest.MonkeyPatch()
        prepared = count_prepared(monkeypatch)
        try:
            page = _page(qtbot, b)
            page.tabs.setCurrentWidget(page.inbox)
            page.inbox.open(bundle)
            qtbot.waitUntil(lambda: page.inbox.apply_button.isEnabled(), timeout=120_000)
            page.inbox.apply_button.click()
            qtbot.waitUntil(lambda: "Applied" in page.inbox.summary.text(), timeout=120_000)
        finally:
            monkeypatch.undo()
        assert f"{parallel.POOL_FROM + 20} new" in page.inbox.summary.text()
        assert len(prepared) >= 2 * (parallel.POOL_FROM + 20)  # preview and import alike
        page.grab().save(str(tmp_path / "big-import.png"))
    finally:
        a.session.close()
        b.session.close()


def test_a_stack_of_sticks_is_applied_from_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    """A headquarters chooses several bundles at once: each row says what became of its
    bundle (applied, refused and changing nothing, imported before), the rest still apply."""
    from tests.handoff.test_parallel_import import _laptops

    a, b = _laptops(tmp_path, 3, seed=21)  # b holds a's first three cases already
    try:
        from rrr_desktop.services.demo import fill_demo

        seen = tmp_path / "seen.rrrbundle"
        a.handoff.export_bundle("sync", seen, fingerprint_of(b))
        b.handoff.import_bundle(seen)
        fill_demo(a.session, 4, seed=22)
        fresh = tmp_path / "fresh.rrrbundle"
        a.handoff.export_bundle("sync", fresh, fingerprint_of(b))
        damaged = tmp_path / "damaged.rrrbundle"
        data = bytearray(fresh.read_bytes())
        data[len(data) // 2] ^= 0x01
        damaged.write_bytes(bytes(data))
        before = CaseService(b.session).count(CaseQuery())
        page = _page(qtbot, b)
        page.tabs.setCurrentWidget(page.inbox)
        page.inbox.open_stack([seen, damaged, fresh])
        assert "3 bundle(s) chosen" in page.inbox.summary.text()
        page.inbox.apply_button.click()
        qtbot.waitUntil(lambda: "bundles applied" in page.inbox.summary.text(), timeout=120_000)
        table = page.inbox.table
        assert [_cell(table, r, 0) for r in range(3)] == [p.name for p in (seen, damaged, fresh)]
        assert _cell(table, 0, 1) == "Imported before; skipped."
        assert _cell(table, 1, 1).startswith("Refused: The bundle is damaged")
        assert _cell(table, 2, 1).startswith("Applied: 4 new")
        summary = page.inbox.summary.text()
        assert summary.startswith("1 of 3 bundles applied.")
        assert "Refused, each changing nothing: 1." in summary
        assert CaseService(b.session).count(CaseQuery()) == before + 4
        page.grab().save(str(tmp_path / "stack.png"))
    finally:
        a.session.close()
        b.session.close()


def test_two_values_written_on_this_laptop_are_chosen_by_their_number(
    qtbot: QtBot, demo_session: Session
) -> None:
    """A case window saved over a change made meanwhile on the same laptop keeps both
    values; "keep ours" or "take theirs" would not say which, so each value has its own
    button, by the number shown beside it."""
    service = CaseService(demo_session)
    reference = service.search(CaseQuery(limit=1))[0].reference
    base = service.get(reference, audit=False)
    ours, meanwhile = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.person.wishes, meanwhile.person.wishes = "typed in the window", "saved meanwhile"
    service.save(meanwhile)
    service.save(ours, base=base)
    page = HandoffPage(UiContext(demo_session))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.conflicts)
    [conflict] = page.conflicts.service.conflicts(base.id)
    values = [s.value for s in conflict.siblings]
    assert sorted(values) == ["saved meanwhile", "typed in the window"]
    for how in ("ours", "theirs"):
        assert page.conflicts.findChild(QPushButton, f"{how}-{conflict.id}") is None
    whole = page.conflicts.findChild(QPushButton, f"theirs-case-{reference}")
    assert whole is not None
    assert not whole.isEnabled()  # "theirs" means nothing here
    for n in range(1, len(values) + 1):
        button = page.conflicts.findChild(QPushButton, f"{n}-{conflict.id}")
        assert button is not None
        assert button.text() == f"Keep {n}"
    chosen = page.conflicts.findChild(QPushButton, f"2-{conflict.id}")
    assert chosen is not None
    chosen.click()
    assert service.get(reference, audit=False).person.wishes == values[1]
    assert service.open_conflicts(base.id) == frozenset()
    assert "No open conflicts" in page.conflicts.summary.text()
