"""Outbox: choose a peer (or a passphrase), a kind and cases, see the consent filter, write."""

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.handoff_rules import NEVER_REASON, NOT_MARKED_REASON
from rrr_desktop.handoff.manifest import Kind
from rrr_desktop.services.handoff import ExportResult, HandoffService, default_bundle_name
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.handoff.common import ProgressRow, present_error, tick_progress
from rrr_desktop.ui.labels import field_words
from rrr_desktop.ui.labels import label as enum_label
from rrr_desktop.ui.tasks import TaskProgress, run_for


class OutboxView(QWidget):
    written = Signal(str)  # path of the bundle written

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = HandoffService(ctx.session)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.peer = QComboBox(self)
        self.peer.setObjectName("outboxPeer")
        form.addRow(self.tr("Recipient"), self.peer)
        self.use_passphrase = QCheckBox(
            self.tr("Protect with a passphrase instead (recipient's card not known yet)"), self
        )
        form.addRow("", self.use_passphrase)
        self.recipient_org = QLineEdit(self)
        self.recipient_org.setPlaceholderText(
            self.tr("Receiving organisation, as named in the consent")
        )
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Organisation"), self.recipient_org)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.kind = QComboBox(self)
        self.kind.setObjectName("outboxKind")
        for key, label in (
            ("referral", self.tr("Referral to a receiving organisation")),
            ("status", self.tr("Status report to the referring organisation")),
            ("sync", self.tr("Sync with a device of this organisation")),
        ):
            self.kind.addItem(label, key)
        form.addRow(self.tr("Kind"), self.kind)
        self.cases = QLineEdit(self)
        self.cases.setObjectName("outboxCases")
        self.cases.setPlaceholderText(self.tr("Case references, separated by commas"))
        form.addRow(self.tr("Cases"), self.cases)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(self)
        self.folder.setObjectName("outboxFolder")
        choose = QPushButton(self.tr("Choose folder or drive…"), self)
        choose.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form.addRow(self.tr("Write to"), folder_row)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Show what will be sent"), self)
        self.preview_button.setObjectName("outboxPreview")
        self.write_button = QPushButton(self.tr("Write bundle"), self)
        self.write_button.setObjectName("outboxWrite")
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.write_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.filter_view = QPlainTextEdit(self)
        self.filter_view.setObjectName("outboxFilter")
        self.filter_view.setReadOnly(True)
        layout.addWidget(QLabel(self.tr("What leaves this organisation:"), self))
        layout.addWidget(self.filter_view, 1)
        self.progress = ProgressRow(self)
        layout.addWidget(self.progress)
        self.result = QLabel(self)
        self.result.setObjectName("outboxResult")
        layout.addWidget(self.result)
        self.preview_button.clicked.connect(self.show_filter)
        self.write_button.clicked.connect(self.write)
        self.use_passphrase.toggled.connect(self._passphrase_mode)
        self._passphrase_mode(False)
        self.reload_peers()

    def reload_peers(self) -> None:
        self.peer.clear()
        for peer in self.service.peers():
            if peer.trusted:
                self.peer.addItem(f"{peer.org_name} ({peer.fingerprint})", peer.fingerprint)

    def _passphrase_mode(self, on: bool) -> None:
        self.recipient_org.setEnabled(on)
        self.passphrase.setEnabled(on)
        self.peer.setEnabled(not on)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder or removable drive"))
        if folder:
            self.folder.setText(folder)

    def _references(self) -> list[str]:
        return [r.strip().upper() for r in self.cases.text().split(",") if r.strip()]

    def _recipient_org(self) -> str:
        if self.use_passphrase.isChecked():
            return self.recipient_org.text().strip()
        fingerprint = self.peer.currentData()
        return self.service.peer(fingerprint).org_name if fingerprint else ""

    def show_filter(self) -> None:
        """The consent filter per case: sent fields, and what is withheld and why."""
        if self.kind.currentData() != "referral":
            self.filter_view.setPlainText(
                self.tr(
                    "Only referrals are filtered by consent; a "
                    "status report carries follow-up status and "
                    "the six messages."
                )
            )
            return
        try:
            filters = self.service.referral_filters(self._recipient_org(), self._references())
        except Exception as exc:
            present_error(self, exc)
            return
        lines: list[str] = []
        for reference, found in filters.items():
            lines.append(
                self.tr("{ref}: {n} fields are sent").format(ref=reference, n=len(found.sent))
            )
            lines.append("  " + ", ".join(_unique(field_words(p) for p in found.sent)))
            withheld: dict[str, list[str]] = {}
            for path, why in found.withheld:
                withheld.setdefault(why, []).append(path)
            for why, paths in withheld.items():
                lines.append(self._why(why))
                lines.append("  " + ", ".join(_unique(field_words(p) for p in paths)))
            lines.append("")
        self.filter_view.setPlainText("\n".join(lines))

    def _why(self, reason: str) -> str:
        """Why fields stay here: a consent not (yet) given, or never shared."""
        if reason == NEVER_REASON:
            return self.tr("Never sent (kept in the organisation):")
        if reason == NOT_MARKED_REASON:
            return self.tr("Kept here (files not marked as ones to share):")
        return self.tr("Withheld until the person consents to: {purpose}").format(
            purpose=enum_label(reason)
        )

    def write(self) -> None:
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            present_error(self, _known(self.tr("Choose a folder or drive to write the bundle to.")))
            return
        kind: Kind = self.kind.currentData()
        out = folder / default_bundle_name(kind, self.ctx.session.clock.now())
        passphrase = self.passphrase.text() if self.use_passphrase.isChecked() else ""
        peer = "" if passphrase else str(self.peer.currentData() or "")
        org = self.recipient_org.text().strip()
        references = self._references()
        service = self.service

        def work(progress: TaskProgress) -> ExportResult:
            return service.export_bundle(
                kind, out, peer, references, passphrase, org, progress=tick_progress(progress)
            )

        self.write_button.setEnabled(False)
        task = run_for(self, work, self._written, self._failed)  # dropped if the page goes
        self.progress.start(task)

    def _written(self, result: ExportResult) -> None:
        self.write_button.setEnabled(True)
        counts = result.manifest.counts
        self.result.setText(
            self.tr("Wrote {name}: {n} records.").format(
                name=result.path.name, n=counts.get("records", 0)
            )
        )
        self.written.emit(str(result.path))

    def _failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(True)
        present_error(self, exc)


def _known(message: str) -> Exception:
    from rrr_desktop.errors import InvalidInput

    return InvalidInput(message)


def _unique(words: Iterable[str]) -> list[str]:
    """In order, once each (the entries of one list share a label)."""
    return list(dict.fromkeys(words))
