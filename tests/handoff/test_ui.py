"""The Handoff page driven as a user would: trust a peer, write a referral, open and apply it."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from rrr_desktop.domain.enums import ConsentPurpose
from rrr_desktop.domain.queries import CaseQuery
from rrr_desktop.services.cases import CaseService
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
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(str(a[2])) or 0)
    return shown


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
    assert "+ person.given_name" in shown
    assert "- intake.screening_notes" in shown
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
    assert page_b.inbox.table.item(0, 0).text() == reference
    assert "person.given_name" in page_b.inbox.table.item(0, 4).text()
    assert "referral" in page_b.inbox.summary.text()
    page_b.grab().save(str(tmp_path / "inbox.png"))
    page_b.inbox.apply_button.click()
    qtbot.waitUntil(lambda: "Applied" in page_b.inbox.summary.text(), timeout=20_000)
    assert CaseService(b.session).get(reference, audit=False).person.given_name == "Sokha"
    assert page_b.history.table.rowCount() == 1
    # Opening it again is refused with one clear sentence and changes nothing.
    page_b.inbox.open(bundle)
    qtbot.waitUntil(lambda: any("already imported" in s for s in dialogs), timeout=20_000)
    tasks.wait_for_idle()
    QCoreApplication.processEvents()


def test_conflicts_side_by_side(
    qtbot: QtBot, two_devices: tuple[Side, Side], tmp_path: Path
) -> None:
    a, b = two_devices
    a.handoff.export_bundle("sync", tmp_path / "1.rrrbundle", fingerprint_of(b))
    b.handoff.import_bundle(tmp_path / "1.rrrbundle")
    reference = CaseService(a.session).search(CaseQuery(limit=1))[0].reference
    CaseService(a.session).modify(reference, lambda c: setattr(c.person, "wishes", "A"), "e")
    CaseService(b.session).modify(reference, lambda c: setattr(c.person, "wishes", "B"), "e")
    b.handoff.export_bundle("sync", tmp_path / "2.rrrbundle", fingerprint_of(a))
    a.handoff.import_bundle(tmp_path / "2.rrrbundle")
    page = _page(qtbot, a)
    page.tabs.setCurrentWidget(page.conflicts)
    table = page.conflicts.table
    assert table.rowCount() == 1
    assert (table.item(0, 1).text(), table.item(0, 2).text(), table.item(0, 3).text()) == (
        "person.wishes",
        "A",
        "B",
    )
    page.grab().save(str(tmp_path / "conflicts.png"))
    [conflict] = a.handoff.conflicts()
    take = page.conflicts.findChild(QPushButton, f"take-{conflict.id}")
    assert take is not None
    take.click()
    assert table.rowCount() == 0
    assert CaseService(a.session).get(reference, audit=False).person.wishes == "B"
