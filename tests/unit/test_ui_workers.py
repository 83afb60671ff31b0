"""Widgets start workers only through ``run_for``: a page destroyed by a lock while its
worker runs must not be touched when the worker finishes ("Internal C++ object already
deleted", or a result shown on the lock screen)."""

import ast
from pathlib import Path

import rrr_desktop.ui

UI = Path(rrr_desktop.ui.__file__).parent


def _calls(tree: ast.AST, name: str) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Name) and node.func.id == name)
            or (isinstance(node.func, ast.Attribute) and node.func.attr == name)
        )
    ]


def test_no_widget_calls_run_task_directly() -> None:
    offenders = {}
    for path in UI.rglob("*.py"):
        if path.name == "tasks.py":
            continue
        lines = _calls(ast.parse(path.read_text(encoding="utf-8")), "run_task")
        if lines:
            offenders[str(path.relative_to(UI))] = lines
    assert offenders == {}


def test_the_check_finds_a_direct_call() -> None:
    assert _calls(ast.parse("run_task(work, done)\nx.run_task(work, done)"), "run_task") == [1, 2]
