"""The Handoff page: outbox, inbox, peers, conflicts and history as tabs."""

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.handoff.conflicts import ConflictsView, HistoryView
from rrr_desktop.ui.handoff.inbox import InboxView
from rrr_desktop.ui.handoff.outbox import OutboxView
from rrr_desktop.ui.handoff.peers import PeersView


class HandoffPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoffPage")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Handoff") + "</h2>", self))
        self.tabs = QTabWidget(self)
        self.outbox = OutboxView(ctx, self)
        self.inbox = InboxView(ctx, self)
        self.peers = PeersView(ctx, self)
        self.conflicts = ConflictsView(ctx, self)
        self.history = HistoryView(ctx, self)
        self.tabs.addTab(self.outbox, self.tr("Outbox"))
        self.tabs.addTab(self.inbox, self.tr("Inbox"))
        self.tabs.addTab(self.peers, self.tr("Peers"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout.addWidget(self.tabs)
        self.peers.changed.connect(self.outbox.reload_peers)
        self.outbox.written.connect(lambda _path: self.history.reload())
        self.inbox.applied.connect(self.history.reload)
        self.inbox.applied.connect(self.conflicts.reload)
        self.conflicts.resolved.connect(ctx.caseChanged.emit)
