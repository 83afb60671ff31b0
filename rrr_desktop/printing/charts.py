"""Bar charts of report tables, painted with QPainter on a PDF page or a widget.

Readable in greyscale and by people who do not see colour: one-way tables are dark grey
bars with their count written at the end; two-way tables are stacked bars whose segments
differ by grey level *and* hatch pattern, with the count written in the segment when it
fits and a legend above. A hidden count is never drawn to scale: its place is marked
with the same ``<N`` / ``x`` as in the table.
"""

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.reports.tables import TOTAL, Table

Translate = Callable[[str], str]

# (fill grey 0-255, hatch pattern, label in white?) for the segments of a stacked bar
SEGMENT_STYLES: list[tuple[int, Qt.BrushStyle, bool]] = [
    (40, Qt.BrushStyle.SolidPattern, True),
    (255, Qt.BrushStyle.BDiagPattern, False),
    (150, Qt.BrushStyle.SolidPattern, False),
    (255, Qt.BrushStyle.CrossPattern, False),
    (215, Qt.BrushStyle.SolidPattern, False),
    (255, Qt.BrushStyle.FDiagPattern, False),
    (95, Qt.BrushStyle.SolidPattern, True),
    (255, Qt.BrushStyle.HorPattern, False),
    (255, Qt.BrushStyle.DiagCrossPattern, False),
    (255, Qt.BrushStyle.VerPattern, False),
]
BAR_GREY = 70
HIDDEN_LEGEND = QT_TRANSLATE_NOOP("report", "Dashed outline: hidden counts (disclosure control)")


def _same(text: str) -> str:
    return text


def fill_brush(index: int, unit: float) -> tuple[QBrush, QBrush | None, bool]:
    """(background, hatch or None, white label?) for segment ``index``."""
    grey, pattern, white = SEGMENT_STYLES[index % len(SEGMENT_STYLES)]
    background = QBrush(QColor(grey, grey, grey))
    if pattern == Qt.BrushStyle.SolidPattern:
        return background, None, white
    hatch = QBrush(QColor(0, 0, 0), pattern)
    hatch.setTransform(hatch.transform().scale(max(unit, 1.0), max(unit, 1.0)))
    return background, hatch, white


def _fill(painter: QPainter, rect: QRectF, index: int, unit: float) -> bool:
    background, hatch, white = fill_brush(index, unit)
    painter.fillRect(rect, background)
    if hatch is not None:
        painter.fillRect(rect, hatch)
    painter.setPen(QPen(QColor(0, 0, 0), 0.6 * unit))
    painter.drawRect(rect)
    return white


def _label_box(painter: QPainter, rect: QRectF, text: str, unit: float) -> None:
    """Text on a white patch, so it stays legible on hatching."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    width = metrics.horizontalAdvance(text) + 3 * unit
    box = QRectF(
        rect.center().x() - width / 2,
        rect.center().y() - metrics.height() / 2,
        width,
        metrics.height(),
    )
    painter.fillRect(box, QColor(255, 255, 255))
    painter.setPen(QColor(0, 0, 0))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def chart_height(
    table: Table, unit: float, font: QFont, device: QPaintDevice | None = None
) -> float:
    metrics = QFontMetricsF(font) if device is None else QFontMetricsF(font, device)
    row = max(metrics.height() * 1.6, 12 * unit)
    legend = 0.0
    if table.is_crosstab:
        lines = (len(table.cols) + 2) // 3 + (1 if table.suppressed else 0)
        legend = metrics.height() * 1.4 * lines + 4 * unit
    return legend + row * len(table.rows) + 6 * unit


def draw_chart(
    painter: QPainter, rect: QRectF, table: Table, unit: float, tr: Translate = _same
) -> None:
    """Paint ``table`` as a bar chart into ``rect`` (device units; ``unit`` = 1 point)."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    row_h = max(metrics.height() * 1.6, 12 * unit)
    top = rect.top()
    if table.is_crosstab:
        top = _legend(painter, rect, table, unit, tr)
    labels = [tr(table.label(0, r)) for r in table.rows]
    label_w = min(
        max((metrics.horizontalAdvance(t) for t in labels), default=0) + 6 * unit,
        rect.width() * 0.35,
    )
    end_w = metrics.horizontalAdvance("00000 (100.0%)")
    bar_left = rect.left() + label_w
    bar_w = max(rect.width() - label_w - end_w, 10 * unit)
    totals = [table.count(r) for r in table.rows if not table.is_hidden(r)]
    peak = max(totals, default=0) or 1
    painter.save()
    for i, (key, label) in enumerate(zip(table.rows, labels, strict=True)):
        y = top + i * row_h
        painter.setPen(QColor(0, 0, 0))
        painter.drawText(
            QRectF(rect.left(), y, label_w - 4 * unit, row_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 4 * unit),
        )
        bar = QRectF(bar_left, y + row_h * 0.15, 0, row_h * 0.7)
        if table.is_crosstab:
            bar_end = _stack(painter, bar, key, table, bar_w / peak, unit)
        elif table.is_hidden(key):
            bar_end = bar_left
        else:
            bar.setWidth(bar_w * table.count(key) / peak)
            painter.fillRect(bar, QColor(BAR_GREY, BAR_GREY, BAR_GREY))
            bar_end = bar.right()
        pct = table.percent_text(key, TOTAL)
        end_text = table.count_text(key) + (f" ({pct}%)" if pct and pct != "x" else "")
        painter.setPen(QColor(0, 0, 0))
        painter.drawText(
            QRectF(bar_end + 3 * unit, y, end_w, row_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            end_text,
        )
    axis_bottom = top + row_h * len(table.rows)
    painter.setPen(QPen(QColor(0, 0, 0), 0.8 * unit))
    painter.drawLine(QPointF(bar_left, top), QPointF(bar_left, axis_bottom))
    painter.restore()


def _stack(
    painter: QPainter, bar: QRectF, row: str, table: Table, scale: float, unit: float
) -> float:
    """Segments of one row; hidden cells are grouped into one outlined 'hidden' segment
    when the row total is shown (their sum is the total minus the shown cells anyway)."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    x = bar.left()
    hidden_sum_known = not table.is_hidden(row)
    shown_total = 0
    for j, col in enumerate(table.cols):
        if table.is_hidden(row, col):
            continue
        count = table.count(row, col)
        shown_total += count
        if count == 0:
            continue
        seg = QRectF(x, bar.top(), count * scale, bar.height())
        white = _fill(painter, seg, j, unit)
        text = str(count)
        if metrics.horizontalAdvance(text) + 4 * unit < seg.width():
            if SEGMENT_STYLES[j % len(SEGMENT_STYLES)][1] == Qt.BrushStyle.SolidPattern:
                painter.setPen(QColor(255, 255, 255) if white else QColor(0, 0, 0))
                painter.drawText(seg, Qt.AlignmentFlag.AlignCenter, text)
            else:
                _label_box(painter, seg, text, unit)
        x = seg.right()
    if hidden_sum_known:
        rest = table.count(row) - shown_total
        if rest > 0:
            seg = QRectF(x, bar.top(), rest * scale, bar.height())
            pen = QPen(QColor(0, 0, 0), 0.6 * unit, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(seg)
            x = seg.right()
    return x


def _legend(painter: QPainter, rect: QRectF, table: Table, unit: float, tr: Translate) -> float:
    metrics = QFontMetricsF(painter.font(), painter.device())
    line_h = metrics.height() * 1.4
    col_w = rect.width() / 3
    swatch = metrics.height() * 0.9
    for j, col in enumerate(table.cols):
        x = rect.left() + (j % 3) * col_w
        y = rect.top() + (j // 3) * line_h
        _fill(painter, QRectF(x, y + (line_h - swatch) / 2, swatch * 1.6, swatch), j, unit)
        painter.setPen(QColor(0, 0, 0))
        text = metrics.elidedText(
            tr(table.label(1, col)), Qt.TextElideMode.ElideRight, col_w - swatch * 2.2
        )
        painter.drawText(
            QRectF(x + swatch * 2, y, col_w - swatch * 2, line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
    rows = (len(table.cols) + 2) // 3
    x = rect.left()
    y = rect.top() + rows * line_h
    if not table.suppressed:
        return y + 4 * unit
    painter.setPen(QPen(QColor(0, 0, 0), 0.6 * unit, Qt.PenStyle.DashLine))
    painter.drawRect(QRectF(x, y + (line_h - swatch) / 2, swatch * 1.6, swatch))
    painter.setPen(QColor(0, 0, 0))
    painter.drawText(
        QRectF(x + swatch * 2, y, rect.width(), line_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        tr(HIDDEN_LEGEND),
    )
    return y + line_h + 4 * unit
