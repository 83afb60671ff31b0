import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.domain.casefile import CaseFile, Intake, make_reference
from rrr_desktop.domain.consent import ConsentEvent, consent_state, has_consent
from rrr_desktop.domain.diff import changed_paths
from rrr_desktop.domain.enums import AgeGroup, ConsentPurpose, ConsentState
from rrr_desktop.domain.people import Person, age_group, age_on
from rrr_desktop.domain.replica import HLC_RE
from rrr_desktop.vault.hlc import HybridClock, Timestamp


def test_reference_format_is_enforced() -> None:
    assert make_reference("kh", 2026, 42, "K7M") == "KH-2026-K7M-00042"
    assert make_reference("kh", 2026, 42) == "KH-2026-00042"  # references before codes
    for ok in ("KH-2026-K7M-00042", "KH-2026-00042"):
        assert (
            CaseFile(
                reference=ok.lower(),
                person=Person(given_name="A"),
                intake=Intake(intake_date=dt.date(2026, 1, 1)),
            ).reference
            == ok
        )
    with pytest.raises(ValueError, match="KH-2026-K7M-00042"):
        CaseFile(
            reference="42",
            person=Person(given_name="A"),
            intake=Intake(intake_date=dt.date(2026, 1, 1)),
        )


@pytest.mark.parametrize(
    ("age", "group"),
    [
        (0, AgeGroup.INFANT),
        (1, AgeGroup.CHILD),
        (17, AgeGroup.CHILD),
        (18, AgeGroup.ADULT),
        (None, AgeGroup.UNKNOWN),
    ],
)
def test_age_groups_follow_seed_000(age: int | None, group: AgeGroup) -> None:
    assert age_group(age) == group


def test_estimated_age_grows_with_time() -> None:
    assert age_on(None, 16, dt.date(2025, 6, 1), dt.date(2027, 6, 1)) == 18


def test_future_birth_date_is_refused() -> None:
    with pytest.raises(ValueError, match="future"):
        Person(given_name="A", date_of_birth=dt.date.today() + dt.timedelta(days=1))


def test_consent_history_latest_event_rules() -> None:
    events = [
        ConsentEvent(
            purpose=ConsentPurpose.FAMILY_TRACING, state=ConsentState.GIVEN, on=dt.date(2026, 1, 1)
        ),
        ConsentEvent(
            purpose=ConsentPurpose.FAMILY_TRACING,
            state=ConsentState.WITHDRAWN,
            on=dt.date(2026, 2, 1),
        ),
    ]
    assert consent_state(events, ConsentPurpose.FAMILY_TRACING) == ConsentState.WITHDRAWN
    assert not has_consent(events, ConsentPurpose.FAMILY_TRACING)
    assert consent_state(events, ConsentPurpose.TESTIMONY) == ConsentState.NOT_ASKED


def test_changed_paths_lists_fields_not_values() -> None:
    old = {"person": {"given_name": "A", "sex": "F"}, "stage": "intake"}
    new = {"person": {"given_name": "B", "sex": "F"}, "stage": "intake", "x": 1}
    assert changed_paths(old, new) == ["person.given_name", "x"]


def test_hlc_is_monotonic_even_when_the_wall_clock_goes_back() -> None:
    times = iter([100.0, 100.0, 99.0, 101.0])
    clock = HybridClock("dev1", wall=lambda: next(times))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 4


def test_hlc_observes_remote_versions() -> None:
    clock = HybridClock("dev1", wall=lambda: 1.0)
    clock.observe(Timestamp(5_000, 3, "dev2").encode())
    assert clock.now() > Timestamp(5_000, 3, "dev2").encode()


@given(st.integers(0, 10**12), st.integers(0, 9999), st.text("abcdef0123456789", min_size=1))
def test_hlc_encoding_round_trips_and_sorts(wall: int, counter: int, device: str) -> None:
    stamp = Timestamp(wall, counter, device)
    assert Timestamp.decode(stamp.encode()) == stamp


WALL_S = 1_780_000_000.0  # late 2026
DAY_MS = 86_400_000
CLOCK_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.integers(-2_000, 2_000)),  # ms, the wall clock may go back
        st.tuples(st.just("now"), st.integers(1, 12_000)),  # that many edits at once
        st.tuples(
            st.just("observe"),
            st.integers(-DAY_MS, 10**13 - 1 - int(WALL_S * 1000)),  # up to the year 2286
        ),
    ),
    max_size=8,
)


@settings(max_examples=60)
@given(CLOCK_STEPS, st.integers(0, 9999))
def test_hlc_versions_stay_well_formed_and_increasing(
    steps: list[tuple[str, int]], counter: int
) -> None:
    """Whatever it observes (a hostile bundle's last version of the year 2286, a laptop a
    year ahead) and however many edits land in one millisecond: every version is a valid
    clock value, each after the last, and the clock never runs a day ahead of the wall
    clock because of what it observed (found by a review: one version in a bundle
    overflowed the counter, and the vault no longer opened)."""
    wall = [WALL_S]
    clock = HybridClock("dev1", wall=lambda: wall[0], last=Timestamp(0, counter, "dev1").encode())
    issued: list[str] = []
    latest_wall_ms = int(WALL_S * 1000)
    for step, amount in steps:
        if step == "tick":
            wall[0] += amount / 1000
            latest_wall_ms = max(latest_wall_ms, int(wall[0] * 1000))
        elif step == "observe":
            remote_ms = min(10**13 - 1, int(wall[0] * 1000) + amount)  # 13 digits at most
            clock.observe(Timestamp(remote_ms, 9999, "dev2").encode())
        else:
            issued += [clock.now() for _ in range(amount)]
        ahead = Timestamp.decode(clock.last).wall_ms - latest_wall_ms
        assert ahead <= DAY_MS + 1 + len(issued) // 10_000
    for version in issued:
        assert HLC_RE.match(version)
    assert issued == sorted(issued)
    assert len(set(issued)) == len(issued)


def test_a_renumbered_reference_is_a_reference_with_a_longer_code() -> None:
    from rrr_desktop.domain.casefile import REFERENCE_RE, renumbered_reference

    new = renumbered_reference("TH-2026-00023", "f44c2aa8-9b29-4fb7-840f-01fee34fa632")
    assert REFERENCE_RE.match(new)
    assert new.startswith("TH-2026-")
    assert new.endswith("-00023")
    assert len(new.split("-")[2]) == 5  # not one of the 3-character laptop codes
    assert new == renumbered_reference("TH-2026-00023", "f44c2aa8-9b29-4fb7-840f-01fee34fa632")
