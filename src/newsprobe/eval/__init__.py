"""Evaluation tasks (``newsprobe eval TASK --data PATH``) and the benchmark run
(``python -m newsprobe.eval.bench``) that writes ``docs/benchmarks.md``.

The registry (and with it every task module) loads on first use of one of its names, so that
components may import small helpers such as :mod:`newsprobe.eval.scoring` without it.
"""

from typing import Any

from newsprobe.eval.base import EvalError, Metric, Task, TaskResult

_REGISTRY_NAMES = ("TASKS", "print_result", "render_table", "run_task")

__all__ = ["EvalError", "Metric", "Task", "TaskResult", *_REGISTRY_NAMES]


def __getattr__(name: str) -> Any:
    if name in _REGISTRY_NAMES:
        from newsprobe.eval import registry

        return getattr(registry, name)
    raise AttributeError(f"module 'newsprobe.eval' has no attribute {name!r}")
