"""Service directory use cases: edit, search, staleness, CSV import and export.

Entries are synced records of kind ``directory`` (not personal data of assisted persons,
but still audited). Staleness uses the session's clock so it is testable. A CSV import is
all or nothing: one refused row and nothing is written; the preview lists every refusal.
"""

import dataclasses
import datetime as dt
import json
from pathlib import Path

from rrr_desktop.domain.directory import (
    DirectoryEntry,
    changed_fields,
    contact_changed,
    is_stale,
    stored_entry,
)
from rrr_desktop.domain.directory_csv import (
    ParsedDirectory,
    export_directory_csv,
    parse_directory_csv,
)
from rrr_desktop.domain.enums import DirectoryType, Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP, Marked
from rrr_desktop.errors import InvalidInput, NotFound
from rrr_desktop.services.session import Session
from rrr_desktop.vault import records
from rrr_desktop.vault.db import Connection

KIND = "directory"
STARTER_CSV = Path(__file__).resolve().parents[2] / "resources" / "directory" / "starter.csv"


@dataclasses.dataclass(frozen=True)
class DirectoryFilter:
    country: str = ""
    region: str = ""
    type: DirectoryType | None = None
    language: str = ""
    service: str = ""
    text: str = ""  # part of the name, contact or notes
    stale_only: bool = False


@dataclasses.dataclass(frozen=True)
class EntryChange:
    """One existing entry a file would change, field by field (shown before importing)."""

    name: str
    fields: list[tuple[str, str, str]]  # (field, before, after)
    was_verified: bool


@dataclasses.dataclass(frozen=True)
class ImportPreview:
    """What an import would do; ``problems`` are the refused rows (none: it may go ahead)."""

    parsed: ParsedDirectory
    new: int
    updated: int
    changes: list[EntryChange] = dataclasses.field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.parsed.ok and bool(self.parsed.entries)


def _contains(haystack: list[str], needle: str) -> bool:
    needle = needle.casefold()
    return any(needle in item.casefold() for item in haystack)


class DirectoryService:
    def __init__(self, session: Session) -> None:
        self.s = session

    def today(self) -> dt.date:
        return self.s.clock.today()

    def is_stale(self, entry: DirectoryEntry) -> bool:
        return is_stale(entry, self.today())

    # -- reading -------------------------------------------------------------------------

    def all(self) -> list[DirectoryEntry]:
        rows = records.list_records(self.s.conn(), KIND)
        entries = [stored_entry(row) for row in rows]
        return sorted(entries, key=lambda e: (e.country, e.region.casefold(), e.name.casefold()))

    def get(self, entry_id: str) -> DirectoryEntry:
        found = records.get_record(self.s.conn(), entry_id)
        if found is None or found[0] != KIND or found[4]:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No directory entry has this id."))
        return stored_entry(json.loads(found[1]))

    def search(self, f: DirectoryFilter) -> list[DirectoryEntry]:
        today = self.today()
        out = []
        for e in self.all():
            if f.country and e.country != f.country.upper():
                continue
            if f.region and f.region.casefold() not in e.region.casefold():
                continue
            if f.type is not None and e.type != f.type:
                continue
            if f.language and not _contains(e.languages, f.language):
                continue
            if f.service and not _contains(e.services, f.service):
                continue
            if f.text and not _contains([e.name, e.contact_person, e.notes], f.text):
                continue
            if f.stale_only and not is_stale(e, today):
                continue
            out.append(e)
        return out

    def countries(self) -> list[str]:
        return sorted({e.country for e in self.all()})

    # -- writing -------------------------------------------------------------------------

    def _put(self, conn: Connection, entry: DirectoryEntry, deleted: bool = False) -> None:
        records.put_record(
            conn,
            entry.id,
            KIND,
            entry.model_dump_json(),
            self.s.next_version(),
            self.s.device_id,
            deleted,
        )

    def _guarded(self, old: DirectoryEntry | None, new: DirectoryEntry) -> DirectoryEntry:
        """A verified entry is changed only by a supervisor; a changed contact is unverified
        again unless the person saving it verified it just now."""
        if old is None:
            return new
        if old.last_verified is not None and changed_fields(old, new):
            self.s.require(
                Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "change a verified directory entry")
            )
        if contact_changed(old, new) and new.last_verified == old.last_verified:
            return new.model_copy(update={"last_verified": None})
        return new

    def save(self, entry: DirectoryEntry) -> DirectoryEntry:
        """Create or update one entry (validated again, so bad data never lands)."""
        entry = DirectoryEntry.model_validate(entry.model_dump())
        if self._foreign_id(entry.id):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "This id belongs to another kind of record.")
            )
        with self.s.write() as conn:
            existed = records.get_record(conn, entry.id) is not None
            entry = self._guarded(self._existing(entry.id), entry)
            self._put(conn, entry)
            self.s.audit(conn, "directory.edit" if existed else "directory.add", entry.id)
        return entry

    def mark_verified(self, entry_id: str, on: dt.date | None = None) -> DirectoryEntry:
        """The caseworker checked the entry with the organisation (not for examples)."""
        entry = self.get(entry_id)
        if entry.is_example:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "An example entry must be replaced by a real one, not verified.",
                )
            )
        on = on or self.today()
        if on > self.today():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A verification date cannot be in the future.")
            )
        return self.save(entry.model_copy(update={"last_verified": on}))

    def delete(self, entry_id: str) -> None:
        entry = self.get(entry_id)
        with self.s.write() as conn:
            self._put(conn, entry, deleted=True)
            self.s.audit(conn, "directory.delete", entry.id)

    # -- CSV -----------------------------------------------------------------------------

    def _foreign_id(self, entry_id: str) -> bool:
        """True when a record of another kind (a case, ...) already has this id."""
        found = records.get_record(self.s.conn(), entry_id)
        return found is not None and found[0] != KIND

    def _existing(self, entry_id: str) -> DirectoryEntry | None:
        try:
            return self.get(entry_id)
        except NotFound:
            return None

    def preview_import(self, text: str) -> ImportPreview:
        """A file never verifies anything: its "last_verified" column is ignored. It may
        not change an entry a person verified unless a supervisor imports it, and the
        preview lists every field it would change."""
        parsed = parse_directory_csv(text)
        supervisor = self.s.user.is_supervisor
        current = {e.id: e for e in self.all()}
        changes: list[EntryChange] = []
        for entry in list(parsed.entries):
            if self._foreign_id(entry.id):  # never let a CSV overwrite a case
                parsed = parsed.refuse(
                    entry.id,
                    QT_TRANSLATE_NOOP(
                        "directory", "Line {line}: this id belongs to another record; clear it."
                    ),
                )
                continue
            old = current.get(entry.id)
            if old is None:
                continue
            fields = changed_fields(old, entry)
            if fields and old.last_verified is not None and not supervisor:
                parsed = parsed.refuse(
                    entry.id,
                    QT_TRANSLATE_NOOP(
                        "directory",
                        "Line {line}: this entry was verified by a person; only a supervisor may "
                        "change it.",
                    ),
                )
                continue
            if fields:
                changes.append(EntryChange(old.name, fields, old.last_verified is not None))
        parsed = dataclasses.replace(
            parsed, entries=[self._from_file(current.get(e.id), e) for e in parsed.entries]
        )
        updated = sum(1 for e in parsed.entries if e.id in current)
        return ImportPreview(parsed, len(parsed.entries) - updated, updated, changes)

    def _from_file(self, old: DirectoryEntry | None, entry: DirectoryEntry) -> DirectoryEntry:
        """What a row becomes: verification is never taken from the file."""
        if old is None:
            return entry.model_copy(update={"last_verified": None})
        keep = None if contact_changed(old, entry) else old.last_verified
        return entry.model_copy(update={"last_verified": keep})

    def import_csv(self, text: str) -> ImportPreview:
        """Import every row or none: any refused row stops the whole import."""
        preview = self.preview_import(text)
        parsed = preview.parsed
        if parsed.file_problem:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{problem}"),
                problem=Marked("directory", parsed.file_problem),
            )
        if parsed.problems:
            first = parsed.problems[0]
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} row(s) of the file were refused, so nothing was imported; "
                    "the first: {problem}",
                ),
                count=len(parsed.problems),
                problem=Marked("directory", first.template, first.params),
            )
        if not parsed.entries:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The file holds no directory entries."))
        with self.s.write() as conn:
            for entry in parsed.entries:
                self._put(conn, entry)
            self.s.audit(conn, "directory.import", "", new=preview.new, updated=preview.updated)
        return preview

    def import_starter(self) -> ImportPreview:
        """The shipped starter directory: examples only, each flagged until replaced."""
        return self.import_csv(STARTER_CSV.read_text(encoding="utf-8"))

    def export_csv(self, entries: list[DirectoryEntry] | None = None) -> str:
        chosen = self.all() if entries is None else entries
        with self.s.write() as conn:
            self.s.audit(conn, "directory.export", "", count=len(chosen))
        return export_directory_csv(chosen)
