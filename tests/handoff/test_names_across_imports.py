"""A new case that may be a person already held here is pointed out against everything
held before the import, however many imports one service makes in a row (a window, a
headquarters' stack of sticks) and whatever was written in between, on this connection
or another: a long-lived service shows what a fresh one reading the vault shows."""

import shutil
import tempfile
import threading
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from rrr_desktop.domain.casefile import Intake
from rrr_desktop.domain.people import Person
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.handoff import HandoffService, PreviewItem
from rrr_desktop.vault import cases as repo
from tests.conftest import TODAY
from tests.handoff.conftest import Side, fingerprint_of
from tests.handoff.test_parallel_import import _laptops

NAMES = [
    ("Sokha", "Seng"),
    ("Sokhar", "Seng"),
    ("Seng", "Sokha"),
    ("Nguyễn Thị", "Lan"),
    ("Dara", "Sok"),
]  # mostly one person spelt three ways: most new cases have someone to be found
AGES = [20, 21, 24, None]
NATIONALITIES = ["KH", "", "TH"]
person = st.builds(
    lambda name, age, nationality: Person(
        given_name=name[0],
        family_name=name[1],
        estimated_age=age,
        estimated_on=TODAY.date() if age is not None else None,
        nationality=nationality,
    ),
    st.sampled_from(NAMES),
    st.sampled_from(AGES),
    st.sampled_from(NATIONALITIES),
)


def _open(side: Side, who: Person) -> str:
    return CaseService(side.session).create(who, Intake(intake_date=TODAY.date())).id


def _ids(side: Side) -> list[str]:
    return [r[0] for r in side.session.conn().execute("SELECT id FROM case_index ORDER BY id")]


def _similar(preview_items: list[PreviewItem], sent: set[str]) -> dict[str, list[str]]:
    return {i.record_id: i.similar for i in preview_items if i.record_id in sent}


class ImportsInARow(RuleBasedStateMachine):
    """A opens cases and sends them; B opens, renames and deletes its own, some from
    another thread (another connection), and imports every stick with one service."""

    def __init__(self) -> None:
        super().__init__()
        self.base = Path(tempfile.mkdtemp(prefix="rrr-names-"))
        self.a, self.b = _laptops(self.base, 0, seed=3)
        self.kept = HandoffService(self.b.session)  # one service for every import
        self.sticks = 0

    def teardown(self) -> None:
        self.a.session.close()
        self.b.session.close()
        shutil.rmtree(self.base, ignore_errors=True)

    @rule(who=person)
    def a_opens(self, who: Person) -> None:
        _open(self.a, who)

    @rule(who=person)
    def b_opens(self, who: Person) -> None:
        _open(self.b, who)

    @rule(who=person)
    def b_opens_in_another_thread(self, who: Person) -> None:
        worker = threading.Thread(target=_open, args=(self.b, who))
        worker.start()
        worker.join()

    @precondition(lambda self: bool(_ids(self.b)))
    @rule(data=st.data(), who=person)
    def b_renames(self, data: st.DataObject, who: Person) -> None:
        case_id = data.draw(st.sampled_from(_ids(self.b)))
        service = CaseService(self.b.session)
        case = service.get(case_id, audit=False)
        case.person.given_name, case.person.family_name = who.given_name, who.family_name
        case.person.nationality = who.nationality
        service.save(case)

    @precondition(lambda self: bool(_ids(self.b)))
    @rule(data=st.data())
    def b_deletes(self, data: st.DataObject) -> None:
        case_id = data.draw(st.sampled_from(_ids(self.b)))
        session = self.b.session
        with session.write() as conn:
            repo.tombstone_case(conn, case_id, session.next_version(), session.device_id)

    @rule(who=person, preview_first=st.booleans())
    def a_sends(self, who: Person, preview_first: bool) -> None:
        """A stick with at least this one new case on it."""
        _open(self.a, who)
        self.sticks += 1
        path = self.base / f"stick{self.sticks}.rrrbundle"
        self.a.handoff.export_bundle("sync", path, fingerprint_of(self.b))
        if preview_first:  # a preview on the kept service reads the names too
            self.kept.preview(path)
        fresh = HandoffService(self.b.session).preview(path)
        sent = {i.record_id for i in fresh.items if i.action == "new"}
        expected = _similar(fresh.items, sent)
        applied = self.kept.import_bundle(path)
        assert _similar(applied.items, sent) == expected


ImportsInARow.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=12,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking re-runs vaults for minutes
    suppress_health_check=[HealthCheck.too_slow],
)
TestImportsInARow = ImportsInARow.TestCase


def test_a_stack_of_sticks_points_out_people_seen_on_an_earlier_stick(tmp_path: Path) -> None:
    """The second stick's person was new on the first one: the kept service knows it."""
    a, b = _laptops(tmp_path, 0, seed=4)
    try:
        kept = HandoffService(b.session)
        _open(a, Person(given_name="Sokha", family_name="Seng", nationality="KH"))
        kept.import_bundle(_stick(a, b, tmp_path / "one.rrrbundle"))
        first = _ids(b)
        _open(a, Person(given_name="Sokhar", family_name="Seng", nationality="KH"))
        applied = kept.import_bundle(_stick(a, b, tmp_path / "two.rrrbundle"))
        news = [i for i in applied.items if i.action == "new"]
        assert len(news) == 1
        assert news[0].similar == [repo.reference_of(b.session.conn(), first[0])]
    finally:
        a.session.close()
        b.session.close()


@pytest.mark.parametrize("another_connection", [False, True])
def test_a_case_opened_between_two_sticks_is_pointed_out(
    tmp_path: Path, another_connection: bool
) -> None:
    """Opened here after the kept names were read, in this thread or in another (the
    window's own connection): the next stick's look-alike finds it."""
    a, b = _laptops(tmp_path, 0, seed=5)
    try:
        kept = HandoffService(b.session)
        _open(a, Person(given_name="Aung", family_name="Kyaw"))
        kept.import_bundle(_stick(a, b, tmp_path / "one.rrrbundle"))
        dara = Person(given_name="Dara", family_name="Sok", nationality="KH")
        opened: list[str] = []
        if another_connection:
            worker = threading.Thread(target=lambda: opened.append(_open(b, dara)))
            worker.start()
            worker.join()
        else:
            opened.append(_open(b, dara))
        _open(a, Person(given_name="Darra", family_name="Sok"))
        applied = kept.import_bundle(_stick(a, b, tmp_path / "two.rrrbundle"))
        (new,) = [i for i in applied.items if i.action == "new"]
        assert new.similar == [repo.reference_of(b.session.conn(), opened[0])]
    finally:
        a.session.close()
        b.session.close()


def _stick(a: Side, b: Side, path: Path) -> Path:
    a.handoff.export_bundle("sync", path, fingerprint_of(b))
    return path


def test_a_stack_of_sticks_reads_the_names_held_here_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A headquarters reads every name it holds once for the stack, not once a stick."""
    a, b = _laptops(tmp_path, 0, seed=6)
    reads: list[int] = []
    read = repo.NameIndex.__init__

    def counted(self: repo.NameIndex, conn: object) -> None:
        reads.append(1)
        read(self, conn)  # type: ignore[arg-type]

    monkeypatch.setattr(repo.NameIndex, "__init__", counted)
    try:
        kept = HandoffService(b.session)
        for n in range(3):
            _open(a, Person(given_name="Sokha", family_name=f"Seng{'a' * n}"))
            kept.import_bundle(_stick(a, b, tmp_path / f"{n}.rrrbundle"))
        assert len(reads) == 1
        CaseService(b.session).create(Person(given_name="Dara"), Intake(intake_date=TODAY.date()))
        _open(a, Person(given_name="Dara", family_name="Sok"))
        kept.import_bundle(_stick(a, b, tmp_path / "after-a-write.rrrbundle"))
        assert len(reads) == 2  # something was written here: read again
    finally:
        a.session.close()
        b.session.close()
