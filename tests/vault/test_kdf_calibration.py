"""The Argon2id cost chosen at set-up stays within safe bounds on any machine, leaves an old
laptop room to work, and makes an unlock take about the target time."""

from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.vault.keys import (
    MAX_MEMORY_KIB,
    MAX_TIME_COST,
    MIN_MEMORY_KIB,
    MIN_TIME_COST,
    TARGET_SECONDS,
    choose_kdf,
)

GIB = 1 << 30
RAM = st.none() | st.integers(256 << 20, 64 * GIB)


@given(RAM, RAM, st.integers(1, 64), st.floats(0.001, 30.0))
def test_the_cost_is_always_within_safe_bounds(
    total: int | None, available: int | None, cpus: int, one_pass: float
) -> None:
    kdf = choose_kdf(total, available, cpus, one_pass)
    assert MIN_MEMORY_KIB <= kdf.memory_kib <= MAX_MEMORY_KIB
    assert kdf.memory_kib % 1024 == 0
    assert MIN_TIME_COST <= kdf.time_cost <= MAX_TIME_COST
    assert 1 <= kdf.parallelism <= min(4, cpus)
    if total is not None and total // 16 >= MIN_MEMORY_KIB * 1024:
        assert kdf.memory_kib * 1024 <= total // 16  # never more than a sixteenth of RAM
    if available is not None and available // 4 >= MIN_MEMORY_KIB * 1024:
        assert kdf.memory_kib * 1024 <= available // 4


@given(st.floats(TARGET_SECONDS / MAX_TIME_COST, TARGET_SECONDS / MIN_TIME_COST))
def test_an_unlock_takes_about_the_target_time(one_pass: float) -> None:
    kdf = choose_kdf(16 * GIB, 8 * GIB, 4, one_pass)
    assert abs(kdf.time_cost * one_pass - TARGET_SECONDS) <= one_pass / 2 + 1e-9


def test_an_old_4_gb_laptop_keeps_the_full_memory_cost_and_a_starved_one_less() -> None:
    assert choose_kdf(4 * GIB, 2 * GIB, 2, 0.25).memory_kib == MAX_MEMORY_KIB
    starved = choose_kdf(4 * GIB, 400 << 20, 2, 0.25)
    assert starved.memory_kib == 100 * 1024
