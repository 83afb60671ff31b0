"""Directory staleness, CSV parsing with per-row refusals, all-or-nothing import, export."""

import datetime as dt

import pytest

from rrr_desktop.domain.directory import DirectoryEntry, is_stale
from rrr_desktop.domain.directory_csv import parse_directory_csv
from rrr_desktop.domain.enums import DirectoryType
from rrr_desktop.errors import InvalidInput
from rrr_desktop.services.clock import FixedClock
from rrr_desktop.services.directory import STARTER_CSV, DirectoryFilter, DirectoryService
from rrr_desktop.services.session import Session

HEADER = "id,name,type,country,region,languages,services,last_verified,is_example\n"


def entry(verified: dt.date | None, example: bool = False) -> DirectoryEntry:
    return DirectoryEntry(
        name="Org", type=DirectoryType.NGO, country="KH", last_verified=verified, is_example=example
    )


def test_flagged_after_six_months_and_examples_always() -> None:
    today = dt.date(2026, 11, 23)
    assert not is_stale(entry(dt.date(2026, 5, 24)), today)  # 183 days: still fresh
    assert is_stale(entry(dt.date(2026, 5, 23)), today)  # 184 days
    assert is_stale(entry(None), today)
    assert is_stale(entry(today, example=True), today)


def test_staleness_follows_the_injected_clock(session: Session, clock: FixedClock) -> None:
    service = DirectoryService(session)
    saved = service.save(entry(clock.today()))
    assert not service.is_stale(saved)
    assert service.search(DirectoryFilter(stale_only=True)) == []
    clock.advance(days=200)
    assert service.is_stale(service.get(saved.id))
    assert [e.id for e in service.search(DirectoryFilter(stale_only=True))] == [saved.id]
    service.mark_verified(saved.id)
    assert not service.is_stale(service.get(saved.id))


def test_parser_reports_every_bad_row_with_its_line() -> None:
    text = HEADER + (
        "a,Good NGO,ngo,KH,Battambang,km;en,shelter,2026-10-01,no\n"
        ",No type,,KH,,,,,\n"
        ",Bad type,church,KH,,,,,\n"
        ",Bad country,ngo,Cambodia,,,,,\n"
        ",Bad date,ngo,KH,,,,01/02/2026,\n"
        "a,Duplicate id,ngo,KH,,,,,\n"
        ",Bad flag,ngo,KH,,,,,maybe\n"
    )
    parsed = parse_directory_csv(text)
    assert [e.name for e in parsed.entries] == ["Good NGO"]
    assert parsed.entries[0].languages == ["km", "en"]
    assert [p.line for p in parsed.problems] == [3, 4, 5, 6, 7, 8]
    assert "Line 4: unknown type 'church'" in parsed.problems[1].text
    assert "line 2" in parsed.problems[4].text
    assert not parsed.ok


def test_missing_header_is_a_file_problem() -> None:
    assert parse_directory_csv("Good NGO,ngo,KH\n").file_problem


def test_import_is_all_or_nothing(session: Session) -> None:
    service = DirectoryService(session)
    bad = HEADER + "x,Good,ngo,KH,,,,,\ny,Bad,ngo,KHM,,,,,\n"
    preview = service.preview_import(bad)
    assert (preview.new, len(preview.parsed.problems)) == (1, 1)
    with pytest.raises(InvalidInput, match="nothing was imported"):
        service.import_csv(bad)
    assert service.all() == []
    service.import_csv(HEADER + "x,Good,ngo,KH,,,,,\n")
    again = service.import_csv(HEADER + "x,Good renamed,ngo,KH,,,,,\nz,New,health,LA,,,,,\n")
    assert (again.new, again.updated) == (1, 1)
    assert sorted(e.name for e in service.all()) == ["Good renamed", "New"]


def test_export_round_trips_and_guards_formulas(session: Session) -> None:
    service = DirectoryService(session)
    service.save(
        DirectoryEntry(
            name='=HYPERLINK("x")',
            type=DirectoryType.LAWYER,
            country="TH",
            phone="+66 0000",
            languages=["th", "en"],
            services=["legal aid"],
            last_verified=dt.date(2026, 9, 1),
            notes="line one\nline two",
        )
    )
    text = service.export_csv()
    assert "'=HYPERLINK" in text
    assert "'+66 0000" in text
    back = parse_directory_csv(text)
    assert back.ok
    assert back.entries == service.all()


def test_starter_directory_is_only_examples_to_verify(session: Session) -> None:
    parsed = parse_directory_csv(STARTER_CSV.read_text(encoding="utf-8"))
    assert parsed.ok
    assert parsed.entries
    for e in parsed.entries:
        assert e.is_example
        assert "(example — verify)" in e.name
        assert (e.phone, e.email, e.address) == ("", "", "")
    service = DirectoryService(session)
    service.import_starter()
    assert all(service.is_stale(e) for e in service.all())
    with pytest.raises(InvalidInput):
        service.mark_verified(service.all()[0].id)


def test_a_csv_can_never_overwrite_a_case(session: Session) -> None:
    from rrr_desktop.services.cases import CaseService
    from tests.reintegration.helpers import new_case

    case = new_case(session)
    service = DirectoryService(session)
    text = HEADER + f"{case.id},Evil,ngo,KH,,,,,\nok,Fine,ngo,KH,,,,,\n"
    preview = service.preview_import(text)
    assert [p.line for p in preview.parsed.problems] == [2]
    assert [e.id for e in preview.parsed.entries] == ["ok"]
    with pytest.raises(InvalidInput):
        service.import_csv(text)
    with pytest.raises(InvalidInput):
        service.save(DirectoryEntry(id=case.id, name="Evil", type=DirectoryType.NGO, country="KH"))
    assert CaseService(session).get(case.reference, audit=False).person.given_name == "Test"
    assert service.all() == []


HIDDEN_CHARS = ["\x1b", "\x07", "\u202e", "\x9b", "\u2066", "\x00"]


@pytest.mark.parametrize("hidden", HIDDEN_CHARS)
@pytest.mark.parametrize("column", ["services", "notes", "type"])
def test_hidden_characters_are_neither_stored_nor_echoed(hidden: str, column: str) -> None:
    """A directory file whose cells carried terminal escapes and direction overrides was
    stored as it was, and a refused type was printed raw (found by the hostile-input
    review): the row is refused, and its refusal shows no hidden character."""
    cells = {"type": "ngo", "services": "shelter", "notes": "calls back"}
    cells[column] = f"{cells[column]}{hidden}]0;pwned\x07"
    text = (
        "id,name,type,country,region,languages,services,last_verified,is_example,notes\n"
        f',Partner,{cells["type"]},KH,,km,{cells["services"]},,no,"{cells["notes"]}"\n'
    )
    parsed = parse_directory_csv(text)
    assert parsed.entries == []
    [problem] = parsed.problems
    assert problem.text == "".join(ch for ch in problem.text if ch.isprintable())


def test_an_entry_saved_before_the_text_rules_still_opens(session: Session) -> None:
    """Notes and services saved by an earlier version with hidden characters in them
    would have made every directory page and command fail once the rules applied."""
    import json

    from rrr_desktop.vault.records import encode_doc, get_record

    service = DirectoryService(session)
    service.import_csv(HEADER + ",Partner,ngo,KH,,km,shelter,,no\n")
    [entry] = [e for e in service.all() if e.name == "Partner"]
    kind, data, *_ = get_record(session.conn(), entry.id)  # type: ignore[misc]
    old = json.loads(data) | {"notes": "calls\x1b back\u202e", "services": ["shel\x07ter"]}
    with session.write() as conn:  # as an earlier version stored it
        conn.execute(
            "UPDATE records SET data = ? WHERE id = ?", (encode_doc(json.dumps(old)), entry.id)
        )
    [again] = [e for e in service.all() if e.id == entry.id]
    assert (again.notes, again.services) == ("calls back", ["shelter"])
    assert service.get(entry.id) == again
