"""Handoff use cases: identity and peers, bundle export, verify, preview, import, conflicts.

Everything that changes the vault runs in one transaction and is audited with ids and
field names only. Every refusal is a ``BundleRejected`` with one sentence, and leaves
the vault exactly as it was.
"""

import contextlib
import dataclasses
import datetime as dt
import gc
import itertools
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from rrr_desktop import files
from rrr_desktop.domain.casefile import ReferralOut, make_reference
from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.handoff_rules import FieldFilter
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.org import Organisation
from rrr_desktop.domain.replica import field_label
from rrr_desktop.domain.sync_conflicts import StoredConflict
from rrr_desktop.errors import (
    BundleRejected,
    BundleReplayed,
    DiskFull,
    InvalidInput,
    KnownError,
    NotFound,
)
from rrr_desktop.handoff import exporter, inbox, keys, outbox, parallel, resolve
from rrr_desktop.handoff.bundle import Progress, write_bundle
from rrr_desktop.handoff.importer import Applier, Plan, Planner
from rrr_desktop.handoff.jsonl import LineSink
from rrr_desktop.handoff.keys import ContactCard, Identity, normalise_fingerprint, parse_card
from rrr_desktop.handoff.manifest import (
    RECORDS,
    Kind,
    Manifest,
)
from rrr_desktop.handoff.resolve import Write as ResolveWrite
from rrr_desktop.services.cases import CaseService
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit, db, sync_epochs
from rrr_desktop.vault import cases as case_repo
from rrr_desktop.vault import handoff_tables as store
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import has_records, set_meta
from rrr_desktop.vault.store import check_passphrase


@dataclasses.dataclass(frozen=True)
class ExportResult:
    path: Path
    manifest: Manifest
    filters: dict[str, FieldFilter]  # referral: per case reference, what was sent/withheld


@dataclasses.dataclass
class PreviewItem:
    record_id: str
    kind: str
    reference: str
    action: str  # new, changed, conflict, unchanged, deleted
    fields: list[str]
    conflicts: list[str]
    sent_fields: list[str]  # referral: what the sender's consent filter let through
    their_reference: str = ""  # referral and status: the other organisation's reference
    similar: list[str] = dataclasses.field(default_factory=list)  # a new case may be these

    @property
    def shown_reference(self) -> str:
        """Ours, with theirs beside it when another organisation knows it by another."""
        ours = self.reference or self.record_id[:8]
        if self.their_reference and self.their_reference != self.reference:
            return f"{ours} ({self.their_reference})"
        return ours


@dataclasses.dataclass
class ImportPreview:
    manifest: Manifest
    sender: store.Peer
    items: list[PreviewItem]
    applied: bool = False
    by_workers: int = 0  # records planned by worker processes (a big sync bundle)

    def totals(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for item in self.items:
            out[item.action] = out.get(item.action, 0) + 1
        return out


@dataclasses.dataclass
class StackResult:
    """One bundle of a stack: ``applied`` (with its preview), ``skipped`` (imported
    before) or ``refused`` (with why: it changed nothing)."""

    path: Path
    how: str
    preview: ImportPreview | None = None
    error: Exception | None = None


class _SentAhead(NamedTuple):
    """The next stick of a stack, verified while the one before was written, with its
    records' tasks already with the workers (None: not sent, it is read as usual)."""

    path: Path
    verified: inbox.Verified
    passphrase: str
    flights: list[parallel.Flight] | None


STACK_GROUP_SECONDS = 2.0  # a stack's imports are committed together this often
WRITERS_WAIT_S = 10.0  # at most this long, a stack waits for the window's writes to begin
# A stack that brings at least this many cases, and at least as many as the vault holds,
# sets the lists' indexes aside while it imports (``db.indexes_aside``).
SET_ASIDE_FROM = 20_000
STICK_BYTES_PER_CASE = 12_000  # a sync bundle's size per case (bench: 119 MB for 10,000)


class HandoffService:
    def __init__(self, session: Session) -> None:
        self.s = session
        self._kept: tuple[parallel.Pool | None, int] | None = None  # see keep_workers
        # In a stack (``import_stack``): the next bundle, and that bundle once verified
        # with its records sent to the workers ahead of its import (``_send_next_ahead``).
        self._next_in_stack: Path | None = None
        self._early: _SentAhead | None = None
        # The names held here, as the last import left them, with what tells whether
        # anything was written since (see _held_names).
        self._names: tuple[tuple[Connection, int, int], case_repo.NameIndex] | None = None

    def import_stack(
        self,
        paths: list[Path],
        passphrase: str = "",
        progress_for: Callable[[int], Progress | None] = lambda _n: None,
        on_saved: Callable[[StackResult], None] = lambda _r: None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[StackResult]:
        """A headquarters' stack of sticks, in order. Each bundle lands whole or not at
        all; a refused one changes nothing and the rest go on (an unforeseen error stops
        the stack). Imports are committed together every ``STACK_GROUP_SECONDS``:
        ``on_saved`` hears of each bundle once its import is committed (or refused), in
        order, so what was reported survives a killed process. A commit that fails (a
        full disk) turns the bundles it held into refusals: none of them was applied."""
        results: list[StackResult] = []
        reported = 0

        def report_saved() -> None:
            nonlocal reported
            for result in results[reported:]:
                on_saved(result)
            reported = len(results)

        def undo_applied(exc: Exception) -> None:
            self._names = None  # they may hold names that were undone
            for n in range(reported, len(results)):
                if results[n].how == "applied":
                    results[n] = StackResult(results[n].path, "refused", error=exc)

        with (
            self.keep_workers(self._sets_indexes_aside(paths)) as group,
            self._stack_marks_cleared(),
            _collector_spared(),
        ):
            for n, path in enumerate(paths):
                gc.freeze()  # what the sticks so far left (the names index): not scanned again
                stop = False
                self._next_in_stack = paths[n + 1] if n + 1 < len(paths) else None
                try:
                    preview = self.import_bundle(path, passphrase, progress_for(n))
                    result = StackResult(path, "applied", preview)
                except BundleReplayed as exc:  # a stick read twice: nothing to do
                    result = StackResult(path, "skipped", error=exc)
                except KnownError as exc:  # this one changed nothing; the rest go on
                    result = StackResult(path, "refused", error=exc)
                except Exception as exc:  # not foreseen: said, and the stack stops
                    result = StackResult(path, "refused", error=exc)
                    stop = True
                if group.take_lost():  # the group's transaction was undone with this one
                    undo_applied(result.error or DiskFull())
                results.append(result)
                try:
                    # another thread (the window saving a case) waits for the write
                    # lock: it gets it now rather than after the group's two seconds
                    waiting = self.s.writers_waiting()
                    if waiting:
                        group.commit()
                    if waiting or group.commit_due():
                        report_saved()
                except KnownError as exc:
                    undo_applied(exc)
                    report_saved()
                if waiting:
                    self.s.let_writers_in(WRITERS_WAIT_S)
                if stop or cancelled():
                    break
            try:
                group.commit()
            except KnownError as exc:
                undo_applied(exc)
        report_saved()
        return results

    @contextlib.contextmanager
    def _stack_marks_cleared(self) -> Iterator[None]:
        """Whatever ends a stack, no bundle is left marked as the next one or sent ahead."""
        try:
            yield
        finally:
            self._next_in_stack = self._early = None

    def _send_next_ahead(self, conn: Connection, passphrase: str) -> None:
        """In a stack, while this bundle is written: the next one is verified and, if it
        is a small sync bundle of cases, its records go to the workers now, so they are
        not idle while this one is written (``parallel.send_ahead``). Anything amiss with
        it is left for its own import to find and say."""
        path, self._next_in_stack = self._next_in_stack, None
        if path is None or self._kept is None or self._kept[0] is None:
            return
        try:
            verified = self.verify(path, passphrase, keep=True)
        except Exception:  # its own import says why (verified again there)
            return
        flights = None
        records = (verified.kept or {}).get(RECORDS)
        if verified.manifest.kind == "sync" and records is not None:
            lines: list[bytes] = []
            try:
                sink = LineSink(lines.append)
                sink.write(records)
                sink.close()
            except KnownError:
                return
            if len(lines) == verified.manifest.counts.get("records", -1):
                flights = parallel.send_ahead(self._kept[0], conn, lines, self.s.clock.today())
        self._early = _SentAhead(path, verified, passphrase, flights)

    def _sets_indexes_aside(self, paths: list[Path]) -> bool:
        """Whether building the lists' indexes once, when the stack ends, costs less than
        keeping them up to date case by case: for many cases, most of them new here."""
        size = 0
        for path in paths:
            with contextlib.suppress(OSError):  # a stick pulled out: refused in its turn
                size += path.stat().st_size
        incoming = size // STICK_BYTES_PER_CASE
        return incoming >= SET_ASIDE_FROM and incoming >= case_repo.case_total(self.s.conn())

    @contextlib.contextmanager
    def keep_workers(self, indexes_aside: bool = False) -> Iterator[db.WriteGroup]:
        """Import workers started once for many imports (a headquarters merging a stack of
        sticks): every sync bundle meanwhile, small ones too, is planned by them. Each
        bundle still lands whole or not at all; the imports are committed in groups
        (``db.WriteGroup``) and the stack is flushed to the disk when it ends
        (``db.stack_of_writes``), after the lists' indexes, if set aside, are built again."""
        workers = parallel.workers_for(parallel.POOL_FROM, "sync")
        with (
            parallel.pool(workers) as executor,
            db.stack_of_writes(self.s.conn()),
            self.s.indexes_aside(indexes_aside),
            self.s.grouped_writes(STACK_GROUP_SECONDS) as group,
        ):
            self._kept = (executor, workers)
            try:
                yield group
            finally:
                self._kept = None

    @contextlib.contextmanager
    def _workers(self, records: int, kind: str) -> Iterator[tuple[parallel.Pool | None, int]]:
        if self._kept is not None and kind == "sync":
            yield self._kept
            return
        workers = parallel.workers_for(records, kind)
        with parallel.pool(workers) as executor:
            yield executor, workers

    def _now(self) -> str:
        return self.s.clock.now().isoformat()

    # -- identity and peers -------------------------------------------------------------

    def identity(self) -> Identity:
        """This installation's keys, made on first use and kept only in the vault."""
        found = keys.load_identity(self.s.conn())
        if found is not None:
            return found
        with self.s.write() as conn:
            found = keys.load_identity(conn)
            if found is None:
                found = Identity.generate()
                keys.save_identity(conn, found)
                self.s.audit(conn, "handoff.identity_create", found.fingerprint)
        return found

    def my_card(self) -> ContactCard:
        org = self.s.organisation()
        return self.identity().card(org.id, org.name, org.country, self.s.device_id, self._now())

    def export_card(self, out: Path) -> ContactCard:
        card = self.my_card()
        files.write_bytes(out, self.identity().card_file(card))
        with self.s.write() as conn:
            self.s.audit(conn, "handoff.card_export", card.fingerprint)
        return card

    def add_peer(self, card_file: Path) -> store.Peer:
        """Add a contact card, not yet trusted: compare the fingerprint, then ``trust``."""
        self.s.require(
            Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "add contact cards of other installations")
        )
        raw = files.read_input(card_file, 64 << 10)
        card = parse_card(raw)
        if card.fingerprint == self.identity().fingerprint:
            raise BundleRejected(
                QT_TRANSLATE_NOOP("errors", "This is this installation's own contact card.")
            )
        with self.s.write() as conn:
            if store.peer_with_keys(conn, card.age_recipient, card.signing_key):
                raise BundleRejected(
                    QT_TRANSLATE_NOOP("errors", "The card {fingerprint} was already added."),
                    fingerprint=card.fingerprint,
                )
            store.add_peer(conn, card, raw.decode("utf-8"), self._now(), self.s.user.username)
            self.s.audit(conn, "handoff.peer_add", card.fingerprint)
            peer = store.find_peer(conn, card.fingerprint)
        assert peer is not None
        return peer

    def peer(self, fingerprint: str) -> store.Peer:
        peer = store.find_peer(self.s.conn(), normalise_fingerprint(fingerprint))
        if peer is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "No peer with the fingerprint {fingerprint}; run 'rrr peer list'."
                ),
                fingerprint=fingerprint,
            )
        return peer

    def trust_peer(self, fingerprint: str) -> store.Peer:
        """Typing the fingerprint read out by the peer is the comparison."""
        self.s.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "trust other installations"))
        peer = self.peer(fingerprint)
        with self.s.write() as conn:
            store.set_trusted(conn, peer.fingerprint, True, self._now())
            self.s.audit(conn, "handoff.peer_trust", peer.fingerprint)
        return self.peer(fingerprint)

    def peers(self) -> list[store.Peer]:
        return store.list_peers(self.s.conn())

    def join_organisation(self, fingerprint: str) -> None:
        """A new laptop of an organisation takes over its identity (only while empty)."""
        self.s.require(
            Role.ADMIN, QT_TRANSLATE_NOOP("errors", "join this vault to another organisation")
        )
        peer = self.peer(fingerprint)
        if not peer.trusted:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Trust the peer's card before joining its organisation.",
                )
            )
        try:  # checked, as a card is when it is read, before anything is written
            org = Organisation.model_validate(
                self.s.organisation().model_dump()
                | {"id": peer.org_id, "name": peer.org_name, "country": peer.country}
            )
        except ValueError:  # (a pydantic ValidationError) a peer added before cards were
            # checked so: a country "ZZZ" kept would leave a vault no command could open
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This peer's card does not name a valid organisation (a name of at least "
                    "two characters and a two-letter country code); ask the peer for a new "
                    "card file.",
                )
            ) from None
        with self.s.write() as conn:
            if has_records(conn):
                raise BundleRejected(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Only an empty vault can join another organisation.",
                    )
                )
            set_meta(conn, "organisation", org.model_dump_json())
            self.s.audit(conn, "handoff.join_organisation", peer.org_id)

    # -- export ---------------------------------------------------------------------------

    def referral_filters(self, org_name: str, references: list[str]) -> dict[str, FieldFilter]:
        """What each case would carry (for the outbox preview); refuses without consent,
        and for a case this user may not see (need-to-know, as the export itself)."""
        cases = CaseService(self.s)
        for reference in references:
            cases.get(reference, audit=False)
        return exporter.referral_preview(self.s.conn(), references, org_name)

    def export_bundle(
        self,
        kind: Kind,
        out: Path,
        peer_fingerprint: str = "",
        references: list[str] | None = None,
        passphrase: str = "",
        recipient_org: str = "",
        progress: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write a bundle for a trusted peer (or a passphrase and an organisation name)."""
        references = references or []
        if passphrase:  # the rule lives here, so the window and the CLI keep it alike
            check_passphrase(passphrase)
        if kind == "sync":  # every case of the organisation: not for need-to-know users
            self.s.require(
                Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "write a sync bundle of all cases")
            )
        cases = CaseService(self.s)
        for reference in references:
            cases.get(reference, audit=False)  # raises unless this user may see the case
        identity = self.identity()
        org = self.s.organisation()
        peer = self.peer(peer_fingerprint) if peer_fingerprint else None
        if peer is None and not (passphrase and recipient_org):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Choose a trusted peer, or a passphrase and the recipient organisation.",
                )
            )
        if peer is not None and not peer.trusted:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors", "Trust {org} (compare the fingerprint) before sending."
                ),
                org=peer.org_name,
            )
        to_org = peer.org_name if peer else recipient_org
        if kind == "sync" and (peer.org_id if peer else to_org) not in (org.id, org.name):
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A sync bundle goes only to a device of this organisation.",
                )
            )
        if kind != "sync" and peer is not None and peer.org_id == org.id:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Referrals and status reports go to another organisation.",
                )
            )
        if kind == "status" and peer is None:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A status report goes to the peer that referred the case.",
                )
            )
        peer_key = peer.fingerprint if peer else f"org:{to_org}"
        bundle_id = uuid.uuid4().hex
        created = self._now()
        if kind == "sync" and not sync_epochs.has_epoch(self.s.conn()):
            with self.s.write() as conn:  # kept before a bundle carries it, whatever happens
                sync_epochs.own_epoch(conn)
        # A bundle whose export is not logged (the log, or the commit after it, failed: a
        # full disk) is taken away again: a stick never carries what this vault did not
        # record as sent.
        written = False
        try:
            with self.s.write() as conn:
                marks = None
                if kind == "sync":
                    selection = exporter.select_sync(conn, peer_key, self.s.next_version())
                    marks = sync_epochs.marks_for(conn, peer_key, selection.upto, selection.since)
                elif kind == "referral":
                    selection = exporter.select_referral(conn, references, to_org)
                else:
                    assert peer is not None  # refused above without one
                    selection = exporter.select_status(
                        conn,
                        references,
                        peer_key,
                        peer.org_id,
                        None if cases.sees_all() else cases.may_see,
                    )
                build = outbox.manifest_builder(
                    bundle_id,
                    kind,
                    created,
                    org,
                    self.s.device_id,
                    identity,
                    outbox.recipient_for(peer, to_org, bool(passphrase)),
                    selection,
                    marks,
                    self._checkpoint() if kind == "sync" else "",
                )
                manifest = write_bundle(
                    out,
                    itertools.chain(
                        [(RECORDS, selection.lines)], exporter.attachment_members(conn, selection)
                    ),
                    build,
                    identity,
                    recipient="" if passphrase else (peer.age_recipient if peer else ""),
                    passphrase=passphrase,
                    progress=progress,
                )
                written = True  # from here a failure takes the file away again
                if kind == "referral" and peer is not None:
                    self._note_referred(conn, list(selection.references), peer)
                outbox.log_export(
                    conn,
                    manifest,
                    peer_key,
                    to_org,
                    selection,
                    self._now(),
                    self.s.user.username,
                    self.s.audit,
                )
        except BaseException:
            if written:
                out.unlink(missing_ok=True)
            raise
        return ExportResult(out, manifest, selection.filters)

    def _note_referred(self, conn: Connection, case_ids: list[str], peer: store.Peer) -> None:
        """Each referred case records the organisation it went to, so its status reports
        are taken on every laptop of ours, from any laptop of theirs."""
        today = self.s.clock.today()
        for case_id in case_ids:
            case = case_repo.load_case(conn, case_id)
            if any(r.org_id == peer.org_id for r in case.referred_to):
                continue
            case = case.model_copy(
                update={
                    "referred_to": [
                        *case.referred_to,
                        ReferralOut(org_id=peer.org_id, org_name=peer.org_name, on=today),
                    ],
                    "updated_at": self.s.clock.now(),
                }
            )
            case_repo.save_case(conn, case, self.s.next_version(), self.s.device_id, today)

    def _checkpoint(self) -> str:
        from rrr_desktop.services.audit_service import AuditService

        return AuditService(self.s).checkpoint().to_bytes().decode()

    def _hold_checkpoint(self, conn: Connection, text: str, peer: store.Peer) -> None:
        """The sender's audit head, kept here: its history can later be checked against it."""
        from rrr_desktop.services.audit_service import Checkpoint

        try:
            found = Checkpoint.from_bytes(text.encode())
        except KnownError:
            return
        if found.signing_key == peer.signing_key and found.signed_correctly():
            audit.hold_checkpoint(conn, found.held(), self._now())

    # -- import ---------------------------------------------------------------------------

    def verify(
        self, path: Path, passphrase: str = "", progress: Progress | None = None, keep: bool = False
    ) -> inbox.Verified:
        """Signature, sender, recipient, integrity and replay; changes nothing. ``keep``: a
        small bundle is kept in memory as verified, for reading its records once."""
        if not Path(path).is_file():  # not "changed after it was made": it is not there
            files.read_input(path, 0)
        return inbox.open_verified(
            self.s.conn(), path, passphrase, self.s.organisation(), progress, keep
        )

    def was_applied(self, path: Path, passphrase: str = "") -> bool:
        """Whether this bundle file was imported here already (a stick read twice)."""
        try:
            self.verify(path, passphrase)
        except BundleReplayed:
            return True
        return False

    def preview(
        self, path: Path, passphrase: str = "", progress: Progress | None = None
    ) -> ImportPreview:
        """What an import would do, per case; reads only (a dry run)."""
        return self._run(path, passphrase, progress, apply=False)

    def import_bundle(
        self, path: Path, passphrase: str = "", progress: Progress | None = None
    ) -> ImportPreview:
        """Apply in one transaction: all records, bases, conflicts and logs, or nothing."""
        return self._run(path, passphrase, progress, apply=True)

    def _run(
        self, path: Path, passphrase: str, progress: Progress | None, apply: bool
    ) -> ImportPreview:
        early, self._early = self._early, None
        if not (apply and early and early.path == path and early.passphrase == passphrase):
            early = None
        verified = early.verified if early else self.verify(path, passphrase, progress, keep=True)
        manifest, peer = verified.manifest, verified.peer
        if manifest.kind == "sync":
            self.s.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "import a sync bundle"))
        sent = manifest.transfer.fields if manifest.transfer else {}
        items: list[PreviewItem] = []
        pool = self._workers(manifest.counts.get("records", 0), manifest.kind)
        if not apply:  # a dry run: plans only, versions are placeholders never stored
            conn = self.s.conn()
            before = _written(self.s, conn)  # read before the names are: anything later is new
            planner = self._planner(conn, manifest, peer)
            with pool as (executor, workers):
                feed = parallel.Feed(
                    planner,
                    executor,
                    self.s.clock.today(),
                    self._dry_version,
                    lambda plan: items.append(self._item(plan, sent)),
                    set(),
                    workers,
                )
                inbox.read_records(
                    conn, path, passphrase, verified, feed, progress, None, feed.close
                )
                feed.close()  # a bundle without records.jsonl: nothing, but nothing left over
            self._keep_names(planner, before)
            return ImportPreview(
                manifest, peer, self._need_to_know(items), by_workers=feed.prepared
            )
        # Each record an import changes is audited: the entries are written together.
        with pool as (executor, workers), self.s.write() as conn, audit.held(conn):
            if store.is_applied(conn, manifest.bundle_id):  # a second window got there first
                raise BundleReplayed()
            planner = self._planner(conn, manifest, peer)
            applier = Applier(
                conn,
                self.s.device_id,
                self.s.clock.today(),
                lambda action, rid, fields: self.s.audit(
                    conn, action, rid, fields=fields, bundle=manifest.bundle_id
                ),
                copies=manifest.kind == "sync",
            )

            def on_plan(plan: Plan) -> None:
                self.s.observe_version(plan.latest)
                applier.apply(plan, self.s.next_version)
                items.append(self._item(plan, sent))
                if manifest.kind != "sync" and plan.action not in ("unchanged", "dropped"):
                    store.add_transfer(
                        conn,
                        manifest.bundle_id,
                        "in",
                        manifest.kind,
                        peer.fingerprint,
                        manifest.sender.org_name,
                        plan.record_id,
                        manifest.transfer.purpose if manifest.transfer else "",
                        manifest.transfer.legal_basis if manifest.transfer else "",
                        sent.get(plan.record_id, []),
                        self._now(),
                        self.s.user.username,
                    )

            feed = parallel.Feed(
                planner,
                executor,
                self.s.clock.today(),
                self.s.next_version,
                on_plan,
                applier.renumbered,
                workers,
            )
            received_files: list[str] = []

            def on_file(sha256: str, data: bytes) -> None:
                if case_repo.put_attachment_data(conn, sha256, data):
                    received_files.append(sha256)

            on_line: Callable[[bytes], None] = feed
            if early is not None and early.flights is not None:  # its records were sent ahead
                feed.adopt(early.flights)
                on_line = _counted_only

            def records_end() -> None:
                self._send_next_ahead(conn, passphrase)  # the workers' next work, meanwhile
                feed.close()

            inbox.read_records(
                conn, path, passphrase, verified, on_line, progress, on_file, records_end
            )
            feed.close()
            if planner.names is not None:  # what this import wrote, as it now is
                planner.names.refresh(
                    sorted(
                        {i.record_id for i in items if i.kind == case_repo.KIND}
                        | applier.renumbered
                    )
                )
            if manifest.kind == "sync":
                # first: a peer found restored from a backup forgets what it was known to hold
                current = sync_epochs.update_sync_state(
                    conn,
                    peer.fingerprint,
                    sync_epochs.SyncMarks(  # the manifest's fields of the same names
                        **{
                            f.name: getattr(manifest, f.name)
                            for f in dataclasses.fields(sync_epochs.SyncMarks)
                        }
                    ),
                    self.s.device_id,
                )
                if current:  # not a stick made before the peer was put back from a backup
                    store.remember_known(conn, peer.fingerprint, applier.known)
                if manifest.audit_checkpoint:
                    self._hold_checkpoint(conn, manifest.audit_checkpoint, peer)
            preview = ImportPreview(
                manifest, peer, self._need_to_know(items), applied=True, by_workers=feed.prepared
            )
            store.mark_applied(
                conn,
                manifest.bundle_id,
                peer.fingerprint,
                manifest.kind,
                manifest.created_at,
                self._now(),
                self.s.user.username,
                preview.totals(),
            )
            self.s.audit(
                conn,
                "handoff.import",
                manifest.bundle_id,
                kind=manifest.kind,
                peer=peer.fingerprint,
                totals=preview.totals(),
                files=len(received_files),
            )
            written = _written(self.s, conn)  # no other connection writes while this one does
        self._keep_names(planner, (written[0], written[1], self.s.writes_done))
        return preview

    def _dry_version(self) -> str:
        return f"{int(self.s.clock.now().timestamp() * 1000):013d}-0000-{self.s.replica_id}"

    def _held_names(self, conn: Connection) -> case_repo.NameIndex | None:
        """The names the last import left, if nothing was written since by anyone."""
        held, self._names = self._names, None
        if held is None or held[0] != _written(self.s, conn):
            return None
        held[1].conn = conn
        return held[1]

    def _keep_names(self, planner: Planner, written: tuple[Connection, int, int]) -> None:
        if planner.names is not None:
            self._names = (written, planner.names)

    def _planner(self, conn: Any, manifest: Manifest, peer: store.Peer) -> Planner:
        referred: set[str] = set()
        if manifest.kind == "status":  # only a status report asks what was referred to them
            same_org = {p.fingerprint for p in store.list_peers(conn) if p.org_id == peer.org_id}
            same_org.add(peer.fingerprint)
            referred = {
                t["record_id"]
                for t in store.transfers(conn)
                if t["direction"] == "out" and t["kind"] == "referral" and t["peer"] in same_org
            }
        org = self.s.organisation()
        code = self.s.device_code

        def new_reference() -> str:
            year = self.s.clock.today().year
            number = case_repo.next_reference_number(conn, org.country, year, code)
            return make_reference(org.country, year, number, code)

        return Planner(
            conn,
            manifest.kind,
            referred,
            self.s.user.username,
            new_reference,
            self._held_names(conn),
            sender_org=peer.org_id,
        )

    def _need_to_know(self, items: list[PreviewItem]) -> list[PreviewItem]:
        """Who may see every case is told which ones look alike; others only that some do
        ("" in place of each reference: ask a supervisor)."""
        if not CaseService(self.s).sees_all():
            for item in items:
                item.similar = [""] * len(item.similar)
        return items

    @staticmethod
    def _item(plan: Plan, sent: dict[str, list[str]]) -> PreviewItem:
        return PreviewItem(
            plan.record_id,
            plan.kind,
            plan.reference,
            plan.action,
            plan.fields,
            plan.conflicts,
            sent.get(plan.record_id, []),
            plan.their_reference,
            plan.similar,
        )

    # -- conflicts and history -----------------------------------------------------------

    def conflicts(
        self, record_id: str = "", limit: int = 1000, offset: int = 0
    ) -> list[StoredConflict]:
        """Open conflicts of the cases this user may see, grouped by case."""
        found = store.open_conflicts(self.s.conn(), record_id, limit, offset)
        cases = CaseService(self.s)
        return [c for c in found if cases.may_see(c.record_id)]

    def conflict_count(self) -> int:
        return store.conflict_count(self.s.conn())

    def resolve(self, conflict_id: int, choice: str, value: Any = None) -> None:
        """``ours``, ``theirs``, a value's number, or ``new`` with ``value``."""
        parsed = resolve.Choice.parse(choice, value)
        with self.s.write() as conn:
            found = store.find_conflict(conn, conflict_id)
            if found is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This conflict was already resolved or does not exist.",
                    )
                )
            cases = CaseService(self.s)
            cases.require_access(found[0])
            cases.check_resolution(found[0], [found[1]], parsed.how == resolve.NEW)
            record_id, path = resolve.resolve_one(conn, conflict_id, parsed, self._write())
            self.s.audit(
                conn, "handoff.resolve", record_id, field=field_label(path), choice=parsed.how
            )

    def _write(self) -> ResolveWrite:
        return resolve.Write(
            self.s.next_version(), self.s.device_id, self.s.user.username, self.s.clock.today()
        )

    def resolve_case(self, record_id: str, choice: str) -> list[str]:
        """One choice for every open conflict of a case ("take theirs for this case")."""
        parsed = resolve.Choice.parse(choice)
        if parsed.how == resolve.NEW:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A new value is written one field at a time.")
            )
        cases = CaseService(self.s)
        cases.require_access(record_id)
        cases.check_resolution(record_id, cases.open_conflicts(record_id), writes_new=False)
        with self.s.write() as conn:
            paths = resolve.resolve_record(conn, record_id, parsed, self._write())
            self.s.audit(
                conn,
                "handoff.resolve",
                record_id,
                fields=[field_label(p) for p in paths],
                choice=parsed.how,
            )
        return paths

    def still_to_sync(self) -> tuple[str, list[str]] | None:
        """After this vault was put back from a backup: when (UTC), and the laptops of the
        organisation that have not yet synced with it since (they may hold what it lost)."""
        return sync_epochs.still_to_sync(self.s.conn(), self.s.organisation().id)

    def history(self) -> list[dict[str, Any]]:
        return store.history(self.s.conn())

    def transfers(self, record_id: str = "") -> list[dict[str, Any]]:
        return store.transfers(self.s.conn(), record_id)

    @property
    def device_id(self) -> str:
        return self.s.device_id

    def case_id(self, reference: str) -> str:
        return CaseService(self.s).get(reference, audit=False).id

    def reference_of(self, record_id: str) -> str:
        return case_repo.reference_of(self.s.conn(), record_id) or record_id[:8]


@contextlib.contextmanager
def _collector_spared() -> Iterator[None]:
    """Python's cycle collector leaves alone, until the stack ends, what a stack keeps (the
    names index of every case imported so far, hundreds of thousands of objects): each
    full collection scanned it all again, 14 times and 2.4 s in a headquarters' merge.
    Garbage is freed as before; only cycles among the frozen objects wait for the end."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _counted_only(_raw: bytes) -> None:
    """A line of a bundle whose records were sent to the workers before its import."""


def _written(session: Session, conn: Connection) -> tuple[Connection, int, int]:
    """Changes by other connections (``data_version``) and this session's writes: a cache
    read from this connection is true while both stay. (Not the connection's count of
    changed rows: full-text indexes write their pending rows at each savepoint.)"""
    version = int(conn.execute("PRAGMA data_version").fetchone()[0])
    return conn, version, session.writes_done


def default_bundle_name(kind: str, when: dt.datetime, bundle_hint: str = "") -> str:
    """File names say what and when, never who: ``rrr-referral-20261123-0930-ab12cd34``."""
    hint = bundle_hint or uuid.uuid4().hex[:8]
    return f"rrr-{kind}-{when.strftime('%Y%m%d-%H%M')}-{hint}.rrrbundle"


__all__ = [
    "ExportResult",
    "HandoffService",
    "ImportPreview",
    "PreviewItem",
    "default_bundle_name",
]
