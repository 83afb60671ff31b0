"""Small multiples: one line per vulnerability domain, 1 (very vulnerable) to 5 (resilient).

Readable in greyscale and for colour-blind users: black lines, a distinct marker shape
per domain, the last score written as a number and the direction written as a word.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from rrr_desktop.domain.enums import VulnerabilityDomain
from rrr_desktop.domain.followup import SCORE_MAX, SCORE_MIN, TrendPoint, trend_direction
from rrr_desktop.ui.reintegration.texts import domain_text

ROW_HEIGHT = 56
LABEL_WIDTH = 200
NOTE_WIDTH = 150
MARKERS = ("circle", "square", "triangle", "diamond", "cross")


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.trends: dict[VulnerabilityDomain, list[TrendPoint]] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(ROW_HEIGHT * len(VulnerabilityDomain) + 24)
        self.setAccessibleName(QCoreApplication.translate("followup", "Score trend per domain"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(620, ROW_HEIGHT * len(VulnerabilityDomain) + 24)

    def set_trends(self, trends: dict[VulnerabilityDomain, list[TrendPoint]]) -> None:
        self.trends = trends
        summary = [f"{domain_text(d)}: {self._note(d)}" for d in VulnerabilityDomain]
        self.setAccessibleDescription("; ".join(summary))
        self.update()

    def _note(self, domain: VulnerabilityDomain) -> str:
        points = self.trends.get(domain, [])
        if not points:
            return QCoreApplication.translate("followup", "no score yet")
        word = {
            1: QCoreApplication.translate("followup", "improving"),
            -1: QCoreApplication.translate("followup", "worse"),
            0: QCoreApplication.translate("followup", "steady"),
        }[trend_direction(points)]
        return QCoreApplication.translate("followup", "{score}/5, {trend}").format(
            score=points[-1].score, trend=word
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        dates = sorted({p.on for pts in self.trends.values() for p in pts})
        for row, domain in enumerate(VulnerabilityDomain):
            top = 4 + row * ROW_HEIGHT
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, LABEL_WIDTH - 8, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                domain_text(domain),
            )
            plot = QRectF(
                LABEL_WIDTH,
                top + 8,
                max(40, self.width() - LABEL_WIDTH - NOTE_WIDTH),
                ROW_HEIGHT - 20,
            )
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            for level in (SCORE_MIN, 3, SCORE_MAX):
                y = self._y(plot, level)
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(grid)
            for level in (SCORE_MIN, SCORE_MAX):
                painter.drawText(
                    QRectF(plot.left() - 14, self._y(plot, level) - 7, 12, 14),
                    Qt.AlignmentFlag.AlignCenter,
                    str(level),
                )
            painter.setPen(text)
            painter.drawText(
                QRectF(plot.right() + 8, top, NOTE_WIDTH - 8, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                self._note(domain),
            )
            self._draw_line(painter, plot, dates, self.trends.get(domain, []), MARKERS[row])
        if dates:
            bottom = QRectF(
                LABEL_WIDTH,
                4 + len(VulnerabilityDomain) * ROW_HEIGHT,
                max(40, self.width() - LABEL_WIDTH - NOTE_WIDTH),
                16,
            )
            painter.setPen(text)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, dates[0].isoformat())
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight, dates[-1].isoformat())
        painter.end()

    @staticmethod
    def _y(plot: QRectF, score: int) -> float:
        span = SCORE_MAX - SCORE_MIN
        return plot.bottom() - (score - SCORE_MIN) / span * plot.height()

    def _draw_line(
        self,
        painter: QPainter,
        plot: QRectF,
        dates: list[dt.date],
        points: list[TrendPoint],
        marker: str,
    ) -> None:
        if not points:
            return
        first, last = dates[0], dates[-1]
        days = max((last - first).days, 1)

        def at(p: TrendPoint) -> QPointF:
            x = (
                plot.left() + ((p.on - first).days / days) * plot.width()
                if len(dates) > 1
                else plot.center().x()
            )
            return QPointF(x, self._y(plot, p.score))

        colour = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(QPen(colour, 1.6))
        path = QPainterPath(at(points[0]))
        for p in points[1:]:
            path.lineTo(at(p))
        painter.drawPath(path)
        painter.setBrush(colour)
        for p in points:
            self._marker(painter, at(p), marker)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _marker(painter: QPainter, c: QPointF, shape: str) -> None:
        r = 3.5
        if shape == "circle":
            painter.drawEllipse(c, r, r)
        elif shape == "square":
            painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        elif shape == "triangle":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(c.x(), c.y() - r - 1),
                        QPointF(c.x() - r - 1, c.y() + r),
                        QPointF(c.x() + r + 1, c.y() + r),
                    ]
                )
            )
        elif shape == "diamond":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(c.x(), c.y() - r - 1),
                        QPointF(c.x() - r - 1, c.y()),
                        QPointF(c.x(), c.y() + r + 1),
                        QPointF(c.x() + r + 1, c.y()),
                    ]
                )
            )
        else:
            painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r))
            painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r))
