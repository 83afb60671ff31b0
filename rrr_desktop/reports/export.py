"""A table as CSV (``FIELD[,FIELD2],count,percent``), JSON-ready data or text rows.

The CSV lists every cell, then the margins labelled ``Total``; hidden counts keep their
``<N`` / ``x`` marks so the file can leave the organisation as it is.
"""

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.text_rules import spreadsheet_safe
from rrr_desktop.reports.tables import TOTAL, Table

FOOTNOTE_SMALL = QT_TRANSLATE_NOOP(
    "report", "<{n}: fewer than {n} persons, hidden to protect them."
)
FOOTNOTE_HIDDEN = QT_TRANSLATE_NOOP(
    "report", "x: hidden so that a small number cannot be worked out from the totals."
)
COUNT_HEADER = QT_TRANSLATE_NOOP("report", "Count")
PERCENT_HEADER = QT_TRANSLATE_NOOP("report", "Percent")


def cells(table: Table) -> list[tuple[str, ...]]:
    """(row key[, col key]) of every cell in CSV order: body, then margins."""
    if not table.is_crosstab:
        return [(r,) for r in table.row_keys]
    body = [(r, c) for r in table.rows for c in table.cols]
    row_totals = [(r, TOTAL) for r in table.rows]
    col_totals = [(TOTAL, c) for c in table.cols]
    return [*body, *row_totals, *col_totals, (TOTAL, TOTAL)]


def csv_rows(table: Table) -> list[list[str]]:
    header = [*table.fields, "count", "percent"]
    out = [header]
    for key in cells(table):
        labels = [table.label(axis, k) for axis, k in enumerate(key)]
        col = key[1] if len(key) == 2 else TOTAL
        out.append([*labels, table.count_text(key[0], col), table.percent_text(key[0], col)])
    return out


def write_csv(table: Table, stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerows([[spreadsheet_safe(cell) for cell in row] for row in csv_rows(table)])


def footnotes(table: Table, tr: Callable[[str], str] = str) -> list[str]:
    """What the marks of a suppressed table mean, under it on screen, on paper and in the
    terminal alike; ``tr`` translates each note (the screen and the PDF pass theirs)."""
    notes = []
    if table.primary:
        notes.append(tr(FOOTNOTE_SMALL).format(n=table.threshold))
    if table.complementary:
        notes.append(tr(FOOTNOTE_HIDDEN))
    return notes


def to_json(table: Table) -> dict[str, Any]:
    items = []
    for key in cells(table):
        col = key[1] if len(key) == 2 else TOTAL
        item: dict[str, Any] = {
            field: (None if k == TOTAL else k) for field, k in zip(table.fields, key, strict=False)
        }
        hidden = table.is_hidden(key[0], col)
        item["count"] = None if hidden else table.count(key[0], col)
        item["shown"] = table.count_text(key[0], col)
        pct = table.percent(key[0], col)
        item["percent"] = None if pct is None else float(pct)
        items.append(item)
    return {
        "fields": list(table.fields),
        "suppress_below": table.threshold or None,
        "cells": items,
        "notes": footnotes(table),
    }


def text_grid(table: Table) -> tuple[list[str], list[list[str]]]:
    """Headers and rows for a terminal or on-screen table (count and percent per cell)."""
    if not table.is_crosstab:
        headers = [table.fields[0], COUNT_HEADER, PERCENT_HEADER]
        rows = [
            [table.label(0, r), table.count_text(r), table.percent_text(r)] for r in table.row_keys
        ]
        return headers, rows
    headers = [
        f"{table.fields[0]} \\ {table.fields[1]}",
        *[table.label(1, c) for c in table.col_keys],
    ]
    rows = []
    for r in table.row_keys:
        line = [table.label(0, r)]
        for c in table.col_keys:
            pct = table.percent_text(r, c)
            line.append(
                f"{table.count_text(r, c)} ({pct}%)"
                if pct and pct != "x"
                else table.count_text(r, c)
            )
        rows.append(line)
    return headers, rows


def csv_files(tables: list[Table], path: Path) -> list[tuple[Path, str]]:
    """(file, its CSV) per table: one table goes to ``path``; several go beside it, each
    named after its fields (``donor.csv`` -> ``donor-sex.csv``, ``donor-age_group.csv``)."""
    out = []
    for table in tables:
        target = path
        if len(tables) > 1:
            target = path.with_name(f"{path.stem}-{'-'.join(table.fields)}{path.suffix or '.csv'}")
        buffer = io.StringIO()
        write_csv(table, buffer)
        out.append((target, buffer.getvalue()))
    return out
