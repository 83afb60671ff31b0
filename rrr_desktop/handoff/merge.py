"""Three-way merge of JSON documents: what both sides changed, and where they disagree.

``merge3(base, local, remote)`` keeps every change made on one side only and reports a
``Conflict`` wherever both sides changed the same field differently (the merged document
keeps the local value there until a person chooses). Lists of objects with an ``id`` are
merged item by item; other lists are single values. ``MISSING`` marks an absent field or
a deleted item. Pure functions, no I/O.
"""

import dataclasses
from typing import Any


class _Missing:
    _instance: "_Missing | None" = None

    def __new__(cls) -> "_Missing":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
Path = tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Conflict:
    path: Path
    base: Any
    local: Any
    remote: Any


def path_text(path: Path) -> str:
    """``("consents", "[id]", "state")`` -> ``consents[id].state``."""
    text = ""
    for part in path:
        text += part if part.startswith("[") or not text else "." + part
    return text or "."


def _same(a: Any, b: Any) -> bool:
    if a is MISSING or b is MISSING:
        return a is b
    return bool(a == b) and type(a) is type(b)


def _keyed(value: Any) -> dict[str, Any] | None:
    """A list of objects with unique string ids, as an ordered dict by id; else None."""
    if not isinstance(value, list):
        return None
    out: dict[str, Any] = {}
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or item["id"] in out:
            return None
        out[item["id"]] = item
    return out


def merge3(base: Any, local: Any, remote: Any, path: Path = ()) -> tuple[Any, list[Conflict]]:
    if _same(local, remote):
        return local, []
    if _same(base, local):
        return remote, []
    if _same(base, remote):
        return local, []
    if (
        isinstance(local, dict)
        and isinstance(remote, dict)
        and (base is MISSING or isinstance(base, dict))
    ):
        return _merge_dicts({} if base is MISSING else base, local, remote, path)
    keyed_local, keyed_remote = _keyed(local), _keyed(remote)
    keyed_base = {} if base is MISSING else _keyed(base)
    if keyed_local is not None and keyed_remote is not None and keyed_base is not None:
        merged, conflicts = _merge_dicts(
            keyed_base, keyed_local, keyed_remote, path, item_keys=True
        )
        return list(merged.values()), conflicts
    return local, [Conflict(path, base, local, remote)]


def _merge_dicts(
    base: dict[str, Any],
    local: dict[str, Any],
    remote: dict[str, Any],
    path: Path,
    item_keys: bool = False,
) -> tuple[dict[str, Any], list[Conflict]]:
    out: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    keys = list(local) + [k for k in remote if k not in local]
    keys += [k for k in base if k not in local and k not in remote]
    for key in keys:
        segment = f"[{key}]" if item_keys else key
        value, found = merge3(
            base.get(key, MISSING),
            local.get(key, MISSING),
            remote.get(key, MISSING),
            (*path, segment),
        )
        conflicts.extend(found)
        if value is not MISSING:
            out[key] = value
    return out, conflicts


def get_at(doc: Any, path: Path) -> Any:
    node = doc
    for part in path:
        if part.startswith("[") and isinstance(node, list):
            key = part[1:-1]
            node = next((i for i in node if isinstance(i, dict) and i.get("id") == key), MISSING)
        elif isinstance(node, dict):
            node = node.get(part, MISSING)
        else:
            return MISSING
        if node is MISSING:
            return MISSING
    return node


def set_at(doc: dict[str, Any], path: Path, value: Any) -> dict[str, Any]:
    """A copy of ``doc`` with ``value`` at ``path`` (``MISSING`` removes it)."""
    if not path:
        return value if isinstance(value, dict) else {}
    result: dict[str, Any] = _set(doc, path, value)
    return result


def _set(node: Any, path: Path, value: Any) -> Any:
    part, rest = path[0], path[1:]
    if part.startswith("["):
        key = part[1:-1]
        items = list(node) if isinstance(node, list) else []
        index = next(
            (n for n, i in enumerate(items) if isinstance(i, dict) and i.get("id") == key), None
        )
        current = items[index] if index is not None else {"id": key}
        new = value if not rest else _set(current, rest, value)
        if new is MISSING:
            if index is not None:
                del items[index]
        elif index is None:
            items.append(new)
        else:
            items[index] = new
        return items
    out = dict(node) if isinstance(node, dict) else {}
    new = value if not rest else _set(out.get(part, {}), rest, value)
    if new is MISSING:
        out.pop(part, None)
    else:
        out[part] = new
    return out
