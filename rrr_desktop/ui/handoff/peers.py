"""Peers: this installation's fingerprint and card, adding cards, trusting after comparing."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.handoff.keys import normalise_fingerprint
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.handoff.common import present_error


class PeersView(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = HandoffService(ctx.session)
        layout = QVBoxLayout(self)
        self.me = QLabel(self)
        self.me.setObjectName("myFingerprint")
        self.me.setWordWrap(True)
        layout.addWidget(self.me)
        row = QHBoxLayout()
        export = QPushButton(self.tr("Save my contact card…"), self)
        add = QPushButton(self.tr("Add a contact card…"), self)
        self.trust_button = QPushButton(self.tr("Compare fingerprint and trust…"), self)
        self.trust_button.setObjectName("trustPeer")
        for button in (export, add, self.trust_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("peersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Organisation"),
                self.tr("Country"),
                self.tr("Device"),
                self.tr("Fingerprint"),
                self.tr("Trusted"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        export.clicked.connect(self._export)
        add.clicked.connect(self._add)
        self.trust_button.clicked.connect(self._trust_selected)
        self.reload()

    def reload(self) -> None:
        fingerprint = self.service.identity().fingerprint
        self.me.setText(
            self.tr(
                "This installation's fingerprint: <b>{fpr}</b><br>Read it out "
                "to the other side, by phone or in person, before they trust "
                "your card."
            ).format(fpr=fingerprint)
        )
        peers = self.service.peers()
        self.table.setRowCount(len(peers))
        for row, peer in enumerate(peers):
            cells = [
                peer.org_name,
                peer.country,
                peer.device_id,
                peer.fingerprint,
                self.tr("yes") if peer.trusted else self.tr("no"),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save contact card"),
            "contact.rrrcard",
            self.tr("Contact cards (*.rrrcard)"),
        )
        if name:
            try:
                self.service.export_card(Path(name))
            except Exception as exc:
                present_error(self, exc)

    def _add(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a contact card"), "", self.tr("Contact cards (*.rrrcard)")
        )
        if name:
            self.add_card(Path(name))

    def add_card(self, path: Path) -> None:
        try:
            peer = self.service.add_peer(path)
        except Exception as exc:
            present_error(self, exc)
            return
        self.reload()
        self.changed.emit()
        QMessageBox.information(
            self,
            self.tr("Contact card added"),
            self.tr(
                "{org} was added but is not trusted yet. Compare the fingerprint {fpr} with them "
                "by phone or in person, then trust the card."
            ).format(org=peer.org_name, fpr=peer.fingerprint),
        )

    def _trust_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        cell = self.table.item(row, 3)
        if cell is None:
            return
        expected = cell.text()
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Compare the fingerprint"),
            self.tr("Ask the other side to read out their fingerprint and type it here:"),
        )
        if ok:
            self.trust(expected, typed)

    def trust(self, expected: str, typed: str) -> bool:
        if normalise_fingerprint(typed) != expected:
            QMessageBox.warning(
                self,
                self.tr("Fingerprints differ"),
                self.tr(
                    "The fingerprint you typed is not the one on the card: do not trust this card; "
                    "ask for a new one."
                ),
            )
            return False
        try:
            self.service.trust_peer(expected)
        except Exception as exc:
            present_error(self, exc)
            return False
        self.reload()
        self.changed.emit()
        return True
