"""Reading and checking the audit log."""

from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.services.session import Session
from rrr_desktop.vault import audit


def verify_audit(session: Session) -> audit.ChainReport:
    session.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "verify the audit log"))
    report = audit.verify(session.conn())
    with session.write() as conn:
        session.audit(conn, "audit.verify", "", ok=report.ok)
    return report
