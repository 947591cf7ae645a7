"""Extension points named by `"module:attribute"` strings, and packages whose public
names are imported only when first used.

Registries (output formats, executors) hold these names rather than the objects, so
that listing the choices in `--help` costs no import of pyarrow, Dask or Ray, and an
optional extra that is not installed fails only when it is asked for.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any


def load(target: str) -> Any:
    """The object `target` (`"package.module:name"`) names, its module imported now."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def lazy_package(package: str, exports: dict[str, str]) -> None:
    """Make the package `package` load each public name (name → module) on first use.

    An export may share its name with a submodule (`copydesk.extract`, `copydesk.fetch.crawl`):
    the import system sets the package attribute to the submodule when that loads, and here
    the export wins, as it did when the package imported everything eagerly.
    """

    class LazyPackage(types.ModuleType):
        def __getattr__(self, name: str) -> Any:
            module = exports.get(name)
            if module is None:
                raise AttributeError(f"module {package!r} has no attribute {name!r}")
            value = getattr(importlib.import_module(module), name)
            self.__dict__[name] = value
            return value

        def __setattr__(self, name: str, value: Any) -> None:
            if name in exports and isinstance(value, types.ModuleType) and value.__name__ == f"{package}.{name}":
                return
            super().__setattr__(name, value)

        def __dir__(self) -> list[str]:
            return sorted({*self.__dict__, *exports})

    sys.modules[package].__class__ = LazyPackage
