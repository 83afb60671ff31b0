"""Disclosure control: small counts are hidden, and so is whatever would give them away.

The table is seen with its margins as one grid: rows of categories plus a total row,
columns of categories plus a total column (a one-way table has only the total column).

1. Primary suppression: every count from 1 to N-1 is hidden, margins included, and shown
   as ``<N``. Zeros are shown: they describe nobody.
2. Complementary suppression, one-way table: the categories and the total form one
   equation, so if exactly one number in it is hidden it follows from the others; the
   smallest non-zero visible category is hidden too (the total only as a last resort).
3. Complementary suppression, two-way table: hidden cells are edges of a graph between
   row lines and column lines. A hidden cell can be worked out from the published
   numbers exactly when its edge is a *bridge* (it lies on no cycle): along a cycle one
   can add 1 and subtract 1 alternately and every row and column sum stays the same, so
   the published table fits several values. While a bridge exists, we complete a
   rectangle through it (row r, column c, another row r2, another column c2), choosing the
   rectangle that hides the fewest zero cells, then the fewest margins, then the smallest
   total count. Each step puts the bridge on a cycle; the loop ends when none is left.
"""

from collections.abc import Iterable

Key = tuple[int, int]


def primary(grid: list[list[int]], threshold: int) -> set[Key]:
    return {(i, j) for i, row in enumerate(grid) for j, v in enumerate(row) if 0 < v < threshold}


def _one_way(grid: list[list[int]], hidden: set[Key]) -> set[Key]:
    last = len(grid) - 1
    if len(hidden) != 1:
        return hidden
    candidates = sorted(
        (i == last, grid[i][0], i)
        for i in range(len(grid))
        if (i, 0) not in hidden and grid[i][0] > 0
    )
    if candidates:
        hidden = hidden | {(candidates[0][2], 0)}
    return hidden


def _connected(edges: set[Key], start: tuple[str, int], goal: tuple[str, int]) -> bool:
    """Is there a path between two lines using hidden cells as steps?"""
    neighbours: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for i, j in edges:
        neighbours.setdefault(("r", i), []).append(("c", j))
        neighbours.setdefault(("c", j), []).append(("r", i))
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        for nxt in neighbours.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def bridges(hidden: Iterable[Key]) -> list[Key]:
    """Hidden cells on no cycle: the ones the totals would give away."""
    edges = set(hidden)
    return sorted(k for k in edges if not _connected(edges - {k}, ("r", k[0]), ("c", k[1])))


def _rectangle(grid: list[list[int]], hidden: set[Key], cell: Key) -> set[Key]:
    r, c = cell
    last_r, last_c = len(grid) - 1, len(grid[0]) - 1
    best: tuple[tuple[int, int, int, int, int], set[Key]] | None = None
    for r2 in range(len(grid)):
        for c2 in range(len(grid[0])):
            if r2 == r or c2 == c:
                continue
            new = {k for k in ((r, c2), (r2, c2), (r2, c)) if k not in hidden}
            cost = (
                sum(1 for i, j in new if grid[i][j] == 0),
                sum(1 for i, j in new if i == last_r or j == last_c),
                sum(grid[i][j] for i, j in new),
                r2,
                c2,
            )
            if best is None or cost < best[0]:
                best = (cost, new)
    return best[1] if best else set()


def suppress(grid: list[list[int]], threshold: int) -> tuple[set[Key], set[Key]]:
    """(primary, complementary) hidden cells of a grid whose last row/column are totals.

    ``grid`` has one column for a one-way table (categories, then the total).
    """
    if threshold <= 1 or not grid:
        return set(), set()
    first = primary(grid, threshold)
    if len(grid[0]) == 1:
        return first, _one_way(grid, first) - first
    hidden = set(first)
    while True:
        open_bridges = bridges(hidden)
        if not open_bridges:
            break
        added = _rectangle(grid, hidden, open_bridges[0])
        if not added:  # a 1x1 grid cannot be protected; hide nothing more
            break
        hidden |= added
    return first, hidden - first
