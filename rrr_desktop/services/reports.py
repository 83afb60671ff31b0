"""Report use cases: gather the facts of the cases in a period and programme, count them,
and record in the audit log that a report was made (with its fields, never its numbers).

The period applies to the intake date: a report "1 Jan - 31 Dec" counts the persons
taken in during that year. Caseworkers without supervisor or data-officer rights only
count their own cases (need-to-know), like the case list.
"""

import datetime as dt
import json
from pathlib import Path
from typing import Any

from rrr_desktop import files
from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import InvalidInput
from rrr_desktop.reports import export, lists
from rrr_desktop.reports.fields import DONOR_SET, REPORT_FIELDS, CaseFacts
from rrr_desktop.reports.report import Report, ReportFilter
from rrr_desktop.reports.tables import table_from_counts
from rrr_desktop.services.session import Session
from rrr_desktop.vault import report_rows
from rrr_desktop.vault.records import decode_doc

DEFAULT_EXPORT_THRESHOLD = 5  # counts below this are hidden in anything that leaves


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _index_facts(row: tuple[Any, ...]) -> lists.IndexFacts:
    """(reference, caseworker, stage, next action, next due, origin, programme, ...)."""
    return lists.IndexFacts(row[0], row[1], row[2], row[3], _date(row[4]), row[5], row[6])


class ReportService:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _scope(self) -> str | None:
        """Whose cases this user counts: everyone's, or only their own (need-to-know)."""
        user = self.s.user
        if user.is_supervisor or user.has_role(Role.DATA_OFFICER):
            return None
        return user.username

    def facts(self, flt: ReportFilter) -> list[CaseFacts]:
        """The coarse facts of every case taken in during the period (no names)."""
        flt.check()
        rows = report_rows.fact_rows(
            self.s.conn(), self._scope(), flt.start, flt.end, flt.programme
        )
        return [
            CaseFacts(
                sex,
                group,
                sector,
                origin,
                nationality,
                stage,
                programme,
                worker,
                dt.date.fromisoformat(intake),
            )
            for sex, group, sector, origin, nationality, stage, programme, worker, intake in rows
        ]

    def programmes(self) -> list[str]:
        return report_rows.programmes(self.s.conn())

    def build(
        self, layouts: list[tuple[str, ...]], flt: ReportFilter, threshold: int | None = None
    ) -> Report:
        """One table per layout (one field, or two for a cross-tab); audited. Suppressed at
        the organisation's threshold unless a lower one is asked for: an internal view,
        audited as such (``below_default``)."""
        if threshold is None:
            threshold = DEFAULT_EXPORT_THRESHOLD
        if not layouts:
            layouts = [(f,) for f in DONOR_SET]
        if len(set(layouts)) != len(layouts):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Each table of a report counts something else.")
            )
        for layout in layouts:
            if not 1 <= len(layout) <= 2 or len(set(layout)) != len(layout):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "A table counts by one field or by two different fields.",
                    )
                )
            for field in layout:
                if field not in REPORT_FIELDS:
                    raise InvalidInput(
                        QT_TRANSLATE_NOOP(
                            "errors", "Cannot count by {field}; choose one of {fields}."
                        ),
                        field=field,
                        fields=", ".join(REPORT_FIELDS),
                    )
        if threshold < 0:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The suppression threshold cannot be negative.")
            )
        flt.check()
        conn, scope = self.s.conn(), self._scope()
        where = (flt.start, flt.end, flt.programme)
        tables = [
            table_from_counts(report_rows.counts(conn, layout, scope, *where), layout, threshold)
            for layout in layouts
        ]
        cases = report_rows.count_cases(conn, scope, *where)
        self.s.record_reading(
            "report.build",
            "",
            fields=[list(layout) for layout in layouts],
            suppress=threshold,
            below_default=threshold < DEFAULT_EXPORT_THRESHOLD,
        )
        return Report(self.s.organisation().name, flt, self.s.clock.now(), cases, tables, threshold)

    def export_csv(self, report: Report, path: Path) -> list[Path]:
        """Write the report's tables as CSV (one file per table when there are several),
        each file whole or not at all; audited with the files' count, never the numbers."""
        written = []
        for target, text in export.csv_files(report.tables, path):
            files.write_text(target, text)
            written.append(target)
        self.s.record_reading(
            "report.export",
            "",
            format="csv",
            files=len(written),
            fields=[list(t.fields) for t in report.tables],
            suppress=report.threshold,
        )
        return written

    # -- operational lists ----------------------------------------------------------------

    def _index_rows(self, flt: ReportFilter | None = None) -> list[tuple[lists.IndexFacts, bytes]]:
        rows = report_rows.list_rows(self.s.conn(), self._scope(), flt.programme if flt else "")
        return [(_index_facts(r), r[7]) for r in rows]

    def _audit_list(self, kind: str) -> None:
        self.s.record_reading("report.list", "", list=kind)

    def caseload(self) -> list[lists.Caseload]:
        self._audit_list("caseload")
        today = self.s.clock.today()
        return lists.caseload_from_counts(
            report_rows.caseload_counts(self.s.conn(), self._scope(), today)
        )

    def followups(self, days_ahead: int = 14) -> list[lists.IndexFacts]:
        self._audit_list("followups")
        until = self.s.clock.today() + dt.timedelta(days=days_ahead)
        return [_index_facts(r) for r in report_rows.due_rows(self.s.conn(), self._scope(), until)]

    @staticmethod
    def _history(data: bytes) -> list[lists.StageChangeFacts]:
        doc = json.loads(decode_doc(data))
        return [
            lists.StageChangeFacts(
                c["to_stage"], dt.datetime.fromisoformat(c["at"]).date(), c.get("note", "")
            )
            for c in doc.get("stage_history", [])
            if c.get("at")
        ]

    def stage_times(self, flt: ReportFilter | None = None) -> list[lists.StageTime]:
        self._audit_list("stage_times")
        lengths = report_rows.stay_lengths(
            self.s.conn(), self._scope(), flt.programme if flt else ""
        )
        return lists.stage_times_from_lengths(lengths)

    def returns(self, flt: ReportFilter) -> list[lists.ReturnRow]:
        """Returns in the period (default: this calendar month up to today)."""
        flt.check()
        today = self.s.clock.today()
        start = flt.start or today.replace(day=1)
        end = flt.end or today
        self._audit_list("returns")
        rows = report_rows.returns(self.s.conn(), self._scope(), start, end, flt.programme)
        day = dt.date.fromisoformat
        return [  # in the order of (day, reference): sorted by SQL
            lists.ReturnRow(ref, day(on), origin, programme) for ref, on, origin, programme in rows
        ]

    def histories(
        self, flt: ReportFilter | None = None
    ) -> list[tuple[lists.IndexFacts, list[lists.StageChangeFacts]]]:
        """Every case's index row and stage changes read from its document: what the lists
        counted from before the index held them (kept to check the SQL against)."""
        return [(f, self._history(d)) for f, d in self._index_rows(flt)]
