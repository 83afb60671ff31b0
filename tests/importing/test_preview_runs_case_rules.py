"""The preview runs the rules apply() meets: a row the case's own rules refuse is shown with
its number and reason, and apply never raises a bare ValidationError."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.errors import KnownError
from rrr_desktop.services.importing import ImportRefused, ImportService, read_sheet, resolve_mapping
from rrr_desktop.services.session import Session

HIDDEN = ["\x00", "\u202e", "\x1b", "\u2066", "\x85", "\ufeff", "\u2028"]


def _csv(tmp_path: Path, second: str, column: str = "given") -> Path:
    cells = {"given": "Sok", "family": "Dara"}
    cells[column] = second
    path = tmp_path / "rows.csv"
    path.write_text(
        "given_name,family_name,intake_date\nAlpha,Ok,2020-01-01\n"
        f'"{cells["given"]}","{cells["family"]}",2020-01-01\n',
        encoding="utf-8",
        newline="",
    )
    return path


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.sampled_from([*HIDDEN, "\n", "\r\n"]), st.sampled_from(["given", "family"]))
def test_a_name_with_a_hidden_character_is_refused_in_the_preview(
    tmp_path: Path, session: Session, hidden: str, column: str
) -> None:
    sheet = read_sheet(_csv(tmp_path, f"A{hidden}B", column))
    service = ImportService(session)
    preview = service.preview(sheet, resolve_mapping(sheet.headers))
    assert preview.refused_lines == [3]
    assert [r.refusal.code for r in preview.refusals] == ["text_not_one_line"]
    assert preview.refusals[0].refusal.column == f"{column}_name"
    assert [r.line for r in preview.rows] == [2]
    with pytest.raises(ImportRefused):
        service.apply(preview)


def test_apply_of_a_stale_preview_is_one_sentence(tmp_path: Path, session: Session) -> None:
    sheet = read_sheet(_csv(tmp_path, "Sok"))
    service = ImportService(session)
    preview = service.preview(sheet, resolve_mapping(sheet.headers))
    assert preview.ready
    import dataclasses

    spoiled = dataclasses.replace(preview.rows[1], given_name="A\u202eB")
    stale = dataclasses.replace(preview, rows=[preview.rows[0], spoiled])
    with pytest.raises(KnownError, match="cannot be imported"):
        service.apply(stale)


def test_any_other_refusal_of_the_case_rules_names_its_column(
    tmp_path: Path, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last net: a rule of Person or Intake that the row rules do not know (injected
    here: the intake date refused) is "value_not_stored" in that field's column."""
    from rrr_desktop.domain.casefile import Intake

    def refuse(*_: object) -> None:
        Intake.model_validate({"intake_date": "not a date"})

    sheet = read_sheet(_csv(tmp_path, "Sok"))
    service = ImportService(session)
    monkeypatch.setattr(service, "_person_and_intake", refuse)
    preview = service.preview(sheet, resolve_mapping(sheet.headers))
    assert {r.refusal.code for r in preview.refusals} == {"value_not_stored"}
    assert {r.refusal.column for r in preview.refusals} == {"intake_date"}
    assert preview.refused_lines == [2, 3]


@pytest.mark.parametrize("stage", ["intake", "shelter", "return_preparation", "travel", "closed"])
def test_a_caseworker_imports_no_case_past_the_departure_gates(
    tmp_path: Path, session: Session, vault_dir: Path, stage: str
) -> None:
    """An import sets the stage without the gates: a case at travel would have skipped the
    risk assessment and the checklist (found by an insider review). A supervisor (or a
    data officer) may import the organisation's history; a caseworker, only new cases."""
    from rrr_desktop.domain.enums import Role
    from rrr_desktop.services import vault_service
    from tests.conftest import PASSPHRASE

    path = tmp_path / "stages.csv"
    path.write_text(
        f"given_name,family_name,intake_date,stage\nSok,Dara,2020-01-01,{stage}\n",
        encoding="utf-8",
    )
    sheet = read_sheet(path)
    vault_service.add_user(session, "bob", PASSPHRASE + " bob", [Role.CASEWORKER])
    bob = vault_service.open_session(vault_dir, "bob", PASSPHRASE + " bob")
    try:
        as_bob = ImportService(bob).preview(sheet, resolve_mapping(sheet.headers))
    finally:
        bob.close()
    gated = stage not in ("intake", "shelter")
    assert as_bob.refused_lines == ([2] if gated else [])
    assert [r.refusal.code for r in as_bob.refusals] == (["stage_past_gates"] if gated else [])
    as_supervisor = ImportService(session).preview(sheet, resolve_mapping(sheet.headers))
    assert as_supervisor.refused_lines == []
