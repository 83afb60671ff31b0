"""Time to produce one bilingual PDF: the checklist (en+km) and the information sheet
(en+th), rendered to a temporary file as ``rrr print`` does (fonts already registered)."""

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from rrr_desktop.domain.casefile import CaseFile, Intake
from rrr_desktop.domain.checklist import ALL_ITEMS
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.return_prep import ChecklistTick, TravelDocument

_APP: object = None  # keeps the QGuiApplication alive for later benches


def _case() -> CaseFile:
    case = CaseFile(
        reference="KH-2026-00042",
        person=Person(given_name="Synthetic", family_name="Person", nationality="KH"),
        intake=Intake(intake_date=dt.date(2026, 6, 1)),
        receiving_org="Demo Partner Phnom Penh (example)",
        documents=[TravelDocument(kind="passport", in_hand=True, copy_given_to_person=True)],
    )
    case.checklist.ticks = [
        ChecklistTick(key=k, by="demo", on=dt.date(2026, 11, 20)) for k in ALL_ITEMS
    ]
    return case


def run(quick: bool) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    global _APP  # a QApplication (not only a GUI one): the vault bench drives widgets later
    _APP = QApplication.instance() or QApplication(["bench"])
    from rrr_desktop.printing.documents import build_document, make_context
    from rrr_desktop.printing.fonts import register_fonts
    from rrr_desktop.printing.render import write_pdf

    start = time.perf_counter()
    register_fonts()
    fonts_s = time.perf_counter() - start
    case = _case()
    repeats = 3 if quick else 10
    figures: dict[str, object] = {"font_registration_s": round(fonts_s, 4), "repeats": repeats}
    with tempfile.TemporaryDirectory() as folder:
        for kind, language in (("checklist", "km"), ("info_sheet", "th")):
            ctx = make_context(
                staff_language="en", person_language=language, printed_on=dt.date(2026, 11, 23)
            )
            times, pages = [], 0
            for index in range(repeats + 1):
                began = time.perf_counter()
                document = build_document(kind, case, ctx)
                pages = write_pdf(document, Path(folder) / f"{kind}.pdf")
                if index:  # the first one warms font caches; report it separately
                    times.append(time.perf_counter() - began)
                else:
                    figures[f"{kind}_{language}_first_s"] = round(time.perf_counter() - began, 4)
            figures[f"{kind}_{language}_median_s"] = round(statistics.median(times), 4)
            figures[f"{kind}_{language}_pages"] = pages
            figures[f"{kind}_{language}_bytes"] = (Path(folder) / f"{kind}.pdf").stat().st_size
    return figures
