"""Who viewed, changed, printed, exported and handed over what, and when; filtered, exported
to CSV (itself audited), and checked against the chain and a signed checkpoint."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.audit_words import ACTION_WORDS
from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import KnownError
from rrr_desktop.services.audit_service import AuditFilter, AuditService
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.handoff import HandoffService
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.dates import date_format, date_text
from rrr_desktop.ui.errors import error_text, present_error
from rrr_desktop.ui.tasks import TaskProgress, run_for

SHOWN = 1000
KIND_WORDS = {
    "referral": QT_TRANSLATE_NOOP("AuditPage", "Referral"),
    "status": QT_TRANSLATE_NOOP("AuditPage", "Status report"),
    "sync": QT_TRANSLATE_NOOP("AuditPage", "Sync"),
}


class AuditPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        if not ctx.session.user.has_role(Role.SUPERVISOR):
            note = QLabel(self.tr("Only supervisors can read the audit log."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addStretch(1)
            return
        self.service = AuditService(ctx.session)
        self._generation = 0  # only the latest search is shown
        tabs = QTabWidget(self)
        tabs.addTab(self._entries_tab(), self.tr("Audit log"))
        tabs.addTab(self._transfers_tab(), self.tr("Transfers"))
        layout.addWidget(tabs)

    # -- the audit log --------------------------------------------------------------------

    def _entries_tab(self) -> QWidget:
        tab = QWidget(self)
        self.user = QLineEdit(tab)
        self.case = QLineEdit(tab)
        self.case.setPlaceholderText(self.tr("a case reference"))
        self.action = QLineEdit(tab)
        self.action.setPlaceholderText(self.tr("e.g. case.print"))
        self.use_dates = QCheckBox(self.tr("Only between"), tab)
        self.since = QDateEdit(tab)
        self.until = QDateEdit(tab)
        today = self.ctx.session.clock.today()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setDate(QDate(today.year, today.month, today.day))
        form = QFormLayout()
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Case"), self.case)
        form.addRow(self.tr("&Action"), self.action)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("and"), tab))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form.addRow(self.tr("Dates"), dates)
        self.search_button = QPushButton(self.tr("&Search"), tab)
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton(self.tr("&Export CSV…"), tab)
        self.export_button.clicked.connect(self.export)
        self.verify_button = QPushButton(self.tr("&Verify the chain"), tab)
        self.verify_button.clicked.connect(self.verify)
        self.checkpoint_button = QPushButton(self.tr("Write a chec&kpoint…"), tab)
        self.checkpoint_button.clicked.connect(self.write_checkpoint)
        self.against_button = QPushButton(self.tr("C&heck against a checkpoint…"), tab)
        self.against_button.clicked.connect(self.check_against)
        buttons = QHBoxLayout()
        for button in (
            self.search_button,
            self.export_button,
            self.verify_button,
            self.checkpoint_button,
            self.against_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.table = QTableWidget(0, 5, tab)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("When"), self.tr("User"), self.tr("What"), self.tr("Record")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel(tab)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.search()
        return tab

    def current_filter(self) -> AuditFilter:
        target = ""
        if self.case.text().strip():
            target = CaseService(self.ctx.session).get(self.case.text().strip(), audit=False).id
        since = until = ""
        if self.use_dates.isChecked():
            since = self.since.date().toString("yyyy-MM-dd")
            until = self.until.date().toString("yyyy-MM-dd")
        return AuditFilter(
            actor=self.user.text().strip().lower(),
            target=target,
            action=self.action.text().strip(),
            since=since,
            until=until,
            limit=SHOWN,
        )

    def search(self) -> None:
        try:
            wanted = self.current_filter()
        except KnownError as exc:
            self.status.setText(error_text(exc))
            return
        self.search_button.setEnabled(False)
        self._generation += 1
        generation = self._generation

        def work(_progress: TaskProgress) -> list[tuple[str, ...]]:
            session = self.ctx.session
            handoff = HandoffService(session)
            return [
                (
                    str(e.seq),
                    e.at,
                    e.actor,
                    e.action,
                    handoff.reference_of(e.target) if e.target else "",
                )
                for e in AuditService(session).entries(wanted)
            ]

        run_for(self, work, lambda rows: self._show(rows, generation), self._failed)

    def _show(self, rows: list[tuple[str, ...]], generation: int) -> None:
        if generation != self._generation:
            return  # an earlier search finished late: only the latest is shown
        self.search_button.setEnabled(True)
        self.table.setRowCount(len(rows))
        for r, (seq, at, actor, action, reference) in enumerate(rows):
            words = ACTION_WORDS.get(action)
            what = QCoreApplication.translate("history", words) if words else action
            shown = [seq, date_text(_date(at)), actor, what, reference]
            for c, text in enumerate(shown):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setToolTip(action)  # the code, for searching by action
                self.table.setItem(r, c, item)
        self.status.setText(self.tr("%n entry(ies) shown, newest first.", "", len(rows)))

    def _failed(self, exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        if isinstance(exc, KnownError):
            self.status.setText(error_text(exc))
        else:
            raise exc

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit-log.csv", self.tr("CSV (*.csv)")
        )
        if not path:
            return
        try:
            count = self.service.export_csv(self.current_filter(), Path(path))
        except KnownError as exc:
            present_error(self, exc)
            return
        self.status.setText(self.tr("%n entry(ies) written.", "", count))

    def verify(self) -> None:
        from rrr_desktop.services.audit_service import verify_audit

        try:
            report = verify_audit(self.ctx.session)
        except KnownError as exc:
            present_error(self, exc)
            return
        if report.ok:
            self.status.setText(self.tr("The chain is intact: %n entry(ies).", "", report.entries))
        else:
            self.status.setText(
                self.tr("The audit log was changed: {problems}").format(
                    problems="; ".join(report.problems[:5])
                )
            )

    def write_checkpoint(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write an audit checkpoint"),
            "audit-checkpoint.json",
            self.tr("Checkpoint (*.json)"),
        )
        if not path:
            return
        try:
            found = self.service.write_checkpoint(Path(path))
        except KnownError as exc:
            present_error(self, exc)
            return
        self.status.setText(
            self.tr("Checkpoint of entry {seq} written. Keep a copy away from this laptop.").format(
                seq=found.seq
            )
        )

    def check_against(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Check against a checkpoint"), "", self.tr("Checkpoint (*.json)")
        )
        if not path:
            return
        try:
            report = self.service.verify_against(Path(path))
        except KnownError as exc:
            present_error(self, exc)
            return
        if report.ok:
            self.status.setText(
                self.tr("The log agrees with the checkpoint of entry {seq}.").format(
                    seq=report.checkpoint.seq
                )
            )
        else:
            self.status.setText(
                self.tr("The log does not match the checkpoint: {problems}").format(
                    problems="; ".join(report.problems[:5])
                )
            )

    # -- transfers ------------------------------------------------------------------------

    def _transfers_tab(self) -> QWidget:
        tab = QWidget(self)
        self.transfers = QTableWidget(0, 7, tab)
        self.transfers.setObjectName("transfersTable")
        self.transfers.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Direction"),
                self.tr("Kind"),
                self.tr("Organisation"),
                self.tr("Case"),
                self.tr("Purpose and basis"),
                self.tr("Fields"),
            ]
        )
        self.transfers.verticalHeader().hide()
        self.transfers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        handoff = HandoffService(self.ctx.session)
        rows = handoff.transfers()
        self.transfers.setRowCount(len(rows))
        for r, t in enumerate(rows):
            shown = [
                date_text(_date(t.get("at", ""))),
                self.tr("Received") if t.get("direction") == "in" else self.tr("Sent"),
                QCoreApplication.translate("AuditPage", KIND_WORDS.get(str(t.get("kind")), "")),
                str(t.get("recipient", "")),
                handoff.reference_of(str(t.get("record_id", ""))),
                f"{t.get('purpose', '')} / {t.get('legal_basis', '')}",
                ", ".join(t.get("fields") or [])
                if isinstance(t.get("fields"), list)
                else str(t.get("fields", "")),
            ]
            for c, text in enumerate(shown):
                self.transfers.setItem(r, c, QTableWidgetItem(text))
        note = QLabel(
            self.tr(
                "Every case sent to or received from another organisation. Prints and "
                "exports are in the audit log (actions case.print, report.export, "
                "audit.export)."
            ),
            tab,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.transfers, 1)
        return tab


def _date(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
