"""Operational lists for supervisors: who holds which cases, what is due, how long
stages take, who returned home. Internal lists: they carry references, never names."""

import dataclasses
import datetime as dt
import statistics
from collections.abc import Iterable
from typing import NamedTuple

from rrr_desktop.domain.enums import Stage
from rrr_desktop.domain.import_rules import IMPORT_NOTE

OPEN_STAGES = tuple(s for s in Stage if s != Stage.CLOSED)


@dataclasses.dataclass(frozen=True)
class Caseload:
    caseworker: str
    by_stage: dict[str, int]
    overdue: int

    @property
    def open_cases(self) -> int:
        return sum(self.by_stage.values())


class IndexFacts(NamedTuple):
    """The index row of a case as the lists need it (a tuple: a list of 100,000 is made
    in a third of the time a frozen dataclass takes)."""

    reference: str
    caseworker: str
    stage: str
    next_action: str
    next_due: dt.date | None
    origin_country: str = ""
    programme: str = ""


@dataclasses.dataclass(frozen=True)
class StageChangeFacts:
    to_stage: str
    on: dt.date
    note: str = ""


@dataclasses.dataclass(frozen=True)
class StageTime:
    stage: str
    stays: int
    median_days: float


class ReturnRow(NamedTuple):
    reference: str
    on: dt.date
    origin_country: str
    programme: str


def caseload(rows: Iterable[IndexFacts], today: dt.date) -> list[Caseload]:
    """Open cases per caseworker and stage, with how many have an overdue action."""
    by_worker: dict[str, dict[str, int]] = {}
    overdue: dict[str, int] = {}
    for row in rows:
        if row.stage == Stage.CLOSED:
            continue
        stages = by_worker.setdefault(row.caseworker, {})
        stages[row.stage] = stages.get(row.stage, 0) + 1
        if row.next_due is not None and row.next_due < today:
            overdue[row.caseworker] = overdue.get(row.caseworker, 0) + 1
    order = {stage.value: i for i, stage in enumerate(Stage)}
    result = [
        Caseload(w, dict(sorted(s.items(), key=lambda kv: order.get(kv[0], 99))), overdue.get(w, 0))
        for w, s in by_worker.items()
    ]
    return sorted(result, key=lambda c: (-c.open_cases, c.caseworker))


def caseload_from_counts(rows: Iterable[tuple[str, str, int, int]]) -> list[Caseload]:
    """``caseload`` from (caseworker, stage, open cases, overdue) counted by SQL."""
    by_worker: dict[str, dict[str, int]] = {}
    overdue: dict[str, int] = {}
    for worker, stage, n, late in rows:
        by_worker.setdefault(worker, {})[stage] = n
        overdue[worker] = overdue.get(worker, 0) + late
    order = {stage.value: i for i, stage in enumerate(Stage)}
    result = [
        Caseload(w, dict(sorted(s.items(), key=lambda kv: order.get(kv[0], 99))), overdue[w])
        for w, s in by_worker.items()
    ]
    return sorted(result, key=lambda c: (-c.open_cases, c.caseworker))


def followups_due(rows: Iterable[IndexFacts], until: dt.date) -> list[IndexFacts]:
    """Cases whose next action is due on or before ``until`` (overdue ones first)."""
    due = [r for r in rows if r.next_due is not None and r.next_due <= until]
    return sorted(due, key=lambda r: (r.next_due or until, r.reference))


def stage_times(histories: Iterable[list[StageChangeFacts]]) -> list[StageTime]:
    """Median days spent in each stage, over completed stays only.

    A stay starts at a stage change and ends at the next one; the current stay has not
    ended and is left out, as is a stay that began with an import (its start is unknown).
    """
    days: dict[str, list[int]] = {}
    for history in histories:
        ordered = sorted(history, key=lambda c: c.on)
        for start, end in zip(ordered, ordered[1:], strict=False):
            if start.note == IMPORT_NOTE:
                continue
            days.setdefault(start.to_stage, []).append((end.on - start.on).days)
    return [
        StageTime(stage.value, len(days[stage]), float(statistics.median(days[stage])))
        for stage in Stage
        if stage.value in days
    ]


def median_of_counts(counts: dict[int, int]) -> float:
    """The median of a multiset given as value -> how many times (as ``statistics.median``
    of the values written out: the middle one, or the mean of the two middle ones)."""
    total = sum(counts.values())
    if total == 0:
        raise ValueError("no values")
    middle = [(total - 1) // 2, total // 2]
    found: list[int] = []
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        while len(found) < 2 and middle[len(found)] < seen:
            found.append(value)
    return (found[0] + found[1]) / 2


def stage_times_from_lengths(lengths: dict[str, dict[int, int]]) -> list[StageTime]:
    """``stage_times`` from stays already counted per stage and length (by SQL)."""
    return [
        StageTime(
            stage.value,
            sum(lengths[stage.value].values()),
            float(median_of_counts(lengths[stage.value])),
        )
        for stage in Stage
        if lengths.get(stage.value)
    ]


def returns_between(
    cases: Iterable[tuple[IndexFacts, list[StageChangeFacts]]], start: dt.date, end: dt.date
) -> list[ReturnRow]:
    """Cases that set off home (moved to the travel stage) within the period; a stage
    set by an import is not a return on the day of the import."""
    found = []
    for facts, history in cases:
        trips = [
            c.on
            for c in history
            if c.to_stage == Stage.TRAVEL and start <= c.on <= end and c.note != IMPORT_NOTE
        ]
        if trips:
            found.append(
                ReturnRow(facts.reference, max(trips), facts.origin_country, facts.programme)
            )
    return sorted(found, key=lambda r: (r.on, r.reference))
