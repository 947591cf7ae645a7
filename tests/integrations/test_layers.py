"""The adapters sit on top: nothing else in copydesk imports `copydesk.integrations`, datatrove or Ray
(the Ray executor imports Ray itself only when it runs)."""

from __future__ import annotations

import ast
from pathlib import Path

import copydesk

PACKAGE = Path(copydesk.__file__).resolve().parent
OPTIONAL = ("ray", "datatrove")


def imported(path: Path) -> set[str]:
    """Every module name a file imports, at any depth (function-level imports included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_the_adapters_import_the_engines() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("integrations/"):
            continue
        for name in imported(path):
            if name.startswith("copydesk.integrations"):
                offenders.append(f"{relative} imports {name}")
            if name.split(".")[0] in OPTIONAL and relative != "executors/ray.py":
                offenders.append(f"{relative} imports {name}")
    assert not offenders
