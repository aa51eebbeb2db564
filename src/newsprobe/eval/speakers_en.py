"""Task ``speakers_en``: English statements — cue, real speaker and kind — against the
project's own hand-labelled gold on the English pages of ``extraction-fundus``.

The gold (``eval/gold/speakers_en_fundus.tsv``) keeps only page keys, the character span of
each statement's cue in the page's gold ``articleBody``, the speaker (a label), whether the
speaker needs an antecedent (a pronoun or description) and the kind.  Every statement with
a cue of saying on a labelled page is labelled (also stance acts such as "criticised",
narrated speech, "according to X"), so the attributions with a cue on those pages can be
scored for precision too.  Statements nested in another's message are left out, as in
SpkAtt.  The body is analysed as plain text (``analyze_text``, language forced to English).

* *cue* P/R/F1: an attribution's cue overlapping a gold cue (each gold cue matched once);
* *speaker right*: over found statements, the attribution's canonical speaker (else its
  source) names the gold speaker (:func:`newsprobe.eval.speakers.names_match`);
* *kind right*: over found statements, the kind equals the gold kind (a ``mixed``
  attribution counts as right for a direct or partial gold statement).

``dev`` (CNBC, Business Insider, Euronews pages) is read while developing; ``cold`` (The
Namibian, TimesLive, Ottawa Citizen pages) was labelled and scored before any rule change of
the round that made it (the first English round with HanTa's tags: cue F1 0.712, speaker
right 0.809, kind right 0.830 before; 0.823, 0.810, 0.879 after), and its failures are never
printed (``LAST_ERRORS`` leaves them out).  ``cold2`` (98 statements on Mexico News Daily,
Lesotho Times, Taipei Times and Nine News pages, labelled by session eng11) was labelled and
scored before the rule changes of the round that made it; its failures are never printed
either.  The pages are the publishers' copyright:
evaluation only.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from newsprobe.eval.base import EvalError, Metric, TaskResult, require_path
from newsprobe.eval.speakers import Rate, names_match, predicted_speaker
from newsprobe.model import Analysis, Attribution

FORMATS = ("fundus",)
SPLITS = ("dev", "cold", "cold2")
_COLD = ("cold", "cold2")
#: The dev failures of the last run, for reading.
LAST_ERRORS: list[str] = []
#: Predicted kinds that count as right for a gold kind.
_SAME_KIND = {"direct": {"direct", "mixed"}, "partial": {"partial", "mixed"}}


@dataclass(frozen=True)
class GoldStatement:
    doc: str
    start: int
    end: int
    speaker: str
    antecedent: bool
    kind: str
    split: str


def gold_path() -> Path:
    return Path(str(files("newsprobe.eval").joinpath("gold", "speakers_en_fundus.tsv")))


def read_gold(path: Path | None = None) -> list[GoldStatement]:
    out: list[GoldStatement] = []
    for n, line in enumerate((path or gold_path()).read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            raise EvalError(f"gold line {n}: 7 columns expected, got {len(cols)}")
        doc, start, end, speaker, ante, kind, split = cols
        out.append(GoldStatement(doc, int(start), int(end), speaker, ante == "1", kind, split))
    return out


def locate(body: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The gold span ``body[start:end]`` in the analysed text (equal to the body but for
    whitespace the reader may trim): found with as much left context as stays unique."""
    if body == text:
        return start, end
    for width in (60, 30, 12, 0):
        left = max(0, start - width)
        snippet = body[left:end]
        at = text.find(snippet)
        if at >= 0 and (width == 0 or text.find(snippet, at + 1) < 0):
            return at + start - left, at + end - left
    return None


def kind_right(gold: str, predicted: str) -> bool:
    return predicted in _SAME_KIND.get(gold, {gold})


def _cued(analysis: Analysis) -> list[Attribution]:
    return [a for a in analysis.attributions if a.cue is not None]


def run(data: Path | None, *, fmt: str | None = None, limit: int | None = None) -> TaskResult:
    from newsprobe.api import analyze_text

    if data is None:
        raise EvalError("task 'speakers_en' needs the extraction-fundus folder: pass --data PATH")
    root = require_path(data)
    truth = root / "ground-truth.json" if root.is_dir() else root
    pages = json.loads(require_path(truth).read_text("utf-8"))
    gold = read_gold()
    docs = sorted({g.doc for g in gold})[:limit]
    missing = [d for d in docs if d not in pages]
    if missing:
        raise EvalError(f"{len(missing)} gold pages are not in {truth}: {missing[:5]}")
    started = time.perf_counter()
    rates: dict[tuple[str, str], Rate] = {}
    counts: dict[str, list[int]] = {s: [0, 0, 0] for s in (*SPLITS, "all")}  # tp, pred, gold
    failures: list[str] = []
    errors: list[str] = []
    for did in docs:
        body = pages[did]["articleBody"]
        items = [g for g in gold if g.doc == did]
        split = items[0].split
        try:
            analysis = analyze_text(body, lang="en")
        except Exception as exc:  # one bad page must not end the run
            failures.append(f"{did}: {type(exc).__name__}: {exc}")
            continue
        cued = _cued(analysis)
        used: set[int] = set()
        for g in items:
            span = locate(body, analysis.text, g.start, g.end)
            match = None
            if span is not None:
                s, e = span
                for att in cued:
                    if att.id not in used and att.cue and att.cue.start < e and s < att.cue.end:
                        match = att
                        break
            if span is None:
                failures.append(f"{did}: gold cue at {g.start} not found in the text")
            for key in (g.split, "all"):
                rates.setdefault((key, "cue recall"), Rate()).add(match is not None)
            if match is None:
                if g.split not in _COLD:
                    errors.append(f"{g.split} {did} {g.start}: missed ({g.kind}, {g.speaker})")
                continue
            used.add(match.id)
            name, _type, aliases = predicted_speaker(analysis, match)
            ok = names_match(g.speaker, name, aliases)
            kind_ok = kind_right(g.kind, match.kind.value)
            for key in (g.split, "all"):
                rates.setdefault((key, "speaker right"), Rate()).add(ok)
                if g.antecedent:
                    rates.setdefault((key, "speaker right, antecedent needed"), Rate()).add(ok)
                rates.setdefault((key, "kind right"), Rate()).add(kind_ok)
                rates.setdefault((key, f"kind right: {g.kind}"), Rate()).add(kind_ok)
            if (not ok or not kind_ok) and g.split not in _COLD:
                errors.append(
                    f"{g.split} {did} {g.start}: gold {g.speaker!r} {g.kind} "
                    f"got {name!r} {match.kind.value}"
                )
        for key in (split, "all"):
            c = counts[key]
            c[0] += len(used)
            c[1] += len(cued)
            c[2] += len(items)
        if split not in _COLD:
            for att in cued:
                if att.id not in used and att.cue is not None:
                    errors.append(f"{split} {did} {att.cue.start}: spurious cue {att.cue.text!r}")
    metrics: list[Metric] = []
    for split in (*SPLITS, "all"):
        tp, pred, n_gold = counts[split]
        if not n_gold:
            continue
        p = tp / pred if pred else 0.0
        r = tp / n_gold
        f = 2 * p * r / (p + r) if p + r else 0.0
        for name, value, n in (("cue P", p, pred), ("cue R", r, n_gold), ("cue F1", f, n_gold)):
            metrics.append(Metric(system="newsprobe", name=f"{split} {name}", value=value, n=n))
        names = ["speaker right", "speaker right, antecedent needed", "kind right"]
        names += sorted(n for s, n in rates if s == split and n.startswith("kind right: "))
        for name in names:
            rate = rates.get((split, name))
            if rate is not None and rate.n:
                metrics.append(
                    Metric(
                        system="newsprobe",
                        name=f"{split} {name}",
                        value=rate.hit / rate.n,
                        n=rate.n,
                    )
                )
    LAST_ERRORS[:] = errors
    return TaskResult.timed(
        started,
        "speakers_en",
        data,
        "fundus",
        len(docs),
        metrics,
        notes=[
            f"{len(gold)} hand-labelled English statements on {len(docs)} extraction-fundus "
            "pages; dev read while developing, cold never read (failures not printed)"
        ],
        failures=failures[:20],
    )
