"""The Print tab: choose the document, the person's language, paper and whether the name
is printed; then preview, save a PDF or print.

Every print goes through ``PrintingService`` (access check and a ``case.print`` audit
entry). Saving a PDF runs in a worker via ``run_task``: QTextDocument and QPdfWriter are
reentrant and the layout uses an off-screen QImage, so no GUI object is touched there.
Preview and printing paint into a QPrinter owned by a dialog, which Qt drives on the main
thread; one document takes a few tens of milliseconds, so that stays responsive.
"""

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.travel_rules import journey_is_past
from rrr_desktop.errors import KnownError
from rrr_desktop.printing.context import DocumentKind, Paper, PrintDocument
from rrr_desktop.printing.documents import build_document, make_context
from rrr_desktop.printing.embassy_letter import embassy_letter_document
from rrr_desktop.printing.fonts import register_fonts
from rrr_desktop.printing.render import page_layout, paint, write_pdf
from rrr_desktop.printing.texts import available_languages, base_language, load_catalogue
from rrr_desktop.services import organisation
from rrr_desktop.services.printing_service import PrintingService
from rrr_desktop.services.session import Session
from rrr_desktop.ui.context import UiContext
from rrr_desktop.ui.errors import error_text, present_error
from rrr_desktop.ui.tasks import Task, TaskProgress, run_for

log = logging.getLogger("rrr.ui.printing")


def build_print_document(
    session: Session,
    reference: str,
    kind: str,
    language: str,
    with_name: bool,
    letter_org: str = "",
    letter_document: str = "",
) -> PrintDocument:
    """Ask the service for the material and build the document; any thread. The print is
    recorded by ``record_print`` once it exists."""
    service = PrintingService(session)
    if kind == DocumentKind.EMBASSY_LETTER:
        request = service.embassy_request(reference, letter_org, letter_document)
        return embassy_letter_document(request)
    material = service.material(reference, kind, language, with_name=with_name)
    ctx = make_context(
        staff_language=material.staff_language,
        person_language=language,
        printed_on=material.today,
        organisation=material.organisation,
        show_name=with_name,
        display_names=material.display_names,
        handed_over=material.handed_over,
        receiving_contact=material.receiving_contact,
        disclosures=material.disclosures,
    )
    return build_document(kind, material.case, ctx)


def marked(session: Session, reference: str, kind: str, document: PrintDocument) -> PrintDocument:
    """The document with a new code and QR code, to check the printout later."""
    mark = PrintingService(session).issue_mark(reference, kind)
    return dataclasses.replace(document, mark=mark)


def _record(
    session: Session,
    reference: str,
    kind: str,
    language: str,
    with_name: bool,
    document: PrintDocument | None = None,
    pdf: Path | None = None,
) -> None:
    language = "en" if kind == DocumentKind.EMBASSY_LETTER else language
    PrintingService(session).record_print(
        reference,
        kind,
        language,
        with_name or kind == DocumentKind.EMBASSY_LETTER,
        mark=document.mark if document else None,
        pdf=pdf,
    )


class PrintTab(QWidget):
    def __init__(self, ctx: UiContext, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.task: Task | None = None
        self.last_saved: Path | None = None
        self._defaults_set = False
        register_fonts()

        self.kind = QComboBox()
        self.kind.setObjectName("print_kind")
        self.kind.addItem(self.tr("Pre-departure checklist"), DocumentKind.CHECKLIST)
        self.kind.addItem(self.tr("Information sheet for the person"), DocumentKind.INFO_SHEET)
        self.kind.addItem(
            self.tr("Travel-document request to the embassy"), DocumentKind.EMBASSY_LETTER
        )
        self.kind.addItem(self.tr("What we hold about the person (for them)"), DocumentKind.SUMMARY)
        self.language = QComboBox()
        self.language.setObjectName("print_language")
        for code in available_languages():
            catalogue = load_catalogue(code)
            self.language.addItem(f"{catalogue.name} ({catalogue.english_name})", code)
        self.paper = QComboBox()
        self.paper.setObjectName("print_paper")
        self.paper.addItem(self.tr("A4"), Paper.A4)
        self.paper.addItem(self.tr("US Letter"), Paper.LETTER)
        if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.paper.setCurrentIndex(1)
        self.with_name = QCheckBox(
            self.tr("Print the person's name (otherwise only the case reference)")
        )
        self.with_name.setObjectName("print_with_name")
        self.letter_org = QLineEdit()
        self.letter_org.setObjectName("print_letter_org")
        self.letter_org.setToolTip(
            self.tr(
                "The name the embassy will read: only a name a "
                "supervisor confirmed as neutral for this embassy."
            )
        )
        self.letter_org.setReadOnly(not ctx.session.user.is_supervisor)
        self.confirm_name_button = QPushButton(
            self.tr("Confirm as the neutral name for this embass&y")
        )
        # shown by _update_state once it sits in the layout (a parentless widget made
        # visible becomes a window of its own and takes the keyboard focus)
        self.confirm_name_button.clicked.connect(self.confirm_letter_name)
        self._nationality = ""
        self._journey_past = False
        self.letter_document = QLineEdit()
        self.letter_document.setObjectName("print_letter_document")
        self.letter_document.setPlaceholderText(self.tr("travel document"))
        self.review_note = QLabel()
        self.review_note.setWordWrap(True)
        self.review_note.setObjectName("print_review_note")

        form = QFormLayout()
        form.addRow(self.tr("&Document:"), self.kind)
        form.addRow(self.tr("&Language of the person:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow("", self.with_name)
        form.addRow(self.tr("Organisation in the &letter:"), self.letter_org)
        form.addRow("", self.confirm_name_button)
        form.addRow(self.tr("Document &needed:"), self.letter_document)
        form.addRow("", self.review_note)

        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setObjectName("print_save_pdf")
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.check_button = QPushButton(self.tr("C&heck a printout…"))
        self.check_button.clicked.connect(self.check_printout)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        self.status = QLabel()
        self.status.setObjectName("print_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(self._update_state)
        self.language.currentIndexChanged.connect(self._update_state)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_document)
        self._update_state()

    # -- state ---------------------------------------------------------------------------

    def load(self, case: CaseFile) -> None:
        """Pre-select the person's language and their choice about the name, once: later
        reloads (after any edit of the case) keep what the caseworker picked here."""
        self._nationality = case.person.nationality
        self._journey_past = journey_is_past(case.itinerary, self.ctx.session.clock.today())
        self._show_letter_name()
        if self._defaults_set:
            return
        self._defaults_set = True
        self.with_name.setChecked(case.show_name_on_prints)
        for code in case.person.languages:
            index = self.language.findData(base_language(code))
            if index >= 0:
                self.language.setCurrentIndex(index)
                break

    def _show_letter_name(self) -> None:
        confirmed = organisation.embassy_name(self.ctx.session, self._nationality)
        self.letter_org.setText(confirmed)
        self.letter_org.setPlaceholderText(
            "" if confirmed else self.tr("No neutral name confirmed for this embassy yet")
        )

    def confirm_letter_name(self) -> None:
        """A supervisor's decision: this name reveals nothing to this embassy."""
        try:
            organisation.confirm_embassy_name(
                self.ctx.session, self._nationality, self.letter_org.text()
            )
        except KnownError as exc:
            self.status.setText(error_text(exc))
            return
        self._show_letter_name()
        self.status.setText(
            self.tr("Letters to this embassy will carry “{name}”.").format(
                name=self.letter_org.text()
            )
        )

    def _update_state(self) -> None:
        letter = self.current_kind() == DocumentKind.EMBASSY_LETTER
        self.language.setEnabled(not letter)
        self.with_name.setEnabled(not letter)
        self.letter_org.setEnabled(letter)
        self.confirm_name_button.setVisible(letter and self.ctx.session.user.is_supervisor)
        self.letter_document.setEnabled(letter)
        status = load_catalogue(self.current_language()).status
        draft = "review" in status
        self.review_note.setText(
            self.tr(
                "The texts in this language are a draft that a native speaker still has to review."
            )
            if draft and not letter
            else ""
        )

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_language(self) -> str:
        return str(self.language.currentData() or "en")

    def current_paper(self) -> str:
        return str(self.paper.currentData())

    def default_file_name(self) -> str:
        """Reference, kind and language only: never a name of the person."""
        kind = self.current_kind().replace("_", "-")
        if self.current_kind() == DocumentKind.EMBASSY_LETTER:
            return f"{self.reference}-{kind}.pdf"
        return f"{self.reference}-{kind}-{self.current_language()}.pdf"

    # -- actions -------------------------------------------------------------------------

    def _document(self) -> PrintDocument | None:
        try:
            return build_print_document(
                self.ctx.session,
                self.reference,
                self.current_kind(),
                self.current_language(),
                self.with_name.isChecked(),
                self.letter_org.text(),
                self.letter_document.text(),
            )
        except KnownError as exc:
            self._show_refusal(exc)
            return None

    def _show_refusal(self, exc: KnownError) -> None:
        self.status.setText(self.tr("Not printed: {reason}").format(reason=error_text(exc)))
        present_error(self, exc, self.tr("Not printed"))

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.current_paper()))
        printer.setDocName(self.default_file_name().removesuffix(".pdf"))
        return printer

    def preview(self) -> None:
        document = self._document()
        if document is None:
            return
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda target: paint(document, target))
        dialog.exec()

    def print_document(self) -> None:
        document = self._document()
        if document is None:
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                document = marked(self.ctx.session, self.reference, self.current_kind(), document)
                paint(document, printer)
                _record(
                    self.ctx.session,
                    self.reference,
                    self.current_kind(),
                    self.current_language(),
                    self.with_name.isChecked(),
                    document,
                )
            except KnownError as exc:
                present_error(self, exc)
            self.status.setText(self.tr("Sent to the printer."))

    def check_printout(self) -> None:
        """Every printout has a code and a QR code: is this paper or file what we printed?"""
        from rrr_desktop.ui.printing.check_dialog import CheckPrintoutDialog

        self.check_dialog = CheckPrintoutDialog(self.ctx.session, self)
        self.check_dialog.open()

    def ask_save_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF"),
            str(Path(folder) / self.default_file_name()),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")

    def save_pdf(self) -> None:
        path = self.ask_save_path()
        if path is None:
            return
        session, reference = self.ctx.session, self.reference
        kind, language = self.current_kind(), self.current_language()
        with_name, paper = self.with_name.isChecked(), self.current_paper()
        letter_org, letter_document = self.letter_org.text(), self.letter_document.text()

        def work(progress: TaskProgress) -> int:
            document = build_print_document(
                session, reference, kind, language, with_name, letter_org, letter_document
            )
            document = marked(session, reference, kind, document)
            progress.check()
            pages = write_pdf(document, path, paper, cancelled=lambda: progress.cancelled)
            _record(session, reference, kind, language, with_name, document, path)  # whole
            return pages

        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Writing the PDF…"))
        self.task = run_for(self, work, lambda pages: self._saved(path, pages), self._failed)

    def _saved(self, path: Path, pages: int) -> None:
        self.save_button.setEnabled(True)
        self.last_saved = path
        text = self.tr("Saved {file} ({pages} pages).").format(file=path.name, pages=pages)
        if self.current_kind() == DocumentKind.INFO_SHEET and self._journey_past:
            text += " " + self.tr(
                "The journey's dates are in the past: check them before "
                "the sheet is handed over (the sheet says so too)."
            )
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, KnownError):
            self._show_refusal(exc)
        else:  # a bug: say so, log only the type (never a value)
            log.error("writing a PDF failed: %s", type(exc).__name__)
            self.status.setText(self.tr("The PDF could not be written."))
