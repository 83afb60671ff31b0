"""The statistics report as a PDF: title, period, filters, date made, then each table
with its bar chart. Tables arrive already counted and suppressed (services); this module
only lays them out, in points converted to the PDF's device units.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from rrr_desktop import files
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import KnownError
from rrr_desktop.printing.charts import chart_height, draw_chart
from rrr_desktop.printing.fonts import LATIN_FAMILY, register_fonts
from rrr_desktop.printing.render import complete_pdf
from rrr_desktop.printing.text_layer import RecordingPainter, add_text_layer
from rrr_desktop.reports.export import (
    COUNT_HEADER,
    PERCENT_HEADER,
    footnotes,
)
from rrr_desktop.reports.fields import FIELD_TITLES
from rrr_desktop.reports.report import Report
from rrr_desktop.reports.tables import Table

PDF_DPI = 300
_WRAP_WORDS = int(Qt.TextFlag.TextWordWrap)
_WRAP_ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere)
Block = tuple[float, Callable[[QPainter, float], None]]  # height, paint at y


class ReportPdfFailed(KnownError):
    pass


def tr(text: str) -> str:
    """Translate a string marked elsewhere with QT_TRANSLATE_NOOP("report", ...)."""
    return QCoreApplication.translate("report", text)


def table_title(table: Table) -> str:
    names = [tr(FIELD_TITLES[f]) for f in table.fields]
    if len(names) == 1:
        text = QCoreApplication.translate("report", "Persons assisted by {field}")
        return text.format(field=names[0].lower())
    text = QCoreApplication.translate("report", "{rows} by {columns}")
    return text.format(rows=names[0], columns=names[1].lower())


def _period(report: Report) -> str:
    flt = report.filter
    if not (flt.start or flt.end):
        return QCoreApplication.translate("report", "Period (intake date): all dates")
    start = (
        flt.start.isoformat() if flt.start else QCoreApplication.translate("report", "first case")
    )
    end = flt.end.isoformat() if flt.end else QCoreApplication.translate("report", "today")
    text = QCoreApplication.translate("report", "Period (intake date): {start} to {end}")
    return text.format(start=start, end=end)


def header_lines(report: Report) -> list[str]:
    """Period, programme, disclosure control, cases counted, when it was made."""
    flt = report.filter
    if flt.programme:
        programme = QCoreApplication.translate("report", "Programme: {name}").format(
            name=flt.programme
        )
    else:
        programme = QCoreApplication.translate("report", "Programme: all programmes")
    if report.threshold:
        control = QCoreApplication.translate(
            "report",
            "Disclosure control: counts below {n} hidden, with counts that would reveal them",
        ).format(n=report.threshold)
    else:
        control = QCoreApplication.translate(
            "report", "Disclosure control: none (for internal use only)"
        )
    made = QCoreApplication.translate("report", "Generated: {when} UTC").format(
        when=report.generated_at.strftime("%Y-%m-%d %H:%M")
    )
    counted = QCoreApplication.translate("report", "Cases counted: {n}").format(n=report.cases)
    return [_period(report), programme, control, counted, made]


class _Layout:
    def __init__(self, writer: QPdfWriter) -> None:
        self.unit = writer.resolution() / 72.0
        self.width = writer.pageLayout().paintRectPixels(writer.resolution()).width()
        self.height = writer.pageLayout().paintRectPixels(writer.resolution()).height()
        self.device = writer

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(LATIN_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def text_block(self, lines: list[str], font: QFont, gap: float = 1.3) -> Block:
        line_h = self.metrics(font).height() * gap

        def paint(painter: QPainter, y: float) -> None:
            painter.setFont(font)
            painter.setPen(QColor(0, 0, 0))
            for i, line in enumerate(lines):
                painter.drawText(
                    QRectF(0, y + i * line_h, self.width, line_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    line,
                )

        return line_h * len(lines), paint

    def grid_block(self, table: Table) -> Block:
        font = self.font(9)
        bold = self.font(9, True)
        line_h = self.metrics(font).height()
        if table.is_crosstab:
            head = [
                tr(FIELD_TITLES[table.fields[0]]),
                *[tr(table.label(1, c)) for c in table.col_keys],
            ]
            body = [
                [tr(table.label(0, r)), *[_cell_text(table, r, c) for c in table.col_keys]]
                for r in table.row_keys
            ]
            widest = max(self.metrics(bold).horizontalAdvance(line[0]) for line in body)
            first = min(max((widest + 8 * self.unit) / self.width, 0.16), 0.3)
            widths = [first] + [(1 - first) / (len(table.cols) + 1)] * (len(table.cols) + 1)
            row_h = line_h * 2.4
        else:
            widths = [0.5, 0.25, 0.25]
            head = [tr(FIELD_TITLES[table.fields[0]]), tr(COUNT_HEADER), tr(PERCENT_HEADER)]
            body = [
                [tr(table.label(0, r)), table.count_text(r), table.percent_text(r)]
                for r in table.row_keys
            ]
            row_h = line_h * 1.5
        cols = [w * self.width for w in widths]
        head_font, wrap = self._header_font(head, cols)
        head_h = (
            max(
                self.metrics(head_font)
                .boundingRect(QRectF(0, 0, w - 2 * self.unit, 1e6), wrap, t)
                .height()
                for w, t in zip(cols, head, strict=True)
            )
            + 6 * self.unit
        )

        def paint(painter: QPainter, y: float) -> None:
            painter.fillRect(QRectF(0, y, self.width, head_h), QColor(225, 225, 225))
            _row(painter, y, head_h, cols, head, head_font, self.unit, wrap=wrap, pad=1.0)
            for i, line in enumerate(body):
                top = y + head_h + i * row_h
                last = i == len(body) - 1
                if last:
                    painter.setPen(QPen(QColor(0, 0, 0), 1.0 * self.unit))
                    painter.drawLine(0, int(top), int(self.width), int(top))
                elif i % 2:
                    painter.fillRect(QRectF(0, top, self.width, row_h), QColor(245, 245, 245))
                _row(painter, top, row_h, cols, line, bold if last else font, self.unit)

        return head_h + row_h * len(body), paint

    def _header_font(self, head: list[str], cols: list[float]) -> tuple[QFont, int]:
        """Bold 9 pt, smaller (down to 6 pt) until every word fits its column, wrapping
        between words; a word still too long is then broken rather than cut off."""
        size = 9.0
        while True:
            font = self.font(size, True)
            metrics = self.metrics(font)
            fits = all(
                metrics.horizontalAdvance(word) <= w - 2 * self.unit
                for w, text in zip(cols, head, strict=True)
                for word in text.split()
            )
            if fits:
                return font, _WRAP_WORDS
            if size <= 6.0:
                return font, _WRAP_ANYWHERE
            size -= 0.5

    def chart_block(self, table: Table) -> Block:
        font = self.font(8)
        height = chart_height(table, self.unit, font, self.device)

        def paint(painter: QPainter, y: float) -> None:
            painter.setFont(font)
            draw_chart(painter, QRectF(0, y, self.width, height), table, self.unit, tr)

        return height, paint


def _cell_text(table: Table, row: str, col: str) -> str:
    pct = table.percent_text(row, col)
    count = table.count_text(row, col)
    return f"{count}\n{pct}%" if pct and pct != "x" else count


def _row(
    painter: QPainter,
    y: float,
    h: float,
    cols: list[float],
    texts: list[str],
    font: QFont,
    unit: float,
    wrap: int = 0,
    pad: float = 3.0,
) -> None:
    painter.setFont(font)
    painter.setPen(QColor(0, 0, 0))
    x = 0.0
    for i, (w, text) in enumerate(zip(cols, texts, strict=True)):
        align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignHCenter
        flags = int(align | Qt.AlignmentFlag.AlignVCenter)
        flags |= wrap
        painter.drawText(QRectF(x + pad * unit, y, w - 2 * pad * unit, h), flags, text)
        x += w


def _groups(report: Report, layout: _Layout) -> list[list[Block]]:
    """Blocks kept together on a page when they fit: the header, each table with its
    title and notes, each chart."""
    gap = 8 * layout.unit
    groups: list[list[Block]] = [
        [
            layout.text_block(
                [QCoreApplication.translate("report", "Persons assisted: statistics")],
                layout.font(16, True),
            ),
            layout.text_block([report.organisation], layout.font(11)),
            layout.text_block(header_lines(report), layout.font(9)),
            (gap, lambda p, y: None),
        ]
    ]
    for table in report.tables:
        group = [
            layout.text_block([table_title(table)], layout.font(12, True)),
            layout.grid_block(table),
        ]
        notes = footnotes(table, tr)
        if notes:
            group.append(layout.text_block(notes, layout.font(8)))
        groups.append(group)
        groups.append(
            [(gap / 2, lambda p, y: None), layout.chart_block(table), (gap, lambda p, y: None)]
        )
    return groups


def _paginate(groups: list[list[Block]], usable: float) -> list[list[tuple[float, Block]]]:
    pages: list[list[tuple[float, Block]]] = [[]]
    y = 0.0
    for group in groups:
        height = sum(b[0] for b in group)
        if y + height > usable and pages[-1] and height <= usable:
            pages.append([])
            y = 0.0
        for block in group:
            if y + block[0] > usable and pages[-1]:
                pages.append([])
                y = 0.0
            pages[-1].append((y, block))
            y += block[0]
    return pages


def write_report_pdf(report: Report, path: Path) -> int:
    """Write the report as an A4 PDF (whole or not at all); returns the number of pages."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ReportPdfFailed(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=path.parent
        )
    register_fonts()
    with files.replacing(path, check=complete_pdf, clear_unfinished=True) as temp:
        return _write_report(report, temp, path)


def _write_report(report: Report, target: Path, path: Path) -> int:
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(QCoreApplication.translate("report", "Statistics report"))
    writer.setCreator("RRR Desktop")
    layout = _Layout(writer)
    footer_h = layout.metrics(layout.font(8)).height() * 1.5
    usable = layout.height - footer_h
    pages = _paginate(_groups(report, layout), usable)
    corner = writer.pageLayout().paintRect(QPageLayout.Unit.Point).topLeft()
    painter = RecordingPainter((corner.x(), corner.y()), 72 / PDF_DPI)
    if not painter.begin(writer):
        raise ReportPdfFailed(
            QT_TRANSLATE_NOOP("errors", "Cannot write the PDF file {file}."), file=path.name
        )
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            painter.page = number - 1
            for top, (_, paint) in page:
                paint(painter, top)
            painter.setFont(layout.font(8))
            painter.setPen(QColor(80, 80, 80))
            painter.drawText(
                QRectF(0, layout.height - footer_h, layout.width, footer_h),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate(
                    "report", "{org} - statistics - page {n} of {total}"
                ).format(org=report.organisation, n=number, total=len(pages)),
            )
    finally:
        painter.end()
    del writer
    complete_pdf(target)  # a full disk shows here, before the text layer reads it
    add_text_layer(target, painter.lines)
    return len(pages)
