"""The evaluation tasks by name, running one, and showing its result as a table."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsprobe.eval import claims as claims_eval
from newsprobe.eval import (
    corpus_bench,
    extraction,
    extraction_text,
    long_input,
    ner,
    scale_bench,
    speed,
)
from newsprobe.eval import headlines as headlines_eval
from newsprobe.eval import quotes as quotes_eval
from newsprobe.eval import sentences as sentences_eval
from newsprobe.eval import source_gold as source_gold_eval
from newsprobe.eval import speakers as speakers_eval
from newsprobe.eval import speakers_10k as speakers_10k_eval
from newsprobe.eval import speakers_en as speakers_en_eval
from newsprobe.eval import stories as stories_eval
from newsprobe.eval import subjectivity as subjectivity_eval
from newsprobe.eval.base import EvalError, Metric, Task, TaskResult

TASKS: dict[str, Task] = {
    "claims": Task(
        name="claims",
        description="Certainty status of sentences (asserted/attributed/hedged/opinion/"
        "question) on the bundled gold set: accuracy, confusion matrix, cue recall",
        formats=claims_eval.FORMATS,
        default_data=(),
        runner=claims_eval.run,
        runs_without_data=True,
        summary_metrics=("accuracy", "macro-F1"),
    ),
    "headlines": Task(
        name="headlines",
        description="Headline check (supported/overstated/unsupported/not_a_claim) on the "
        "bundled headline gold sets (dev: tuned on; test: never tuned on)",
        formats=headlines_eval.FORMATS,
        default_data=(),
        runner=headlines_eval.run,
        runs_without_data=True,
        summary_metrics=(
            "accuracy",
            "macro-F1",
            "overstated recall",
            "supported called overstated",
        ),
    ),
    "subjectivity": Task(
        name="subjectivity",
        description="Opinion vs. other sentences on CLEF CheckThat! 2025 task 1 German dev "
        "(evaluation only)",
        formats=subjectivity_eval.FORMATS,
        default_data=("checkthat2025-subjectivity-de",),
        runner=subjectivity_eval.run,
        summary_metrics=("macro-F1",),
    ),
    "quotes": Task(
        name="quotes",
        description="Attribution: cue, source and message (SpkAtt-2023) and speech forms "
        "direct/indirect/reported (Redewiedergabe non-fiction), plus component speed",
        formats=quotes_eval.FORMATS,
        default_data=("spkatt2023", "spkatt2023-news", "redewiedergabe"),
        runner=quotes_eval.run,
        summary_metrics=(
            "cue f1",
            "source f1",
            "test cue f1",
            "test source f1",
            "direct f1",
            "indirect f1",
            "reported f1",
        ),
    ),
    "speakers": Task(
        name="speakers",
        description="Who really said it: real speaker (also where an antecedent is needed) "
        "and source type of 1,226 hand-labelled SpkAtt-2023 news statements "
        "(dev/test/test2–test10; test4 and test10 cold; test3, test6, test7, test8 and test9 "
        "scored cold, development sets from rounds 8, 9 and 11)",
        formats=speakers_eval.FORMATS,
        default_data=("spkatt2023-news",),
        runner=speakers_eval.run,
        summary_metrics=(
            "test found",
            "test speaker right",
            "test speaker right, antecedent needed",
            "test type right",
            "test3 found",
            "test3 speaker right",
            "test3 speaker right, antecedent needed",
            "test6 found",
            "test6 speaker right",
            "test6 speaker right, antecedent needed",
            "test6 type right",
            "test7 found",
            "test7 speaker right",
            "test7 speaker right, antecedent needed",
            "test7 type right",
            "test8 found",
            "test8 speaker right",
            "test8 speaker right, antecedent needed",
            "test8 type right",
            "test9 found",
            "test9 speaker right",
            "test9 speaker right, antecedent needed",
            "test9 type right",
            "test10 found",
            "test10 speaker right",
            "test10 speaker right, antecedent needed",
            "test10 type right",
        ),
    ),
    "speakers_10k": Task(
        name="speakers_10k",
        description="Who really said it on 10kGNAD (derStandard): real speaker (also where an "
        "antecedent is needed) and source type of 386 hand-labelled statements (dev10k: read; "
        "cold10k, cold10k2, cold10k3: only totals read)",
        formats=("10kgnad",),
        default_data=("10kgnad/test.csv",),
        runner=speakers_10k_eval.run,
        summary_metrics=(
            "dev10k found",
            "dev10k speaker right",
            "dev10k speaker right, antecedent needed",
            "dev10k type right",
            "cold10k found",
            "cold10k speaker right",
            "cold10k speaker right, antecedent needed",
            "cold10k type right",
            "cold10k2 found",
            "cold10k2 speaker right",
            "cold10k2 speaker right, antecedent needed",
            "cold10k2 type right",
            "cold10k3 found",
            "cold10k3 speaker right",
            "cold10k3 speaker right, antecedent needed",
            "cold10k3 type right",
        ),
    ),
    "speakers_en": Task(
        name="speakers_en",
        description="English statements: cue P/R/F1, real speaker and kind (direct, partial, "
        "indirect, reported, narrated) of 237 hand-labelled statements on 10 English pages "
        "of extraction-fundus (dev; cold and cold2 never read)",
        formats=speakers_en_eval.FORMATS,
        default_data=("extraction-fundus",),
        runner=speakers_en_eval.run,
        summary_metrics=(
            "dev cue F1",
            "dev speaker right",
            "dev kind right",
            "cold cue F1",
            "cold speaker right",
            "cold kind right",
            "cold2 cue F1",
            "cold2 speaker right",
            "cold2 speaker right, antecedent needed",
            "cold2 kind right",
        ),
    ),
    "source_types": Task(
        name="source_types",
        description="Source types on a news corpus without gold (10kGNAD): share of each "
        "type, pronoun-named sources, how speakers were resolved",
        formats=("10kgnad",),
        default_data=("10kgnad/test.csv",),
        runner=speakers_eval.run_shares,
        summary_metrics=("other share", "anonymous share", "pronoun-named sources"),
    ),
    "source_gold": Task(
        name="source_gold",
        description="Source types against our own labels on 10kGNAD test articles (cold: "
        "991-1028 but 1017 and 1027, never tuned on; dev7: 951-990 but 961, dev6: 911-950, "
        "dev5: 861-910, dev4: 811-860, dev3: 761-810, dev2: 701-760 and dev: 601-650, "
        "earlier cold splits; tune: 401-430): type right, per type, confusion, other share",
        formats=("10kgnad",),
        default_data=("10kgnad/test.csv",),
        runner=source_gold_eval.run,
        summary_metrics=("cold type right", "cold other share", "tune type right"),
    ),
    "extraction": Task(
        name="extraction",
        description="Main text of HTML pages: article kept, boilerplate left out "
        "(newsprobe vs trafilatura)",
        formats=extraction.FORMATS,
        default_data=("extraction-trafilatura-de", "extraction-scrapinghub"),
        runner=extraction.run,
        summary_metrics=("f1",),
    ),
    "extraction-text": Task(
        name="extraction-text",
        description="Whole pages rendered to text (inscriptis; other renderers with "
        "`eval extraction --as-text R`): newsprobe on the text with a line model that never "
        "saw the site (cv by site), trafilatura on the HTML",
        formats=extraction.FORMATS,
        default_data=(
            "extraction-trafilatura-de",
            "extraction-scrapinghub",
            "extraction-fundus",
        ),
        runner=extraction_text.run,
        summary_metrics=(
            "with found",
            "without absent",
            "f1",
            "title exact",
            "authors exact",
            "date same day",
        ),
    ),
    "sentences": Task(
        name="sentences",
        description="Sentence and token boundaries on SpkAtt-2023 task 2 (German Wikinews, "
        "evaluation only) and the time of the sentences+tokens components",
        formats=sentences_eval.FORMATS,
        default_data=("spkatt2023-news",),
        runner=sentences_eval.run,
        summary_metrics=("boundary (lenient) F1", "token boundary F1"),
    ),
    "speed": Task(
        name="speed",
        description="Full-pipeline time per article (a benchmark, not a test)",
        formats=speed.FORMATS,
        default_data=("10kgnad/test.csv",),
        runner=speed.run,
        runs_without_data=True,
        summary_metrics=("ms/article (median)", "articles/s"),
    ),
    "long": Task(
        name="long",
        description="Time and peak memory of one analysis of a 100 KB, 1 MB and 5 MB text "
        "(linear layers; past 1,000,000 characters a refusal) - a benchmark, not a test",
        formats=long_input.FORMATS,
        default_data=("10kgnad/test.csv",),
        runner=long_input.run,
        runs_without_data=True,
        summary_metrics=("1 MB: CPU s", "1 MB: peak MB"),
    ),
    "corpus": Task(
        name="corpus",
        description="Ingest throughput with 1 and 2 workers, memory per worker, database size, "
        "search latency (a benchmark, not a test)",
        formats=corpus_bench.FORMATS,
        default_data=("10kgnad/test.csv",),
        runner=corpus_bench.run,
        summary_metrics=(
            "articles/s, 1 worker",
            "articles/s, 2 workers",
            "peak MB per worker, 2 workers",
            "DB KB per article",
            "search ms (median)",
        ),
    ),
    "scale": Task(
        name="scale",
        description="Batch on Dask (1 and 2 local workers) against ingest, and PostgreSQL "
        "against SQLite: load/ingest rate, size, search and who-said-what latency "
        "(a benchmark, not a test)",
        formats=scale_bench.FORMATS,
        default_data=("10kgnad/test.csv",),
        runner=scale_bench.run,
        summary_metrics=(
            "batch speed-up 1 → 2 workers",
            "batch overhead vs ingest, 2 workers",
            "batch CPU overhead vs ingest, 2 workers",
            "search ms (median), PostgreSQL",
        ),
    ),
    "stories": Task(
        name="stories",
        description="Story clustering and agency copies: pairwise/B-cubed F1, hard negatives "
        "merged, German-English joined, copy F1 (bundled synthetic set + SpkAtt-2023 news "
        "story ids), clustering cost",
        formats=stories_eval.FORMATS,
        default_data=("spkatt2023-news",),
        runner=stories_eval.run,
        runs_without_data=True,
        summary_metrics=("pairwise F1", "B-cubed F1", "hard negatives merged", "agency-copy F1"),
    ),
    "ner": Task(
        name="ner",
        description="Named entities on GermEval 2014 (strict spans, outer column; on the data "
        "the model was trained on: one held-out split per corpus, eval/ner_split.py, or full "
        "CV with --format germeval-cv) and entity-component speed",
        formats=ner.FORMATS,
        default_data=("germeval2014", "10kgnad/test.csv"),
        runner=ner.run,
        summary_metrics=(
            "news micro-F1",
            "germeval news unseen micro-F1",
            "micro-F1",
            "smartdata news micro-F1",
            "europeana micro-F1",
            "entities tokens/s",
            "entities CPU ms/article",
        ),
    ),
}


def get_task(name: str) -> Task:
    if name not in TASKS:
        raise EvalError(f"unknown task {name!r}; known: {', '.join(TASKS)}")
    return TASKS[name]


def run_task(
    name: str, data: Path | str | None, fmt: str | None = None, limit: int | None = None
) -> TaskResult:
    """Run task ``name`` on the dataset at ``data``; :class:`EvalError` for bad input."""
    task = get_task(name)
    return task.run(Path(data) if data is not None else None, fmt=fmt, limit=limit)


def format_value(metric: Metric) -> str:
    value = metric.value
    if metric.unit == "":
        return f"{value:.3f}"
    if metric.unit == "ms":
        return f"{value:.2f}" if value < 10 else f"{value:,.1f}"
    if metric.unit == "×":
        return f"{value:.2f}×"
    if metric.unit == "/s":
        return f"{value:.1f}" if value < 100 else f"{value:,.0f}"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def pivot(result: TaskResult) -> list[tuple[str, list[str], str]]:
    """Rows of ``(metric, value per system, n)``; ``n`` is blank where systems differ."""
    rows = []
    for name in result.metric_names():
        cells, ns = [], set()
        for system in result.systems():
            metric = result.get(system, name)
            cells.append(format_value(metric) if metric else "–")
            if metric is not None:
                ns.add(metric.n)
        n = ns.pop() if len(ns) == 1 else None
        rows.append((name, cells, f"{n:,}" if n is not None else ""))
    return rows


def render_table(result: TaskResult) -> Table:
    """Metrics as rows, systems as columns."""
    table = Table(
        title=f"{result.task}: {result.dataset} ({result.format}, "
        f"{result.n_items:,} items, {result.seconds:.1f} s)"
    )
    table.add_column("metric")
    for system in result.systems():
        table.add_column(system, justify="right")
    table.add_column("n", justify="right", style="dim")
    for name, cells, n in pivot(result):
        table.add_row(name, *cells, n)
    return table


def print_result(
    result: TaskResult, console: Console | None = None, *, as_json: bool = False
) -> None:
    """What ``newsprobe eval`` prints: the table and notes, or the result as JSON."""
    if as_json:
        print(result.to_json())  # plain stdout: no wrapping or colour in machine output
        return
    console = console or Console()
    console.print(render_table(result))
    for note in result.notes:
        console.print(f"[dim]note:[/] {escape(note)}", highlight=False)
    for failure in result.failures:
        console.print(f"[yellow]failed:[/] {escape(failure)}", highlight=False)
