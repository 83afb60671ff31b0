"""Disclosure control: small counts are hidden, and so is whatever would give them away.

The table is seen with its margins as one grid: rows of categories plus a total row,
columns of categories plus a total column (a one-way table has only the total column).

1. Primary suppression: every count from 1 to N-1 is hidden, margins included, and shown
   as ``<N``. Zeros are shown: they describe nobody.
2. What a reader can do: every row and column of the grid adds up to its margin, and a
   ``<N`` cell is known to lie between 1 and N-1, any hidden cell to be at least 0. A
   hidden cell is *protected* when another table, equal on everything published, gives
   it another value. We look for one by moving one person: along a cycle of hidden
   cells (row, column, row, column ... back to the start), adding 1 and taking 1 away in
   turn leaves every published sum unchanged; the move is allowed when no cell leaves
   its known bounds. (For a one-way table the cycle is a pair of hidden cells.)
3. A row or column whose total is hidden is hidden whole, zeros included: beside a
   hidden total a visible zero gives the others away (every one of them is a woman).
4. Complementary suppression: while some hidden cell is unprotected, hide more cells
   next to it: in a one-way table the smallest visible non-zero category (the total
   only as a last resort); in a two-way table the cells that complete a rectangle
   (row r, column c, another row r2, another column c2) through it, choosing the
   rectangle that protects it, then the one hiding the fewest zeros, then the fewest
   margins, then the smallest counts. Each round hides at least one more cell, so it ends.

Limit: when every non-zero count of a table is small (say 1, 1, 1, 1 of a total 4), no
choice of hidden cells can protect them; all of them are hidden, and such a table
should not leave the organisation at all.
"""

Key = tuple[int, int]
Node = tuple[str, int]


def lines_of_hidden_margins(grid: list[list[int]], hidden: set[Key]) -> set[Key]:
    """Every cell of a row or column whose total is hidden (and every cell when the grand
    total is): a visible 0 or count beside a hidden total says too much ("<5" from a
    country, men 0: every one of them is a woman)."""
    last_r, last_c = len(grid) - 1, len(grid[0]) - 1
    if (last_r, last_c) in hidden:
        return {(i, j) for i in range(last_r + 1) for j in range(last_c + 1)}
    more: set[Key] = set()
    for i, j in hidden:
        if j == last_c and i != last_r:
            more |= {(i, c) for c in range(last_c + 1)}
        if i == last_r and j != last_c:
            more |= {(r, j) for r in range(last_r + 1)}
    return more - hidden


def primary(grid: list[list[int]], threshold: int) -> set[Key]:
    return {(i, j) for i, row in enumerate(grid) for j, v in enumerate(row) if 0 < v < threshold}


class _Bounds:
    """Which one-person moves each hidden cell allows, given what the reader knows."""

    def __init__(self, grid: list[list[int]], small: set[Key], threshold: int) -> None:
        self.grid, self.small, self.n = grid, small, threshold

    def can_add(self, key: Key) -> bool:
        return key not in self.small or self.grid[key[0]][key[1]] <= self.n - 2

    def can_take(self, key: Key) -> bool:
        floor = 2 if key in self.small else 1
        return self.grid[key[0]][key[1]] >= floor


def _one_way_protected(target: Key, hidden: set[Key], bounds: _Bounds, total_row: int) -> bool:
    """A pair move: the target and another category in opposite directions, or the
    target and the total in the same direction."""
    for other in hidden - {target}:
        same = other[0] == total_row or target[0] == total_row
        if bounds.can_add(target) and (bounds.can_add(other) if same else bounds.can_take(other)):
            return True
        if bounds.can_take(target) and (bounds.can_take(other) if same else bounds.can_add(other)):
            return True
    return False


def _sign(index: int, last: int) -> int:
    return -1 if index == last else 1


Arcs = dict[Node, list[tuple[Node, Key]]]


def _arcs(hidden: set[Key], bounds: _Bounds, last_r: int, last_c: int) -> Arcs:
    """Directed steps of a move: row->column adds (in the signed grid where margins
    count negatively), column->row takes away; a step exists if the cell allows it."""
    arcs: Arcs = {}
    for i, j in hidden:
        plus_means_add = _sign(i, last_r) * _sign(j, last_c) > 0
        add_ok, take_ok = bounds.can_add((i, j)), bounds.can_take((i, j))
        if add_ok if plus_means_add else take_ok:
            arcs.setdefault(("r", i), []).append((("c", j), (i, j)))
        if take_ok if plus_means_add else add_ok:
            arcs.setdefault(("c", j), []).append((("r", i), (i, j)))
    return arcs


def _reaches(arcs: Arcs, start: Node, goal: Node, skip: Key) -> bool:
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        for nxt, key in arcs.get(node, []):
            if key != skip and nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def unprotected(
    grid: list[list[int]], hidden: set[Key], small: set[Key], threshold: int
) -> list[Key]:
    """Hidden cells whose value follows from the published table (see the module doc)."""
    bounds = _Bounds(grid, small, threshold)
    last_r, last_c = len(grid) - 1, len(grid[0]) - 1
    if last_c == 0:
        return sorted(k for k in hidden if not _one_way_protected(k, hidden, bounds, last_r))
    arcs = _arcs(hidden, bounds, last_r, last_c)
    out = []
    for key in sorted(hidden):
        row, col = ("r", key[0]), ("c", key[1])
        forward = any(n == col and k == key for n, k in arcs.get(row, []))
        backward = any(n == row and k == key for n, k in arcs.get(col, []))
        if not (
            (forward and _reaches(arcs, col, row, key))
            or (backward and _reaches(arcs, row, col, key))
        ):
            out.append(key)
    return out


def _candidates(grid: list[list[int]], hidden: set[Key], cell: Key) -> list[set[Key]]:
    """Sets of cells that could protect ``cell``, cheapest first (without the check)."""
    r, c = cell
    last_r, last_c = len(grid) - 1, len(grid[0]) - 1
    options: list[tuple[tuple[int, int, int, int], set[Key]]] = []
    if last_c == 0:
        for i in range(len(grid)):
            if (i, 0) not in hidden and grid[i][0] > 0:
                options.append(((0, int(i == last_r), grid[i][0], i), {(i, 0)}))
    else:
        for r2 in range(len(grid)):
            for c2 in range(len(grid[0])):
                if r2 == r or c2 == c:
                    continue
                new = {k for k in ((r, c2), (r2, c2), (r2, c)) if k not in hidden}
                if not new:
                    continue
                cost = (
                    sum(1 for i, j in new if grid[i][j] == 0),
                    sum(1 for i, j in new if i == last_r or j == last_c),
                    sum(grid[i][j] for i, j in new),
                    r2 * 1000 + c2,
                )
                options.append((cost, new))
    return [cells for _, cells in sorted(options, key=lambda o: o[0])]


def suppress(grid: list[list[int]], threshold: int) -> tuple[set[Key], set[Key]]:
    """(primary, complementary) hidden cells of a grid whose last row/column are totals.

    ``grid`` has one column for a one-way table (categories, then the total).
    """
    if threshold <= 1 or not grid:
        return set(), set()
    small = primary(grid, threshold)
    hidden = set(small)
    hopeless: set[Key] = set()  # e.g. a table of one small cell: nothing can protect it
    while True:
        hidden |= lines_of_hidden_margins(grid, hidden)
        weak = [k for k in unprotected(grid, hidden, small, threshold) if k not in hopeless]
        if not weak:
            break
        options = _candidates(grid, hidden, weak[0])
        if not options:
            hopeless.add(weak[0])
            continue
        chosen = next(
            (o for o in options if weak[0] not in unprotected(grid, hidden | o, small, threshold)),
            options[0],
        )
        hidden |= chosen
    return small, hidden - small
