"""An outgoing bundle's manifest, and what writing it leaves behind here.

After a bundle is written: the export log (history and acknowledgements), the transfer
log for each case that left (recipient, purpose, legal basis, fields, when, by whom),
and audit entries.
"""

import dataclasses
from collections.abc import Callable

from rrr_desktop.domain.casefile import CaseFile
from rrr_desktop.domain.consent import current_consent
from rrr_desktop.domain.enums import ConsentPurpose
from rrr_desktop.domain.org import Organisation
from rrr_desktop.handoff.container import MemberInfo
from rrr_desktop.handoff.exporter import Selection
from rrr_desktop.handoff.keys import Identity
from rrr_desktop.handoff.manifest import (
    FORMAT_VERSION,
    RECORD_SCHEMA,
    Kind,
    Manifest,
    Member,
    Party,
    Recipient,
    Transfer,
)
from rrr_desktop.vault import handoff_tables as store
from rrr_desktop.vault.db import Connection
from rrr_desktop.vault.records import get_record
from rrr_desktop.vault.sync_epochs import SyncMarks

REFERRAL_PURPOSE = "referral for return and reintegration assistance"
STATUS_PURPOSE = "follow-up status report to the referring organisation"
Audit = Callable[..., None]  # (conn, action, target, **detail)


def recipient_for(peer: store.Peer | None, to_org: str, passphrase: bool) -> Recipient:
    if passphrase or peer is None:
        return Recipient(type="passphrase", org_name=to_org)
    return Recipient(
        type="x25519",
        org_name=to_org,
        org_id=peer.org_id,
        device_id=peer.device_id,
        fingerprint=peer.fingerprint,
    )


def manifest_builder(
    bundle_id: str,
    kind: Kind,
    created: str,
    org: Organisation,
    device_id: str,
    identity: Identity,
    recipient: Recipient,
    selection: Selection,
    marks: SyncMarks | None,
    audit_checkpoint: str = "",
) -> Callable[[list[MemberInfo]], Manifest]:
    """The manifest is built last, once every member's size and hash are known."""
    transfer = None
    if kind != "sync":
        transfer = Transfer(
            purpose=REFERRAL_PURPOSE if kind == "referral" else STATUS_PURPOSE,
            legal_basis="consent",
            fields=selection.fields,
        )

    def build(infos: list[MemberInfo]) -> Manifest:
        return Manifest(
            format="rrr-bundle",
            format_version=FORMAT_VERSION,
            record_schema=RECORD_SCHEMA,
            bundle_id=bundle_id,
            kind=kind,
            created_at=created,
            sender=Party(
                org_id=org.id,
                org_name=org.name,
                device_id=device_id,
                fingerprint=identity.fingerprint,
            ),
            recipients=[recipient],
            counts=dict(selection.counts),
            members=[Member(name=i.name, size=i.size, sha256=i.sha256) for i in infos],
            **(dataclasses.asdict(marks) if marks else {}),  # the manifest's sync fields
            transfer=transfer,
            audit_checkpoint=audit_checkpoint if kind == "sync" else "",
        )

    return build


def log_export(
    conn: Connection,
    manifest: Manifest,
    peer_key: str,
    to_org: str,
    selection: Selection,
    now: str,
    user: str,
    audit: Audit,
) -> None:
    store.log_export(
        conn, manifest.bundle_id, peer_key, manifest.kind, now, user, manifest.counts, manifest.upto
    )
    purpose = manifest.transfer.purpose if manifest.transfer else ""
    for record_id, fields in selection.fields.items():
        basis = "consent"
        found = get_record(conn, record_id)
        if manifest.kind == "referral" and found is not None:
            case = CaseFile.model_validate_json(found[1])
            event = current_consent(case.consents, ConsentPurpose.SHARE_WITH_RECEIVING_ORG)
            basis = event.basis.value if event else basis
        store.add_transfer(
            conn,
            manifest.bundle_id,
            "out",
            manifest.kind,
            peer_key,
            to_org,
            record_id,
            purpose,
            basis,
            fields,
            now,
            user,
        )
        audit(
            conn,
            f"handoff.{manifest.kind}_sent",
            record_id,
            fields=sorted({f.split(".")[0] for f in fields}),
            bundle=manifest.bundle_id,
        )
    audit(
        conn,
        "handoff.export",
        manifest.bundle_id,
        kind=manifest.kind,
        peer=peer_key,
        records=manifest.counts.get("records", 0),
    )
