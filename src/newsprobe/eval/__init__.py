"""Evaluation tasks (``newsprobe eval TASK --data PATH``) and the benchmark run
(``python -m newsprobe.eval.bench``) that writes ``docs/benchmarks.md``."""

from newsprobe.eval.base import EvalError, Metric, Task, TaskResult
from newsprobe.eval.registry import TASKS, print_result, render_table, run_task

__all__ = [
    "TASKS",
    "EvalError",
    "Metric",
    "Task",
    "TaskResult",
    "print_result",
    "render_table",
    "run_task",
]
