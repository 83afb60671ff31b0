"""Frequency tables and cross-tabs: counts, percents of the total, margins, suppression.

Percents are of the grand total, rounded half up to one decimal. A hidden count is shown
as ``<N`` (small) or ``x`` (hidden so a small one cannot be worked out); its percent is
hidden with it.
"""

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.reports.fields import CaseFacts, check_field, value_label, value_order
from rrr_desktop.reports.suppression import suppress

TOTAL = "\x00total"  # key of a margin; never a real value
HIDDEN_MARK = "x"
TOTAL_LABEL = QT_TRANSLATE_NOOP("report", "Total")


@dataclasses.dataclass(frozen=True)
class Table:
    """One-way (``fields`` has one name, ``cols`` is empty) or two-way table."""

    fields: tuple[str, ...]
    rows: list[str]
    cols: list[str]
    grid: list[list[int]]  # rows + total row; cols + total column (one column if one-way)
    threshold: int = 0  # 0 = no suppression
    primary: frozenset[tuple[int, int]] = frozenset()
    complementary: frozenset[tuple[int, int]] = frozenset()

    @property
    def is_crosstab(self) -> bool:
        return len(self.fields) == 2

    @property
    def row_keys(self) -> list[str]:
        return [*self.rows, TOTAL]

    @property
    def col_keys(self) -> list[str]:
        return [*self.cols, TOTAL]

    @property
    def total(self) -> int:
        return self.grid[-1][-1]

    def _index(self, row: str, col: str = TOTAL) -> tuple[int, int]:
        return self.row_keys.index(row), self.col_keys.index(col)

    def count(self, row: str, col: str = TOTAL) -> int:
        i, j = self._index(row, col)
        return self.grid[i][j]

    def is_hidden(self, row: str, col: str = TOTAL) -> bool:
        key = self._index(row, col)
        return key in self.primary or key in self.complementary

    def count_text(self, row: str, col: str = TOTAL) -> str:
        key = self._index(row, col)
        if key in self.primary:
            return f"<{self.threshold}"
        if key in self.complementary:
            return HIDDEN_MARK
        return str(self.grid[key[0]][key[1]])

    def percent(self, row: str, col: str = TOTAL) -> Decimal | None:
        """Percent of the grand total, or None when hidden or nothing to divide by."""
        if self.is_hidden(row, col) or self.total == 0:
            return None
        value = Decimal(self.count(row, col) * 100) / Decimal(self.total)
        return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    def percent_text(self, row: str, col: str = TOTAL) -> str:
        value = self.percent(row, col)
        if value is not None:
            return str(value)
        return "" if self.total == 0 else HIDDEN_MARK

    def label(self, axis: int, key: str) -> str:
        return TOTAL_LABEL if key == TOTAL else value_label(self.fields[axis], key)

    @property
    def suppressed(self) -> bool:
        return bool(self.primary or self.complementary)


def _grid(rows: list[str], cols: list[str], counts: Counter[tuple[str, str]]) -> list[list[int]]:
    body = [[counts[(r, c)] for c in cols] for r in rows]
    with_totals = [[*line, sum(line)] for line in body]
    width = len(cols) + 1
    totals = [sum(line[j] for line in with_totals) for j in range(width)]
    return [*with_totals, totals]


def build_table(facts: Iterable[CaseFacts], fields: tuple[str, ...], threshold: int = 0) -> Table:
    """Count ``facts`` by one or two fields; hide small counts below ``threshold``."""
    if not 1 <= len(fields) <= 2 or len(set(fields)) != len(fields):
        raise ValueError("a table has one field or two different fields")
    for field in fields:
        check_field(field)
    pairs = Counter(
        (str(getattr(f, fields[0])), str(getattr(f, fields[1])) if len(fields) == 2 else "")
        for f in facts
    )
    return table_from_counts(pairs, fields, threshold)


def table_from_counts(
    pairs: Mapping[tuple[str, str], int], fields: tuple[str, ...], threshold: int = 0
) -> Table:
    """The table of counts already made, per (row value, column value or ""): by SQL over
    the index, or by ``build_table`` over facts. Both give the same table."""
    if not 1 <= len(fields) <= 2 or len(set(fields)) != len(fields):
        raise ValueError("a table has one field or two different fields")
    for field in fields:
        check_field(field)
    pairs = Counter({key: n for key, n in pairs.items() if n})
    row_counts: Counter[str] = Counter()
    col_counts: Counter[str] = Counter()
    for (r, c), n in pairs.items():
        row_counts[r] += n
        col_counts[c] += n
    rows = value_order(fields[0], set(row_counts), row_counts)
    if len(fields) == 2:
        cols = value_order(fields[1], set(col_counts), col_counts)
        grid = _grid(rows, cols, pairs)
    else:
        cols = []
        grid = [[row_counts[r]] for r in rows] + [[sum(row_counts.values())]]
    first, more = suppress(grid, threshold) if threshold > 1 else (set(), set())
    return Table(
        fields,
        rows,
        cols,
        grid,
        threshold if threshold > 1 else 0,
        frozenset(first),
        frozenset(more),
    )
