"""The travel-document request letter to the embassy (English, the caseworker's letter).

It prints only the fields of ``TravelDocumentRequest``; the sentence about trafficking is
added only when the person consented to that disclosure, and a final check refuses to
produce a letter whose text would reveal their situation without that consent.
"""

from PySide6.QtCore import QCoreApplication

from rrr_desktop.domain.embassy import (
    EmbassyRequestRefused,
    TravelDocumentRequest,
    sensitive_words_in,
)
from rrr_desktop.domain.gates import Reason
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.printing.context import PrintDocument
from rrr_desktop.printing.layout import esc, page_shell, table, value_html


def _birth(request: TravelDocumentRequest) -> str:
    if request.date_of_birth:
        return request.date_of_birth
    if request.birth_year_estimate:
        return QCoreApplication.translate("EmbassyLetter", "about {year} (estimated)").format(
            year=request.birth_year_estimate
        )
    return QCoreApplication.translate("EmbassyLetter", "not known")


def letter_paragraphs(request: TravelDocumentRequest) -> list[str]:
    """The letter's prose, plain text (checked for revealing words before use)."""
    country, document = request.nationality, request.document_needed
    paragraphs = [
        QCoreApplication.translate(
            "EmbassyLetter", "To the Embassy or Consulate of {country}"
        ).format(country=country),
        QCoreApplication.translate("EmbassyLetter", "Subject: request for a {document}").format(
            document=document
        ),
        QCoreApplication.translate(
            "EmbassyLetter",
            "We kindly ask you to issue a {document} to the national of {country} named "
            "below, who wishes to return home. Please let us know which further documents "
            "or photographs you need and when the person may come to the consulate.",
        ).format(document=document, country=country),
    ]
    if request.disclose_trafficking:
        paragraphs.append(
            QCoreApplication.translate(
                "EmbassyLetter",
                "With the person's explicit consent, we inform you that they have been "
                "identified as a victim of trafficking in persons and are assisted by our "
                "organisation. We ask you to treat this information as confidential.",
            )
        )
    paragraphs.append(QCoreApplication.translate("EmbassyLetter", "Thank you for your help."))
    return paragraphs


def _fields(request: TravelDocumentRequest) -> list[tuple[str, str]]:
    unknown = QCoreApplication.translate("EmbassyLetter", "not known")
    return [
        (QCoreApplication.translate("EmbassyLetter", "Full name"), request.full_name),
        (QCoreApplication.translate("EmbassyLetter", "Date of birth"), _birth(request)),
        (
            QCoreApplication.translate("EmbassyLetter", "Place of birth"),
            request.place_of_birth or unknown,
        ),
        (
            QCoreApplication.translate("EmbassyLetter", "Nationality"),
            f"{request.nationality} ({request.nationality_code})",
        ),
        (QCoreApplication.translate("EmbassyLetter", "Document needed"), request.document_needed),
        (QCoreApplication.translate("EmbassyLetter", "Requested by"), request.organisation),
        (QCoreApplication.translate("EmbassyLetter", "Our reference"), request.reference),
    ]


def letter_text(request: TravelDocumentRequest) -> str:
    """Everything the letter says, as plain text (for checks and tests)."""
    fields = [f"{label}: {value}" for label, value in _fields(request)]
    reply = [request.reply_to] if request.reply_to else []  # checked for wording as well
    return "\n".join(letter_paragraphs(request) + fields + reply)


def embassy_letter_document(request: TravelDocumentRequest) -> PrintDocument:
    if not request.disclose_trafficking and sensitive_words_in(letter_text(request)):
        raise EmbassyRequestRefused(
            QT_TRANSLATE_NOOP(
                "errors", "The letter would reveal the person's situation without their consent."
            ),
            [
                Reason(
                    "sensitive_wording",
                    QT_TRANSLATE_NOOP(
                        "embassy",
                        "The letter would reveal the person's situation to the embassy "
                        "without their consent.",
                    ),
                )
            ],
        )
    paragraphs = letter_paragraphs(request)
    rows = [
        f"<tr><td width='30%'>{esc(label)}</td><td width='70%'><b>{value_html(value)}</b></td></tr>"
        for label, value in _fields(request)
    ]
    signature = QCoreApplication.translate("EmbassyLetter", "Signature, name and position")
    reply = ""
    if request.reply_to:  # the letter asks for an answer: say where to send it
        reply = "<br/>" + esc(request.reply_to)
    body = [
        f"<p align='right'>{esc(request.organisation)}{reply}<br/>"
        f"{esc(request.written_on.isoformat())}</p>",
        f"<p>{esc(paragraphs[0])}</p>",
        f"<h2>{esc(paragraphs[1])}</h2>",
        f"<p>{esc(paragraphs[2])}</p>",
        table(rows),
        *(f"<p>{esc(p)}</p>" for p in paragraphs[3:]),
        "<p><br/><br/><br/>" + "_" * 40 + "<br/>"
        f"{esc(signature)}<br/>{esc(request.organisation)}{reply}</p>",
    ]
    title = f"RRR embassy letter {request.reference}"
    footer = (
        f"<p align='center' class='small'>{esc(request.reference)} &nbsp; {{page}} / {{pages}}</p>"
    )
    return PrintDocument(title, page_shell(title, "".join(body)), footer)
