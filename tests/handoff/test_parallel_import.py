"""A big sync bundle is planned by worker processes (``handoff/parallel.py``); the vault it
leaves, the preview it shows and every refusal are exactly those of planning each record
in the importing process, whatever the batches and whatever was already here."""

import json
import shutil
from pathlib import Path
from typing import Any, NamedTuple

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, Phase, given, settings

from rrr_desktop.domain.casefile import CaseFile, Intake
from rrr_desktop.domain.people import Person
from rrr_desktop.errors import BundleRejected
from rrr_desktop.handoff import parallel
from rrr_desktop.handoff.importer import Plan, Planner
from rrr_desktop.services import vault_service
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.demo import fill_demo
from rrr_desktop.services.handoff import HandoffService, ImportPreview
from rrr_desktop.services.session import Session
from rrr_desktop.vault import cases as repo
from rrr_desktop.vault.keys import FAST_INSECURE_KDF
from rrr_desktop.vault.records import decode_doc, decode_state
from tests.conftest import PASSPHRASE, TODAY, InProcessWorkers, plan_with_workers
from tests.handoff.conftest import Side, fingerprint_of

DAY = TODAY.date()


def _laptops(base: Path, cases: int, seed: int) -> tuple[Side, Side]:
    """A with demo cases; B, of the same organisation, holding what A sent once."""
    a_session = vault_service.create_vault(
        base / "a", "Field Office", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
    )
    fill_demo(a_session, cases, seed=seed)
    a = Side(a_session, HandoffService(a_session), base / "a.rrrcard")
    a.handoff.export_card(a.card)
    b_session = vault_service.create_vault(
        base / "b", "Placeholder", "TH", "alice", PASSPHRASE, kdf=FAST_INSECURE_KDF
    )
    b = Side(b_session, HandoffService(b_session), base / "b.rrrcard")
    b.handoff.trust_peer(b.handoff.add_peer(a.card).fingerprint)
    b.handoff.join_organisation(a.handoff.identity().fingerprint)
    b.handoff.export_card(b.card)
    a.handoff.trust_peer(a.handoff.add_peer(b.card).fingerprint)
    a.handoff.export_bundle("sync", base / "first.rrrbundle", fingerprint_of(b))
    b.handoff.import_bundle(base / "first.rrrbundle")
    return a, b


def _ids(side: Side) -> list[str]:
    return [r[0] for r in side.session.conn().execute("SELECT id FROM case_index ORDER BY id")]


def _edit(side: Side, case_id: str, field: str, value: str) -> None:
    service = CaseService(side.session)
    case = service.get(case_id, audit=False)
    part, name = field.split(".")
    setattr(getattr(case, part), name, value)
    service.save(case)


def _legacy(side: Side, reference: str) -> str:
    """A case numbered the old way (before laptop codes), so references clash."""
    case = CaseService(side.session).create(
        Person(given_name="Dara"), Intake(intake_date=DAY, origin_country="KH")
    )
    with side.session.write() as conn:
        legacy = case.model_copy(update={"reference": reference})
        repo.save_case(conn, legacy, side.session.next_version(), "x", DAY)
    return case.id


def contents(session: Session) -> dict[str, Any]:
    """Everything an import writes, with our own clock values (which differ from run to
    run) replaced by a mark."""
    conn = session.conn()
    device = session.device_id

    def ours(hlc: str) -> str:
        return "ours" if hlc.endswith("-" + device) else hlc

    records = []
    for rid, kind, deleted, data, state in conn.execute(
        "SELECT id, kind, deleted, data, state FROM records ORDER BY id"
    ):
        regs = decode_state(state)["r"]
        shown = {
            path: ([[ours(h), w, v] for h, w, v in reg["s"]], sorted(reg["c"]))
            for path, reg in regs.items()
        }
        records.append((rid, kind, deleted, json.loads(decode_doc(data)), shown))
    columns = [c[1] for c in conn.execute("PRAGMA table_info(case_index)") if c[1] not in ("rid",)]
    index = sorted(
        conn.execute(f"SELECT {', '.join(columns)} FROM case_index ORDER BY id").fetchall()
    )
    stages = sorted(
        conn.execute(
            "SELECT i.id, s.to_stage, s.on_date, s.imported, s.days FROM case_stage_changes s "
            "JOIN case_index i ON i.rid = s.rid"
        ).fetchall()
    )
    words = sorted(
        conn.execute(
            "SELECT i.id, w.terms FROM case_words w JOIN case_index i ON i.rid = w.rowid"
        ).fetchall()
    )
    return {
        "records": records,
        "index": index,
        "stages": stages,
        "words": words,
        "conflicts": conn.execute(
            "SELECT record_id, path FROM sync_conflicts ORDER BY record_id, path"
        ).fetchall(),
        "audit": [
            # the digest of what was written covers our clock values too: its count only
            (action, target, json.loads(detail)["count"] if action == "records.digest" else detail)
            for action, target, detail in conn.execute(
                "SELECT action, target, detail FROM audit ORDER BY seq"
            )
        ],
    }


def _items(preview: ImportPreview) -> list[tuple[Any, ...]]:
    return [
        (i.record_id, i.action, i.reference, i.fields, i.conflicts, i.similar)
        for i in preview.items
    ]


def count_prepared(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the records whose plan a worker prepared (and this process finished)."""
    seen: list[str] = []
    real = Planner.finish_prepared

    def counted(self: Planner, plan: Plan, found: Any, holders: Any = None) -> bool:
        seen.append(plan.record_id)
        return real(self, plan, found, holders)

    monkeypatch.setattr(Planner, "finish_prepared", counted)
    return seen


def _assert_alike(
    workers: Session, by_workers: ImportPreview, here: Session, by_here: ImportPreview
) -> None:
    """The import through the workers left what planning here left: summary and vault."""
    assert _items(by_workers) == _items(by_here)
    assert contents(workers) == contents(here)


class _Imported(NamedTuple):
    session: Session
    preview: ImportPreview
    applied: ImportPreview


def _both_ways(
    monkeypatch: pytest.MonkeyPatch, b_dir: Path, bundle: Path, batch: int
) -> tuple[_Imported, _Imported]:
    """The bundle previewed and imported into two copies of one vault: planned here, and
    through the workers' path (which must have been taken)."""
    here = _open_copy(b_dir, b_dir.parent / "here")
    by_here = _Imported(
        here, HandoffService(here).preview(bundle), HandoffService(here).import_bundle(bundle)
    )
    plan_with_workers(monkeypatch, batch=batch)
    prepared = count_prepared(monkeypatch)
    workers = _open_copy(b_dir, b_dir.parent / "workers")
    by_workers = _Imported(
        workers,
        HandoffService(workers).preview(bundle),
        HandoffService(workers).import_bundle(bundle),
    )
    monkeypatch.undo()
    assert prepared  # the workers' path was taken
    return by_here, by_workers


def _open_copy(source: Path, target: Path) -> Session:
    shutil.copytree(source, target)
    return vault_service.open_session(target, "alice", PASSPHRASE)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking vaults takes minutes
)
@given(data=st.data())
def test_workers_leave_the_vault_planning_here_would(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    data: st.DataObject,
) -> None:
    base = tmp_path_factory.mktemp("parallel")
    a, b = _laptops(base, data.draw(st.integers(8, 24), label="cases"), seed=3)
    try:
        ids = _ids(a)
        for _ in range(data.draw(st.integers(0, 12), label="edits")):
            case_id = data.draw(st.sampled_from(ids))
            side = data.draw(st.sampled_from([a, b]))
            field = data.draw(st.sampled_from(["person.wishes", "intake.first_needs"]))
            _edit(side, case_id, field, data.draw(st.sampled_from(["yes", "no", "later"])))
        for _ in range(data.draw(st.integers(0, 3), label="new cases")):
            CaseService(a.session).create(
                Person(given_name="Sokha"), Intake(intake_date=DAY, origin_country="KH")
            )
        for n in range(data.draw(st.integers(0, 2), label="clashes")):
            for side in (a, b):
                _legacy(side, f"TH-2026-9999{n}")
        gone = data.draw(st.lists(st.sampled_from(ids), max_size=3, unique=True), label="gone")
        for case_id in gone:
            with a.session.write() as conn:
                repo.tombstone_case(conn, case_id, a.session.next_version(), "x")
        for case_id in data.draw(st.lists(st.sampled_from(ids), max_size=2, unique=True)):
            if case_id not in gone:
                with b.session.write() as conn:
                    repo.anonymise_case(conn, case_id, b.session.next_version(), "x", DAY)
        bundle = base / "second.rrrbundle"
        a.handoff.export_bundle("sync", bundle, fingerprint_of(b))
        b_dir = b.session.directory
        b.session.close()

        batch = data.draw(st.integers(1, 7), label="batch")
        here, workers = _both_ways(monkeypatch, b_dir, bundle, batch)
        try:
            assert _items(workers.preview) == _items(here.preview)
            _assert_alike(workers.session, workers.applied, here.session, here.applied)
        finally:
            here.session.close()
            workers.session.close()
    finally:
        a.session.close()


def test_a_refusal_in_a_worker_is_the_refusal_here_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle whose records only fail in the middle (a value twice in one field, behind
    good records in earlier batches): the same sentence, and the vault as it was."""
    from rrr_desktop.handoff import jsonl

    a, b = _laptops(tmp_path, 12, seed=5)
    try:
        real_line = jsonl.raw_line
        sent = {"n": 0}

        def broken_seventh(record_id: str, kind: str, state_json: bytes) -> bytes:
            sent["n"] += 1
            if sent["n"] == 7:  # one field holding one version twice
                state = json.loads(state_json)
                path = next(iter(state["r"]))
                state["r"][path].append(state["r"][path][1])
                state_json = json.dumps(state).encode()
            return real_line(record_id, kind, state_json)

        for case_id in _ids(a):
            _edit(a, case_id, "person.wishes", "changed on A")
        monkeypatch.setattr(jsonl, "raw_line", broken_seventh)
        a.handoff.export_bundle("sync", tmp_path / "bad.rrrbundle", fingerprint_of(b))
        assert sent["n"] >= 7  # the seventh line was spoiled
        monkeypatch.setattr(jsonl, "raw_line", real_line)
        before = contents(b.session)
        with pytest.raises(BundleRejected) as here:
            b.handoff.import_bundle(tmp_path / "bad.rrrbundle")
        plan_with_workers(monkeypatch, batch=2)
        prepared = count_prepared(monkeypatch)
        with pytest.raises(BundleRejected) as workers:
            b.handoff.import_bundle(tmp_path / "bad.rrrbundle")
        assert str(workers.value) == str(here.value)
        assert prepared  # records before the bad one were prepared by workers
        assert contents(b.session) == before
    finally:
        a.session.close()
        b.session.close()


def test_a_lost_worker_costs_time_not_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers killed (out of memory, say) mid-import: their records are planned here."""
    a, b = _laptops(tmp_path, 10, seed=9)
    try:
        for case_id in _ids(a):
            _edit(a, case_id, "intake.first_needs", "shelter")
        a.handoff.export_bundle("sync", tmp_path / "s.rrrbundle", fingerprint_of(b))
        sent = {"n": 0}

        class Dying(InProcessWorkers):
            def submit(self, fn: Any, *args: Any) -> Any:
                sent["n"] += 1
                if sent["n"] % 2 == 0:
                    from concurrent.futures import Future
                    from concurrent.futures.process import BrokenProcessPool

                    future: Future[Any] = Future()
                    future.set_exception(BrokenProcessPool("a worker died"))
                    return future
                return super().submit(fn, *args)

        plan_with_workers(monkeypatch, batch=2)
        monkeypatch.setattr(parallel, "pool", lambda workers: _yielding(Dying()))
        prepared = count_prepared(monkeypatch)
        totals = b.handoff.import_bundle(tmp_path / "s.rrrbundle").totals()
        assert sent["n"] >= 4
        assert 0 < len(prepared) < 10  # some by workers, the lost ones here
        assert totals == {"changed": 10}
        for case_id in _ids(b):
            held: CaseFile = CaseService(b.session).get(case_id, audit=False)
            assert held.intake.first_needs == "shelter"
    finally:
        a.session.close()
        b.session.close()


@pytest.mark.parametrize("breaks_at", [1, 2, 4])
def test_a_pool_that_breaks_keeps_the_bundle_s_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, breaks_at: int
) -> None:
    """A worker killed: from then on the pool refuses every task (``BrokenProcessPool``
    from ``submit``). What was in flight is written before anything read after it, so
    the summary, the audit log and the vault are those of planning here (found by a
    review: later lines were written first)."""
    a, b = _laptops(tmp_path, 10, seed=9)
    try:
        for case_id in _ids(a):
            _edit(a, case_id, "intake.first_needs", "shelter")
        bundle = tmp_path / "s.rrrbundle"
        a.handoff.export_bundle("sync", bundle, fingerprint_of(b))
        b_dir = b.session.directory
        b.session.close()
        here = _open_copy(b_dir, tmp_path / "here")
        applied_here = HandoffService(here).import_bundle(bundle)

        class Breaking(InProcessWorkers):
            sent = 0

            def submit(self, fn: Any, *args: Any) -> Any:
                Breaking.sent += 1
                if Breaking.sent >= breaks_at:
                    from concurrent.futures.process import BrokenProcessPool

                    raise BrokenProcessPool("a child process terminated abruptly")
                return super().submit(fn, *args)

        plan_with_workers(monkeypatch, batch=2)
        monkeypatch.setattr(parallel, "pool", lambda workers: _yielding(Breaking()))
        workers = _open_copy(b_dir, tmp_path / "workers")
        applied_workers = HandoffService(workers).import_bundle(bundle)
        try:
            assert Breaking.sent >= breaks_at
            _assert_alike(workers, applied_workers, here, applied_here)
        finally:
            here.close()
            workers.close()
    finally:
        a.session.close()


def _yielding(value: Any) -> Any:
    import contextlib

    @contextlib.contextmanager
    def cm() -> Any:
        yield value

    return cm()


def test_real_worker_processes_import_a_sync_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spawned processes, as in the app: the same vault as planning here."""
    a, b = _laptops(tmp_path, 30, seed=4)
    try:
        for case_id in _ids(a)[:20]:
            _edit(a, case_id, "person.wishes", "go home in spring")
        for case_id in _ids(b)[10:25]:
            _edit(b, case_id, "intake.first_needs", "a doctor")
        CaseService(a.session).create(
            Person(given_name="Sokha"), Intake(intake_date=DAY, origin_country="KH")
        )
        bundle = tmp_path / "s.rrrbundle"
        a.handoff.export_bundle("sync", bundle, fingerprint_of(b))
        b_dir = b.session.directory
        b.session.close()
        here = _open_copy(b_dir, tmp_path / "here")
        applied_here = HandoffService(here).import_bundle(bundle)
        monkeypatch.setattr(parallel, "POOL_FROM", 1)
        monkeypatch.setattr(parallel, "BATCH", 4)
        started = []
        real_pool = parallel.pool

        def counted(workers: int) -> Any:
            started.append(workers)
            return real_pool(workers)

        monkeypatch.setattr(parallel, "pool", counted)
        prepared = count_prepared(monkeypatch)
        workers = _open_copy(b_dir, tmp_path / "workers")
        applied_workers = HandoffService(workers).import_bundle(bundle)
        try:
            assert started  # processes really started, and planned most records
            assert started[0] >= 1
            assert len(prepared) >= 25
            totals = applied_workers.totals()
            assert totals == applied_here.totals()
            assert (totals["changed"], totals["new"]) == (20, 1)
            assert _items(applied_workers) == _items(applied_here)
            assert contents(workers) == contents(here)
        finally:
            here.close()
            workers.close()
    finally:
        a.session.close()


def test_workers_kept_for_many_small_imports(tmp_path: Path) -> None:
    """A headquarters merging a stack of sticks starts the workers once: each bundle,
    however small, is planned by them, and each is still all or nothing on its own."""
    a, b = _laptops(tmp_path, 6, seed=8)
    try:
        bundles = []
        for n in range(3):
            for case_id in _ids(a)[n : n + 2]:
                _edit(a, case_id, "person.wishes", f"round {n}")
            bundles.append(tmp_path / f"round{n}.rrrbundle")
            a.handoff.export_bundle("sync", bundles[-1], fingerprint_of(b))
        with b.handoff.keep_workers():
            by_workers = [b.handoff.import_bundle(path).by_workers for path in bundles]
        assert all(n > 0 for n in by_workers)
        for case_id in _ids(a):
            mine: CaseFile = CaseService(a.session).get(case_id, audit=False)
            theirs: CaseFile = CaseService(b.session).get(case_id, audit=False)
            assert theirs.person.wishes == mine.person.wishes
    finally:
        a.session.close()
        b.session.close()


def test_a_stack_is_flushed_when_it_ends_and_the_vault_returns_to_its_settings(
    tmp_path: Path,
) -> None:
    """Within a stack each commit skips its own flush to the disk; when the stack ends,
    whatever it wrote is in the database file itself (nothing left only in the write-ahead
    log), and the connection is back to a flush at every commit and its usual cache, also
    when a bundle of the stack was refused."""
    a, b = _laptops(tmp_path, 4, seed=9)
    try:
        good = tmp_path / "good.rrrbundle"
        a.handoff.export_bundle("sync", good, fingerprint_of(b))
        spoiled = tmp_path / "spoiled.rrrbundle"
        data = bytearray(good.read_bytes())
        data[len(data) // 2] ^= 0xFF
        spoiled.write_bytes(bytes(data))
        conn = b.session.conn()
        before = [conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("synchronous", "cache_size")]
        assert before[0] == 2  # FULL
        during: list[int] = []

        def stack() -> None:
            with b.handoff.keep_workers():
                during.append(conn.execute("PRAGMA synchronous").fetchone()[0])
                b.handoff.import_bundle(good)
                b.handoff.import_bundle(spoiled)

        with pytest.raises(BundleRejected):
            stack()
        assert during == [1]  # NORMAL
        after = [conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("synchronous", "cache_size")]
        assert after == before
        busy, in_log, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert (busy, in_log, copied) == (0, 0, 0)  # the log was folded in and reset
        assert len(_ids(b)) == len(_ids(a))
    finally:
        a.session.close()
        b.session.close()


def test_a_worker_that_hangs_without_dying_costs_time_not_the_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real spawned workers, stopped (SIGSTOP: a machine swapping, a process frozen) before
    they answer: the import waited on them for ever. Now a task that has not come back in
    time stops the pool, and its records and every later one are planned here."""
    import os
    import signal
    import time

    a, b = _laptops(tmp_path, 12, seed=5)
    try:
        for case_id in _ids(a):
            _edit(a, case_id, "person.wishes", "go home in spring")
        bundle = tmp_path / "s.rrrbundle"
        a.handoff.export_bundle("sync", bundle, fingerprint_of(b))
        monkeypatch.setattr(parallel, "POOL_FROM", 1)
        monkeypatch.setattr(parallel, "BATCH", 4)
        monkeypatch.setattr(parallel, "TASK_LIMIT_S", 1.0)
        real_pool = parallel.pool
        frozen: list[int] = []

        class Freezing:
            """The real pool; its processes are stopped once they have started."""

            def __init__(self, executor: Any) -> None:
                self._executor = executor

            def submit(self, fn: Any, *args: Any) -> Any:
                future = self._executor.submit(fn, *args)
                processes = self._executor._processes
                while not frozen and not processes:
                    time.sleep(0.01)
                for pid in list(processes):
                    if pid not in frozen:
                        os.kill(pid, signal.SIGSTOP)
                        frozen.append(pid)
                return future

            def __getattr__(self, name: str) -> Any:
                return getattr(self._executor, name)

        import contextlib

        @contextlib.contextmanager
        def freezing(workers: int) -> Any:
            with real_pool(workers) as executor:
                yield Freezing(executor) if executor is not None else None

        monkeypatch.setattr(parallel, "pool", freezing)
        prepared = count_prepared(monkeypatch)
        totals = b.handoff.import_bundle(bundle).totals()
        assert frozen  # real processes were stopped
        assert prepared == []  # none answered: every record was planned here
        assert totals == {"changed": 12}
        for case_id in _ids(b):
            held: CaseFile = CaseService(b.session).get(case_id, audit=False)
            assert held.person.wishes == "go home in spring"
        for pid in frozen:  # and none is left behind, stopped
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
    finally:
        a.session.close()
        b.session.close()


@pytest.mark.parametrize("batch", [1, 7])
def test_two_new_cases_with_one_reference_in_one_task_are_renumbered_as_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    """A sender's vault holding two cases under one reference (damaged, or written below
    its index): a task reads which cases hold its references once, and a case landing
    takes its reference for the ones after it, so the second is renumbered, as planning
    each record here does (with both in one task, and in two)."""
    from rrr_desktop.vault.records import put_record

    a, b = _laptops(tmp_path, 4, seed=9)
    try:
        service = CaseService(a.session)
        first, second = (
            service.create(Person(given_name=name), Intake(intake_date=DAY, origin_country="KH"))
            for name in ("Sokha", "Sreymom")
        )
        twin = second.model_copy(update={"reference": first.reference})
        with a.session.write() as conn:  # the record only: the index refuses a second holder
            put_record(
                conn,
                second.id,
                "case",
                twin.model_dump_json(),
                a.session.next_version(),
                "x",
                False,
            )
        bundle = tmp_path / "twins.rrrbundle"
        a.handoff.export_bundle("sync", bundle, fingerprint_of(b))
        b_dir = b.session.directory
        b.session.close()
        here, workers = _both_ways(monkeypatch, b_dir, bundle, batch)
        try:
            _assert_alike(workers.session, workers.applied, here.session, here.applied)
            held = dict(
                workers.session.conn().execute(
                    "SELECT id, reference FROM case_index WHERE id IN (?, ?)", (first.id, second.id)
                )
            )
            assert len(set(held.values())) == 2  # both kept, under two references
            assert first.reference in held.values()
        finally:
            here.session.close()
            workers.session.close()
    finally:
        a.session.close()
