"""Case use cases: find, open, create, edit, consent, stage changes. All audited."""

import datetime as dt
import json
from collections.abc import Callable, Iterable
from typing import Any

from rrr_desktop.domain.casefile import CaseFile, Intake, StageChange, make_reference
from rrr_desktop.domain.consent import ConsentEvent
from rrr_desktop.domain.consent_effects import withdrawal_effects
from rrr_desktop.domain.diff import changed_by_both, changed_paths, rebased
from rrr_desktop.domain.edit_rules import SUPERVISOR_ONLY, own_command, refused_field
from rrr_desktop.domain.enums import ConsentState, Role, Stage
from rrr_desktop.domain.field_names import WORDS
from rrr_desktop.domain.gates import Reason, advance_blockers
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP, Marked
from rrr_desktop.domain.people import Person
from rrr_desktop.domain.queries import CaseQuery, CaseRow
from rrr_desktop.domain.replica import SEP
from rrr_desktop.domain.sync_kinds import CASE_SHAPE
from rrr_desktop.errors import GateBlocked, InvalidInput, NotFound, PermissionDenied
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit as audit_log
from rrr_desktop.vault import cases as repo
from rrr_desktop.vault.records import (
    delete_meta,
    get_head,
    meta_items,
    open_conflict_paths,
    set_meta,
)


class CaseService:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- finding -------------------------------------------------------------------------

    def _scoped(self, query: CaseQuery) -> CaseQuery:
        """Need-to-know: a caseworker without supervisor rights sees only their own cases."""
        if self.s.user.is_supervisor or self.s.user.has_role(Role.DATA_OFFICER):
            return query
        import dataclasses

        return dataclasses.replace(query, visible_to=self.s.user.username)

    def search(self, query: CaseQuery) -> list[CaseRow]:
        return repo.search_cases(self.s.conn(), self._scoped(query))

    def count(self, query: CaseQuery) -> int:
        return repo.count_cases(self.s.conn(), self._scoped(query))

    def _check_access(self, case: CaseFile) -> None:
        user = self.s.user
        if user.is_supervisor or user.has_role(Role.DATA_OFFICER):
            return
        if case.caseworker != user.username and user.username not in case.assigned_to:
            raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "This case is not assigned to you."))

    def may_see(self, record_id: str) -> bool:
        """Need-to-know for a record by id (records that are not cases: the role decides)."""
        try:
            self.require_access(record_id)
        except PermissionDenied:
            return False
        return True

    def require_access(self, record_id: str) -> None:
        user = self.s.user
        if user.is_supervisor or user.has_role(Role.DATA_OFFICER):
            return
        try:
            case = repo.load_case(self.s.conn(), record_id)
        except NotFound:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only a supervisor may change records of the whole organisation.",
                )
            ) from None
        self._check_access(case)

    def get(self, reference: str, *, audit: bool = True) -> CaseFile:
        """Open a case; the view is recorded in the audit log."""
        case = repo.load_case(self.s.conn(), reference)
        self._check_access(case)
        if audit:
            self.s.record_reading("case.view", case.id)
        return case

    def history(self, reference: str) -> list[audit_log.AuditEntry]:
        case = repo.load_case(self.s.conn(), reference)
        self._check_access(case)
        return audit_log.entries_for(self.s.conn(), case.id)

    def sees_all(self) -> bool:
        return self.s.user.is_supervisor or self.s.user.has_role(Role.DATA_OFFICER)

    def visible(self, rows: list[CaseRow]) -> tuple[list[CaseRow], int]:
        """Need-to-know on a list of cases: the rows this user may see, and how many were
        held back (said only as "a similar person may already be known")."""
        if self.sees_all():
            return rows, 0
        mine = [r for r in rows if r.caseworker == self.s.user.username]
        return mine, len(rows) - len(mine)

    def similar(self, person: Person) -> tuple[list[CaseRow], int]:
        """Possible duplicates: those this user may see, and how many others exist."""
        rows = repo.similar_cases(
            self.s.conn(),
            person.given_name,
            person.family_name,
            person.birth_year(),
            person.nationality,
        )
        return self.visible(rows)

    # -- writing -------------------------------------------------------------------------

    def create(self, person: Person, intake: Intake, caseworker: str = "") -> CaseFile:
        today = self.s.clock.today()
        org = self.s.organisation()
        with self.s.write() as conn:
            code = self.s.device_code
            year = intake.intake_date.year
            number = repo.next_reference_number(conn, org.country, year, code)
            case = CaseFile(
                reference=make_reference(org.country, year, number, code),
                person=person,
                intake=intake,
                caseworker=caseworker or self.s.user.username,
                stage_history=[
                    StageChange(
                        from_stage=None,
                        to_stage=Stage.INTAKE,
                        by=self.s.user.username,
                        at=self.s.clock.now(),
                    )
                ],
                created_at=self.s.clock.now(),
                updated_at=self.s.clock.now(),
            )
            repo.save_case(conn, case, self.s.next_version(), self.s.device_id, today)
            self.s.audit(conn, "case.create", case.id)
        return case

    def save(
        self, case: CaseFile, action: str = "case.edit", base: CaseFile | None = None
    ) -> CaseFile:
        """Store an edited case; the audit entry names the changed fields, not values.

        ``base`` is the copy the edit started from (a case window's forms): only what
        changed from it is applied to the case as stored now, so an import or another
        window that changed other fields meanwhile is not undone. A result that no longer
        validates raises ``ValidationError`` with its field paths, and nothing is saved.
        """
        unseen: frozenset[str] = frozenset()
        with self.s.write() as conn:
            old = repo.load_case(conn, case.id)
            self._check_access(old)
            if base is not None and base != old:
                skip = {"updated_at"}
                was, typed, now = (
                    c.model_dump(mode="json", exclude=skip) for c in (base, case, old)
                )
                unseen = changed_by_both(was, typed, now, CASE_SHAPE)
                case = CaseFile.model_validate(
                    {**rebased(was, typed, now), "updated_at": old.updated_at}
                )
            if old.reference != case.reference:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("errors", "A case reference cannot be changed.")
                )
            was = old.model_dump(mode="json", exclude={"updated_at"})
            edited = case.model_dump(mode="json", exclude={"updated_at"})
            fields = changed_paths(was, edited)
            if not fields:
                return old
            self._check_fields({f.split(".")[0] for f in fields}, action, was, edited)
            case = case.model_copy(update={"updated_at": self.s.clock.now()})
            repo.save_case(
                conn, case, self.s.next_version(), self.s.device_id, self.s.clock.today(), unseen
            )
            self.s.audit(conn, action, case.id, fields=sorted({f.split(".")[0] for f in fields}))
        return case

    def _check_fields(
        self, changed: set[str], action: str, was: dict[str, Any], edited: dict[str, Any]
    ) -> None:
        """Fields with a command of their own change only through it, and the supervisor's
        fields only by a supervisor, whichever way the change came (``edit_rules``)."""
        user = self.s.user
        refused = refused_field(changed, action, user.is_supervisor, was, edited, user.username)
        if refused is None:
            return
        field, why = refused
        name = Marked("fields", WORDS.get(field, field))
        if why == "role":
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "Only a supervisor may change {field}."), field=name
            )
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "{field} is not changed by editing the case: it has a command of its own, "
                "which checks what it must and records who did it. Nothing was saved.",
            ),
            field=name,
        )

    def check_resolution(self, record_id: str, paths: Iterable[str], writes_new: bool) -> None:
        """Choosing in a conflict changes the case too: a supervisor's field is chosen by a
        supervisor, and a field with a command of its own takes one of the values held,
        never a new one typed here (that would pass by its gate or its record of who)."""
        head = get_head(self.s.conn(), record_id)
        if head is None or head[0] != repo.KIND:
            return
        for path in paths:
            field = path.split(SEP, 1)[0]
            name = Marked("fields", WORDS.get(field, field))
            if field in SUPERVISOR_ONLY and not self.s.user.is_supervisor:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("errors", "Only a supervisor may change {field}."),
                    field=name,
                )
            if writes_new and own_command(field) is not None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{field} has a command of its own: keep one of the values here, then "
                        "change it with that command.",
                    ),
                    field=name,
                )

    def open_conflicts(self, case_id: str) -> frozenset[str]:
        """Fields of the case holding two values for a person to choose from (Handoff)."""
        return open_conflict_paths(self.s.conn(), case_id)

    def modify(self, reference: str, change: Callable[[CaseFile], None], action: str) -> CaseFile:
        """Load, apply ``change`` to a copy, validate, save: one transaction, one audit."""
        case = repo.load_case(self.s.conn(), reference)
        self._check_access(case)
        edited = case.model_copy(deep=True)
        change(edited)
        edited = CaseFile.model_validate(edited.model_dump())
        return self.save(edited, action)

    def blockers(self, reference: str, to_stage: Stage) -> list[Reason]:
        case = repo.load_case(self.s.conn(), reference)
        self._check_access(case)  # a gate's reasons say things about the case
        return advance_blockers(case, to_stage, self.s.clock.today())

    def unassign(self, reference: str, username: str) -> CaseFile:
        """Take a user off the "also assigned" list (the caseworker changes by ``assign``)."""
        self.s.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "assign cases"))
        username = username.strip().lower()
        return self.modify(
            reference,
            lambda c: setattr(c, "assigned_to", [u for u in c.assigned_to if u != username]),
            "case.assign",
        )

    def assign(self, reference: str, username: str, *, also: bool = False) -> CaseFile:
        """A supervisor gives the case to a caseworker (``also``: adds one who may see and
        work on it beside the caseworker). Audited as a change of the case."""
        self.s.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "assign cases"))
        username = username.strip().lower()
        from rrr_desktop.services.vault_service import list_users

        if username not in {u.username for u in list_users(self.s)}:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "There is no user {user} in this vault."),
                user=username,
            )

        def apply(case: CaseFile) -> None:
            if also:
                if username != case.caseworker and username not in case.assigned_to:
                    case.assigned_to.append(username)
            else:
                case.assigned_to = [u for u in case.assigned_to if u != username]
                case.caseworker = username

        return self.modify(reference, apply, "case.assign")

    def advance(self, reference: str, to_stage: Stage, note: str = "") -> CaseFile:
        """Move the case to a stage if no gate blocks it; otherwise say why."""
        case = repo.load_case(self.s.conn(), reference)
        self._check_access(case)
        reasons = advance_blockers(case, to_stage, self.s.clock.today())
        if reasons:
            raise GateBlocked(
                QT_TRANSLATE_NOOP("errors", "{reference} cannot move to {stage}: {reasons}"),
                reasons,
                reference=case.reference,
                stage=to_stage.value,
                reasons=" ".join(r.text for r in reasons),
            )

        def apply(c: CaseFile) -> None:
            c.stage_history.append(
                StageChange(
                    from_stage=c.stage,
                    to_stage=to_stage,
                    by=self.s.user.username,
                    at=self.s.clock.now(),
                    note=note,
                )
            )
            c.stage = to_stage

        return self.modify(reference, apply, "case.stage")

    # -- drafts kept across a lock --------------------------------------------------------

    def _draft_key(self, reference: str) -> str:
        return f"draft:{self.s.user.username}:{reference}"

    def keep_draft(self, reference: str, draft: CaseFile, base: CaseFile | None = None) -> None:
        """Typing not yet saved when the app locks: kept encrypted in the vault for this
        user (never on disk in the clear), offered again at the next unlock, with the copy
        the typing started from (so a save then applies only what was typed)."""
        repo_case = repo.load_case(self.s.conn(), reference)
        self._check_access(repo_case)
        kept = {"draft": draft.model_dump(mode="json")}
        if base is not None:
            kept["base"] = base.model_dump(mode="json")
        with self.s.write() as conn:
            set_meta(conn, self._draft_key(reference), json.dumps(kept))

    def take_drafts(self) -> list[tuple[CaseFile, CaseFile | None]]:
        """This user's kept drafts with their bases (and they are removed: a draft is
        offered once)."""
        prefix = f"draft:{self.s.user.username}:"
        found = meta_items(self.s.conn(), prefix)
        if not found:
            return []
        drafts: list[tuple[CaseFile, CaseFile | None]] = []
        with self.s.write() as conn:
            for key, value in found:
                delete_meta(conn, key)
                try:
                    kept = json.loads(value)
                    if "draft" not in kept:  # kept by an older version: the draft alone
                        drafts.append((CaseFile.model_validate(kept), None))
                        continue
                    draft = CaseFile.model_validate(kept["draft"])
                except (ValueError, TypeError, KeyError):
                    continue
                try:  # without its base the typing is still offered (saved onto the case)
                    base = CaseFile.model_validate(kept["base"]) if kept.get("base") else None
                except (ValueError, TypeError):
                    base = None
                drafts.append((draft, base))
        return drafts

    def record_consent(self, reference: str, event: ConsentEvent) -> CaseFile:
        event = event.model_copy(
            update={"recorded_by": self.s.user.username, "recorded_at": self.s.clock.now()}
        )

        def apply(case: CaseFile) -> None:
            case.consents.append(event)
            if event.state in (ConsentState.WITHDRAWN, ConsentState.DECLINED):
                withdrawal_effects(case, event.purpose)  # what rested on it stops now

        return self.modify(reference, apply, "case.consent")

    def today(self) -> dt.date:
        return self.s.clock.today()
