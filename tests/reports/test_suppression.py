"""Disclosure control: small cells hidden, and the complementary cells that protect them.

The proof test enumerates every table a reader could rebuild from the published numbers
(shown cells fixed, ``<N`` cells 1..N-1, ``x`` cells any count, all margins as published
or hidden) and checks that each hidden cell can take more than one value.
"""

import itertools

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rrr_desktop.reports.suppression import suppress, unprotected


def with_margins(body: list[list[int]]) -> list[list[int]]:
    rows = [[*r, sum(r)] for r in body]
    return [*rows, [sum(c) for c in zip(*rows, strict=True)]]


def candidate_values(
    grid: list[list[int]], first: set[tuple[int, int]], more: set[tuple[int, int]], n: int
) -> dict[tuple[int, int], set[int]]:
    """Values each hidden cell takes in tables consistent with what is shown.

    Complementary cells are tried within 3 of their true value: finding two consistent
    tables is enough to prove a cell cannot be worked out.
    """
    body_r, body_c = len(grid) - 1, len(grid[0]) - 1
    hidden = sorted(first | more)
    grand = grid[-1][-1] if (body_r, body_c) not in hidden else None
    ranges = [
        range(1, n) if k in first else range(max(0, grid[k[0]][k[1]] - 3), grid[k[0]][k[1]] + 4)
        for k in hidden
    ]
    found: dict[tuple[int, int], set[int]] = {k: set() for k in hidden}
    for values in itertools.product(*ranges):
        trial = [row[:] for row in grid]
        for k, v in zip(hidden, values, strict=True):
            trial[k[0]][k[1]] = v
        rows_ok = all(sum(trial[i][:body_c]) == trial[i][body_c] for i in range(body_r + 1))
        cols_ok = all(
            sum(trial[i][j] for i in range(body_r)) == trial[body_r][j] for j in range(body_c + 1)
        )
        if rows_ok and cols_ok and (grand is None or trial[-1][-1] == grand):
            for k, v in zip(hidden, values, strict=True):
                found[k].add(v)
    return found


def test_one_way_small_cell_gets_a_complement() -> None:
    grid = [[20], [3], [9], [0], [32]]
    first, more = suppress(grid, 5)
    assert first == {(1, 0)}
    assert more == {(2, 0)}  # the smallest visible non-zero category, not the total
    assert (3, 0) not in first | more  # zeros describe nobody: shown


def test_one_way_two_small_cells_protect_each_other() -> None:
    first, more = suppress([[20], [3], [2], [25]], 5)
    assert first == {(1, 0), (2, 0)}
    assert more == set()


def test_one_way_no_suppression_without_small_cells() -> None:
    assert suppress([[20], [5], [25]], 5) == (set(), set())


CROSS_TABS = [
    [[12, 3, 9], [8, 7, 11], [6, 10, 14]],
    [[2, 0, 9], [8, 7, 11]],
    [[1, 15], [15, 20], [9, 9]],
    [[30, 2, 2], [25, 20, 3]],
    [[6, 7], [3, 8]],
]


@pytest.mark.parametrize("body", CROSS_TABS)
def test_hidden_cells_cannot_be_recomputed_from_totals(body: list[list[int]]) -> None:
    grid = with_margins(body)
    first, more = suppress(grid, 5)
    assert first == {(i, j) for i, r in enumerate(grid) for j, v in enumerate(r) if 0 < v < 5}
    assert more, "a small cell alone in its row would follow from the row total"
    assert unprotected(grid, first | more, first, 5) == []
    possible = candidate_values(grid, first, more, 5)
    for cell, values in possible.items():
        assert grid[cell[0]][cell[1]] in values
        assert len(values) >= 2, f"cell {cell} can be worked out: only {values}"


def test_without_the_complement_the_small_cell_would_be_recomputable() -> None:
    grid = with_margins([[12, 3, 9], [8, 7, 11], [6, 10, 14]])
    first, _ = suppress(grid, 5)
    assert candidate_values(grid, first, set(), 5) == {(0, 1): {3}}


def test_complements_prefer_small_inner_cells_to_totals() -> None:
    grid = with_margins([[12, 3, 9], [8, 7, 11], [6, 10, 14]])
    _, more = suppress(grid, 5)
    last_r, last_c = len(grid) - 1, len(grid[0]) - 1
    assert all(i != last_r and j != last_c for i, j in more)
    assert len(more) == 3  # the cheapest rectangle: 3 more cells


def test_a_cell_joining_two_cycles_is_not_protected() -> None:
    # two rectangles joined by one cell: each rectangle is safe, the joining cell is not
    grid = with_margins([[9] * 4 for _ in range(4)])
    left = {(0, 0), (0, 1), (1, 0), (1, 1)}
    right = {(2, 2), (2, 3), (3, 2), (3, 3)}
    assert unprotected(grid, left | right | {(1, 2)}, set(), 5) == [(1, 2)]
    assert unprotected(grid, left | right, set(), 5) == []


def test_bounds_of_small_cells_count() -> None:
    # 1 and 1 over a column of zeros: a rectangle of hidden cells is not enough, since
    # "<5" means at least 1 and the column total leaves room for exactly 1 + 1
    grid = with_margins([[0, 1], [0, 1], [0, 5]])
    hidden = {(0, 1), (0, 2), (1, 1), (1, 2)}
    assert unprotected(grid, hidden, hidden, 5) != []
    first, more = suppress(grid, 5)
    assert unprotected(grid, first | more, first, 5) == []


def test_small_row_total_is_hidden_too() -> None:
    grid = with_margins([[2, 1], [10, 12]])
    first, more = suppress(grid, 5)
    assert (0, 2) in first  # the row total 3 is itself a small count
    assert unprotected(grid, first | more, first, 5) == []


@settings(max_examples=80, deadline=None)
@given(
    st.integers(2, 3).flatmap(
        lambda cols: st.lists(
            st.lists(st.integers(0, 14), min_size=cols, max_size=cols), min_size=2, max_size=3
        )
    )
)
def test_random_small_tables_are_protected(body: list[list[int]]) -> None:
    grid = with_margins(body)
    first, more = suppress(grid, 5)
    assume(len(first | more) <= 6)
    for cell, values in candidate_values(grid, first, more, 5).items():
        assert len(values) >= 2, f"{grid}: cell {cell} can be worked out"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 12), min_size=1, max_size=6))
def test_random_one_way_tables_are_protected(counts: list[int]) -> None:
    grid = [[c] for c in counts] + [[sum(counts)]]
    first, more = suppress(grid, 5)
    hidden = sorted(first | more)
    # when every number is hidden, nothing more can be done (e.g. 1, 1, 1, 1 of 4)
    assume(len(hidden) <= 6 and len(hidden) < len([c for c in grid if c[0]]))
    ranges = [
        range(1, 5) if k in first else range(max(0, grid[k[0]][0] - 3), grid[k[0]][0] + 4)
        for k in hidden
    ]
    seen: dict[tuple[int, int], set[int]] = {k: set() for k in hidden}
    for values in itertools.product(*ranges):
        trial = [row[0] for row in grid]
        for k, v in zip(hidden, values, strict=True):
            trial[k[0]] = v
        if sum(trial[:-1]) == trial[-1]:
            for k, v in zip(hidden, values, strict=True):
                seen[k].add(v)
    assert all(len(v) >= 2 for v in seen.values()), (grid, seen)


def test_a_zero_beside_a_hidden_total_is_hidden() -> None:
    """Origin x sex: three people from one country, all women. "<5" and "Men 0" printed
    side by side said so; now the whole row is hidden."""
    grid = with_margins([[3, 0], [20, 25], [14, 9]])
    first, more = suppress(grid, 5)
    hidden = first | more
    assert (0, 2) in hidden  # the row total 3
    assert {(0, 0), (0, 1)} <= hidden  # and the zero beside it
    assert unprotected(grid, hidden, first, 5) == []


@settings(max_examples=120, deadline=None)
@given(
    st.integers(1, 3).flatmap(
        lambda cols: st.lists(
            st.lists(st.integers(0, 30), min_size=cols, max_size=cols), min_size=1, max_size=4
        )
    )
)
def test_no_row_or_column_shows_anything_beside_its_hidden_total(body: list[list[int]]) -> None:
    grid = with_margins(body)
    hidden = set().union(*suppress(grid, 5))
    last_r, last_c = len(grid) - 1, len(grid[0]) - 1
    for i, j in hidden:
        if j == last_c:
            assert all((i, c) in hidden for c in range(last_c + 1)), (grid, hidden)
        if i == last_r:
            assert all((r, j) in hidden for r in range(last_r + 1)), (grid, hidden)
    assert unprotected(
        grid, hidden, {k for k in hidden if 0 < grid[k[0]][k[1]] < 5}, 5
    ) == [] or len(hidden) == (last_r + 1) * (last_c + 1)  # everything hidden: nothing to protect
