"""The packed form of a replicated state: how it is stored in the vault and carried in
bundles (record schema 3).

A state's registers mostly share a handful of versions and contexts (a case saved once has
one version and one context across its ~200 registers), so writing them once per register
made a state four times larger than its values. The packed form keeps two tables::

    {"del": ..., "anon": ..., "t": [[hlc, who], ...], "x": [context, ...],
     "r": {path: [context index, [version index, value], ...]}}

It holds exactly the same information as the plain form (``replica.State``), so the
replication model is untouched: ``unpack(pack(s)) == s``. Checking a packed state from a
bundle checks each version and context once, then only indexes and nesting per register.
Pure functions, no I/O.
"""

from __future__ import annotations

from typing import Any

from rrr_desktop.domain import replica

PACKED_KEYS = frozenset({"del", "anon", "t", "x", "r"})
MAX_TABLE = 1 << 16
MAX_SIBLINGS = 64


def is_packed(value: Any) -> bool:
    return type(value) is dict and "t" in value


def pack(state: replica.State) -> dict[str, Any]:
    """Paths sorted and tables in the order of first use: equal states pack to equal JSON
    whatever order their registers were merged in (values are written as they are)."""
    versions: dict[tuple[str, str], int] = {}
    contexts: dict[tuple[tuple[str, str], ...], int] = {}
    context_list: list[dict[str, str]] = []
    regs: dict[str, list[Any]] = {}
    for path, reg in sorted(state["r"].items()):
        context = reg["c"]
        key = tuple(sorted(context.items()))
        index = contexts.get(key)
        if index is None:
            index = contexts[key] = len(context_list)
            context_list.append(dict(key))
        packed: list[Any] = [index]
        for hlc, who, value in reg["s"]:
            version = versions.setdefault((hlc, who), len(versions))
            packed.append([version, value])
        regs[path] = packed
    return {
        "del": state["del"],
        "anon": state["anon"],
        "t": [list(v) for v in versions],
        "x": context_list,
        "r": regs,
    }


def unpack(packed: dict[str, Any]) -> replica.State:
    """The plain form. Registers share their context dicts: the model never changes a
    context in place (every write and merge builds a new one)."""
    versions = packed["t"]
    contexts = packed["x"]
    regs: dict[str, replica.Register] = {}
    for path, reg in packed["r"].items():
        siblings = []
        for version, value in reg[1:]:
            hlc, who = versions[version]
            siblings.append([hlc, who, value])
        regs[path] = {"s": siblings, "c": contexts[reg[0]]}
    return {"del": packed["del"], "anon": packed["anon"], "r": regs}


def _tables(value: Any) -> tuple[list[Any], list[Any], dict[Any, Any], list[tuple[str, str]]]:
    """The checked tables of a packed state: versions, contexts, registers (not yet
    checked), and for each version the device and stamp a context must have seen."""
    if type(value) is not dict or set(value) != PACKED_KEYS:
        raise ValueError("state")
    for key in ("del", "anon"):
        if type(value[key]) is not str or (value[key] and not replica.HLC_RE.match(value[key])):
            raise ValueError("state")
    versions, contexts, regs = value["t"], value["x"], value["r"]
    if type(versions) is not list or type(contexts) is not list or type(regs) is not dict:
        raise ValueError("state")
    if len(versions) > MAX_TABLE or len(contexts) > MAX_TABLE:
        raise ValueError("state")
    if value["del"] and regs:
        raise ValueError("a deleted record carries no fields")
    clocks = set()
    for version in versions:
        if type(version) is not list or len(version) != 2:
            raise ValueError("version")
        hlc, who = version
        if type(hlc) is not str or type(who) is not str or len(who) > 200:
            raise ValueError("version")
        if not _HLC_OK(hlc) or hlc in clocks:  # one clock value is one write: one writer
            raise ValueError("version")
        clocks.add(hlc)
    for context in contexts:
        if type(context) is not dict:
            raise ValueError("context")
        for device, seen in context.items():
            if type(seen) is not str or len(seen) != replica.HLC_STAMP or seen[13] != "-":
                raise ValueError("context")
            if not device:
                raise ValueError("context")
    seen_by = [(hlc[replica.HLC_STAMP + 1 :], hlc[: replica.HLC_STAMP]) for hlc, _ in versions]
    return versions, contexts, regs, seen_by


def check_packed(value: Any) -> replica.State:
    """A packed state from a bundle, checked as ``replica.check_state`` checks a plain one
    (``ValueError`` if not), and unpacked."""
    versions, contexts, regs, seen_by = _tables(value)
    n_versions, n_contexts = len(versions), len(contexts)
    # Most registers share a context and a version: whether a context has seen a version
    # is decided once per pair, not once per register (and the last pair is kept at hand).
    pairs_ok: set[int] = set()
    last_pair = -1
    plain: dict[str, replica.Register] = {}  # unpacked as it is checked: one pass
    sep, check_depth = replica.SEP, replica.check_depth
    for path, reg in regs.items():
        if type(path) is not str or not 0 < len(path) <= 400 or path.count(sep) > 16:
            raise ValueError("path")
        if type(reg) is not list or not 0 < len(reg) <= MAX_SIBLINGS + 1:
            raise ValueError("register")
        index = reg[0]
        if type(index) is not int or not 0 <= index < n_contexts:
            raise ValueError("register")
        context = contexts[index]
        siblings = []
        for sibling in reg[1:]:
            if type(sibling) is not list or len(sibling) != 2:
                raise ValueError("sibling")
            version, item = sibling
            if type(version) is not int or not 0 <= version < n_versions:
                raise ValueError("sibling")
            pair = index * n_versions + version
            if pair != last_pair and pair not in pairs_ok:
                device, stamp = seen_by[version]
                if context.get(device, "") < stamp:
                    raise ValueError("sibling")  # a value its own field has not seen
                pairs_ok.add(pair)
            last_pair = pair
            kind = type(item)
            if kind is dict or kind is list:
                check_depth(item)
            hlc, who = versions[version]
            siblings.append([hlc, who, item])
        if len(siblings) > 1 and len({sibling[0] for sibling in siblings}) != len(siblings):
            raise ValueError("a value twice in one field")  # the merge tells values by version
        plain[path] = {"s": siblings, "c": context}
    replica.check_paths(plain)
    return {"del": value["del"], "anon": value["anon"], "r": plain}


def fresh(value: Any, shape: replica.Shape) -> tuple[replica.State, dict[str, Any]] | None:
    """A packed state that needs no merge, checked, with its document in the same pass:
    what a record held nowhere here needs, most of a big import. ``None`` when the state
    needs the general path (a field with several values, a deleted item, a deleted or
    anonymised record); otherwise exactly ``(s, materialise(s))`` for the merge ``s`` of
    ``check_packed(value)`` into an empty state, which is that state itself. Raises
    ``ValueError`` only where ``check_packed`` would."""
    found = _one_pass(value, _NOTHING, shape)
    return None if found is None else (found[0], found[1])


_NOTHING: dict[str, Any] = {"del": "", "anon": "", "t": [], "x": [], "r": {}}  # packed


def forward(
    value: Any, ours: dict[str, Any], shape: replica.Shape
) -> tuple[replica.State, dict[str, Any], list[str]] | None:
    """A packed state from a bundle that has seen, field by field, everything our packed
    copy ``ours`` holds (a fast-forward: most of a sync from a laptop that edited what it
    had from here), checked and laid out in one pass without unpacking our copy or
    merging: ``(s, materialise(s), changed)`` exactly where ``s`` is
    ``check_packed(value)``, the merge of our copy with it is ``s`` itself, and that merge
    differs from our copy; ``changed`` lists the paths whose values it changed. ``None``
    when the general path is needed: the merge keeps anything of ours, nothing changed, a
    field with several values, a deleted item, a deletion or an anonymisation on either
    side. Raises ``ValueError`` only where ``check_packed`` would.

    A field exactly as we hold it (most of them) is not checked again: our copy was
    checked when it was stored, and the same version and context are the same write."""
    found = _one_pass(value, ours, shape)
    if found is None:
        return None
    state, doc, changed, same = found
    if same and not changed:
        return None  # we hold this state already: the general path says so
    return state, doc, changed


def _one_pass(
    value: Any, ours: dict[str, Any], shape: replica.Shape
) -> tuple[replica.State, dict[str, Any], list[str], bool] | None:
    """``forward`` and ``fresh`` (against nothing held): the state, its document, the
    paths whose values changed, and whether it is exactly our copy."""
    if not is_packed(ours) or ours["del"] or ours["anon"]:
        return None
    versions, contexts, regs, seen_by = _tables(value)
    if value["del"] or value["anon"]:
        return None
    our_versions, our_contexts, our_regs = ours["t"], ours["x"], ours["r"]
    n_versions, n_contexts = len(versions), len(contexts)
    pairs_ok: set[int] = set()
    last_pair = -1
    plain: dict[str, replica.Register] = {}
    shown: list[tuple[str, Any]] = []
    changed: list[str] = []
    same = True  # as ours so far (then there is nothing to write)
    held_too = 0  # our fields found among theirs
    sep, check_depth, covered = replica.SEP, replica.check_depth, replica._covered
    for path, reg in regs.items():
        if type(path) is not str or not 0 < len(path) <= 400 or path.count(sep) > 16:
            raise ValueError("path")
        if type(reg) is not list or len(reg) != 2:
            if type(reg) is list and 0 < len(reg) <= MAX_SIBLINGS + 1:
                return None  # no value, or several: the general path
            raise ValueError("register")
        index, sibling = reg
        if type(index) is not int or not 0 <= index < n_contexts:
            raise ValueError("register")
        if type(sibling) is not list or len(sibling) != 2:
            raise ValueError("sibling")
        version, item = sibling
        if type(version) is not int or not 0 <= version < n_versions:
            raise ValueError("sibling")
        if item is None and path[-1] == "]":
            return None  # a deleted item: its fields are dropped by the general path
        context = contexts[index]
        hlc, who = written = versions[version]
        held = our_regs.get(path)
        if held is not None:
            held_too += 1
            if (
                len(held) == 2
                and held[1][1] == item
                and type(held[1][1]) is type(item)
                and our_versions[held[1][0]] == written
                and our_contexts[held[0]] == context
            ):  # the field exactly as we hold it
                plain[path] = {"s": [[hlc, who, item]], "c": context}
                shown.append((path, item))
                continue
        pair = index * n_versions + version
        if pair != last_pair and pair not in pairs_ok:
            device, stamp = seen_by[version]
            if context.get(device, "") < stamp:
                raise ValueError("sibling")
            pairs_ok.add(pair)
        last_pair = pair
        kind = type(item)
        if kind is dict or kind is list:
            check_depth(item)
        plain[path] = {"s": [[hlc, who, item]], "c": context}
        shown.append((path, item))
        if held is None:  # a field new to us
            changed.append(path)
            same = False
            continue
        our_context = our_contexts[held[0]]
        if our_context != context:
            if not _has_seen(context, our_context):
                return None  # the merge's context would be more than theirs
            same = False
        mine: set[str] = set()
        for our_version, our_item in held[1:]:
            our_hlc, our_who = our_versions[our_version]
            if our_hlc == hlc:  # one clock value is one write: it must be this one
                if our_who != who or type(our_item) is not type(item) or our_item != item:
                    return None
            elif not covered(context, our_hlc):
                return None  # a value of ours they have not seen: the merge keeps it
            mine.add(our_hlc)
        if hlc not in mine:
            if covered(our_context, hlc):
                return None  # a value we have seen and superseded: the merge drops it
            changed.append(path)
        elif len(held) != 2:
            changed.append(path)  # our other values are gone
    if held_too != len(our_regs):
        return None  # a field of ours they never saw: the merge keeps it
    replica.check_paths(plain)
    return {"del": "", "anon": "", "r": plain}, replica.lay_out(shown, shape), changed, same


def _has_seen(seen: dict[str, str], context: dict[str, str]) -> bool:
    """Whether ``seen`` is at least ``context`` for every device (their join is ``seen``)."""
    return all(seen.get(device, "") >= stamp for device, stamp in context.items())


_HLC_OK = replica.HLC_FULLMATCH
