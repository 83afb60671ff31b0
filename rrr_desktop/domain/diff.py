"""Differences between two JSON-like documents, as dotted field paths.

Used to audit which fields changed (never their values) and by sync to find conflicts.
"""

from typing import Any

from rrr_desktop.domain import replica


def changed_paths(old: Any, new: Any, prefix: str = "") -> list[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        paths: list[str] = []
        for key in sorted(set(old) | set(new), key=str):
            sub = f"{prefix}.{key}" if prefix else str(key)
            paths.extend(changed_paths(old.get(key), new.get(key), sub))
        return paths
    if old != new:
        return [prefix or "."]
    return []


_MISSING: Any = object()
ITEM_KEYS = ("id", "key")  # what tells the items of a list apart (as in the sync model)


def rebased(base: Any, edited: Any, current: Any) -> Any:
    """``current`` with the changes from ``base`` to ``edited`` applied.

    A form loaded from ``base`` and edited is saved onto the copy stored now: what changed
    meanwhile elsewhere (an import from another laptop, another window) stays, and only
    what the person typed lands. Where both changed one field, the typed value is the
    document's (it is on the screen); ``changed_by_both`` names those fields, which the
    save keeps as conflicts with the other value beside it. Lists of items with an id are
    merged item by item; any other list is one value.
    """
    if edited == base:
        return current
    if current == base:
        return edited
    if isinstance(base, dict) and isinstance(edited, dict) and isinstance(current, dict):
        out = dict(current)
        for key in base.keys() | edited.keys():
            old, new = base.get(key, _MISSING), edited.get(key, _MISSING)
            if old == new:
                continue
            if new is _MISSING:
                out.pop(key, None)
                continue
            now = current.get(key, _MISSING)
            out[key] = new if old is _MISSING or now is _MISSING else rebased(old, new, now)
        return out
    key = _item_key(base, edited, current)
    return edited if key is None else _rebased_items(base, edited, current, key)


def _item_key(*lists: Any) -> str | None:
    for key in ITEM_KEYS:
        if all(
            isinstance(items, list)
            and all(isinstance(i, dict) and isinstance(i.get(key), str) for i in items)
            and len({i[key] for i in items}) == len(items)
            for items in lists
        ):
            return key
    return None


def _rebased_items(
    base: list[dict[str, Any]],
    edited: list[dict[str, Any]],
    current: list[dict[str, Any]],
    key: str,
) -> list[dict[str, Any]]:
    """In the order held now; items added in the form come last."""
    old = {i[key]: i for i in base}
    new = {i[key]: i for i in edited}
    now = {i[key] for i in current}
    out: list[dict[str, Any]] = []
    for item in current:
        ident = item[key]
        if ident in old and ident not in new:
            continue  # removed in the form
        if ident in new:
            out.append(rebased(old[ident], new[ident], item) if ident in old else new[ident])
        else:
            out.append(item)  # added meanwhile elsewhere, or removed in the form's base
    out.extend(i for i in edited if i[key] not in old and i[key] not in now)
    return out


def changed_by_both(base: Any, edited: Any, current: Any, shape: replica.Shape) -> frozenset[str]:
    """Fields (as the sync model names them) that the edit and something else both
    changed from ``base``, to different values: neither saw the other, so they conflict.
    Bookkeeping fields (``updated_at``) never do."""
    was, _ = replica.flatten(base, shape)
    typed, _ = replica.flatten(edited, shape)
    now, _ = replica.flatten(current, shape)
    return frozenset(
        path
        for path, value in typed.items()
        if path in was
        and path in now
        and path.split(replica.SEP, 1)[0] not in shape.bookkeeping
        and not replica.same(was[path], value)
        and not replica.same(was[path], now[path])
        and not replica.same(value, now[path])
    )
