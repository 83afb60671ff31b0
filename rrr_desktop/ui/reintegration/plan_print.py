"""Save a plan version as a bilingual PDF for the person to keep (in a worker thread).

The file name holds the case reference and version only, never a name.
"""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.errors import KnownError
from rrr_desktop.printing.documents import make_context
from rrr_desktop.printing.plan import plan_document
from rrr_desktop.printing.render import write_pdf
from rrr_desktop.printing.texts import base_language
from rrr_desktop.services.reintegration import ReintegrationService
from rrr_desktop.ui.errors import error_text
from rrr_desktop.ui.tasks import Task, TaskProgress, run_for

log = logging.getLogger("rrr.ui.reintegration")


def person_language(case: CaseFile) -> str:
    return base_language(case.person.languages[0]) if case.person.languages else "en"


def ask_path(parent: QWidget, reference: str, version: int) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder) / f"plan-{reference}-v{version}.pdf"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("plan", "Save the plan as PDF"),
        str(suggested),
        QCoreApplication.translate("plan", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")


def save_plan_pdf(
    owner: QWidget,
    service: ReintegrationService,
    case: CaseFile,
    version: int,
    path: Path,
    report: Callable[[str], None],
) -> Task:
    """Lay out and write the PDF off the UI thread; audit it once it is whole."""
    language = person_language(case)
    material = service.plan_for_print(case.reference, language, version)

    def work(progress: TaskProgress) -> int:
        ctx = make_context(
            staff_language=material.staff_language,
            person_language=language,
            printed_on=material.today,
            organisation=material.organisation,
            show_name=material.case.show_name_on_prints,
        )
        document = plan_document(material.case, material.plan, ctx, material.entries)
        progress.check()
        pages = write_pdf(document, path, cancelled=lambda: progress.cancelled)
        service.record_plan_print(case.reference, material.plan.version, language, path)
        return pages

    def failed(exc: BaseException) -> None:
        if isinstance(exc, KnownError):
            report(error_text(exc))
        else:  # a bug: log the type only, never a value
            log.error("writing the plan PDF failed: %s", type(exc).__name__)
            report(QCoreApplication.translate("plan", "The PDF could not be written."))

    report(QCoreApplication.translate("plan", "Writing the PDF…"))
    return run_for(
        owner,
        work,
        lambda pages: report(
            QCoreApplication.translate("plan", "Saved {file} ({pages} pages).").format(
                file=path.name, pages=pages
            )
        ),
        failed,
    )
