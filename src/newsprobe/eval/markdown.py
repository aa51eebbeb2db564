"""Markdown for ``docs/benchmarks.md`` and the README summary, from benchmark runs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from newsprobe.eval.base import TaskResult
from newsprobe.eval.registry import TASKS, format_value, pivot

README_START = "<!-- bench:start -->"
README_END = "<!-- bench:end -->"

#: Source and licence of each dataset folder under ../shared/data (credited in the docs).
CREDITS = {
    "extraction-trafilatura-de": "German subset of trafilatura's evaluation pages and snippet "
    "gold (github.com/adbar/trafilatura, annotations Apache-2.0; pages are the publishers' "
    "copyright, used for evaluation only)",
    "extraction-scrapinghub": "Zyte/scrapinghub article-extraction-benchmark "
    "(github.com/scrapinghub/article-extraction-benchmark, MIT)",
    "10kgnad": "Ten Thousand German News Articles Dataset, test split (derStandard.at; "
    "github.com/tblock/10kGNAD, CC BY-NC-SA 4.0; benchmark use only)",
}


@dataclass
class BenchRun:
    """One task run by the benchmark: the result and the command that reproduces it."""

    command: str
    result: TaskResult
    when: str = ""  # when this run was made (a partial rerun keeps older runs' dates)


@dataclass
class Skipped:
    task: str
    dataset: str
    reason: str


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def result_table(result: TaskResult) -> str:
    systems = result.systems()
    lines = ["| metric | " + " | ".join(systems) + " | n |", "|---|" + "---:|" * (len(systems) + 1)]
    for name, cells, n in pivot(result):
        lines.append(f"| {_cell(name)} | " + " | ".join(cells) + f" | {n} |")
    return "\n".join(lines)


def dataset_name(run: BenchRun) -> str:
    """A short name: the dataset folder, ``folder/file.csv``, or ``samples (+ seed)``."""
    result = run.result
    if result.format == "samples":
        return "samples + seed" if "seed" in result.dataset else "samples"
    parts = PurePosixPath(result.dataset.replace("\\", "/")).parts
    if len(parts) > 1 and parts[-1].endswith(".csv"):
        return "/".join(parts[-2:])
    return parts[-1] if parts else result.dataset


#: Columns of the summary: one figure for newsprobe, the other systems of the same run after it.
SUMMARY_COLUMNS = ("task", "dataset", "metric", "newsprobe", "compared in the same run")


def _primary(systems: Sequence[str]) -> str:
    """The system a task's headline figure belongs to: ``newsprobe`` when measured, else the
    last one (for ``claims`` the held-out set, which nothing was tuned on)."""
    return "newsprobe" if "newsprobe" in systems else systems[-1]


def summary_rows(runs: Sequence[BenchRun], systems: Sequence[str] = ()) -> list[list[str]]:
    """``task, dataset, metric, newsprobe's value, the others`` per summary metric measured."""
    rows = []
    for run in runs:
        result = run.result
        present = result.systems()
        if not present:
            continue
        for name in TASKS[result.task].summary_metrics:
            measured = [(s, m) for s in present if (m := result.get(s, name)) is not None]
            if not measured:
                continue
            main = _primary([s for s, _ in measured])
            value = next(format_value(m) for s, m in measured if s == main)
            label = "" if main == "newsprobe" else f" ({main})"
            others = "; ".join(f"{s} {format_value(m)}" for s, m in measured if s != main)
            rows.append([result.task, dataset_name(run), name, value + label, others or "–"])
    return rows


def summary_table(runs: Sequence[BenchRun]) -> str:
    lines = [
        "| " + " | ".join(SUMMARY_COLUMNS) + " |",
        "|---|---|---|---:|---|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in summary_rows(runs)]
    return "\n".join(lines)


def _section(run: BenchRun) -> list[str]:
    result = run.result
    task = TASKS[result.task]
    out = [
        f"## {result.task}: {dataset_name(run)}",
        "",
        task.description + ".",
        "",
        f"- dataset: `{result.dataset}` (format `{result.format}`, {result.n_items:,} items)",
        f"- command: `{run.command}`",
        f"- run time: {result.seconds:.1f} s" + (f", run on {run.when}" if run.when else ""),
        "",
        result_table(result),
        "",
    ]
    if result.notes:
        out += [f"- {_cell(note)}" for note in result.notes] + [""]
    if result.failures:
        out += [f"Failures ({len(result.failures)} listed):", ""]
        out += [f"- {_cell(f)}" for f in result.failures] + [""]
    return out


def document(
    runs: Sequence[BenchRun],
    skipped: Sequence[Skipped],
    *,
    when: str,
    machine: Mapping[str, str],
    versions: Mapping[str, str],
    mode: str,
) -> str:
    out = [
        "# Benchmarks",
        "",
        f"Written by `python -m newsprobe.eval.bench` (`make bench`) on {when}; rerun it "
        "rather than editing this file. Timings are medians over repeated runs; "
        "comparisons with another tool are measured side by side in the same run, on the "
        "same pages.",
        "",
        "| | |",
        "|---|---|",
    ]
    out += [f"| {k} | {_cell(v)} |" for k, v in machine.items()]
    out += [f"| {k} | {_cell(v)} |" for k, v in versions.items()]
    out += [f"| mode | {mode} |", "", "## Summary", "", summary_table(runs), ""]
    for run in runs:
        out += _section(run)
    if skipped:
        out += ["## Not run", ""]
        out += [f"- {s.task} on `{s.dataset}`: {_cell(s.reason)}" for s in skipped] + [""]
    used = sorted({name for run in runs for name in CREDITS if name in run.result.dataset})
    if used:
        out += ["## Datasets", ""] + [f"- `{name}`: {CREDITS[name]}" for name in used] + [""]
    return "\n".join(out)


def replace_section(text: str, block: str) -> str | None:
    """``text`` with the part between the README markers replaced; None without markers."""
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < start:
        return None
    head = text[: start + len(README_START)]
    return f"{head}\n{block.strip()}\n{text[end:]}"
