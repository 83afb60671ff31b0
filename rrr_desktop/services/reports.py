"""Report use cases: gather the facts of the cases in a period and programme, count them,
and record in the audit log that a report was made (with its fields, never its numbers).

The period applies to the intake date: a report "1 Jan - 31 Dec" counts the persons
taken in during that year. Caseworkers without supervisor or data-officer rights only
count their own cases (need-to-know), like the case list.
"""

import dataclasses
import datetime as dt
import json
from typing import Any

from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.import_rules import age_group_at_intake
from rrr_desktop.domain.people import age_on
from rrr_desktop.errors import InvalidInput
from rrr_desktop.reports import lists
from rrr_desktop.reports.fields import DONOR_SET, REPORT_FIELDS, CaseFacts
from rrr_desktop.reports.tables import Table, build_table
from rrr_desktop.services.session import Session
from rrr_desktop.vault.records import decode_doc

DEFAULT_EXPORT_THRESHOLD = 5  # counts below this are hidden in anything that leaves


@dataclasses.dataclass(frozen=True)
class ReportFilter:
    start: dt.date | None = None
    end: dt.date | None = None
    programme: str = ""

    def check(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The start of the period is after its end.")
            )


@dataclasses.dataclass(frozen=True)
class Report:
    """Everything a printed or exported report shows besides the tables themselves."""

    organisation: str
    filter: ReportFilter
    generated_at: dt.datetime
    cases: int
    tables: list[Table]
    threshold: int


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _facts_from(row: tuple[Any, ...], need_age: bool) -> CaseFacts:
    sex, sector, origin, nationality, stage, programme, worker, intake_text, data = row
    intake = dt.date.fromisoformat(intake_text)
    group = ""
    if need_age:
        person = json.loads(decode_doc(data)).get("person", {})
        dob = _date(person.get("date_of_birth"))
        estimated = person.get("estimated_age")
        if dob is None and estimated is not None:
            estimated = age_on(None, estimated, _date(person.get("estimated_on")), intake)
        group = age_group_at_intake(dob, estimated, intake).value
    return CaseFacts(sex, group, sector, origin, nationality, stage, programme, worker, intake)


class ReportService:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _scope(self) -> tuple[str, list[object]]:
        user = self.s.user
        if user.is_supervisor or user.has_role(Role.DATA_OFFICER):
            return "", []
        return (
            " AND (c.caseworker = ? OR instr(c.assigned, ?) > 0)",
            [user.username, f",{user.username},"],
        )

    def _where(self, flt: ReportFilter) -> tuple[str, list[object]]:
        flt.check()
        sql, params = self._scope()
        if flt.start:
            sql += " AND c.intake_date >= ?"
            params.append(flt.start.isoformat())
        if flt.end:
            sql += " AND c.intake_date <= ?"
            params.append(flt.end.isoformat())
        if flt.programme:
            sql += " AND c.programme = ?"
            params.append(flt.programme)
        return sql, params

    def facts(self, flt: ReportFilter, need_age: bool = True) -> list[CaseFacts]:
        """The coarse facts of every case taken in during the period (no names)."""
        where, params = self._where(flt)
        data = "r.data" if need_age else "NULL"
        sql = (
            "SELECT c.sex, c.sector, c.origin_country, c.nationality, c.stage, c.programme, "
            f"c.caseworker, c.intake_date, {data} FROM case_index c "
            f"JOIN records r ON r.id = c.id WHERE r.deleted = 0{where}"
        )
        rows = self.s.conn().execute(sql, params).fetchall()
        return [_facts_from(tuple(row), need_age) for row in rows]

    def programmes(self) -> list[str]:
        rows = (
            self.s.conn()
            .execute("SELECT DISTINCT programme FROM case_index WHERE programme != '' ORDER BY 1")
            .fetchall()
        )
        return [r[0] for r in rows]

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
        need_age = any("age_group" in layout for layout in layouts)
        facts = self.facts(flt, need_age)
        tables = [build_table(facts, layout, threshold) for layout in layouts]
        self.s.record_reading(
            "report.build",
            "",
            fields=[list(layout) for layout in layouts],
            suppress=threshold,
            below_default=threshold < DEFAULT_EXPORT_THRESHOLD,
        )
        return Report(
            self.s.organisation().name, flt, self.s.clock.now(), len(facts), tables, threshold
        )

    # -- operational lists ----------------------------------------------------------------

    def _index_rows(self, flt: ReportFilter | None = None) -> list[tuple[lists.IndexFacts, bytes]]:
        where, params = self._scope()
        if flt and flt.programme:
            where += " AND c.programme = ?"
            params.append(flt.programme)
        sql = (
            "SELECT c.reference, c.caseworker, c.stage, c.next_action, c.next_due, "
            "c.origin_country, c.programme, r.data FROM case_index c "
            f"JOIN records r ON r.id = c.id WHERE r.deleted = 0{where}"
        )
        out = []
        for row in self.s.conn().execute(sql, params).fetchall():
            facts = lists.IndexFacts(row[0], row[1], row[2], row[3], _date(row[4]), row[5], row[6])
            out.append((facts, row[7]))
        return out

    def _audit_list(self, kind: str) -> None:
        self.s.record_reading("report.list", "", list=kind)

    def caseload(self) -> list[lists.Caseload]:
        self._audit_list("caseload")
        return lists.caseload([f for f, _ in self._index_rows()], self.s.clock.today())

    def followups(self, days_ahead: int = 14) -> list[lists.IndexFacts]:
        self._audit_list("followups")
        until = self.s.clock.today() + dt.timedelta(days=days_ahead)
        return lists.followups_due([f for f, _ in self._index_rows()], until)

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
        return lists.stage_times(self._history(d) for _, d in self._index_rows(flt))

    def returns(self, flt: ReportFilter) -> list[lists.ReturnRow]:
        """Returns in the period (default: this calendar month up to today)."""
        flt.check()
        today = self.s.clock.today()
        start = flt.start or today.replace(day=1)
        end = flt.end or today
        self._audit_list("returns")
        rows = [(f, self._history(d)) for f, d in self._index_rows(flt)]
        return lists.returns_between(rows, start, end)
