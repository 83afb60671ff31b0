"""Reading, checking, exporting and anchoring the audit log.

The chain in the vault shows an edited or removed entry, and a cut end (the stored head).
What it cannot show alone is a history rewritten wholesale by someone holding the data key:
the head is therefore anchored outside the vault in signed checkpoints (this installation's
Ed25519 key) that travel in backups and sync bundles and can be printed. A vault whose
history was rewritten disagrees with any checkpoint held elsewhere.
"""

import base64
import csv
import dataclasses
import io
import json
from pathlib import Path

from rrr_desktop import files
from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.text_rules import spreadsheet_safe
from rrr_desktop.errors import InvalidInput
from rrr_desktop.handoff import keys as handoff_keys
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit
from rrr_desktop.vault import handoff_tables as handoff_store
from rrr_desktop.vault.records import get_meta

AuditFilter = audit.AuditFilter  # for the CLI and the window, which do not open the vault
CHECKPOINT_KIND = "rrr-audit-checkpoint"
CHECKPOINT_FILE = "audit-checkpoint.json"


def verify_audit(session: Session) -> audit.ChainReport:
    session.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "verify the audit log"))
    report = audit.verify(session.conn())
    record_problems = audit.verify_records(session.conn())
    if record_problems:
        report = audit.ChainReport(
            ok=False, entries=report.entries, problems=[*report.problems, *record_problems]
        )
    if report.ok:  # a broken chain takes no more entries; the report says why
        with session.write() as conn:
            session.audit(conn, "audit.verify", "", ok=report.ok)
    return report


@dataclasses.dataclass(frozen=True)
class Checkpoint:
    """A signed statement: "the audit log of vault V on device D had entry S with hash H"."""

    vault: str
    device: str
    seq: int
    hash: str
    at: str
    signing_key: str = ""
    signature: str = ""

    def payload(self) -> bytes:
        body = {
            "kind": CHECKPOINT_KIND,
            "vault": self.vault,
            "device": self.device,
            "seq": self.seq,
            "hash": self.hash,
            "at": self.at,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def to_bytes(self) -> bytes:
        data = json.loads(self.payload())
        data.update(signing_key=self.signing_key, signature=self.signature)
        return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode()

    def signed_correctly(self) -> bool:
        try:
            signature = base64.b64decode(self.signature, validate=True)
        except ValueError:
            return False
        return handoff_keys.verify_signature(self.signing_key, self.payload(), signature)

    @classmethod
    def from_bytes(cls, raw: bytes) -> "Checkpoint":
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("kind") != CHECKPOINT_KIND:
                raise ValueError("kind")
            return cls(
                vault=str(data["vault"]),
                device=str(data["device"]),
                seq=int(data["seq"]),
                hash=str(data["hash"]),
                at=str(data["at"]),
                signing_key=str(data["signing_key"]),
                signature=str(data["signature"]),
            )
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "This is not an audit checkpoint of RRR Desktop.")
            ) from exc

    def held(self) -> audit.HeldCheckpoint:
        return audit.HeldCheckpoint(
            self.device,
            self.vault,
            self.seq,
            self.hash,
            self.at,
            self.signing_key,
            self.signature,
        )


@dataclasses.dataclass(frozen=True)
class CheckpointReport:
    ok: bool
    problems: list[str]
    checkpoint: Checkpoint


class AuditService:
    def __init__(self, session: Session) -> None:
        self.s = session

    def _identity(self) -> handoff_keys.Identity:
        from rrr_desktop.services.handoff import HandoffService

        return HandoffService(self.s).identity()

    def checkpoint(self) -> Checkpoint:
        """This vault's audit head, signed by this installation."""
        conn = self.s.conn()
        seq, digest = audit.last_row(conn)
        identity = self._identity()
        unsigned = Checkpoint(
            vault=self.s.vault.vault_id,
            device=self.s.device_id,
            seq=seq,
            hash=digest,
            at=self.s.clock.now().isoformat(),
            signing_key=identity.signing_key,
        )
        signature = base64.b64encode(identity.sign(unsigned.payload())).decode()
        return dataclasses.replace(unsigned, signature=signature)

    def write_checkpoint(self, out: Path) -> Checkpoint:
        self.s.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "write an audit checkpoint"))
        found = self.checkpoint()
        files.write_bytes(out, found.to_bytes())
        with self.s.write() as conn:
            self.s.audit(conn, "audit.checkpoint", "", seq=found.seq)
        return found

    def verify_against(self, path: Path) -> CheckpointReport:
        """This vault against a checkpoint made earlier (here or copied from elsewhere)."""
        self.s.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "verify the audit log"))
        raw = files.read_input(path, 64 << 10)
        found = Checkpoint.from_bytes(raw)
        problems: list[str] = []
        if not found.signed_correctly():
            problems.append("the checkpoint's signature is not valid: it was altered")
        elif found.signing_key not in self._trusted_keys():
            problems.append("the checkpoint was signed by a key this vault does not trust")
        conn = self.s.conn()
        if found.vault != self.s.vault.vault_id:
            problems.append("the checkpoint belongs to another vault")
        else:
            entry = audit.entry_at(conn, found.seq)
            if entry is None:
                problems.append(
                    f"entry {found.seq} of the checkpoint is missing: the log was cut short"
                )
            elif entry.hash != found.hash:
                problems.append(
                    f"entry {found.seq} differs from the checkpoint: history was rewritten"
                )
            problems += audit.verify(conn).problems
        return CheckpointReport(ok=not problems, problems=problems, checkpoint=found)

    def _trusted_keys(self) -> set[str]:
        keys = {self._identity().signing_key}
        for peer in handoff_store.list_peers(self.s.conn()):
            if peer.trusted:
                keys.add(peer.signing_key)
        return keys

    def hold(self, found: Checkpoint) -> None:
        """Keep another device's checkpoint (from a bundle or a backup) as the copy elsewhere."""
        if not found.signed_correctly():
            return
        with self.s.write() as conn:
            audit.hold_checkpoint(conn, found.held(), self.s.clock.now().isoformat())

    def held(self, device: str = "") -> list[Checkpoint]:
        return [
            Checkpoint(h.vault, h.device, h.seq, h.hash, h.at, h.signing_key, h.signature)
            for h in audit.held_checkpoints(self.s.conn(), device)
        ]

    # -- reading -----------------------------------------------------------------------

    def entries(self, f: audit.AuditFilter) -> list[audit.AuditEntry]:
        self.s.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "read the audit log"))
        return audit.search(self.s.conn(), f)

    def export_csv(self, f: audit.AuditFilter, out: Path) -> int:
        """The entries as CSV (themselves audited: who exported which part of the log)."""
        rows = self.entries(f)
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["seq", "at", "user", "action", "record", "detail", "hash"])
        for e in rows:
            writer.writerow(
                [e.seq, e.at, e.actor, e.action, e.target, spreadsheet_safe(e.detail), e.hash]
            )
        files.write_text(out, buffer.getvalue())
        with self.s.write() as conn:
            self.s.audit(conn, "audit.export", "", rows=len(rows))
        return len(rows)

    def last_verified(self) -> str:
        return get_meta(self.s.conn(), "audit_verified") or ""
