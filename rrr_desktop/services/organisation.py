"""The organisation's own details that go on paper: how to answer its letters, and, per
embassy, the name confirmed as neutral for letters to that embassy (a supervisor's
decision, audited; the organisation's own name may say what it does)."""

from rrr_desktop.domain.embassy import sensitive_words_in
from rrr_desktop.domain.enums import Role
from rrr_desktop.domain.i18n_marks import QT_TRANSLATE_NOOP
from rrr_desktop.domain.org import Organisation
from rrr_desktop.errors import InvalidInput
from rrr_desktop.services.session import Session
from rrr_desktop.vault.records import set_meta


def _store(session: Session, org: Organisation, action: str, **detail: object) -> Organisation:
    with session.write() as conn:
        set_meta(conn, "organisation", org.model_dump_json())
        session.audit(conn, action, org.id, **detail)
    return org


def set_contact(session: Session, address: str, phone: str, email: str) -> Organisation:
    session.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "change the organisation"))
    try:
        org = session.organisation().model_copy(
            update={"address": address.strip(), "phone": phone.strip(), "email": email.strip()}
        )
        org = Organisation.model_validate(org.model_dump())
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The address, phone or e-mail holds characters that cannot be printed.",
            )
        ) from exc
    return _store(session, org, "org.contact")


def confirm_embassy_name(session: Session, country: str, name: str) -> Organisation:
    """The name letters to this country's embassies carry. Refused when it would reveal
    what the organisation does (in any language the app ships)."""
    session.require(Role.SUPERVISOR, QT_TRANSLATE_NOOP("errors", "confirm a name for letters"))
    code = country.strip().upper()
    name = " ".join(name.split())
    if len(code) != 2 or not code.isalpha():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Give the embassy's country as a two-letter code, e.g. KH.")
        )
    if len(name) < 2:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give the name the letter carries."))
    found = sensitive_words_in(name)
    if found:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{name}” would tell the embassy what the person went through ({words}); "
                "choose a neutral name.",
            ),
            name=name,
            words=", ".join(found),
        )
    org = session.organisation()
    names = dict(org.embassy_names) | {code: name}
    return _store(
        session, org.model_copy(update={"embassy_names": names}), "org.embassy_name", country=code
    )


def embassy_name(session: Session, country: str) -> str:
    """The confirmed neutral name for letters to ``country``'s embassy ("" if none)."""
    return session.organisation().embassy_names.get(country.strip().upper(), "")
