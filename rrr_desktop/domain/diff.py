"""Differences between two JSON-like documents, as dotted field paths.

Used to audit which fields changed (never their values) and by sync to find conflicts.
"""

from typing import Any


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
