"""One report table on screen: its title, the numbers, and the same chart as the PDF."""

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.printing.charts import chart_height, draw_chart
from rrr_desktop.printing.report_pdf import table_title
from rrr_desktop.reports.export import footnotes, text_grid
from rrr_desktop.reports.tables import Table


def tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


class ChartView(QWidget):
    """Paints ``printing.charts.draw_chart`` at screen resolution."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setObjectName("reportChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(int(self.sizeHint().height()))

    def _unit(self) -> float:
        return self.logicalDpiX() / 72.0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        height = chart_height(self.table, self._unit(), self.font())
        return QSize(600, int(height) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        draw_chart(
            painter, QRectF(4, 4, self.width() - 8, self.height() - 8), self.table, self._unit(), tr
        )
        painter.end()


class TableView(QFrame):
    """Title, numbers (hidden counts as <N / x) and footnotes of one table, then its chart."""

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTable")
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{table_title(table)}</b>", self)
        layout.addWidget(title)
        headers, rows = text_grid(table)
        grid = QTableWidget(len(rows), len(headers), self)
        grid.setObjectName("reportGrid")
        grid.setHorizontalHeaderLabels([title_of(table), *[tr(h) for h in headers[1:]]])
        grid.verticalHeader().setVisible(False)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, line in enumerate(rows):
            for c, text in enumerate(line):
                grid.setItem(r, c, QTableWidgetItem(tr(text) if c == 0 else text))
        height = grid.horizontalHeader().height() + sum(grid.rowHeight(r) for r in range(len(rows)))
        grid.setFixedHeight(height + 4)
        self.grid = grid
        layout.addWidget(grid)
        notes = footnotes(table, tr)
        if notes:
            layout.addWidget(QLabel("\n".join(notes), self))
        self.chart = ChartView(table, self)
        layout.addWidget(self.chart)


def title_of(table: Table) -> str:
    from rrr_desktop.reports.fields import FIELD_TITLES

    names = [tr(FIELD_TITLES[f]) for f in table.fields]
    return " \\ ".join(names)
