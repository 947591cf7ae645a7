"""The executor registry: one `name → "module:Class"` line per executor, extras reported clearly."""

from __future__ import annotations

import sys
import types

import pytest

from copydesk import executors
from copydesk.errors import ConfigError
from copydesk.executors import EXECUTORS, make_executor
from copydesk.executors.local import LocalExecutor


def test_local_is_built_in_and_takes_no_address():
    executor = make_executor("local", workers=2)
    assert isinstance(executor, LocalExecutor) and executor.workers == 2
    with pytest.raises(ConfigError, match="takes no --address"):
        make_executor("local", workers=2, address="tcp://127.0.0.1:8786")
    with pytest.raises(ConfigError, match="unknown executor 'slurm'; choose from local, dask"):
        make_executor("slurm")


def test_a_new_executor_is_one_registry_line(monkeypatch):
    module = types.ModuleType("fake_cluster_executor")

    class FakeExecutor:
        def __init__(self, workers: int, address: str | None) -> None:
            self.workers, self.address = workers, address

    module.FakeExecutor = FakeExecutor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_cluster_executor", module)
    monkeypatch.setitem(executors.EXECUTORS, "fake", "fake_cluster_executor:FakeExecutor")
    made = make_executor("fake", workers=3, address="tcp://10.0.0.1:1")
    assert isinstance(made, FakeExecutor) and (made.workers, made.address) == (3, "tcp://10.0.0.1:1")


def test_an_executor_whose_extra_is_missing_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(EXECUTORS, "ray", "copydesk_no_such_module.ray:RayExecutor")
    with pytest.raises(ConfigError, match=r"--executor ray needs its extra: pip install 'copydesk\[ray\]'"):
        make_executor("ray", workers=2)
