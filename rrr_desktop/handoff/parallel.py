"""Planning a big sync bundle on every core.

Worker processes do what needs only the record and our copy of it: check the incoming
state, merge, lay out and validate the case, encode it and its index entry. This process
reads our copies (many at a time), decides what only the vault can decide (a reference
already taken here, a person already known) and writes, in the bundle's order. A record
a worker could not prepare, for any reason, is planned again here: the outcome, a refusal
included, is exactly that of planning it here in the first place.
"""

import collections
import concurrent.futures
import contextlib
import datetime as dt
import gc
import multiprocessing
import os
import re
from collections.abc import Callable, Iterator

from rrr_desktop import hardening
from rrr_desktop.handoff.importer import Plan, Planner
from rrr_desktop.handoff.jsonl import parse_line
from rrr_desktop.vault import cases as case_repo
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import (
    RawHead,
    encode_record,
    head_versions,
    raw_heads,
)

POOL_FROM = 400  # records: below this, starting the processes costs more than it saves
MAX_WORKERS = 4
BATCH = 48  # records per task: large enough to pay for the trip, small for an even load
# A task takes about 0.1 s (the first one a few seconds: the worker starts). One that has
# not come back after this is a worker hung without dying (swapping, stopped): the pool is
# stopped, and this task and every later record are planned here.
TASK_LIMIT_S = 120.0
GC_YOUNG = 10_000  # allocations between collections of the young generation (Python: 700)
# A case line as this app writes it (``jsonl.line``): its id is read without parsing the
# line. Any other line is planned here, after everything before it.
_CASE_LINE = re.compile(rb'\{"id":"([A-Za-z0-9._:-]{1,100})","kind":"case","state":')

Pool = concurrent.futures.ProcessPoolExecutor
# A task in flight: its lines with their ids, our copies as read, the plans to come, and
# whether our copies may have changed since (sent before its import began: ``send_ahead``).
Flight = tuple[
    list[tuple[bytes, str]],
    dict[str, "RawHead"],
    concurrent.futures.Future[list["Plan | None"]],
    bool,
]


def workers_for(records: int, kind: str) -> int:
    """Referral and status bundles are small and read the vault while planning."""
    if kind != "sync" or records < POOL_FROM:
        return 0
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


@contextlib.contextmanager
def pool(workers: int) -> Iterator[Pool | None]:
    """Fresh processes (spawned: never a fork of a process with Qt's threads), gone at
    the end, whatever happened."""
    if workers <= 0:
        yield None
        return
    executor = Pool(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_warm,
        initargs=(os.getpid(),),
    )
    try:
        yield executor
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def stop_workers(executor: Pool) -> None:
    """Kill the pool's processes: their tasks fail (and are planned here), and shutting
    the pool down no longer waits for a worker that will never answer."""
    kill = getattr(executor, "kill_workers", None)  # Python 3.14
    if callable(kill):
        kill()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError):
            process.kill()


def _warm(parent: int) -> None:
    """Each worker holds decrypted records: like the importing process it never dumps
    core, and it ends with that process, even one killed outright. Then it builds its
    planner before the first records arrive.

    What it holds from then on lives for one task: the collector leaves everything loaded
    so far alone (``gc.freeze``) and runs less often (a plan makes thousands of small
    objects, nearly all gone when it is sent back). About 8 % of a worker's time."""
    hardening.no_core_dumps()
    hardening.die_with_parent(parent)
    _planner()
    gc.freeze()
    gc.set_threshold(GC_YOUNG, 10, 10)


_PLANNER: Planner | None = None


def _planner() -> Planner:
    global _PLANNER
    if _PLANNER is None:  # a sync planner needs no vault: core() reads none
        _PLANNER = Planner(None, "sync", set(), "", _no_reference)  # type: ignore[arg-type]
    return _PLANNER


def _no_reference() -> str:
    raise AssertionError("a sync plan never takes a new reference")


def prepare_batch(items: list[tuple[bytes, RawHead | None]], today: dt.date) -> list[Plan | None]:
    """In a worker: each line's plan, encoded, or None where it must be planned again."""
    out: list[Plan | None] = []
    for raw, head in items:
        try:
            out.append(prepare(raw, head, today))
        except Exception:  # planned again in the importing process, which raises the
            out.append(None)  # same refusal there, with the whole import's context
    return out


def prepare(raw: bytes, head: RawHead | None, today: dt.date) -> Plan | None:
    entry = parse_line(raw)
    if entry["kind"] != case_repo.KIND:
        return None
    plan = _planner().core_stored(entry, head)
    if plan.state is not None:
        if plan.state["del"] or plan.case is None:
            return None  # a tombstone: rare, and written by the vault's own rule
        plan.prepared = encode_record(plan.case.model_dump_json(), plan.state, plan.state_text)
        plan.index = case_repo.index_entry(plan.case, today)
        if plan.action == "new":
            plan.probe = case_repo.name_probe(plan.case)
    # Only what the importing process needs crosses back: a case object costs more to
    # send than to make.
    plan.state = plan.case = plan.document = None
    plan.state_text = None
    return plan


class Feed:
    """Takes the bundle's lines in order and hands each one's plan to ``on_plan`` in the
    same order: prepared by the pool where it can be, planned here where not."""

    def __init__(
        self,
        planner: Planner,
        executor: Pool | None,
        today: dt.date,
        version: Callable[[], str],
        on_plan: Callable[[Plan], None],
        changed_here: set[str],
        workers: int = 0,
    ) -> None:
        self.planner = planner
        self.executor = executor
        self.today = today
        self.version = version
        self.on_plan = on_plan
        self.changed_here = changed_here  # ours, rewritten by this import (renumbered)
        self.prepared = 0  # plans the workers prepared (the rest were planned here)
        self._batch: list[tuple[bytes, str]] = []
        self._flying: collections.deque[Flight] = collections.deque()
        self._ahead = 2 * max(1, workers)  # tasks in flight: each worker has the next one

    def adopt(self, flights: list[Flight]) -> None:
        """Tasks sent before this import began (``send_ahead``), landed first, in order.
        A task whose records were written since their heads were read (the stick before
        carried them too: a relay) is sent again now, with our copies as they are; one
        that cannot be (the pool broke) is checked again when it lands."""
        for batch, heads, future, _ in flights:
            stale = bool(_changed_since(self.planner.conn, batch, heads))
            if stale and self.executor is not None:
                future.cancel()
                heads, future = self._submit(batch)
                stale = False
            self._flying.append((batch, heads, future, stale))

    def _submit(
        self, batch: list[tuple[bytes, str]]
    ) -> tuple[dict[str, RawHead], concurrent.futures.Future[list[Plan | None]]]:
        """Our copies as they are now, and the batch sent with them; if the pool could not
        start or broke, a task that fails (its records are planned here when it lands)."""
        assert self.executor is not None
        heads, future = submit_batch(self.executor, self.planner.conn, batch, self.today)
        if future is None:
            future = concurrent.futures.Future()
            future.set_exception(RuntimeError("no workers"))
            self.executor = None
        return heads, future

    def __call__(self, raw: bytes) -> None:
        if self.executor is None:  # none, or lost: what is still in flight comes first
            self.close()
            self._here(raw)
            return
        found = _CASE_LINE.match(raw)
        if found is None:
            self.close()
            self._here(raw)
            return
        self._batch.append((raw, found.group(1).decode()))
        if len(self._batch) >= BATCH:
            self._send()

    def close(self) -> None:
        """Everything read so far is planned (and written, if ``on_plan`` writes), in the
        bundle's order, whatever became of the pool meanwhile."""
        if self._batch and self.executor is not None:
            self._send()
        while self._flying:
            self._land()
        batch, self._batch = self._batch, []
        for raw, _ in batch:  # read after the pool was lost
            self._here(raw)

    def _here(self, raw: bytes, claimed: bool = False) -> None:
        self.on_plan(self.planner.plan(parse_line(raw), self.version(), claimed))

    def _send(self) -> None:
        batch, self._batch = self._batch, []
        heads, future = self._submit(batch)  # if the pool broke, the rest is planned here
        self._flying.append((batch, heads, future, False))
        while len(self._flying) > self._ahead:
            self._land()

    def _land(self) -> None:
        batch, heads, future, stale = self._flying.popleft()
        try:
            plans: list[Plan | None] = future.result(timeout=TASK_LIMIT_S)
        except concurrent.futures.TimeoutError:  # hung, not dead: it would hold the import
            plans = [None] * len(batch)
            if self.executor is not None:
                stop_workers(self.executor)
                self.executor = None
        except Exception:  # a worker lost (killed, out of memory): these records are
            plans = [None] * len(batch)  # planned here instead
        changed = _changed_since(self.planner.conn, batch, heads) if stale else set()
        # Which cases hold the task's references, read once (not once a case). Kept true
        # while the task lands: a plan landing takes its reference; after a plan made
        # here (which may renumber another case), each is read again.
        holders: dict[str, str] | None = case_repo.ids_with_references(
            self.planner.conn,
            [p.reference_to_check for p in plans if p is not None and p.reference_to_check],
        )
        for (raw, rid), plan in zip(batch, plans, strict=True):
            if plan is None or rid in changed:  # written since its head was read
                self._here(raw)
                holders = None
                continue
            self.planner.claim(rid, plan.kind)
            if rid in self.changed_here or not self.planner.finish_prepared(
                plan, heads.get(rid), holders
            ):
                self._here(raw, claimed=True)  # our copy changed since it was read
                holders = None
                continue
            self.prepared += 1
            self.on_plan(plan)
            if holders is not None and plan.reference:
                holders[plan.reference] = rid


def send_ahead(
    executor: Pool, conn: Connection, lines: list[bytes], today: dt.date
) -> list[Flight] | None:
    """A whole bundle's records to the workers before its import begins (the next stick of
    a stack, sent while this one is written: the workers had nothing to do meanwhile).
    Our copies are read now; a record written before its plan lands is planned again
    there (``Feed._land``). None if a line is not a case as this app writes it."""
    ids: list[str] = []
    for raw in lines:
        found = _CASE_LINE.match(raw)
        if found is None:
            return None
        ids.append(found.group(1).decode())
    flights: list[Flight] = []
    for start in range(0, len(lines), BATCH):
        batch = list(zip(lines[start : start + BATCH], ids[start : start + BATCH], strict=True))
        heads, future = submit_batch(executor, conn, batch, today)
        if future is None:  # the pool broke: the import plans these itself
            return None
        flights.append((batch, heads, future, True))
    return flights


def submit_batch(
    executor: Pool, conn: Connection, batch: list[tuple[bytes, str]], today: dt.date
) -> tuple[dict[str, RawHead], concurrent.futures.Future[list[Plan | None]] | None]:
    """Our copies of the batch's records, read now, and the batch sent with them to be
    prepared (None if the pool could not take it)."""
    heads = raw_heads(conn, [rid for _, rid in batch])
    items = [(raw, heads.get(rid)) for raw, rid in batch]
    try:
        return heads, executor.submit(prepare_batch, items, today)
    except Exception:  # the pool could not start or broke
        return heads, None


def _changed_since(
    conn: Connection, batch: list[tuple[bytes, str]], heads: dict[str, RawHead]
) -> set[str]:
    """Records of the batch whose stored version is no longer the one read (written,
    deleted or added since, this import or the one before, kept or undone)."""
    now = head_versions(conn, [rid for _, rid in batch])
    return {rid for _, rid in batch if now.get(rid) != (heads[rid][:3] if rid in heads else None)}
