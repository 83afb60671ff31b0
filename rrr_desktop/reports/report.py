"""What a report is about and what it holds, as printing and export receive it: the
period and programme counted, the tables, and the threshold below which counts are hidden."""

import dataclasses
import datetime as dt

from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.errors import InvalidInput
from rrr_desktop.reports.tables import Table


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
