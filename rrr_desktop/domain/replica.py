"""The replication model: every field of a record is a multi-value register with its own
version vector, so that any set of copies merges to the same state in any order.

A record's replicated state is::

    {"del": "<hlc>" | "", "anon": "<hlc>" | "", "r": {path: register}}

and a register is ``{"s": [[hlc, who, value], ...], "c": {device: stamp}}``: the values
written concurrently (siblings, each with the hybrid-logical-clock version that wrote it
and who did) and what this copy has seen of that field (per device, the latest stamp).
A write supersedes every sibling it has seen; a merge keeps a sibling unless the other
copy has seen it and dropped it. Two siblings with different values are a conflict for a
person to resolve; bookkeeping fields keep only the latest value instead.

Lists of objects with an ``id`` (or a checklist ``key``) are per item: a presence register
(its value: an ordering key, or ``None`` once deleted) and one register per item field.
Deletion of a record and anonymisation are final: a deleted record keeps no register, and
an anonymised one is re-anonymised after every merge, so nothing concurrent brings data
back. Pure functions, no I/O: the vault stores the state next to the document.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel

SEP = "/"
WHOLE = "="  # the register of an atomic item's fields
Register = dict[str, Any]
State = dict[str, Any]
Finaliser = Callable[[dict[str, Any]], dict[str, Any]]
ANON_WHO = "(anonymised)"  # no user name has parentheses
HLC_STAMP = 18  # "<13-digit ms>-<4-digit counter>", then "-<device>"
MAX_DEPTH = 24
HLC_RE = re.compile(r"^\d{13}-\d{4}-[A-Za-z0-9._:-]{1,100}$")


def stamp(hlc: str) -> str:
    return hlc[:HLC_STAMP]


def device_of(hlc: str) -> str:
    """Whose version-vector entry a version counts in (a laptop put back from a backup
    writes under a new one: ``<device>.<epoch>``)."""
    return hlc[HLC_STAMP + 1 :]


def laptop_of(hlc: str) -> str:
    """The laptop that wrote a version, whichever of its restores it was made after."""
    return device_of(hlc).split(".", 1)[0]


def empty_state() -> State:
    return {"del": "", "anon": "", "r": {}}


# -- shapes: which parts of a document are registers --------------------------------------


@dataclasses.dataclass(frozen=True)
class Items:
    """A list of objects identified by ``key``; each item's fields follow ``fields``, or,
    for ``atomic`` items (facts recorded once, such as a consent event), the whole item is
    one register (``<item>/=``): far fewer registers, and an item edited on two laptops
    at once is one conflict."""

    key: str
    fields: Shape
    atomic: bool = False


@dataclasses.dataclass(frozen=True)
class Shape:
    """Per key: a nested ``Shape`` (an object that is always there), ``Items``, or ``None``
    (a leaf: one register holding the whole value). ``open`` shapes make every key a leaf."""

    keys: dict[str, Shape | Items | None]
    open: bool = False
    bookkeeping: frozenset[str] = frozenset()


FLAT = Shape({}, open=True, bookkeeping=frozenset({"updated_at"}))
_ITEM_KEYS = ("id", "key")


def shape_of(model: type[BaseModel], top: bool = True) -> Shape:
    """Derived from a pydantic model: nested models are walked, lists of models with an id
    are per item, and anything optional or plain is a leaf."""
    keys: dict[str, Shape | Items | None] = {}
    for name, field in model.model_fields.items():
        keys[name] = _part(field.annotation)
    return Shape(keys, bookkeeping=frozenset({"updated_at"}) if top else frozenset())


def _part(annotation: Any) -> Shape | Items | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return shape_of(annotation, top=False)
    origin = typing.get_origin(annotation)
    if origin is list:
        (inner,) = typing.get_args(annotation)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            for key in _ITEM_KEYS:
                if key in inner.model_fields and inner.model_fields[key].annotation is str:
                    if getattr(inner, "sync_atomic", False):
                        return Items(key, Shape({}), atomic=True)
                    fields = shape_of(inner, top=False)
                    rest = {k: v for k, v in fields.keys.items() if k != key}
                    return Items(key, Shape(rest))
    if origin in (typing.Union, types.UnionType):
        return None
    return None


def _item_segment(item_id: str) -> str:
    return f"[{item_id}]"


def flatten(doc: dict[str, Any], shape: Shape) -> tuple[dict[str, Any], dict[str, int]]:
    """(leaf path -> value, presence path -> position in its list) of a document."""
    values: dict[str, Any] = {}
    items: dict[str, int] = {}
    _flatten(doc, shape, "", values, items)
    return values, items


def _flatten(
    doc: dict[str, Any], shape: Shape, prefix: str, values: dict[str, Any], items: dict[str, int]
) -> None:
    keys: Iterable[str] = doc.keys() if shape.open else shape.keys.keys()
    for key in keys:
        if key not in doc:
            continue
        value = doc[key]
        part = None if shape.open else shape.keys[key]
        path = prefix + key
        if isinstance(part, Shape) and isinstance(value, dict):
            _flatten(value, part, path + SEP, values, items)
        elif isinstance(part, Items) and isinstance(value, list):
            for position, item in enumerate(value):
                if not isinstance(item, dict) or not isinstance(item.get(part.key), str):
                    values[path] = value  # not item-shaped after all: one value
                    break
                here = path + SEP + _item_segment(item[part.key])
                items[here] = position
                if part.atomic:
                    values[here + SEP + WHOLE] = {k: v for k, v in item.items() if k != part.key}
                else:
                    _flatten(item, part.fields, here + SEP, values, items)
        else:
            values[path] = value


def materialise(state: State, shape: Shape) -> dict[str, Any]:
    """The document a person sees: each register's value (the latest sibling where two
    disagree; an item present where present and deleted disagree)."""
    shown = []
    for path, reg in state["r"].items():
        siblings = reg["s"]
        if not siblings:
            continue
        if len(siblings) == 1:
            shown.append((path, siblings[0][2]))
        else:
            presence = SEP in path and path.rpartition(SEP)[2].startswith("[")
            shown.append((path, shown_value(reg, presence)))
    return lay_out(shown, shape)


def lay_out(shown: Iterable[tuple[str, Any]], shape: Shape) -> dict[str, Any]:
    """The document from each field's shown value (for an item's presence: its place).
    Each field's place is found once per parent, not walked to from the top for every
    field (a quarter of the time)."""
    return _build(_tree_by_parent(shown), shape)


_ORDER = "\0order"  # an item's position, beside its fields in the tree being built


def _tree_by_parent(shown: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """The same tree as walking to each field from the top, for any paths in any order
    (a value over fields placed under it is walked to again, and so is anything under
    it): ``tests/sync/test_packed_states.py`` compares the two."""
    tree: dict[str, Any] = {}
    nodes: dict[str, dict[str, Any]] = {"": tree}  # parent path -> its node
    for path, value in shown:
        parent, _, last = path.rpartition(SEP)
        node = nodes.get(parent)
        if node is None:
            node = tree
            for segment in parent.split(SEP):
                node = node.setdefault(segment, {})
            nodes[parent] = node
        if parent and last.startswith("["):  # an item's presence: where it sits in its list
            node.setdefault(last, {})[_ORDER] = value
            continue
        if type(node.get(last)) is dict:  # a value over fields placed under it: what is
            # placed under it later is walked to from the top again and meets the value
            under = f"{parent}{SEP}{last}" if parent else last
            for key in [k for k in nodes if k == under or k.startswith(under + SEP)]:
                del nodes[key]
        node[last] = value
    return tree


def _build(node: dict[str, Any], shape: Shape) -> dict[str, Any]:
    """Only an item's own node holds ``_ORDER`` (its fields are built without it)."""
    out: dict[str, Any] = {}
    keys = None if shape.open else shape.keys
    for key, value in node.items():
        part = None if keys is None else keys.get(key)
        if part is None or type(value) is not dict:
            if key != _ORDER:
                out[key] = value
        elif type(part) is Shape:
            out[key] = _build(value, part)
        elif isinstance(part, Items) and _is_items(value):
            present = [
                (child[_ORDER], seg[1:-1], child)
                for seg, child in value.items()
                if type(child) is dict and child.get(_ORDER) is not None
            ]
            present.sort(key=lambda t: (str(t[0]), t[1]))
            out[key] = [
                {part.key: item_id, **_item_fields(child, part)} for _, item_id, child in present
            ]
        else:
            out[key] = value
    return out


def _item_fields(child: dict[str, Any], part: Items) -> dict[str, Any]:
    if part.atomic:
        whole = child.get(WHOLE)
        return dict(whole) if isinstance(whole, dict) else {}
    return _build(child, part.fields)


def _is_items(value: dict[str, Any]) -> bool:
    return all(k.startswith("[") for k in value)


# -- registers -------------------------------------------------------------------------


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, (dict, list)):
        return canonical(a) == canonical(b)
    return bool(a == b)


def shown_value(reg: Register, presence: bool = False) -> Any:
    siblings = reg["s"]
    if len(siblings) == 1:
        return siblings[0][2]
    if presence:
        alive = [s for s in siblings if s[2] is not None]
        if alive:
            return max(alive, key=lambda s: s[0])[2]
    return max(siblings, key=lambda s: s[0])[2]


def in_conflict(reg: Register) -> bool:
    siblings = reg["s"]
    if len(siblings) < 2:
        return False
    first = canonical(siblings[0][2])
    return any(canonical(s[2]) != first for s in siblings[1:])


def _covered(context: dict[str, str], hlc: str) -> bool:
    seen = context.get(device_of(hlc))
    return seen is not None and seen >= stamp(hlc)


def _join(a: dict[str, str], b: dict[str, str]) -> dict[str, str]:
    out = dict(a)
    for device, seen in b.items():
        if seen > out.get(device, ""):
            out[device] = seen
    return out


def merge_register(
    a: Register, b: Register, latest_only: bool = False, anonymised: bool = False
) -> Register:
    mine = {s[0] for s in a["s"]}
    theirs = {s[0] for s in b["s"]}
    kept = [s for s in a["s"] if s[0] in theirs or not _covered(b["c"], s[0])]
    kept += [s for s in b["s"] if s[0] not in mine and not _covered(a["c"], s[0])]
    if anonymised:  # only what the anonymisation wrote survives, ever (before any choice)
        kept = [s for s in kept if s[1] == ANON_WHO]
    return {"s": _normalise_siblings(kept, latest_only), "c": _join(a["c"], b["c"])}


def _normalise_siblings(siblings: list[list[Any]], latest_only: bool) -> list[list[Any]]:
    """Sorted by version. Equal values written concurrently both stay (they are no
    conflict: nobody disagreed), so a later write that saw only one of them supersedes
    only that one: folding them together would let it silently drop an edit it never saw."""
    if len(siblings) > 1 and latest_only:
        return [max(siblings, key=lambda s: s[0])]
    return sorted(siblings, key=lambda s: s[0])


def written(reg: Register | None, hlc: str, who: str, value: Any) -> Register:
    """A local write: supersedes every sibling this copy has seen."""
    context = dict(reg["c"]) if reg else {}
    context[device_of(hlc)] = max(context.get(device_of(hlc), ""), stamp(hlc))
    return {"s": [[hlc, who, value]], "c": context}


# -- whole records -----------------------------------------------------------------------


def _item_of(path: str) -> str | None:
    """The presence path of the innermost item a field belongs to, if any."""
    parts = path.split(SEP)
    for n in range(len(parts) - 1, 0, -1):
        if parts[n - 1].startswith("["):
            return SEP.join(parts[:n])
    return None


def _parents(path: str) -> list[str]:
    """Presence paths of every item enclosing ``path`` (outermost first)."""
    parts = path.split(SEP)
    return [SEP.join(parts[: n + 1]) for n in range(len(parts) - 1) if parts[n].startswith("[")]


def local_write(
    state: State,
    doc: dict[str, Any],
    shape: Shape,
    hlc: str,
    who: str,
    unseen: frozenset[str] = frozenset(),
) -> tuple[State, list[str]]:
    """The state after saving ``doc`` here, and the paths that changed.

    ``unseen``: fields whose value stored now the writer never saw (a form opened before
    an import changed them): the write stands beside that value, not over it, so the two
    are a conflict for a person, on every copy, as if made on two laptops."""
    if state["del"] or state["anon"]:
        raise ValueError("a deleted or anonymised record takes no edits")
    regs: dict[str, Register] = dict(state["r"])
    values, items = flatten(doc, shape)
    changed: list[str] = []
    touched_items: set[str] = set()
    for path, value in values.items():
        reg = regs.get(path)
        if reg is not None and reg["s"] and not in_conflict(reg) and same(shown_value(reg), value):
            continue
        if reg is not None and in_conflict(reg) and same(shown_value(reg), value):
            continue  # saved unchanged: the conflict stays open for a person to resolve
        regs[path] = written(reg, hlc, who, value)
        if reg is not None and path in unseen:
            regs[path]["s"] = _normalise_siblings([*reg["s"], *regs[path]["s"]], False)
        changed.append(path)
        touched_items.update(_parents(path))
    for path, position in items.items():
        reg = regs.get(path)
        current = shown_value(reg, presence=True) if reg and reg["s"] else None
        if current is None:
            regs[path] = written(reg, hlc, who, f"{stamp(hlc)}#{position:05d}")
            changed.append(path)
        elif path in touched_items:
            regs[path] = written(reg, hlc, who, current)  # an edit says "this item lives"
            if reg is not None and in_conflict(reg):
                # Kept here, deleted elsewhere: the edit stands beside both, so the dispute
                # stays open for a person, and a deletion that never saw this edit cannot
                # take it away unseen (found by a review).
                regs[path]["s"] = _normalise_siblings([*reg["s"], *regs[path]["s"]], False)
            changed.append(path)
    for path, reg in list(regs.items()):
        if not reg["s"] or path in values or path in items or _under_removed(path, items):
            continue  # kept, or inside an item that is removed itself (its removal covers it)
        if _is_presence(path):
            gone = shown_value(reg, presence=True) is None
        else:
            gone = _item_of(path) is not None or shown_value(reg) is None
        if not gone:  # an item removed, or a field no longer in the document
            regs[path] = written(reg, hlc, who, None)
            changed.append(path)
    out = {"del": "", "anon": state["anon"], "r": regs}
    return _drop_deleted_items(out), changed


def _under_removed(path: str, items: dict[str, int]) -> bool:
    return any(p not in items for p in _parents(path))


def _is_presence(path: str) -> bool:
    return path.endswith("]")  # only item segments end with "]"; field names never do


def _drop_deleted_items(state: State) -> State:
    """Fields of an item that is deleted (and not disputed) hold no data any more."""
    regs: dict[str, Register] = state["r"]
    gone = {
        p
        for p, reg in regs.items()
        if _is_presence(p) and reg["s"] and all(s[2] is None for s in reg["s"])
    }
    if not gone:
        return state
    kept = {
        p: reg
        for p, reg in regs.items()
        if not any(parent in gone for parent in _parents(p) if parent != p)
    }
    for path in gone:  # the deleted item's presence keeps only its version, not its data
        kept[path] = regs[path]
    return {**state, "r": kept}


def deleted(state: State, hlc: str) -> State:
    """A tombstone: keeps no data, only that (and when) the record was deleted."""
    return {"del": max(hlc, state.get("del", "")), "anon": "", "r": {}}


def _normalised(reg: Register, path: str, shape: Shape) -> Register:
    if len(reg["s"]) < 2:
        return reg
    latest_only = path.split(SEP, 1)[0] in shape.bookkeeping
    return {"s": _normalise_siblings(list(reg["s"]), latest_only), "c": reg["c"]}


def merge(a: State, b: State, shape: Shape) -> State:
    """Commutative, associative and idempotent: copies converge in any delivery order."""
    return merge_compared(a, b, shape)[0]


def merge_compared(a: State, b: State, shape: Shape) -> tuple[State, bool, bool]:
    """The merge, and whether it equals ``a`` and ``b``: known register by register while
    merging, so an import needs no deep comparison of whole states afterwards."""
    if a["del"] or b["del"]:
        out: State = {"del": max(a["del"], b["del"]), "anon": "", "r": {}}
        return out, out == a, out == b
    regs: dict[str, Register] = {}
    ra, rb = a["r"], b["r"]
    empty: Register = {"s": [], "c": {}}
    anon = max(a["anon"], b["anon"])
    same_a = same_b = True
    if not anon and (not ra or not rb):  # one side knows nothing: take the other as it is
        same_source = True
        for path, reg in (ra or rb).items():
            if len(reg["s"]) < 2:  # one value (most registers): nothing to normalise
                regs[path] = reg
                continue
            regs[path] = kept = _normalised(reg, path, shape)
            if kept is not reg and kept != reg:
                same_source = False
        same_a, same_b = (same_source, not regs) if ra else (not regs, same_source)
    else:
        for path in ra.keys() | rb.keys():
            left, right = ra.get(path, empty), rb.get(path, empty)
            if not anon and left == right:  # unchanged on both sides: most fields, most times
                regs[path] = left
                continue
            latest_only = path.split(SEP, 1)[0] in shape.bookkeeping
            reg = merge_register(left, right, latest_only, bool(anon))
            if reg["s"] or not anon:
                regs[path] = reg
                same_a = same_a and reg == left
                same_b = same_b and reg == right
            # a register the anonymisation dropped: absent from the merge, so only the
            # key comparison below decides whether a side already lacked it
        same_a = same_a and regs.keys() == ra.keys()
        same_b = same_b and regs.keys() == rb.keys()
    out = {"del": "", "anon": anon, "r": regs}
    same_a = same_a and a["anon"] == anon
    same_b = same_b and b["anon"] == anon
    final = _drop_deleted_items(out)
    if final is not out:  # an item's fields dropped: rare, compare in full
        return final, final == a, final == b
    return final, same_a, same_b


def anonymised(
    state: State, shape: Shape, finalise: Finaliser, hlc: str
) -> tuple[State, list[str]]:
    """Anonymise here. Every field is rewritten by the anonymisation, and from then on a
    merge keeps only those writes: nothing older or concurrent can bring data back, and
    the record takes no further edits."""
    if state["del"] or state["anon"]:
        return state, []
    doc = finalise(materialise(state, shape))
    values, items = flatten(doc, shape)
    old: dict[str, Register] = state["r"]
    regs: dict[str, Register] = {}
    changed: list[str] = []
    for path, value in values.items():
        reg = old.get(path)
        regs[path] = written(reg, hlc, ANON_WHO, value)
        if reg is None or in_conflict(reg) or not same(shown_value(reg), value):
            changed.append(path)
    for path in items:
        reg = old.get(path)
        regs[path] = written(reg, hlc, ANON_WHO, shown_value(reg, presence=True) if reg else "")
    for path, reg in old.items():
        if _is_presence(path) and path not in items and reg["s"]:
            regs[path] = written(reg, hlc, ANON_WHO, None)
            changed.append(path)
    return _drop_deleted_items({"del": "", "anon": hlc, "r": regs}), changed


def resolved(state: State, path: str, value: Any, hlc: str, who: str) -> State:
    """A person's choice for one field: a new write that supersedes every sibling."""
    regs = dict(state["r"])
    regs[path] = written(regs.get(path), hlc, who, value)
    return _drop_deleted_items({**state, "r": regs})


def conflicts(state: State) -> dict[str, list[list[Any]]]:
    """Path -> siblings [hlc, who, value] of every field where copies disagree."""
    found = {p: reg["s"] for p, reg in state["r"].items() if len(reg["s"]) > 1 and in_conflict(reg)}
    return dict(sorted(found.items()))


def field_label(path: str) -> str:
    """``person/contacts/[ab12]/phone`` -> ``person.contacts[ab12].phone``."""
    text = ""
    for part in path.split(SEP):
        text += part if part.startswith("[") or not text else "." + part
    return text


def top_fields(paths: Iterable[str]) -> list[str]:
    return sorted({p.split(SEP, 1)[0].split("[", 1)[0] for p in paths} - {"updated_at"})


def check_state(value: Any, known: State | None = None) -> State:
    """A state from a bundle, checked for shape and nesting; ``ValueError`` if not.
    Registers equal to those of ``known`` (our own copy, checked when it was stored) are
    not checked again: a fast-forward checks only what changed."""
    if not isinstance(value, dict) or set(value) != {"del", "anon", "r"}:
        raise ValueError("state")
    for key in ("del", "anon"):
        if not isinstance(value[key], str) or (value[key] and not HLC_RE.match(value[key])):
            raise ValueError("state")
    if not isinstance(value["r"], dict):
        raise ValueError("state")
    if value["del"] and value["r"]:
        raise ValueError("a deleted record carries no fields")
    ours: dict[str, Register] = known["r"] if known else {}
    for path, reg in value["r"].items():
        if ours and ours.get(path) == reg:
            continue
        if type(path) is not str or not 0 < len(path) <= 400 or path.count(SEP) > 16:
            raise ValueError("path")
        if type(reg) is not dict or len(reg) != 2:
            raise ValueError("register")
        context, siblings = reg.get("c"), reg.get("s")
        if type(context) is not dict or type(siblings) is not list or len(siblings) > 64:
            raise ValueError("register")
        for device, seen in context.items():  # "<13 digits>-<4 digits>", cheaply
            if type(seen) is not str or len(seen) != HLC_STAMP or seen[13] != "-" or not device:
                raise ValueError("context")
        for sibling in siblings:
            if type(sibling) is not list or len(sibling) != 3:
                raise ValueError("sibling")
            hlc, who, item = sibling
            if type(hlc) is not str or type(who) is not str or len(who) > 200:
                raise ValueError("sibling")
            if not _HLC_OK(hlc):
                raise ValueError("sibling")
            if context.get(hlc[HLC_STAMP + 1 :], "") < hlc[:HLC_STAMP]:
                raise ValueError("sibling")  # a value its own field has not seen
            if type(item) is dict or type(item) is list:
                _check_depth(item, 0)
        if len({sibling[0] for sibling in siblings}) != len(siblings):
            raise ValueError("a value twice in one field")  # the merge tells values by version
    check_paths(value["r"])
    return value


def check_paths(regs: dict[str, Register]) -> None:
    """No field is both a value and a container of other fields (``notes`` = 5 beside
    ``notes/x``): such a state has no document, whatever the order of its registers."""
    checked: set[str] = set()  # prefixes whose own prefixes are checked too: many share
    for path in regs:
        prefix = path
        while True:
            prefix, sep, _ = prefix.rpartition(SEP)
            if not sep or prefix in checked:
                break
            if prefix in regs and not _is_presence(prefix):  # an item's fields sit under it
                raise ValueError("a field inside a value")
            checked.add(prefix)


_HLC_OK = HLC_FULLMATCH = re.compile(r"\d{13}-\d{4}-[A-Za-z0-9._:-]{1,100}", re.ASCII).fullmatch


def check_depth(value: Any) -> None:
    """``ValueError`` if a value nests deeper than any document does."""
    _check_depth(value, 0)


def _check_depth(value: Any, depth: int) -> None:
    """Only containers are walked (most values are scalars: no call for them)."""
    if depth > MAX_DEPTH:
        raise ValueError("too deeply nested")
    children = value.values() if type(value) is dict else value
    for item in children:
        if type(item) is dict or type(item) is list:
            _check_depth(item, depth + 1)
