"""``python -m newsprobe.eval.bench``: every task whose data is under ``../shared/data``, plus
the speed benchmarks; rewrites ``docs/benchmarks.md`` and ``docs/benchmarks.json`` and the
README's ``<!-- bench:start -->``…``<!-- bench:end -->`` section (when it has the markers)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsprobe.eval import extraction, speed
from newsprobe.eval.base import EvalError, TaskResult
from newsprobe.eval.markdown import (
    SUMMARY_COLUMNS,
    BenchRun,
    Skipped,
    document,
    replace_section,
    summary_rows,
    summary_table,
)
from newsprobe.eval.registry import TASKS

QUICK_LIMITS = {
    "extraction": 30,
    "speed": 20,
    "corpus": 100,
    "source_types": 200,
    "scale": 100,
    "long": 2,
}
COMPARED = ("newsprobe", "trafilatura", "spacy")


@dataclass
class Plan:
    """One benchmark run to do: a task on a dataset (None: the task's own corpus)."""

    task: str
    data: Path | None
    limit: int | None


def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "machine": platform.platform(),
        "CPU": f"{cpu}, {os.cpu_count()} cores",
        "Python": platform.python_version(),
    }


def versions() -> dict[str, str]:
    found = {}
    for name in COMPARED:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


def plan(shared: Path, limit: int | None, quick: bool) -> tuple[list[Plan], list[Skipped]]:
    plans: list[Plan] = []
    skipped: list[Skipped] = []
    for name, task in TASKS.items():
        task_limit = limit or (QUICK_LIMITS.get(name) if quick else None)
        if task.runs_without_data:
            plans.append(Plan(name, None, task_limit if limit else None))
        for rel in task.default_data:
            path = shared / "data" / rel
            if path.exists():
                plans.append(Plan(name, path, task_limit))
            else:
                skipped.append(Skipped(name, str(path), "dataset not found"))
    return plans, skipped


def command(p: Plan) -> str:
    parts = ["newsprobe", "eval", p.task]
    if p.data is not None:
        parts += ["--data", p.data.as_posix()]
    if p.limit:
        parts += ["--limit", str(p.limit)]
    return " ".join(parts)


def execute(p: Plan, shared: Path) -> TaskResult:
    if p.task == "speed":
        return speed.run(p.data, limit=p.limit, seed_dir=shared / "seed")
    if p.task == "extraction":
        return extraction.run(p.data, limit=p.limit)
    return TASKS[p.task].run(p.data, limit=p.limit)


def update_readme(readme: Path, runs: Sequence[BenchRun]) -> bool:
    """Rewrite the README's bench section; False when the file or its markers are missing."""
    if not readme.is_file():
        return False
    block = summary_table(runs) + "\n\nDetails, machine and commands: `docs/benchmarks.md`."
    text = replace_section(readme.read_text(encoding="utf-8"), block)
    if text is None:
        return False
    readme.write_text(text, encoding="utf-8")
    return True


def print_summary(console: Console, runs: Sequence[BenchRun]) -> None:
    table = Table(title="newsprobe benchmarks")
    for column in SUMMARY_COLUMNS:
        table.add_column(column, justify="right" if column == "newsprobe" else "left")
    for row in summary_rows(runs):
        table.add_row(*row)
    console.print(table)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m newsprobe.eval.bench", description=__doc__)
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path("../shared"),
        help="the shared folder holding data/ and seed/ (default ../shared)",
    )
    parser.add_argument(
        "--from-json",
        type=Path,
        default=None,
        help="re-render the Markdown and README from a saved benchmarks.json (no runs)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("docs/benchmarks.md"),
        help="Markdown to write; the JSON goes beside it (.json)",
    )
    parser.add_argument(
        "--readme",
        type=Path,
        default=Path("README.md"),
        help="README whose bench markers get a summary (if it has them)",
    )
    parser.add_argument(
        "--quick", action="store_true", help=f"small runs (limits {QUICK_LIMITS}) for a fast check"
    )
    parser.add_argument("--limit", type=int, default=None, help="items per task (overrides)")
    parser.add_argument(
        "--task",
        action="append",
        default=None,
        metavar="NAME",
        help="run only this task (repeatable); the other tasks' runs are kept from the saved "
        "benchmarks.json beside --out, each with the date it was made",
    )
    return parser.parse_args(argv)


def dated(generated: str, reruns: Sequence[str]) -> str:
    """When the results were made: the full run, then each partial rerun (tasks rerun)."""
    if not reruns:
        return generated
    return f"{generated}, with tasks rerun on " + "; ".join(reruns)


def saved_runs(payload: dict[str, Any]) -> list[BenchRun]:
    return [
        BenchRun(
            r["command"],
            TaskResult.model_validate(r["result"]),
            r.get("when") or payload.get("generated", ""),
        )
        for r in payload["runs"]
    ]


def task_of(run: BenchRun) -> str:
    return run.result.task


def merge(kept: Sequence[BenchRun], fresh: Sequence[BenchRun], tasks: set[str]) -> list[BenchRun]:
    """The saved runs of the tasks not rerun, and the fresh runs, in registry order."""
    order = {name: i for i, name in enumerate(TASKS)}
    runs = [r for r in kept if task_of(r) not in tasks] + list(fresh)
    return sorted(runs, key=lambda r: order.get(task_of(r), len(order)))


def load_saved(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise EvalError(
            f"--task needs the saved results to merge into: {path} does not exist "
            "(run the whole benchmark once)"
        )
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        saved_runs(payload)
    except (ValueError, KeyError, TypeError) as exc:
        raise EvalError(f"{path} is not a benchmarks.json written by this tool ({exc})") from None
    return payload


def rerender(args: argparse.Namespace, console: Console) -> int:
    """Write the Markdown and the README section again from a saved benchmarks.json."""
    payload = json.loads(args.from_json.read_text(encoding="utf-8"))
    runs = saved_runs(payload)
    skipped = [Skipped(**s) for s in payload["skipped"]]
    args.out.write_text(
        document(
            runs,
            skipped,
            when=dated(payload["generated"], payload.get("reruns", [])),
            machine=payload["machine"],
            versions=payload["versions"],
            mode=payload["mode"],
        ),
        encoding="utf-8",
    )
    print_summary(Console(), runs)
    update_readme(args.readme, runs)
    console.print(f"re-rendered {args.out} and {args.readme} from {args.from_json}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    console = Console(stderr=True)
    if args.from_json is not None:
        return rerender(args, console)
    plans, skipped = plan(args.shared, args.limit, args.quick)
    saved: dict[str, Any] | None = None
    tasks = set(args.task or ())
    if tasks:
        unknown = sorted(tasks - set(TASKS))
        if unknown:
            console.print(
                f"[red]error:[/] unknown task(s) {', '.join(unknown)}; tasks: {', '.join(TASKS)}"
            )
            return 2
        try:
            saved = load_saved(args.out.with_suffix(".json"))
        except EvalError as exc:
            console.print(f"[red]error:[/] {escape(str(exc))}")
            return 2
        plans = [p for p in plans if p.task in tasks]
        skipped = [s for s in skipped if s.task in tasks]
        skipped += [Skipped(**s) for s in saved["skipped"] if s["task"] not in tasks]
    runs: list[BenchRun] = []
    errors = 0
    for p in plans:
        console.print(f"[bold]running[/] {escape(command(p))}")
        try:
            result = execute(p, args.shared)
            ran = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
            runs.append(BenchRun(command(p), result, ran))
        except EvalError as exc:
            skipped.append(Skipped(p.task, str(p.data), str(exc)))
        except Exception as exc:  # report the crash, finish the other tasks
            errors += 1
            skipped.append(Skipped(p.task, str(p.data), f"crashed: {type(exc).__name__}: {exc}"))
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    mode = "quick (small limits)" if args.quick or args.limit else "full"
    info, tools = machine(), versions()
    generated, reruns = when, []
    if saved is not None:
        runs = merge(saved_runs(saved), runs, tasks)
        generated = saved["generated"]
        reruns = [*saved.get("reruns", []), f"{when}: {', '.join(sorted(tasks))}"]
        mode = saved["mode"] if mode == "full" else f"{saved['mode']}; rerun {mode}"
    when = dated(generated, reruns)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        document(runs, skipped, when=when, machine=info, versions=tools, mode=mode),
        encoding="utf-8",
    )
    payload = {
        "generated": generated,
        "reruns": reruns,
        "mode": mode,
        "machine": info,
        "versions": tools,
        "runs": [
            {"command": r.command, "when": r.when, "result": r.result.model_dump()} for r in runs
        ],
        "skipped": [vars(s) for s in skipped],
    }
    args.out.with_suffix(".json").write_text(
        json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print_summary(Console(), runs)
    for s in skipped:
        console.print(f"[yellow]not run:[/] {s.task} on {escape(s.dataset)}: {escape(s.reason)}")
    written = [str(args.out), str(args.out.with_suffix(".json"))]
    if update_readme(args.readme, runs):
        written.append(str(args.readme))
    console.print("wrote " + ", ".join(written))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
