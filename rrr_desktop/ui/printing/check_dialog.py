"""Check a printout: a PDF file, or the code printed in its footer (or a scanned QR code's
text), against what this vault printed under that code."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import KnownError
from rrr_desktop.services.printing_service import PrintCheck, PrintingService
from rrr_desktop.services.session import Session
from rrr_desktop.ui.errors import error_text


class CheckPrintoutDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkPrintout")
        self.setWindowTitle(self.tr("Check a printout"))
        self.service = PrintingService(session)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("The code in the footer, e.g. RRR-K7MX-3QAD"))
        self.code.setAccessibleName(self.tr("Code of the printout"))
        check = QPushButton(self.tr("&Check the code"), self)
        check.clicked.connect(lambda: self.check(self.code.text()))
        choose = QPushButton(self.tr("Check a &PDF file…"), self)
        choose.clicked.connect(self._choose_file)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("printCheckResult")
        self.verdict.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(choose)
        layout.addWidget(self.verdict, 1)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the PDF to check"), "", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.check(Path(path))

    def check(self, target: str | Path) -> PrintCheck | None:
        try:
            found = self.service.check_printout(target)
        except KnownError as exc:
            self._show(error_text(exc), bad=True)
            return None
        self._show(*self._words(found))
        return found

    def _words(self, found: PrintCheck) -> tuple[str, bool]:
        if not found.known:
            return self.tr(
                "This code was not printed from this vault. Do not rely on the paper or file."
            ), True
        lines = [
            self.tr("Printed on {when} by {who}.").format(
                when=found.printed_at.replace("T", " ")[:16], who=found.printed_by
            )
        ]
        if found.reference:
            lines.append(self.tr("Case {reference}.").format(reference=found.reference))
        if not found.signature_ok:
            lines.append(self.tr("Its signature does not match this installation's key."))
        if found.file_matches is False:
            lines.append(
                self.tr("This file is not the one that was printed: it was changed afterwards.")
            )
        elif found.file_matches:
            lines.append(self.tr("The file is exactly the one printed."))
        if found.case_gone:
            lines.append(self.tr("The case no longer exists here."))
        elif found.case_changed:
            lines.append(
                self.tr("The case has changed since: print it again before relying on it.")
            )
        return "\n".join(lines), not found.current

    def _show(self, text: str, bad: bool) -> None:
        self.verdict.setStyleSheet("color: #a4262c;" if bad else "color: #107c10;")
        self.verdict.setText(text)
